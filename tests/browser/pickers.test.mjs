// Choosing among many related records: a list of choices to tick with a
// search box, not a <select multiple> of fifty lines; a long drop-down
// gets one too. Typing narrows the list (accents and capitals aside), what
// is ticked stays, and the form saves what was ticked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, accessibilityViolations, newPage, servedWithBrowser, signIn } from "./support.mjs";

// Generated data: two commissions over two years, dozens of sessions.
const live = servedWithBrowser({ synthetic: true });

test("un documento se presenta en sesiones elegidas buscándolas por su nombre", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/registros/documents/nuevo`);
  const sessions = page.getByRole("group", { name: "Presentado en" });
  const all = await sessions.locator(".opciones-selector label").count();
  assert.ok(all > 12, `hay ${all} sesiones para elegir`);
  // A session's own words, typed without accents or capitals and out of
  // order, find it.
  const wanted = (await sessions.locator(".opciones-selector label").nth(Math.floor(all / 2)).innerText()).trim();
  const words = wanted.split(/\s+/);
  const typed = [words[words.length - 1], words[0], words[1]]
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
  const search = sessions.getByRole("searchbox");
  await search.fill(typed);
  const shown = sessions.locator(".opciones-selector label:not([hidden])");
  assert.ok((await shown.count()) >= 1 && (await shown.count()) < all, `«${typed}» deja ${await shown.count()} de ${all}`);
  const captions = (await shown.allInnerTexts()).map((caption) => caption.trim());
  assert.ok(captions.includes(wanted), `«${typed}» encuentra «${wanted}»`);
  await shown.filter({ hasText: wanted }).first().locator("input").check();
  // Another search: the first choice stays ticked and in view.
  await search.fill("zzz");
  assert.equal(await sessions.locator("input:checked").count(), 1);
  assert.equal(await sessions.locator("label:not([hidden]) input:checked").count(), 1);
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByLabel("Título").fill("Nota de prueba de los selectores");
  await page.getByRole("button", { name: "Guardar" }).click();
  await page.getByText("Se guardó el registro.").waitFor();
  const key = live.server.sql("select key from documents where title='Nota de prueba de los selectores'");
  const presented = live.server.sql(
    `select s.value from documents__presented_in s join documents d on d.id = s.owner_id where d.key='${key}'`,
  );
  assert.equal(presented.split("\n").length, 1);
  assert.deepEqual(page.serverErrors, []);
});

test("las categorías de un concurso se capturan en una tabla, sin escribir JSON", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  const contest = live.server.sql("select key from contests order by key limit 1");
  const before = await (await page.request.get(`${live.server.url}/api/v1/contests/${contest}`)).json();
  await page.goto(`${live.server.url}/registros/contests/editar/${contest}`);
  // No field of the contest asks for JSON.
  assert.equal(await page.locator('textarea[name="categories"], textarea[name="dissemination"], textarea[name="extensions"]').count(), 0);
  const categories = page.getByRole("group", { name: "Categorías" });
  const row = before.categories.length; // the first blank row
  await categories.getByLabel(`Clave (fila ${row + 1})`).fill("inf");
  await categories.getByLabel(`Etiqueta (fila ${row + 1})`).fill("De 6 a 11 años");
  await categories.getByLabel(`Edad mínima (fila ${row + 1})`).fill("6");
  await categories.getByLabel(`Edad máxima (fila ${row + 1})`).fill("11");
  await page.getByRole("button", { name: "Guardar" }).click();
  await page.getByText("Se guardó el registro.").waitFor();
  const after = await (await page.request.get(`${live.server.url}/api/v1/contests/${contest}`)).json();
  assert.deepEqual(after.categories.slice(0, row), before.categories);
  assert.deepEqual(after.categories[row], { key: "inf", label: "De 6 a 11 años", min_age: 6, max_age: 11 });
  assert.deepEqual(page.serverErrors, []);
});
