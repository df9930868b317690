// The expediente of a session in Chromium: a capturista attaches the annex
// of an agreement from the session's page, opens it, is told in Spanish why
// a file that is not what its name says was not kept, and freezes the
// approved minuta; a councillor reads the files but has no form to add one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, accessibilityViolations, newPage, signIn, servedWithBrowser } from "./support.mjs";

const live = servedWithBrowser();

// A PDF as a scanner writes it: binary bytes after its header.
const annex = Buffer.concat([
  Buffer.from("%PDF-1.4\n%"),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff]),
  Buffer.from("\n%%EOF\n"),
]);

test("una capturista agrega un anexo al expediente de un acuerdo y congela la minuta aprobada", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/sesiones/o10-2021`);
  const expediente = page.locator("#expediente");
  await assert.doesNotReject(expediente.getByText("Aún no hay archivos en el expediente.").waitFor());

  // One form for the session, its agreements and its documents.
  await expediente.getByText("Agregar un archivo al expediente").click();
  await expediente.getByLabel("Corresponde a").selectOption({ label: "Acuerdo CVOE/037/21" });
  await expediente.getByLabel("Archivo").setInputFiles({
    name: "Minuta aprobada de la novena sesión.pdf",
    mimeType: "application/pdf",
    buffer: annex,
  });
  await expediente.getByRole("button", { name: "Guardar en el expediente" }).click();
  await page.getByText("Se guardó el archivo en el expediente.").waitFor();
  const link = page.locator("#expediente").getByRole("link", {
    name: "Minuta aprobada de la novena sesión.pdf",
  });
  await link.waitFor();
  assert.match(await page.locator("#expediente").innerText(), /Acuerdo CVOE\/037\/21/);
  const served = await page.request.get(new URL(await link.getAttribute("href"), live.server.url).href);
  assert.equal(served.status(), 200);
  assert.equal(served.headers()["content-type"], "application/pdf");
  assert.deepEqual(Buffer.from(await served.body()), annex);

  // A text file named .pdf: refused, said, nothing kept.
  await page.locator("#expediente").getByText("Agregar un archivo al expediente").click();
  await page.locator("#expediente").getByLabel("Archivo").setInputFiles({
    name: "acta.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("esto no es un PDF"),
  });
  await page.locator("#expediente").getByRole("button", { name: "Guardar en el expediente" }).click();
  await page.getByText("No se guardó el archivo.").waitFor();
  assert.match(await page.locator("#expediente").innerText(), /no corresponde a un archivo pdf/);
  assert.equal(live.server.sql("select count(*) from record_files"), "1");

  // CVOE/044/21, in the eleventh session, approved this minuta: frozen as approved.
  assert.match(await page.locator("main").innerText(), /Minuta aprobada mediante el acuerdo CVOE\/044\/21/);
  await page.getByRole("button", { name: "Guardar la minuta aprobada en el expediente" }).click();
  await page.getByText("La minuta aprobada quedó guardada en el expediente").waitFor();
  assert.equal(
    live.server.sql("select count(*) from record_files where purpose = 'minuta_aprobada'"),
    "3",
  );
  assert.match(await page.locator("#expediente").innerText(), /minuta aprobada, congelada/);
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(page.serverErrors, []);
});

test("una consejera consulta el expediente sin formulario para agregar y observa la minuta", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.consejeria);
  await page.goto(`${live.server.url}/sesiones/o12-2021`);
  await page.locator("#expediente").waitFor();
  assert.equal(await page.getByText("Agregar un archivo al expediente").count(), 0);
  assert.match(await page.locator("main").innerText(), /Minuta: proyecto pendiente de aprobación/);
  assert.equal(
    await page.getByRole("button", { name: "Guardar la minuta aprobada en el expediente" }).count(),
    0,
  );

  // Her observation to the draft: said, kept, and in the minuta.
  await page.getByText("Registrar una observación a la minuta").click();
  await page.getByRole("button", { name: "Registrar la observación" }).click();
  await page.getByText("No se registró la observación.").waitFor();
  await page.getByLabel("Quién observa").selectOption({ index: 3 });
  await page.getByRole("textbox", { name: /^Observación/ }).fill("Precisar la hora de cierre.");
  await page.getByRole("button", { name: "Registrar la observación" }).click();
  await page.getByText("Se registró la observación a la minuta.").waitFor();
  assert.match(await page.locator("#observaciones").innerText(), /«Precisar la hora de cierre\.» \(Pendiente\)/);
  const minuta = await page.request.get(
    `${live.server.url}/api/v1/sessions/o12-2021/documents/minuta?format=md`,
  );
  assert.match(await minuta.text(), /Precisar la hora de cierre\./);
  assert.deepEqual(page.serverErrors, []);
});
