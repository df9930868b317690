// A mailing sent for real: a real SMTP server (aiosmtpd, on loopback)
// receives it, Python's email package reads what arrived, the unsubscribe
// link in a message works end to end, and a refusing or dead mail server
// leaves the mailing partly sent, each recipient's state kept, until
// «Reintentar pendientes» completes it. The mailing then counts in the
// quarter's report.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACCOUNTS, accessibilityViolations, mailArrived, newPage, servedWithBrowser, signIn, startMailSink, vincula } from "./support.mjs";

const mailbox = mkdtempSync(join(tmpdir(), "vincula-correo-"));

// The SMTP server of tests/support/smtp_sink.py (support.mjs), on `port` (0: any free one).
const startSink = (port = 0) => startMailSink(mailbox, port);

let sink = await startSink();
const live = servedWithBrowser({
  serveArgs: ["--smtp", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "Vinculación IECM <vinculacion@iecm.example>"],
});

// Messages arrived so far, as the sink decoded them.
const arrived = () => mailArrived(mailbox);

const year = new Date().getFullYear();

// Once, when the first test runs: the server is up by then.
let prepared = false;
function prepare() {
  if (prepared) {
    return;
  }
  prepared = true;
  // Contacts of the Red de Observación (one opted out already) and this
  // year's work programme, whose action the mailings serve.
  const bundle = {
    format: "vincula-bundle",
    version: 1,
    work_programmes: [
      {
        key: `pat-${year}`,
        commission: "CVOE",
        year,
        lines: [{ number: 3, title: "Vinculación con la ciudadanía", actions: [{ letter: "B", text: "Mantener informadas a las redes de la ciudadanía." }] }],
      },
    ],
    contacts: [
      { network: "red-obs", name: "Ana Pérez", email: "ana@example.org", country: "MX" },
      { network: "red-obs", name: "José Núñez", email: "jose@example.org", country: "US" },
      { network: "red-obs", name: "Eva Ya No", email: "eva@example.org", country: "MX", opted_out: true },
      { network: "red-obs", name: "Buzón Lleno", email: "lleno@example.org", country: "ES" },
    ],
  };
  const file = join(mailbox, "contactos.json");
  writeFileSync(file, JSON.stringify(bundle));
  vincula(["import", "--db", live.server.db, file]);
  rmSync(file);
}

after(async () => {
  await sink.stop();
  rmSync(mailbox, { recursive: true, force: true });
});

async function compose(page, subject, body) {
  await page.goto(`${live.server.url}/redes/red-obs`);
  await page.getByRole("button", { name: "Nuevo envío a esta red" }).click();
  await page.getByLabel("Tipo").selectOption("invitacion");
  await page.getByLabel("Acción del programa anual que atiende").selectOption(`pat-${year}/3/B`);
  await page.getByLabel("Asunto").fill(subject);
  await page.getByLabel("Texto del mensaje").fill(body);
}

// Sends the composed mailing and waits for the progress to end.
async function send(page) {
  await page.getByRole("button", { name: "Enviar" }).click();
  await page.waitForURL(/\/envios\/\d+$/);
  await page.locator("table.entregas").waitFor({ timeout: 30000 });
  return Number(page.url().match(/\/envios\/(\d+)$/)[1]);
}

function deliveries(id) {
  return live.server.sql(
    `select email || '=' || state from mailing_deliveries where outgoing = ${id} order by email`,
  );
}

