// The contest end to end in Chromium: a visitor registers a work (refused
// first, in Spanish, beside each field), confirms it from the e-mail that
// arrives at a real SMTP server and uploads the file only then; staff
// validate it and assign it,
// jurors score only what is theirs, staff see the ranking, record the
// winner and publish; the public then sees the winner and nothing else.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import {
  ACCOUNTS,
  accessibilityViolations,
  addAccount,
  mailArrived,
  newPage,
  signIn,
  servedWithBrowser,
  startMailSink,
  vincula,
} from "./support.mjs";

const mailbox = mkdtempSync(join(tmpdir(), "vincula-correo-"));
const sink = await startMailSink(mailbox);
const live = servedWithBrowser({
  serveArgs: ["--smtp", `smtp://127.0.0.1:${sink.port}`, "--smtp-from", "Concurso IECM <concurso@iecm.example>"],
});
after(async () => {
  await sink.stop();
  rmSync(mailbox, { recursive: true, force: true });
});

// The next message to `address` after the `seen` first ones, once it arrives
// (mail goes out after the page answers).
async function nextMail(address, seen) {
  for (let tries = 0; tries < 100; tries++) {
    const found = mailArrived(mailbox).slice(seen).find((message) => message.rcpt_tos.includes(address));
    if (found) {
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no llegó ningún correo a ${address}`);
}

// The confirmation link a message carries.
function confirmationLink(message) {
  const found = message.body.match(/https?:\/\/\S+\/concurso\/confirmar\/\S+/);
  assert.ok(found, message.body);
  return found[0];
}

const JURORS = {
  primera: { email: "jurado1@vincula.example", role: "jurado", juror: "vff9-j1" },
  segundo: { email: "jurado2@vincula.example", role: "jurado", juror: "vff9-j2" },
};

// Today in Mexico City (UTC−6 all year), as AAAA-MM-DD, shifted by `days`.
function cityDate(days) {
  const now = new Date(Date.now() - 6 * 3600 * 1000 + days * 86400 * 1000);
  return now.toISOString().slice(0, 10);
}

// A birth date `years` years before today.
function bornYearsAgo(years) {
  const date = cityDate(0);
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

// A contest open now, with a rubric and two jurors; imported beside the demo data.
function importOpenContest(db) {
  const bundle = {
    format: "vincula-bundle",
    version: 1,
    contests: [
      {
        key: "vff9",
        name: "Vota Film Fest «Prueba»",
        edition: 9,
        theme: "Tu voto cuenta",
        question: "¿Por qué votar?",
        registration_open: cityDate(-10),
        registration_close: cityDate(10),
        registration_close_time: "18:00",
        categories: [
          { key: "ado", label: "De 12 a 17 años", min_age: 12, max_age: 17 },
          { key: "jov", label: "De 18 a 29 años", min_age: 18, max_age: 29 },
        ],
        max_minutes: 3,
      },
    ],
    jurors: [
      { key: "vff9-j1", contest: "vff9", name: "Primera Jurado" },
      { key: "vff9-j2", contest: "vff9", name: "Segundo Jurado" },
    ],
    rubric: [
      { contest: "vff9", criterion: "Creatividad", weight: 0.6 },
      { contest: "vff9", criterion: "Mensaje", weight: 0.4 },
    ],
  };
  const file = join(dirname(db), "concurso.json");
  writeFileSync(file, JSON.stringify(bundle));
  vincula(["import", "--db", db, file]);
  for (const account of Object.values(JURORS)) {
    addAccount(db, account);
  }
}

// An MP4 as the server recognises it (a box of type «ftyp» first), of 5 MiB
// of every byte value: larger than one request may carry, so it goes in
// parts, and it must come back to the juror byte for byte.
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from("ftypisom"),
  Buffer.from(Array.from({ length: 5 * 1024 * 1024 }, (_, i) => (i * 7) % 256)),
]);

async function fillEntry(page, fields) {
  await page.getByLabel("Nombre completo").fill(fields.name);
  await page.getByLabel("Correo electrónico").fill(fields.email);
  await page.getByLabel("Fecha de nacimiento").fill(fields.birth);
  await page.getByLabel("Género").selectOption("F");
  await page.getByLabel("Lugar de residencia").selectOption("cdmx");
  await page.getByLabel("Título de la obra").fill(fields.title);
  if (fields.privacy) {
    await page.getByLabel("He leído y acepto el aviso de privacidad").check();
  }
}

test("una persona se registra, el jurado califica y el público ve a la ganadora", async () => {
  importOpenContest(live.server.db);
  const count = () => Number(live.server.sql("select count(*) from registrations where contest='vff9'"));
  const visitor = await newPage(live.browser);
  await visitor.goto(`${live.server.url}/concurso`);
  await visitor.getByRole("heading", { name: "Vota Film Fest «Prueba»" }).waitFor();
  await visitor.getByText("a las 18:00 horas (hora de la Ciudad de México)").waitFor();
  assert.deepEqual(await accessibilityViolations(visitor), []);

  // A minor without guardian, no work and no privacy notice: refused, each
  // message beside its field, nothing written.
  await fillEntry(visitor, {
    name: "Luisa Pérez Gómez",
    email: "luisa@example.org",
    birth: bornYearsAgo(15),
    title: "Mi primera elección",
    privacy: false,
  });
  await visitor.getByRole("button", { name: "Enviar el registro" }).click();
  await visitor.getByText("No se guardó el registro.").waitFor();
  const guardianError = visitor.locator("#inscripcion-guardian_name-error");
  assert.match(await guardianError.innerText(), /menor de edad/);
  assert.match(await visitor.locator("#inscripcion-privacy_accepted-error").innerText(), /aviso de privacidad/);
  // Without a link the file comes after the e-mail: not asked for yet.
  assert.equal(await visitor.locator("#inscripcion-work-link-error").count(), 0);
  assert.equal(count(), 0);
  assert.deepEqual(await accessibilityViolations(visitor), []);
  // What was typed is kept.
  assert.equal(await visitor.getByLabel("Nombre completo").inputValue(), "Luisa Pérez Gómez");

  // Corrected: nothing is an entry yet, a link goes to the address given,
  // and the message carries none of the words typed (a stranger's address
  // could have been given).
  await visitor.getByLabel(/Nombre de la madre, padre o persona tutora/).fill("Rosa Gómez");
  await visitor.getByLabel(/autoriza la participación/).check();
  await visitor.getByLabel("He leído y acepto el aviso de privacidad").check();
  let seen = mailArrived(mailbox).length;
  await visitor.getByRole("button", { name: "Enviar el registro" }).click();
  await visitor.waitForURL(/\/concurso\/confirme-su-correo/);
  await visitor.getByText("Te enviamos un correo").waitFor();
  assert.equal(count(), 0);
  const confirmation = await nextMail("luisa@example.org", seen);
  // The contest speaks to its entrants as «tú».
  assert.match(confirmation.subject, /Confirma tu registro en Vota Film Fest «Prueba»/);
  for (const typed of ["Luisa", "Pérez", "Mi primera elección", "Rosa"]) {
    assert.ok(!confirmation.body.includes(typed), `el correo no repite «${typed}»`);
  }
  const link = confirmationLink(confirmation);

  // The link opens the upload; a file that is not a video is refused, and
  // the link still works.
  await visitor.goto(link);
  await visitor.getByText("Mi primera elección").waitFor();
  assert.deepEqual(await accessibilityViolations(visitor), []);
  await visitor.getByLabel("Archivo de la obra").setInputFiles({
    name: "guion.txt",
    mimeType: "video/mp4",
    buffer: Buffer.from("esto no es un video"),
  });
  await visitor.getByRole("button", { name: "Confirmar el registro" }).click();
  await visitor.locator("#estado-subida").getByText(/no es un video/).waitFor();
  assert.equal(count(), 0);
  assert.equal(Number(live.server.sql("select count(*) from work_files")), 0);

  // The video arrives, but a link that is not one refuses the
  // confirmation: the page says the file is already here, and confirming
  // again needs no new choice of it.
  await visitor.getByLabel("Archivo de la obra").setInputFiles({
    name: "mi-primera-eleccion.mp4",
    mimeType: "video/mp4",
    buffer: MP4,
  });
  await visitor.getByLabel("Enlace a la obra").fill("no es un enlace");
  await visitor.evaluate(() => {
    document.querySelector("form[data-partes]").noValidate = true;
  });
  await visitor.getByRole("button", { name: "Confirmar el registro" }).click();
  await visitor.getByText("No se guardó el registro.").waitFor();
  await visitor.getByText(/Ya recibimos tu archivo mi-primera-eleccion\.mp4/).waitFor();
  assert.equal(count(), 0);

  // Registered without choosing the video again; the folio shown and mailed.
  seen = mailArrived(mailbox).length;
  await visitor.getByLabel("Enlace a la obra").fill("");
  await visitor.getByRole("button", { name: "Confirmar el registro" }).click();
  await visitor.waitForURL(/\/concurso\/registrado/);
  assert.equal(await visitor.locator(".folio").innerText(), "VFF9-0001");
  assert.equal(count(), 1);
  assert.equal(live.server.sql("select status from registrations where folio='VFF9-0001'"), "registrado");
  const folioMail = await nextMail("luisa@example.org", seen);
  assert.match(folioMail.body, /folio VFF9-0001/);
  assert.ok(!folioMail.body.includes("Luisa"));

  // The link works once.
  await visitor.goto(link);
  await visitor.getByText(/ya se usó/).waitFor();

  // The entrant checks the entry by folio and e-mail; another e-mail
  // learns nothing.
  await visitor.goto(`${live.server.url}/concurso`);
  await visitor.getByLabel("Folio").fill("VFF9-0001");
  await visitor.getByLabel("Correo con el que te registraste").fill("Luisa@Example.org");
  await visitor.getByRole("button", { name: "Consultar" }).click();
  await visitor.getByText("Recibido", { exact: true }).waitFor();
  assert.match(await visitor.locator("main").innerText(), /Mi primera elección/);
  const stranger = await visitor.request.get(
    `${live.server.url}/concurso/estado?folio=VFF9-0001&correo=otra%40example.org`,
  );
  assert.equal(stranger.status(), 404);
  assert.ok(!(await stranger.text()).includes("Mi primera elección"));

  // An adult outside every category: the message says the age and the
  // bounds, before any mail.
  await visitor.goto(`${live.server.url}/concurso`);
  await fillEntry(visitor, {
    name: "Pedro Ruiz",
    email: "pedro@example.org",
    birth: bornYearsAgo(40),
    title: "Democracia",
    privacy: true,
  });
  await visitor.getByLabel("Enlace a la obra").fill("https://video.example/democracia");
  await visitor.getByRole("button", { name: "Enviar el registro" }).click();
  assert.match(await visitor.locator("#inscripcion-birth_date-error").innerText(),
    /la edad será de 40 años.*de 12 a 17 años y de 18 a 29 años/);
  assert.equal(count(), 1);
  assert.equal(Number(live.server.sql("select count(*) from entry_requests where contest='vff9'")), 1);

  // A second, adult entry with a link: confirmed without a file.
  await fillEntry(visitor, {
    name: "Marta Díaz",
    email: "marta@example.org",
    birth: bornYearsAgo(22),
    title: "La urna",
    privacy: true,
  });
  await visitor.getByLabel("Enlace a la obra").fill("https://video.example/la-urna");
  seen = mailArrived(mailbox).length;
  await visitor.getByRole("button", { name: "Enviar el registro" }).click();
  await visitor.waitForURL(/\/concurso\/confirme-su-correo/);
  await visitor.goto(confirmationLink(await nextMail("marta@example.org", seen)));
  assert.equal(await visitor.getByLabel("Enlace a la obra").inputValue(), "https://video.example/la-urna");
  await visitor.getByRole("button", { name: "Confirmar el registro" }).click();
  await visitor.waitForURL(/\/concurso\/registrado/);
  assert.equal(await visitor.locator(".folio").innerText(), "VFF9-0002");

  // Staff validate both: the first for the first juror only.
  const staff = await newPage(live.browser);
  await signIn(staff, live.server.url, ACCOUNTS.capturista);
  await staff.goto(`${live.server.url}/concursos/vff9`);
  const first = staff.locator("#registro-vff9-0001");
  assert.match(await first.innerText(), /Luisa Pérez Gómez/);
  assert.match(await first.innerText(), /Menor de edad; tutor: Rosa Gómez/);
  await first.getByText("Revisar").click();
  await first.getByLabel("Segundo Jurado").uncheck();
  await first.getByRole("button", { name: "Validar" }).click();
  await staff.getByText("Se guardó el registro.").waitFor();
  const second = staff.locator("#registro-vff9-0002");
  await second.getByText("Revisar").click();
  await second.getByRole("button", { name: "Validar" }).click();
  await staff.getByText("Se guardó el registro.").waitFor();
  assert.equal(live.server.sql("select count(*) from registrations where contest='vff9' and status='validado'"), "2");

  // The first juror sees both works, without the entrants' names.
  const juror = await newPage(live.browser);
  await signIn(juror, live.server.url, JURORS.primera);
  await juror.goto(`${live.server.url}/jurado`);
  await juror.getByText("Obras calificadas: 0 de 2 · por calificar: 2").waitFor();
  const work = juror.locator("#obra-vff9-0001");
  await work.getByRole("heading", { name: "VFF9-0001: Mi primera elección" }).waitFor();
  assert.equal(await juror.getByText("Luisa Pérez Gómez").count(), 0);
  assert.equal(await juror.locator("article").count(), 2);
  const video = await juror.request.get(`${live.server.url}/concursos/obras/vff9-0001/archivo`);
  assert.equal(video.status(), 200);
  assert.deepEqual(Buffer.from(await video.body()), MP4);
  // Played in the page, part by part (Range), not only downloaded.
  const player = work.locator("video");
  assert.equal(await player.getAttribute("src"), "/concursos/obras/vff9-0001/archivo?ver=1");
  const part = await juror.request.get(`${live.server.url}/concursos/obras/vff9-0001/archivo?ver=1`, {
    headers: { Range: "bytes=0-9" },
  });
  assert.equal(part.status(), 206);
  assert.equal(part.headers()["content-range"], `bytes 0-9/${MP4.length}`);
  assert.deepEqual(Buffer.from(await part.body()), MP4.subarray(0, 10));
  await work.getByLabel("Creatividad (peso 0.6)").fill("9");
  await work.getByLabel("Mensaje (peso 0.4)").fill("8");
  await work.getByRole("button", { name: "Guardar las calificaciones" }).click();
  await juror.getByText("Se guardó el registro.").waitFor();
  const other = juror.locator("#obra-vff9-0002");
  await other.getByLabel("Creatividad (peso 0.6)").fill("7");
  await other.getByLabel("Mensaje (peso 0.4)").fill("10");
  await other.getByRole("button", { name: "Guardar las calificaciones" }).click();
  await juror.getByText("Se guardó el registro.").waitFor();
  await juror.getByText("Obras calificadas: 2 de 2 · por calificar: 0").waitFor();
  // Out of the scale: refused beside the work, nothing changed.
  await other.getByLabel("Mensaje (peso 0.4)").fill("12");
  await other.evaluate((article) => article.querySelector("form").noValidate = true);
  await other.getByRole("button", { name: "Guardar las calificaciones" }).click();
  await juror.getByText("No se guardaron las calificaciones.").waitFor();
  assert.equal(live.server.sql("select count(*) from scores where juror='vff9-j1'"), "4");
  assert.equal(live.server.sql("select score from scores where juror='vff9-j1' and registration='vff9-0002' and criterion='Mensaje'"), "10.0");

  // The second juror sees only the work assigned to them, not the first
  // juror's scores, and cannot score the other work nor fetch its file.
  const juror2 = await newPage(live.browser);
  await signIn(juror2, live.server.url, JURORS.segundo);
  await juror2.goto(`${live.server.url}/jurado`);
  assert.equal(await juror2.locator("article").count(), 1);
  assert.equal(await juror2.getByText("Otras calificaciones").count(), 0);
  const forged = await juror2.request.post(`${live.server.url}/jurado/vff9-0001`, {
    form: { "puntaje.Creatividad": "1", "puntaje.Mensaje": "1" },
    headers: { Origin: live.server.url },
  });
  assert.equal(forged.status(), 422);
  assert.match(await forged.text(), /no está asignada/);
  assert.equal((await juror2.request.get(`${live.server.url}/concursos/obras/vff9-0001/archivo`)).status(), 403);
  assert.equal(live.server.sql("select count(*) from scores where juror='vff9-j2'"), "0");
  const work2 = juror2.locator("#obra-vff9-0002");
  await work2.getByLabel("Creatividad (peso 0.6)").fill("6");
  await work2.getByLabel("Mensaje (peso 0.4)").fill("6");
  await work2.getByRole("button", { name: "Guardar las calificaciones" }).click();
  await juror2.getByText("Se guardó el registro.").waitFor();

  // Staff see the ranking per category with the weighted means.
  await staff.goto(`${live.server.url}/concursos/vff9`);
  const ranking = staff.locator("section", { has: staff.getByRole("heading", { name: "Clasificación" }) });
  await ranking.getByText("queda antes la obra con mayor promedio en el criterio de mayor peso").waitFor();
  const minors = await ranking.locator("table").first().locator("tbody tr").allInnerTexts();
  assert.equal(minors.length, 1);
  assert.match(minors[0], /VFF9-0001\tMi primera elección\t8\.60\t1 de 1/);
  // La urna: juror 1 gives 0.6×7 + 0.4×10 = 8.2, juror 2 gives 6: mean 7.10.
  const adults = await ranking.locator("table").nth(1).locator("tbody tr").allInnerTexts();
  assert.match(adults[0], /VFF9-0002\tLa urna\t7\.10\t2 de 2/);
  await ranking.getByLabel("Lugar premiado de VFF9-0001").selectOption("1");
  await ranking.locator("tr", { hasText: "VFF9-0001" }).getByRole("button", { name: "Guardar" }).click();
  await staff.getByText("Se guardó el registro.").waitFor();
  assert.equal(live.server.sql("select place from registrations where key='vff9-0001'"), "1");

  // Before publication the public sees no winners and no entrant.
  const before = await (await visitor.request.get(`${live.server.url}/concurso`)).text();
  assert.doesNotMatch(before, /Luisa/);
  await staff.getByRole("button", { name: "Publicar los resultados" }).click();
  await staff.getByText("Resultados publicados.").waitFor();
  await visitor.goto(`${live.server.url}/concurso`);
  await visitor.getByRole("heading", { name: "Obras ganadoras" }).waitFor();
  assert.match(await visitor.locator("main").innerText(), /Mi primera elección, de Luisa Pérez Gómez/);
  assert.doesNotMatch(await visitor.locator("main").innerText(), /Marta Díaz/);

  // Once published, jurors see each other's scores.
  await juror2.goto(`${live.server.url}/jurado`);
  await juror2.getByText("Otras calificaciones: 7").waitFor();
  await juror2.getByText("Otras calificaciones: 10").waitFor();
  for (const page of [visitor, staff, juror, juror2]) {
    assert.deepEqual(page.serverErrors, []);
  }
});

test("los datos de quienes concursan solo los ve el personal del concurso", async () => {
  const publicPage = await newPage(live.browser);
  const council = await newPage(live.browser);
  await signIn(council, live.server.url, ACCOUNTS.consejeria);
  const area = await newPage(live.browser);
  await signIn(area, live.server.url, ACCOUNTS.area);
  const juror = await newPage(live.browser);
  await signIn(juror, live.server.url, JURORS.primera);
  const staff = await newPage(live.browser);
  await signIn(staff, live.server.url, ACCOUNTS.capturista);
  const expected = [
    ["/concursos/vff9", { publicPage: 401, council: 403, area: 403, juror: 403, staff: 200 }],
    ["/concursos", { publicPage: 401, council: 403, area: 403, juror: 403, staff: 200 }],
    ["/concursos/vff9?formato=xlsx", { publicPage: 401, council: 403, area: 403, juror: 403, staff: 200 }],
    ["/concursos/obras/vff9-0001/archivo", { publicPage: 401, council: 403, area: 403, juror: 200, staff: 200 }],
    ["/jurado", { publicPage: 401, council: 403, area: 403, juror: 200, staff: 403 }],
    ["/api/v1/registrations", { publicPage: 401, council: 403, area: 403, juror: 403, staff: 200 }],
    ["/api/v1/jurors", { publicPage: 401, council: 403, area: 403, juror: 403, staff: 200 }],
    ["/api/v1/scores", { publicPage: 401, council: 403, area: 403, juror: 200, staff: 200 }],
  ];
  const pages = { publicPage, council, area, juror, staff };
  for (const [path, statuses] of expected) {
    for (const [who, status] of Object.entries(statuses)) {
      const response = await pages[who].request.get(`${live.server.url}${path}`, { maxRedirects: 0 });
      const got = response.status() === 303 ? 401 : response.status();
      assert.equal(got, status, `${who} GET ${path}`);
    }
  }
  // A juror reading the scores API gets only their own.
  const scores = await (await juror.request.get(`${live.server.url}/api/v1/scores`)).json();
  assert.ok(scores.registros.length > 0);
  assert.ok(scores.registros.every((score) => score.juror === "vff9-j1"));
  // The staff's spreadsheet of entrants is on record in the audit log.
  assert.equal(
    live.server.sql("select count(*) from audit_log where action='exportar' and \"array\"='registrations'"),
    "1",
  );
});
