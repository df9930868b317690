// An account as an administrator opens it in Chromium: invited by e-mail
// (no password typed by anyone but its owner), the link chosen from the
// mail, a password chosen, signing in with it; the link then opens nothing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACCOUNTS, mailArrived, newPage, servedWithBrowser, signIn, startMailSink } from "./support.mjs";

const mailbox = mkdtempSync(join(tmpdir(), "vincula-correo-"));
const sink = await startMailSink(mailbox);
const live = servedWithBrowser({
  serveArgs: ["--smtp", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "Vincula <vincula@iecm.example>"],
});
after(async () => {
  await sink.stop();
  rmSync(mailbox, { recursive: true, force: true });
});

async function mailTo(address) {
  for (let tries = 0; tries < 100; tries++) {
    const found = mailArrived(mailbox).find((message) => message.rcpt_tos.includes(address));
    if (found) {
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no llegó ningún correo a ${address}`);
}

test("una cuenta nueva recibe por correo su enlace, elige su contraseña y entra", async () => {
  const admin = await newPage(live.browser);
  await signIn(admin, live.server.url, ACCOUNTS.administrador);
  await admin.goto(`${live.server.url}/usuarios`);
  await admin.getByLabel("Correo electrónico").fill("nueva.capturista@iecm.example");
  await admin.getByLabel("Nombre", { exact: true }).fill("Nueva Capturista");
  assert.equal(await admin.getByLabel("Rol", { exact: true }).inputValue(), "capturista");
  await admin.getByRole("button", { name: "Crear la cuenta" }).click();
  await admin.getByText(/Se envió a nueva\.capturista@iecm\.example un enlace/).waitFor();

  const message = await mailTo("nueva.capturista@iecm.example");
  assert.match(message.subject, /Elija su contraseña de Vincula/);
  const link = message.body.match(/https?:\/\/\S+(\/bienvenida\/\S+)/);
  assert.ok(link, message.body);

  const owner = await newPage(live.browser);
  await owner.goto(`${live.server.url}${link[1]}`);
  await owner.getByText("nueva.capturista@iecm.example").waitFor();
  await owner.getByLabel(/Contraseña nueva/).fill("mi contraseña de capturista");
  await owner.getByLabel("Escríbala otra vez").fill("mi contraseña de capturista");
  await owner.getByRole("button", { name: "Guardar mi contraseña" }).click();
  await owner.waitForURL(/\/entrar/);
  await owner.getByText("Su contraseña quedó guardada.", { exact: false }).waitFor();
  await owner.getByLabel("Correo electrónico").fill("nueva.capturista@iecm.example");
  await owner.getByLabel("Contraseña").fill("mi contraseña de capturista");
  await owner.getByRole("button", { name: "Entrar" }).click();
  await owner.waitForURL((target) => target.pathname === "/");
  await owner.getByText("nueva.capturista@iecm.example").first().waitFor();

  // Used, the link opens nothing.
  const again = await owner.goto(`${live.server.url}${link[1]}`);
  assert.equal(again.status(), 410);
  assert.deepEqual(admin.serverErrors, []);
});
