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

test("una capturista registra una sesión completa y la encuentra en el PDF del trimestre", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);

  // A new session: its name is derived from type and number.
  await page.getByRole("link", { name: "Sesiones", exact: true }).click();
  await page.getByRole("link", { name: "Nueva sesión" }).click();
  await page.getByLabel("Clave").fill("o13-2021");
  await page.getByLabel("Comisión").selectOption("CVOE");
  await page.getByLabel("Año").fill("2021");
  await page.getByLabel("Tipo").selectOption("ordinaria");
  await page.getByLabel("Número").fill("13");
  await page.getByLabel("Fecha").fill("2021-12-20");
  await page.getByLabel("Modalidad").selectOption("a_distancia");
  await page.getByLabel("Estado").selectOption("celebrada");
  await page.getByRole("button", { name: "Guardar" }).click();

  await page.waitForURL(/\/sesiones\/o13-2021/);
  await assert.doesNotReject(
    page.getByRole("heading", { name: /Décima tercera sesión ordinaria de 2021/ }).waitFor(),
  );
  assert.match(await page.locator("main").innerText(), /lunes 20 de diciembre de 2021/);

  // The roll call: every seat expected that day, one radio group each.
  const seats = page.locator("table.asistencia tbody tr");
  const seatCount = await seats.count();
  assert.ok(seatCount >= 5, `se esperaban los integrantes de la comisión, hay ${seatCount}`);
  await seats.nth(0).getByLabel("Presente").check();
  await seats.nth(1).getByLabel("Presente").check();
  await seats.nth(2).getByLabel("Justificada").check();
  await page.waitForLoadState("load");  // htmx is ready
  await page.evaluate(() => {
    window.sinRecargar = true;
  });
  await page.getByRole("button", { name: "Guardar la asistencia" }).click();
  await page.getByText("Se guardó la lista de asistencia.").waitFor();
  // htmx swapped the roll call's section in place: the page stayed.
  assert.equal(await page.evaluate(() => window.sinRecargar), true);
  assert.equal(await seats.nth(0).getByLabel("Presente").isChecked(), true);
  assert.equal(await seats.nth(2).getByLabel("Justificada").isChecked(), true);
  assert.equal(live.server.sql("select count(*) from attendance where session='o13-2021'"), "1");

  // Two agreements: codes are assigned, never typed: the next two of the
  // commission's year.
  const last = Number(
    live.server.sql("select max(substr(code, 6, 3)) from agreements where code like 'CVOE/%/21'"),
  );
  const expected = [last + 1, last + 2].map((n) => `CVOE/${String(n).padStart(3, "0")}/21`);
  for (const title of [
    "Aprobación del informe de actividades de la comisión de prueba",
    "Aprobación de la estrategia de difusión de prueba",
  ]) {
    await page.getByText("Registrar un acuerdo").click();
    await page.getByLabel("Título del acuerdo").fill(title);
    await page.getByLabel("Tipo", { exact: true }).selectOption("informe");
    await page.getByRole("button", { name: "Registrar el acuerdo" }).click();
    await page.getByText("Se guardó el registro.").waitFor();
  }
  const codes = live.server
    .sql("select code from agreements where session='o13-2021' order by code")
    .split("\n");
  assert.equal(codes.length, 2);
  assert.deepEqual(codes, expected);
  const listed = await page.getByRole("region", { name: "Acuerdos", exact: true }).innerText();
  for (const code of expected) {
    assert.ok(listed.includes(code), `la página de la sesión muestra ${code}`);
  }

  // A document presented in the session.
  await page.getByRole("link", { name: "Registrar un documento presentado" }).click();
  await page.getByLabel("Clave").fill("doc-prueba-navegador");
  await page.getByLabel("Título").fill("Nota informativa de prueba sobre convenios");
  await page.getByLabel("Tipo").selectOption("nota");
  await page.getByRole("button", { name: "Guardar" }).click();
  await page.waitForURL(/\/sesiones\/o13-2021/);
  await page
    .getByRole("region", { name: "Documentos presentados" })
    .getByText("Nota informativa de prueba sobre convenios")
    .waitFor();

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