test("un envío llega a cada contacto que no se dio de baja, con su enlace para darse de baja", async () => {
  prepare();
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/redes`);
  const row = page.locator("tr", { hasText: "Red de Observación IECM" });
  assert.match(await row.innerText(), /Red de Observación IECM\s+3\s+1/);
  await row.getByRole("link").click();
  assert.match(await page.locator("table.contactos").innerText(), /Eva Ya No\s+eva@example\.org\s+MX\s+No: se dio de baja/);

  const subject = "Invitación a la presentación de la Consulta Infantil y Juvenil — ¿participas?";
  const body = "Estimada red:\n\nLe invitamos a la presentación del año en la Ciudad de México.\nSaludos cordiales.";
  await compose(page, subject, body);
  await page.getByRole("button", { name: "Vista previa" }).click();
  const preview = page.locator("section.vista-previa");
  assert.match(await preview.innerText(), /Así lo recibirá cada una de las 3 personas/);
  assert.match(await preview.locator("pre").innerText(), /Para dejar de recibir estos mensajes, visite:\nhttp:\/\/127\.0\.0\.1:\d+\/baja\?t=/);
  assert.equal(arrived().length, 0, "la vista previa no envía nada");

  const id = await send(page);
  assert.match(await page.locator("#progreso").innerText(), /Enviado\s+Aceptados: 3 · Fallidos: 0 · Pendientes: 0/);
  const messages = arrived();
  assert.deepEqual(messages.map((message) => message.rcpt_tos[0]).sort(), ["ana@example.org", "jose@example.org", "lleno@example.org"]);
  const ana = messages.find((message) => message.rcpt_tos[0] === "ana@example.org");
  assert.equal(ana.subject, subject);
  assert.equal(ana.to, "Ana Pérez <ana@example.org>");
  assert.equal(ana.from, "Vinculación IECM <vinculacion@iecm.example>");
  assert.equal(ana.charset, "utf-8");
  assert.ok(ana.body.replace(/\r\n/g, "\n").startsWith(body + "\n\n-- \nRecibe este mensaje por formar parte de Red de Observación IECM."));
  const link = ana.body.match(/(http:\/\/127\.0\.0\.1:\d+\/baja\?t=\S+)/)[1];
  assert.equal(ana.list_unsubscribe, `<${link}>`);
  // Each message its own link.
  const jose = messages.find((message) => message.rcpt_tos[0] === "jose@example.org");
  assert.notEqual(jose.list_unsubscribe, ana.list_unsubscribe);

  // Recorded: the bundle's mailing, with the messages accepted.
  assert.equal(live.server.sql(`select state from outgoing_mailings where id = ${id}`), "enviado");
  const record = live.server.sql(`select mailing from outgoing_mailings where id = ${id}`);
  assert.equal(
    live.server.sql(`select network || '|' || kind || '|' || recipients || '|' || info || '|' || action from mailings where id = ${record}`),
    `red-obs|invitacion|3|${subject}|pat-${year}/3/B`,
  );
  const date = live.server.sql(`select date from mailings where id = ${record}`);
  const quarter = `${date.slice(0, 4)}-T${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const reportFile = join(mailbox, "informe.md");
  vincula(["report", "--db", live.server.db, "--commission", "CVOE", "--quarter", quarter, "--format", "md", "--out", reportFile]);
  const report = readFileSync(reportFile, "utf8");
  rmSync(reportFile);
  assert.ok(report.includes(subject), "el envío aparece en el informe del trimestre");

  // The link, followed by Ana without an account.
  const reader = await newPage(live.browser);
  await reader.goto(link);
  assert.match(await reader.locator("main").innerText(), /¿Desea dejar de recibir los mensajes de Red de Observación IECM en ana@example\.org\?/);
  await reader.getByRole("button", { name: "Sí, dejar de recibirlos" }).click();
  assert.match(await reader.locator("main").innerText(), /ana@example\.org ya no recibirá los mensajes de Red de Observación IECM/);
  assert.equal(live.server.sql("select opted_out from contacts where email = 'ana@example.org'"), "1");
  assert.match(live.server.sql("select actor || ' ' || action from audit_log where array = 'contacts' order by id desc limit 1"), /baja por enlace modificar/);

  // A link altered by one character is refused, in Spanish, and changes nothing.
  const forged = link.slice(0, -1) + (link.endsWith("A") ? "B" : "A");
  const response = await reader.goto(forged.replace("ana", "jose"));
  assert.equal(response.status(), 400);
  assert.match(await reader.locator("main").innerText(), /El enlace para darse de baja no es válido/);
  assert.equal(live.server.sql("select opted_out from contacts where email = 'jose@example.org'"), "0");
  assert.deepEqual([...page.serverErrors, ...reader.serverErrors], []);
});

test("un destinatario rechazado deja el envío en parte enviado, y «Reintentar pendientes» lo completa", async () => {
  prepare();
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.administrador);
  const before = arrived().length;
  writeFileSync(join(mailbox, "rechazar"), "lleno@example.org\n");
  await compose(page, "Boletín electoral de la semana", "Compartimos el boletín de esta semana.");
  const id = await send(page);
  assert.match(await page.locator("#progreso").innerText(), /Enviado en parte\s+Aceptados: 1 · Fallidos: 1 · Pendientes: 0/);
  const refused = page.locator("table.entregas tr", { hasText: "lleno@example.org" });
  assert.match(await refused.innerText(), /Falló\s+El servidor de correo rechazó al destinatario lleno@example\.org: 550 5\.1\.1/);
  // Ana opted out in the first test: never sent to again.
  assert.deepEqual(arrived().slice(before).map((message) => message.rcpt_tos[0]), ["jose@example.org"]);
  assert.equal(deliveries(id), "jose@example.org=enviado\nlleno@example.org=fallido");
  assert.equal(live.server.sql(`select state from outgoing_mailings where id = ${id}`), "parcial");
  const record = live.server.sql(`select mailing from outgoing_mailings where id = ${id}`);
  assert.equal(live.server.sql(`select recipients from mailings where id = ${record}`), "1");

  rmSync(join(mailbox, "rechazar"));
  await page.getByRole("button", { name: "Reintentar pendientes" }).click();
  await page.waitForURL(/\/envios\/\d+$/);
  await page.locator("table.entregas").waitFor({ timeout: 30000 });
  assert.match(await page.locator("#progreso").innerText(), /Enviado\s+Aceptados: 2 · Fallidos: 0 · Pendientes: 0/);
  assert.deepEqual(arrived().slice(before).map((message) => message.rcpt_tos[0]), ["jose@example.org", "lleno@example.org"]);
  // The same record, now with both messages.
  assert.equal(live.server.sql(`select mailing from outgoing_mailings where id = ${id}`), record);
  assert.equal(live.server.sql(`select recipients from mailings where id = ${record}`), "2");
  assert.deepEqual(page.serverErrors, []);
});

