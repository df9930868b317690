// The follow-up of agreements in Chromium: the unit records what an
// agreement orders, to which area and by when; the area finds it under
// «Acuerdos», overdue, and records its fulfilment from a phone; what was
// ordered stays as the unit wrote it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, accessibilityViolations, newPage, signIn, servedWithBrowser } from "./support.mjs";

const live = servedWithBrowser();

test("la Unidad asigna un acuerdo a un área y el área registra su cumplimiento", async () => {
  const staff = await newPage(live.browser);
  await signIn(staff, live.server.url, ACCOUNTS.capturista);
  await staff.getByRole("link", { name: "Acuerdos", exact: true }).click();
  await staff.getByText("Aún no hay acuerdos en seguimiento.").waitFor();
  await staff.getByRole("link", { name: "Registrar el seguimiento de un acuerdo" }).click();
  await staff.getByLabel(/^Acuerdo/).selectOption("CVOE/044/21");
  await staff.getByLabel("Lo que ordena el acuerdo").fill("Remitir la minuta aprobada a la Secretaría Ejecutiva.");
  await staff.getByRole("group", { name: "Áreas" }).getByLabel("Unidad Técnica de Vinculación con Organismos Externos").check();
  await staff.getByLabel("Plazo").fill("2021-12-10");
  await staff.getByLabel("Estado").selectOption("en_proceso");
  await staff.getByRole("button", { name: "Guardar" }).click();
  await staff.waitForURL(/\/acuerdos/);
  const item = staff.locator("article.seguimiento", { hasText: "CVOE/044/21" });
  await item.waitFor();
  // Its deadline passed long ago: overdue, and counted on top.
  assert.match(await item.innerText(), /Vencido/);
  assert.match(await staff.locator("main").innerText(), /1 acuerdo vencido sin cumplimiento registrado/);

  // The area, from a phone: only the agreements it answers for.
  const area = await newPage(live.browser, { viewport: { width: 390, height: 844 } });
  await signIn(area, live.server.url, ACCOUNTS.area);
  await area.goto(`${live.server.url}/acuerdos`);
  await area.getByRole("link", { name: "Registrar el cumplimiento de CVOE/044/21" }).click();
  await area.getByLabel("Estado").selectOption("cumplido");
  await area.getByRole("button", { name: "Guardar" }).click();
  // A fulfilment without its date and evidence is not kept.
  await area.locator("#campo-fulfilled_on-error", { hasText: "un acuerdo cumplido debe decir la fecha en que se cumplió" }).waitFor();
  await area.getByLabel("Cumplido el").fill("2021-12-01");
  await area.getByLabel("Evidencia del cumplimiento").fill("Oficio IECM/UTVOE/120/2021.");
  await area.getByRole("button", { name: "Guardar" }).click();
  await area.waitForURL(/\/acuerdos/);
  const done = area.locator("article.seguimiento", { hasText: "CVOE/044/21" });
  assert.match(await done.innerText(), /Cumplido el miércoles 1 de diciembre de 2021/);
  assert.match(await done.innerText(), /Oficio IECM\/UTVOE\/120\/2021\./);
  assert.equal(
    live.server.sql("select deadline || ' ' || status from agreement_follow_ups"),
    "2021-12-10 cumplido",
  );
  assert.deepEqual(await accessibilityViolations(area), []);

  // Another area's view: nothing of UTVOE's.
  assert.deepEqual(staff.serverErrors, []);
  assert.deepEqual(area.serverErrors, []);
});
