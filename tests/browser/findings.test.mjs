// «Corregir» beside a finding of the review opens the place where that
// finding is fixed, and fixing it there makes the finding go away: a missing
// minuta is added to its session from a form that already knows the
// session; progress on a convenio tied to no action is tied in its own form.
// Every «Corregir» on the review answers a form, never a 404.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ACCOUNTS, newPage, servedWithBrowser, signIn } from "./support.mjs";

const live = servedWithBrowser();
const REVIEW = "/revision?comision=CVOE&trimestre=2021-T4";

async function findingText(page) {
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
}

test("each «Corregir» opens the form that fixes its finding", async () => {
  const { url } = live.server;
  const staff = await newPage(live.browser);
  await signIn(staff, url, ACCOUNTS.capturista);

  // The eleventh session loses its minuta; a convenio reports progress in
  // the twelfth without saying under which action of the programme.
  const removed = await staff.request.delete(`${url}/api/v1/agreements/CVOE/044/21`);
  assert.equal(removed.status(), 204, await removed.text());
  const progress = await staff.request.post(`${url}/api/v1/convenio_progress`, {
    data: { convenio: "c-xochimilco-ayc", session: "o12-2021", text: "Avance sin acción" },
  });
  assert.equal(progress.status(), 201, await progress.text());

  await staff.goto(`${url}${REVIEW}`);
  const links = await staff.locator("main a", { hasText: "Corregir" }).evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute("href")),
  );
  assert.ok(links.length >= 3, `only ${links.length} «Corregir» links`);
  for (const href of links) {
    const answer = await staff.request.get(`${url}${href}`);
    assert.equal(answer.status(), 200, `${href} answered ${answer.status()}`);
    assert.match(await answer.text(), /<form[^>]+method="post"/, `${href} has no form`);
  }

  // The minuta: a new agreement of that session, of kind «minuta».
  const minuta = staff.locator("p", { hasText: "no consta la aprobación de la minuta" });
  assert.equal(await minuta.count(), 1, await findingText(staff));
  await minuta.getByRole("link", { name: "Corregir" }).click();
  await staff.waitForURL(/\/registros\/agreements\/nuevo/);
  assert.equal(await staff.locator("#campo-session").inputValue(), "o11-2021");
  assert.equal(await staff.locator("#campo-kind").inputValue(), "minuta");
  await staff.locator("main form").first().getByRole("button", { name: "Guardar" }).click();
  await staff.waitForURL(/\/revision\?/);
  assert.doesNotMatch(await findingText(staff), /no consta la aprobación de la minuta/);

  // The progress: its own form, where the action is chosen.
  const unreported = staff.locator("p", { hasText: "no está ligado a ninguna acción" });
  assert.equal(await unreported.count(), 1, await findingText(staff));
  await unreported.getByRole("link", { name: "Corregir" }).click();
  await staff.waitForURL(/\/registros\/convenio_progress\/editar\/\d+/);
  await staff.locator("#campo-action").selectOption("pat-2021/2/C");
  await staff.locator("main form").first().getByRole("button", { name: "Guardar" }).click();
  await staff.waitForURL(/\/revision\?/);
  assert.doesNotMatch(await findingText(staff), /no está ligado a ninguna acción/);
  assert.deepEqual(staff.serverErrors, []);
});

test("progress reported from the convenio's page goes under the programme's follow-up action", async () => {
  const { url } = live.server;
  const staff = await newPage(live.browser);
  await signIn(staff, url, ACCOUNTS.capturista);
  await staff.goto(`${url}/convenios/c-xochimilco-ayc`);
  await staff.getByText("Informar un avance").click();
  await staff.getByLabel("Sesión en que se informa").selectOption("o12-2021");
  await staff.getByLabel("Avance", { exact: true }).fill("Entrega de materiales de difusión");
  await staff.getByRole("button", { name: "Guardar el avance" }).click();
  await staff.waitForURL(/aviso=guardado/);
  const listed = await (
    await staff.request.get(`${url}/api/v1/convenio_progress?convenio=c-xochimilco-ayc&session=o12-2021`)
  ).json();
  const saved = listed.registros.find((row) => row.text === "Entrega de materiales de difusión");
  assert.equal(saved?.action, "pat-2021/2/C", JSON.stringify(listed));
  const report = await (
    await staff.request.get(`${url}/api/v1/reports?commission=CVOE&quarter=2021-T4&format=md`)
  ).text();
  assert.match(report, /Xochimilco/);
});

test("choosing the session offers its programme's actions, and the one chosen is saved", async () => {
  const { url } = live.server;
  const staff = await newPage(live.browser);
  await signIn(staff, url, ACCOUNTS.capturista);
  await staff.goto(`${url}/convenios/c-xochimilco-ayc`);
  await staff.getByText("Informar un avance").click();
  const action = staff.getByLabel("Acción del programa anual de trabajo");
  assert.equal(await action.locator("option").count(), 1, "only the obvious action before a session");
  await staff.getByLabel("Sesión en que se informa").selectOption("o12-2021");
  await action.locator('option[value="pat-2021/1/A"]').waitFor({ state: "attached" });
  await action.selectOption("pat-2021/1/A");
  await staff.getByLabel("Avance", { exact: true }).fill("Revisión del anexo técnico");
  await staff.getByRole("button", { name: "Guardar el avance" }).click();
  await staff.waitForURL(/aviso=guardado/);
  const listed = await (
    await staff.request.get(`${url}/api/v1/convenio_progress?convenio=c-xochimilco-ayc&session=o12-2021`)
  ).json();
  const saved = listed.registros.find((row) => row.text === "Revisión del anexo técnico");
  assert.equal(saved?.action, "pat-2021/1/A", JSON.stringify(listed));
  assert.deepEqual(staff.serverErrors, []);
});