test("con el servidor de correo caído, el envío queda sin enviar, con el error en español, y se reintenta", async () => {
  prepare();
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  const port = sink.port;
  await sink.stop();
  const before = arrived().length;
  await compose(page, "Solicitud de información", "Le solicitamos actualizar sus datos.");
  const id = await send(page);
  const progress = await page.locator("#progreso").innerText();
  assert.match(progress, /No se envió\s+Aceptados: 0 · Fallidos: 1 · Pendientes: 1/);
  assert.match(progress, new RegExp(`No se pudo conectar con el servidor de correo 127\\.0\\.0\\.1:${port}`));
  assert.equal(live.server.sql(`select state || ' ' || coalesce(mailing, 'sin registro') from outgoing_mailings where id = ${id}`), "fallido sin registro");

  sink = await startSink(port);
  await page.getByRole("button", { name: "Reintentar pendientes" }).click();
  await page.waitForURL(/\/envios\/\d+$/);
  await page.locator("table.entregas").waitFor({ timeout: 30000 });
  assert.match(await page.locator("#progreso").innerText(), /Enviado\s+Aceptados: 2/);
  assert.equal(deliveries(id), "jose@example.org=enviado\nlleno@example.org=enviado");
  assert.equal(arrived().length - before, 2);
  assert.deepEqual(page.serverErrors, []);
});

