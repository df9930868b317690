// The public's way to a commission's sessions in Chromium, without signing
// in: from the home page to the calendar of a year, its approved minuta as
// a PDF, and each list as CSV; on a phone, the page fits the screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, servedWithBrowser } from "./support.mjs";

const live = servedWithBrowser();

test("el público consulta sesiones, minutas aprobadas y acuerdos sin iniciar sesión", async () => {
  const page = await newPage(live.browser, { viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(`${live.server.url}/`);
  // On a phone the sections fold behind «Menú»: the page's heading shows first.
  const heading = await page.locator("h1").boundingBox();
  assert.ok(heading.y < 844, `el título empieza en ${heading.y} px`);
  const menu = page.getByRole("button", { name: "Menú" });
  assert.equal(await menu.getAttribute("aria-expanded"), "false");
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true");
  await page.getByRole("navigation", { name: "Secciones" }).getByRole("link", { name: "Sesiones y acuerdos" }).click();
  await page.waitForURL(/\/transparencia\/CVOE/);
  await page.getByRole("link", { name: "2021", exact: true }).click();
  await page.waitForURL(/\/transparencia\/CVOE\/2021$/);

  // Every session of the year is a row; the approved minutas are links.
  const sessions = Number(
    live.server.sql("select count(*) from sessions where commission='CVOE' and date like '2021-%'"),
  );
  const rows = page.locator("#calendario ~ div tbody tr");
  assert.equal(await rows.count(), sessions);
  const tenth = page.locator("#sesion-o10-2021");
  assert.match(await tenth.innerText(), /Aprobada \(CVOE\/044\/21\)/);
  const href = await tenth.getByRole("link", { name: "PDF" }).getAttribute("href");
  const pdf = await page.request.get(`${live.server.url}${href}`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()["content-type"], "application/pdf");
  assert.ok((await pdf.body()).subarray(0, 5).equals(Buffer.from("%PDF-")));

  // The agreements of the year, each with its vote or that it is unknown.
  const agreements = Number(
    live.server.sql(
      "select count(*) from agreements where session in " +
        "(select key from sessions where commission='CVOE' and date like '2021-%')",
    ),
  );
  assert.equal(await page.locator("#acuerdos ~ div tbody tr").count(), agreements);

  // Each list downloads as CSV.
  const download = page.waitForEvent("download");
  await page.locator("section", { has: page.locator("#acuerdos") }).getByRole("link", { name: "Descargar en CSV" }).click();
  const csv = await download;
  assert.equal(csv.suggestedFilename(), "acuerdos-cvoe-2021.csv");

  // Nothing wider than the phone but the tables' own scrolling; the staff's
  // session pages send the public here.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `la página mide ${width} px de ancho`);
  await page.goto(`${live.server.url}/sesiones/o12-2021`);
  assert.match(page.url(), /\/transparencia\/CVOE\/2021#sesion-o12-2021$/);
  assert.deepEqual(page.serverErrors, []);
});
