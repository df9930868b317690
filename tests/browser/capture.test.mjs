// A capturista's quarter, end to end in Chromium: sign in, create a
// session, take its roll call, record two agreements and a document, then
// download the quarter's PDF and find them in it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACCOUNTS, newPage, signIn, servedWithBrowser } from "./support.mjs";

// A server and a browser of this file's own, started before its tests.
const live = servedWithBrowser();

// What holding one ordinary session costs the unit's staff, counted as
// they would: clicks, typed fields and drop-downs (signing in aside). The
// README states the same figure.
const MOST_ACTIONS = 25;

test("una capturista registra una sesión completa en pocos pasos y la encuentra en el PDF del trimestre", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  const actions = { clicks: 0, fields: 0, selects: 0 };
  const click = async (locator) => {
    actions.clicks += 1;
    await locator.click();
  };
  const fill = async (locator, value) => {
    actions.fields += 1;
    await locator.fill(value);
  };
  const select = async (locator, value) => {
    actions.selects += 1;
    await locator.selectOption(value);
  };

  // A new session: the commission (the only one) is chosen, the type and
  // modality start at their usual values; key, year, number and status
  // are the system's. Its name is derived from type and number.
  await click(page.getByRole("link", { name: "Sesiones", exact: true }));
  await click(page.getByRole("link", { name: "Nueva sesión" }));
  assert.equal(await page.getByLabel("Clave").isVisible(), false, "la clave no se pide");
  await fill(page.getByLabel("Fecha"), "2021-12-20");
  await fill(page.getByLabel("Hora", { exact: true }), "11:00");
  await click(page.getByRole("button", { name: "Guardar" }));

  // Saved, the session's own page opens (not a list of records).
  await page.waitForURL(/\/sesiones\/o13-2021/);
  await assert.doesNotReject(
    page.getByRole("heading", { name: /Décima tercera sesión ordinaria de 2021/ }).waitFor(),
  );
  assert.match(await page.locator("main").innerText(), /lunes 20 de diciembre de 2021/);
  assert.equal(
    live.server.sql("select status from sessions where key='o13-2021'"),
    "celebrada",
    "una sesión ya pasada se guarda como celebrada",
  );

  // The roll call: everyone present at once, one justified absence, saved
  // from the top of the list; the count and the quorum follow the marks.
  const seats = page.locator("table.asistencia tbody tr");
  const seatCount = await seats.count();
  assert.ok(seatCount >= 5, `se esperaban los integrantes de la comisión, hay ${seatCount}`);
  const roll = page.getByRole("region", { name: "Lista de asistencia" });
  await page.waitForLoadState("load"); // the page's scripts are ready
  await page.evaluate(() => {
    window.sinRecargar = true;
  });
  await click(roll.getByRole("button", { name: "Todos presentes" }));
  await click(seats.nth(2).getByLabel("Justificada"));
  assert.match(
    await roll.locator("output").innerText(),
    new RegExp(`Presentes: ${seatCount - 1} de ${seatCount} · con voto: \\d+ · quórum: sí`),
  );
  await click(roll.getByRole("button", { name: "Guardar la asistencia" }).first());
  await page.getByText("Se guardó la lista de asistencia.").waitFor();
  // htmx swapped the roll call's section in place: the page stayed, and
  // the focus is on what was said, not lost.
  assert.equal(await page.evaluate(() => window.sinRecargar), true);
  // (htmx settles the swapped part a moment after showing it.)
  await page.waitForFunction(
    () => document.activeElement && document.activeElement.textContent === "Se guardó la lista de asistencia.",
    null,
    { timeout: 5000 },
  );
  assert.equal(await seats.nth(0).getByLabel("Presente").isChecked(), true);
  assert.equal(await seats.nth(2).getByLabel("Justificada").isChecked(), true);
  const present = live.server.sql(
    "select count(*) from attendance__present p join attendance a on a.id = p.owner_id where a.session='o13-2021'",
  );
  assert.equal(Number(present), seatCount - 1);

  // Three agreements: codes are assigned, never typed: the next of the
  // commission's year. The form stays open on the session's page.
  const last = Number(
    live.server.sql("select max(substr(code, 6, 3)) from agreements where code like 'CVOE/%/21'"),
  );
  const expected = [1, 2, 3].map((n) => `CVOE/${String(last + n).padStart(3, "0")}/21`);
  for (const title of [
    "Aprobación del orden del día de la sesión de prueba",
    "Aprobación del informe de actividades de la comisión de prueba",
    "Aprobación de la estrategia de difusión de prueba",
  ]) {
    await fill(page.getByLabel("Título del acuerdo"), title);
    await click(page.getByRole("button", { name: "Registrar el acuerdo" }));
    await page.waitForURL(/#acuerdos$/);
  }
  await page.getByText(`Se registró el acuerdo ${expected[2]}.`).waitFor();
  const codes = live.server
    .sql("select code from agreements where session='o13-2021' order by code")
    .split("\n");
  assert.deepEqual(codes, expected);
  const listed = await page.getByRole("region", { name: "Acuerdos", exact: true }).innerText();
  for (const code of expected) {
    assert.ok(listed.includes(code), `la página de la sesión muestra ${code}`);
  }

  // A document presented in the session: back on the session's page.
  await click(page.getByRole("link", { name: "Registrar un documento presentado" }));
  await fill(page.getByLabel("Título"), "Nota informativa de prueba sobre convenios");
  await select(page.getByLabel("Tipo"), "nota");
  await click(page.getByRole("button", { name: "Guardar" }));
  await page.waitForURL(/\/sesiones\/o13-2021/);
  await page
    .getByRole("region", { name: "Documentos presentados" })
    .getByText("Nota informativa de prueba sobre convenios")
    .waitFor();

  const total = actions.clicks + actions.fields + actions.selects;
  assert.ok(
    total <= MOST_ACTIONS,
    `la sesión costó ${total} acciones (${JSON.stringify(actions)}); el máximo es ${MOST_ACTIONS}`,
  );

  // The quarter's report, as a PDF downloaded from the report page.
  await page.getByRole("link", { name: "Informe", exact: true }).click();
  await page.getByLabel("Trimestre").selectOption("2021-T4");
  await page.getByRole("button", { name: "Ver" }).click();
  // The page's script (which prepares the PDF in the background) runs once
  // the page has loaded; a click before that is a plain download.
  await page.waitForURL(/trimestre=2021-T4/);
  await page.waitForLoadState("load");
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("link", { name: "PDF" }).click(),
  ]);
  // The page said it was preparing the PDF, and then that it was ready.
  await page
    .getByText("El PDF está listo.")
    .waitFor()
    .catch(async (error) => {
      throw new Error(`${error.message}; la página dice: ${await page.locator("#estado-descarga").innerText()}`);
    });
  assert.match(download.suggestedFilename(), /^informe-CVOE-2021-T4\.pdf$/);
  const pdf = join(mkdtempSync(join(tmpdir(), "vincula-pdf-")), "informe.pdf");
  await download.saveAs(pdf);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const flat = text.replace(/\s+/g, " ");
  for (const code of expected) {
    assert.ok(flat.includes(code), `el PDF del trimestre menciona ${code}`);
  }
  assert.match(flat, /[Dd]écima tercera sesión ordinaria/);
  assert.deepEqual(page.serverErrors, []);
});
