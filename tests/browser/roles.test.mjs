// What each kind of user may do, in the browser: an area records progress
// only on its own convenios; the public sees convenios in force and never
// contacts; a form with bad input says why in Spanish and saves nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, newPage, signIn, servedWithBrowser } from "./support.mjs";

// A server and a browser of this file's own, started before its tests.
const live = servedWithBrowser();

test("un área informa avances solo de sus propios convenios", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.area);
  const own = live.server.sql("select key from convenios where area='UTVOE' limit 1");
  const other = live.server.sql("select key from convenios where area<>'UTVOE' limit 1");
  const before = Number(live.server.sql("select count(*) from convenio_progress"));

  await page.goto(`${live.server.url}/convenios/${own}`);
  await page.getByText("Informar un avance").click();
  // A session of 2021, whose programme has the action for convenios.
  const session2021 = live.server.sql("select key from sessions where date like '2021-%' order by date desc limit 1");
  await page.getByLabel("Sesión en que se informa").selectOption(session2021);
  await page.getByRole("textbox", { name: "Avance" }).fill("Se revisó el proyecto de convenio con la contraparte.");
  await page.getByRole("button", { name: "Guardar el avance" }).click();
  await page.getByText("Se guardó el registro.").waitFor();
  await page.getByText("Se revisó el proyecto de convenio con la contraparte.").waitFor();
  assert.equal(Number(live.server.sql("select count(*) from convenio_progress")), before + 1);

  // Another area's convenio offers no form, and a forged post is refused.
  await page.goto(`${live.server.url}/convenios/${other}`);
  assert.equal(await page.getByText("Informar un avance").count(), 0);
  const session = live.server.sql("select key from sessions limit 1");
  const forged = await page.request.post(`${live.server.url}/convenios/${other}/avances`, {
    form: { session, text: "Avance ajeno" },
    headers: { Origin: live.server.url },
  });
  assert.equal(forged.status(), 403);
  assert.match(await forged.text(), /área/);
  assert.equal(Number(live.server.sql("select count(*) from convenio_progress")), before + 1);

  // A form posted from another site is refused before any page runs.
  const foreign = await page.request.post(`${live.server.url}/convenios/${own}/avances`, {
    form: { session, text: "Avance desde otro sitio" },
    headers: { Origin: "http://otro-sitio.example" },
  });
  assert.equal(foreign.status(), 403);
  assert.match(await foreign.text(), /no se envió desde Vincula/);
  assert.equal(Number(live.server.sql("select count(*) from convenio_progress")), before + 1);
  assert.deepEqual(page.serverErrors, []);
});

test("el público consulta convenios vigentes y no ve contactos", async () => {
  const page = await newPage(live.browser);
  await page.goto(`${live.server.url}/convenios`);
  const rows = page.locator("table tbody tr");
  const inForce = Number(live.server.sql("select count(*) from convenios where status='vigente'"));
  assert.equal(await rows.count(), inForce);
  for (const status of await rows.locator("td:nth-child(3)").allInnerTexts()) {
    assert.equal(status, "Vigente");
  }
  // Accent- and case-insensitive search.
  const named = live.server.sql(
    "select o.name from organizations o join convenios__counterparts c on c.value = o.key " +
      "join convenios v on v.id = c.owner_id where v.status = 'vigente' and o.name glob '*[áéíóú]*' " +
      "limit 1",
  );
  const typed = named
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
  // Typing is enough: htmx fetches the results and puts the search in the
  // address, without a click and without reloading the page.
  await page.evaluate(() => {
    window.sinRecargar = true;
  });
  await page.getByRole("searchbox").fill(typed);
  await page.waitForURL((target) => target.searchParams.get("q") === typed);
  await page.locator("#resultados tbody tr").first().waitFor();
  assert.ok((await rows.count()) >= 1, `la búsqueda «${typed}» encuentra «${named}»`);
  assert.ok((await rows.count()) < inForce, "la búsqueda filtra");
  assert.equal(await page.evaluate(() => window.sinRecargar), true, "la página no se recargó");

  // A convenio not in force does not exist for the public.
  const hidden = live.server.sql("select key from convenios where status<>'vigente' limit 1");
  const answer = await page.goto(`${live.server.url}/convenios/${hidden}`);
  assert.equal(answer.status(), 404);

  // Contacts (personal data) ask for an account.
  await page.goto(`${live.server.url}/registros/contacts`);
  assert.match(new URL(page.url()).pathname, /^\/entrar/);
  const api = await page.request.get(`${live.server.url}/api/v1/contacts`);
  assert.equal(api.status(), 401);
});

test("un formulario con datos erróneos explica en español, lleva a cada campo y no guarda nada", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  const before = live.server.sql("select count(*) from sessions");
  await page.goto(`${live.server.url}/registros/sessions/nuevo`);
  // What the system assigns waits folded; whoever cares may type it.
  await page.getByText("Clave y datos que Vincula asigna solo").click();
  await page.getByLabel("Clave").fill("sesion-erronea");
  await page.getByLabel("Número").fill("3");
  // No type and no date: both are required.
  await page.getByLabel("Tipo").selectOption("");
  await page.getByRole("button", { name: "Guardar" }).click();

  await page.getByText("No se guardó nada.").waitFor();
  const dateError = page.locator("#campo-date-error");
  await dateError.waitFor();
  assert.match(await dateError.innerText(), /obligatorio/);
  assert.match(await page.locator("#campo-type-error").innerText(), /obligatorio/);
  assert.equal(await page.getByLabel("Fecha").getAttribute("aria-invalid"), "true");
  // The summary on top has the focus and a link to each field; the
  // address is the form's again, not where it was sent.
  assert.equal(await page.evaluate(() => document.activeElement.id), "errores");
  const links = await page.locator("#errores a").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
  assert.ok(links.includes("#campo-date") && links.includes("#campo-type"), links.join(", "));
  assert.match(new URL(page.url()).pathname, /\/registros\/sessions\/nuevo$/);
  // What was typed stays in the form.
  assert.equal(await page.getByLabel("Clave").inputValue(), "sesion-erronea");
  assert.equal(live.server.sql("select count(*) from sessions"), before);
  assert.deepEqual(page.serverErrors, []);
});
