// Approving the quarterly report as the consejería does it: asked for
// confirmation, the approved version is what the public reads; a later
// change to the quarter's data is flagged on the report page and in the
// review, whose «Corregir» leads to approving a new version; a withdrawal
// asks for its reason and takes the report away from the public.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, accessibilityViolations, newPage, servedWithBrowser, signIn } from "./support.mjs";

const live = servedWithBrowser();
const REPORT = "/informe?comision=CVOE&trimestre=2021-T4";
const PUBLIC_MD = "/api/v1/reports?commission=CVOE&quarter=2021-T4&format=md";

test("the consejería approves, staff change the quarter, a new version follows, then a withdrawal", async () => {
  const { url } = live.server;
  const council = await newPage(live.browser);
  await signIn(council, url, ACCOUNTS.consejeria);
  await council.goto(`${url}${REPORT}`);

  // Approving asks first, and says what it means.
  await council.getByRole("link", { name: "Aprobar la publicación de este informe" }).click();
  await council.waitForURL(/\/informe\/aprobar/);
  assert.match(await council.locator("main").innerText(), /Periodo\s+Cuarto trimestre de 2021\s+Versión que se aprueba\s+1/);
  assert.deepEqual(await accessibilityViolations(council), []);
  await council.getByRole("button", { name: "Confirmar la aprobación de la versión 1" }).click();
  await council.waitForURL(/aviso=publicado/);
  const versions = council.locator("#versiones");
  assert.match(await versions.innerText(), /En vigor/);
  assert.match(await versions.innerText(), /SHA-256 del PDF: [0-9a-f]{64}/);
  assert.deepEqual(await accessibilityViolations(council), []);

  const visitor = await newPage(live.browser);
  const approved = await (await visitor.request.get(`${url}${PUBLIC_MD}`)).text();
  assert.match(approved, /CVOE\/036\/21/);

  // Staff add an agreement to the quarter after the approval.
  const staff = await newPage(live.browser);
  await signIn(staff, url, ACCOUNTS.capturista);
  const added = await staff.request.post(`${url}/api/v1/agreements`, {
    data: { session: "o12-2021", kind: "otro", result: "aprobado", title: "Acuerdo tardío de prueba" },
  });
  assert.equal(added.status(), 201, await added.text());
  assert.equal(await (await visitor.request.get(`${url}${PUBLIC_MD}`)).text(), approved);

  // The review says so, and its «Corregir» leads to the versions.
  await staff.goto(`${url}/revision?comision=CVOE&trimestre=2021-T4`);
  const finding = staff.locator("p", { hasText: "cambios posteriores a la aprobación" });
  assert.equal(await finding.count(), 1);
  await finding.getByRole("link", { name: "Corregir" }).click();
  await staff.waitForURL(/\/informe\?.*#versiones/);
  assert.match(await staff.locator("main").innerText(), /Cambios posteriores a la aprobación/);
  // Only the consejería approves.
  assert.equal(await staff.getByRole("link", { name: /^Aprobar/ }).count(), 0);

  await council.goto(`${url}${REPORT}`);
  await council.getByRole("link", { name: "Aprobar una nueva versión" }).click();
  await council.getByRole("button", { name: "Confirmar la aprobación de la versión 2" }).click();
  await council.waitForURL(/aviso=publicado/);
  assert.match(await (await visitor.request.get(`${url}${PUBLIC_MD}`)).text(), /Acuerdo tardío de prueba/);
  const old = await visitor.request.get(`${url}${PUBLIC_MD}&version=1`);
  assert.equal(await old.text(), approved, "the first version stays readable");
  assert.match(await council.locator("#versiones").innerText(), /Sustituida por una versión posterior/);

  // Withdrawing needs a reason; the browser asks for it before sending.
  await council.getByText("Retirar la publicación", { exact: true }).first().click();
  await council.getByLabel("Motivo del retiro (queda en el historial)").fill("Se revisan las cifras de convenios");
  await council.getByRole("button", { name: "Retirar la publicación" }).click();
  await council.waitForURL(/aviso=retirado/);
  assert.match(await council.locator("#versiones").innerText(), /Retirada el .* Se revisan las cifras de convenios/);
  assert.equal((await visitor.request.get(`${url}${PUBLIC_MD}`)).status(), 401);
  assert.deepEqual([...council.serverErrors, ...staff.serverErrors], []);
});
