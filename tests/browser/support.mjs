// What the browser tests share: a real `vincula serve` on a fresh SQLite
// database with the demo data and one account per role, and Debian's
// Chromium driven by playwright-core.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
export const BINARY = process.env.VINCULA_BINARY;
export const SOURCE = process.env.VINCULA_SOURCE_DIR;
export const PASSWORD = "contraseña-de-prueba";

export const ACCOUNTS = {
  capturista: { email: "capturista@vincula.example", role: "capturista" },
  area: { email: "area-utvoe@vincula.example", role: "area", area: "UTVOE" },
  consejeria: { email: "consejeria@vincula.example", role: "consejeria" },
  administrador: { email: "admin@vincula.example", role: "administrador" },
};

export function vincula(args, input) {
  return execFileSync(BINARY, args, { input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}

// Adds an account (its password is PASSWORD) to a server's database.
export function addAccount(db, account) {
  const args = ["user", "add", "--db", db, "--email", account.email, "--role", account.role];
  if (account.area) {
    args.push("--area", account.area);
  }
  if (account.juror) {
    args.push("--juror", account.juror);
  }
  vincula(args, `${PASSWORD}\n${PASSWORD}\n`);
}

// A server of its own per test file: tests never see each other's writes.
// `serveArgs` are added to `vincula serve` (e.g. the mail server to use).
// `synthetic`: generated data of every shape `vincula synth` makes (two
// commissions over two years) instead of the demo's quarter; its accounts
// are those that need no area of the demo's.
export async function startServer({ serveArgs = [], synthetic = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "vincula-navegador-"));
  const db = join(dir, "vincula.sqlite");
  vincula(["init", "--db", db]);
  let bundle = join(SOURCE, "data/demo/iecm-cvoe-2021-q4.json");
  if (synthetic) {
    bundle = join(dir, "sintetico.json");
    vincula(["synth", "--out", bundle, "--years", "2", "--commissions", "2"]);
  }
  vincula(["import", "--db", db, bundle]);
  for (const account of Object.values(ACCOUNTS)) {
    if (!synthetic || !account.area) {
      addAccount(db, account);
    }
  }
  const server = spawn(BINARY, ["serve", "--db", db, "--listen", "127.0.0.1:0", ...serveArgs], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise((resolve, reject) => {
    let seen = "";
    server.stdout.on("data", (chunk) => {
      seen += chunk;
      const found = seen.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (found) {
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    });
    server.on("exit", (code) => reject(new Error(`vincula serve terminó (${code}): ${seen}`)));
  });
  return {
    url,
    db,
    sql(query) {
      return execFileSync("sqlite3", [db, query], { encoding: "utf8" }).trim();
    },
    async stop() {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.on("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Starts a server and a browser before the calling file's tests and stops
// them after: `live.server` and `live.browser` once the tests run.
export function servedWithBrowser(options = {}) {
  const live = {};
  before(async () => {
    live.server = await startServer(options);
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// A page in a fresh context (its own cookies). axe-core is injected as a
// script, which the pages' Content-Security-Policy would refuse: the test
// context bypasses CSP for that alone.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    locale: "es-MX",
    timezoneId: "America/Mexico_City",
    bypassCSP: true,
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  page.serverErrors = [];
  page.on("response", (response) => {
    if (response.status() >= 500) {
      page.serverErrors.push(`${response.status()} ${response.url()}`);
    }
  });
  return page;
}

export async function signIn(page, url, account) {
  await page.goto(`${url}/entrar`);
  await page.getByLabel("Correo electrónico").fill(account.email);
  await page.getByLabel("Contraseña").fill(PASSWORD);
  await page.locator("main").getByRole("button", { name: "Entrar" }).click();
  await page.waitForURL((target) => !target.pathname.startsWith("/entrar"));
}

// The serious and critical WCAG 2.1 A/AA violations axe-core finds.
export async function accessibilityViolations(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return results.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
}

// The SMTP server of tests/support/smtp_sink.py (aiosmtpd) on `port` (0:
// any free one), writing each message it receives into `mailbox` as JSON.
export async function startMailSink(mailbox, port = 0) {
  const sink = spawn("/usr/bin/python3", [join(SOURCE, "tests/support/smtp_sink.py"), mailbox, String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const bound = await new Promise((resolve, reject) => {
    let seen = "";
    sink.stdout.on("data", (chunk) => {
      seen += chunk;
      const found = seen.match(/PORT (\d+)/);
      if (found) {
        resolve(Number(found[1]));
      }
    });
    sink.stderr.on("data", (chunk) => (seen += chunk));
    sink.on("exit", (code) => reject(new Error(`el servidor SMTP terminó (${code}): ${seen}`)));
  });
  return {
    port: bound,
    async stop() {
      sink.kill("SIGTERM");
      await new Promise((resolve) => sink.on("exit", resolve));
    },
  };
}

// Messages arrived in `mailbox` so far, oldest first, as the sink decoded them.
export function mailArrived(mailbox) {
  return readdirSync(mailbox)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(mailbox, name), "utf8")));
}