test("solo administración y captura envían; las demás cuentas no ven los contactos", async () => {
  prepare();
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.consejeria);
  for (const path of ["/redes", "/redes/red-obs", "/envios/nuevo", "/envios/1"]) {
    const response = await page.goto(`${live.server.url}${path}`);
    assert.equal(response.status(), 403, path);
  }
  const anonymous = await newPage(live.browser);
  await anonymous.goto(`${live.server.url}/redes/red-obs`);
  assert.match(anonymous.url(), /\/entrar\?volver=/);
});

test("los contactos se importan de CSV o Excel: todo se revisa antes y cada error dice su fila y columna", async () => {
  prepare();
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/redes/voto-chilango`);
  const count = () => live.server.sql("select count(*) from contacts where network = 'voto-chilango'");
  const upload = async (name, text) => {
    await page.getByLabel(/Archivo CSV o Excel/).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Importar contactos" }).click();
    await page.waitForLoadState();
  };
  await upload("malo.csv", "nombre;correo;país\nLuz Ortiz;luz@;MX\nMar Gómez;mar@example.org;México\nLeo;LÉO@example.org;US\nLeo Ruiz;leo@example.org;US\n");
  const refusal = await page.locator(".errores").innerText();
  assert.match(refusal, /No se importó nada/);
  assert.match(refusal, /fila 2, columna correo: "luz@" no es una dirección de correo electrónico válida/);
  assert.match(refusal, /fila 3, columna país: "México" no es un código de país ISO 3166/);
  assert.match(refusal, /fila 5, columna correo: el correo leo@example\.org ya aparece en la fila 4/);
  assert.equal(count(), "0");

  await upload("bueno.csv", "nombre,correo,país\nLuz Ortiz,luz@example.org,mx\nMar Gómez,mar@example.org,ES\n");
  assert.match(await page.locator("main").innerText(), /Importación terminada: 2 contactos nuevos\./);
  assert.equal(count(), "2");
  // Again, with Luz opted out meanwhile: she stays out, nobody is added twice.
  live.server.sql("update contacts set opted_out = 1 where email = 'luz@example.org'");
  await upload("otra-vez.csv", "nombre,correo,país\nLuz Ortiz,LUZ@example.org,MX\nSol Vega,sol@example.org,CA\n");
  assert.match(await page.locator("main").innerText(), /1 contacto nuevo; 1 ya estaba en la red y queda como estaba \(se dio de baja y sigue sin recibir envíos\)/);
  assert.equal(count(), "3");
  assert.equal(live.server.sql("select opted_out from contacts where email = 'luz@example.org'"), "1");
  assert.deepEqual(page.serverErrors, []);
});

test("las páginas de redes y envíos no tienen fallas graves de accesibilidad", async () => {
  prepare();
  const page = await newPage(live.browser, { viewport: { width: 1280, height: 900 } });
  await signIn(page, live.server.url, ACCOUNTS.administrador);
  const violations = [];
  const scan = async (label) => {
    await page.waitForLoadState("networkidle");
    violations.push(...(await accessibilityViolations(page)).map((found) => ({ label, ...found })));
  };
  for (const path of ["/redes", "/redes/red-obs", "/envios/nuevo?red=red-obs"]) {
    await page.goto(`${live.server.url}${path}`);
    await scan(path);
  }
  // The form refused (beside each field) and the preview.
  await page.getByRole("button", { name: "Enviar" }).click();
  await scan("envío rechazado");
  await page.getByLabel("Asunto").fill("Asunto");
  await page.getByLabel("Texto del mensaje").fill("Texto");
  await page.getByRole("button", { name: "Vista previa" }).click();
  await scan("vista previa");
  const sent = live.server.sql("select id from outgoing_mailings order by id limit 1");
  if (sent) {
    await page.goto(`${live.server.url}/envios/${sent}`);
    await scan("envío");
  }
  const reader = await newPage(live.browser);
  await reader.goto(`${live.server.url}/baja?t=alterado.x`);
  violations.push(...(await accessibilityViolations(reader)).map((found) => ({ label: "baja", ...found })));
  assert.deepEqual(violations, []);
});
