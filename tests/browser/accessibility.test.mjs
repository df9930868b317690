// Every main page, scanned by axe-core for WCAG 2.1 A/AA: no serious or
// critical violation. With VINCULA_SCREENSHOTS=folder it also saves a
// screenshot of each page there (docs/screenshots/ keeps a chosen few, at
// desk and phone sizes, for the README).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  ACCOUNTS,
  accessibilityViolations,
  newPage,
  servedWithBrowser,
  signIn,
} from "./support.mjs";

// A server and a browser of this file's own, started before its tests.
const live = servedWithBrowser();
const screenshots = process.env.VINCULA_SCREENSHOTS;

async function scan(page, path, name) {
  const answer = await page.goto(`${live.server.url}${path}`);
  assert.ok(answer.status() < 400, `${path} responde ${answer.status()}`);
  await page.waitForLoadState("networkidle");
  if (screenshots) {
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
  }
  return (await accessibilityViolations(page)).map((found) => ({ path, ...found }));
}

// A desk and a phone: every staff page must work on both.
const SIZES = [
  { name: "escritorio", viewport: { width: 1280, height: 900 } },
  { name: "telefono", viewport: { width: 390, height: 844 }, isMobile: true },
];

for (const size of SIZES) {
  test(`las páginas del personal no tienen fallas graves de accesibilidad (${size.name})`, async () => {
    const { name: sizeName, ...options } = size;
    const page = await newPage(live.browser, options);
    await signIn(page, live.server.url, ACCOUNTS.administrador);
    const session = live.server.sql("select key from sessions order by date desc limit 1");
    const convenio = live.server.sql("select key from convenios limit 1");
    const person = live.server.sql("select person from memberships where person is not null limit 1");
    const pages = [
      ["/?trimestre=2021-T4", "inicio"],
      ["/sesiones", "sesiones"],
      ["/sesiones/calendario?mes=2021-10", "calendario"],
      [`/sesiones/${session}`, "sesion"],
      ["/registros/sessions/nuevo", "sesion-nueva"],
      ["/convenios", "convenios"],
      [`/convenios/${convenio}`, "convenio"],
      ["/acuerdos", "seguimiento-acuerdos"],
      ["/informe?trimestre=2021-T4", "informe"],
      ["/revision?trimestre=2021-T4", "revision"],
      ["/auditoria", "auditoria"],
      ["/usuarios", "usuarios"],
      ["/usuarios/1", "usuario"],
      ["/registros", "registros"],
      ["/registros/agreements", "acuerdos"],
      ["/registros/convenios/nuevo", "convenio-nuevo"],
      ["/integracion?trimestre=2021-T4", "integracion"],
      [`/integracion/personas/${person}`, "persona"],
      ["/programa?trimestre=2021-T4", "programa"],
      ["/seguimiento?trimestre=2021-T4", "seguimiento"],
      ["/concursos", "concursos"],
      ["/concursos/vff4", "concurso"],
      ["/redes", "redes"],
      ["/cuenta", "cuenta"],
    ];
    const violations = [];
    const misfits = [];
    for (const [path, name] of pages) {
      violations.push(...(await scan(page, path, `${name}-${sizeName}`)));
      // Nothing wider than the screen but a table's own scrolling, and the
      // page's heading within the first screen.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const heading = await page.evaluate(() => document.querySelector("h1").getBoundingClientRect().top);
      if (width > options.viewport.width || heading > options.viewport.height) {
        misfits.push(`${path}: ${width} px de ancho, título a ${Math.round(heading)} px`);
      }
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(misfits, []);
    assert.deepEqual(page.serverErrors, []);
  });
}

for (const size of SIZES) {
  test(`las páginas públicas y la de entrada no tienen fallas graves (${size.name})`, async () => {
    const { name: sizeName, ...options } = size;
    const page = await newPage(live.browser, options);
    const violations = [];
    const misfits = [];
    for (const [path, name] of [
      ["/", "publico-inicio"],
      ["/convenios", "publico-convenios"],
      ["/transparencia/CVOE/2021", "publico-transparencia"],
      ["/concurso", "publico-concurso"],
      ["/entrar", "entrar"],
    ]) {
      violations.push(...(await scan(page, path, `${name}-${sizeName}`)));
      // Nothing wider than the screen but the tables' own scrolling.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > options.viewport.width) {
        misfits.push(`${path}: ${width} px de ancho`);
      }
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(misfits, []);
  });
}

test("se entra y se navega solo con el teclado", async () => {
  const page = await newPage(live.browser);
  await page.goto(`${live.server.url}/convenios`);
  // The first Tab reaches the skip link, which takes the focus to the content.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Saltar al contenido");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "contenido");
  // The e-mail field has the focus on arrival; Tab, type, Enter signs in.
  await page.goto(`${live.server.url}/entrar`);
  assert.equal(await page.evaluate(() => document.activeElement.id), "correo");
  await page.keyboard.type(ACCOUNTS.capturista.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("contraseña-de-prueba");
  await page.keyboard.press("Enter");
  await page.waitForURL((target) => target.pathname === "/");
  await page.getByText("Sesión iniciada.").waitFor();
  // Every link and button of the page can take the focus, in order.
  const focusable = await page.evaluate(
    () => document.querySelectorAll("a[href], button, select, input, textarea").length,
  );
  const reached = new Set();
  for (let i = 0; i < focusable + 2; ++i) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80)));
  }
  assert.ok(reached.size >= Math.min(focusable, 10), `el tabulador recorre ${reached.size} controles`);
});
