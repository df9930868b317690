// Lists leave as files a real tool opens: every list to XLSX (read back
// with openpyxl), the sessions to an ICS calendar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACCOUNTS, newPage, signIn, servedWithBrowser } from "./support.mjs";

// A server and a browser of this file's own, started before its tests.
const live = servedWithBrowser();
const folder = mkdtempSync(join(tmpdir(), "vincula-descargas-"));

async function download(page, linkName) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

// The first sheet's rows, as openpyxl reads them.
function sheetRows(path) {
  const script =
    "import json, sys, openpyxl\n" +
    "sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n" +
    "print(json.dumps([[c if c is not None else '' for c in row] for row in sheet.iter_rows(values_only=True)], default=str))";
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, path], { encoding: "utf8" }));
}

test("las sesiones se exportan a Excel y a un calendario", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/sesiones`);
  const sessions = Number(live.server.sql("select count(*) from sessions"));

  const xlsx = await download(page, "Exportar a Excel (XLSX)");
  assert.match(xlsx, /sesiones\.xlsx$/);
  const rows = sheetRows(xlsx);
  const header = rows.findIndex((row) => row.includes("Sesión") && row.includes("Fecha"));
  assert.ok(header >= 0, "la hoja tiene los encabezados de la lista");
  assert.equal(rows.length - header - 1, sessions);
  assert.ok(rows.some((row) => row.includes("Décima sesión ordinaria de 2021 (CVOE)")));

  const ics = readFileSync(await download(page, "Calendario (ICS)"), "utf8");
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.equal((ics.match(/BEGIN:VEVENT/g) || []).length, sessions);
  assert.match(ics.replace(/\r\n /g, ""), /SUMMARY:Décima sesión ordinaria de 2021 \(CVOE\)/);
  assert.match(ics, /DTSTART;VALUE=DATE:20211021|DTSTART;TZID=America\/Mexico_City:20211021T/);
  // The same sessions on a month grid, weeks from Monday: 21 October 2021
  // was a Thursday.
  await page.goto(`${live.server.url}/sesiones/calendario?mes=2021-10`);
  const thursday = page.locator("table.calendario tbody tr").nth(3).locator("td").nth(3);
  assert.match(await thursday.innerText(), /^21\s+Décima sesión ordinaria de 2021 \(CVOE\)/);
  for (const line of ics.split("\r\n")) {
    assert.ok(Buffer.byteLength(line) <= 75, `línea de más de 75 octetos: ${line}`);
  }
});

test("los convenios filtrados y cualquier registro se exportan a Excel", async () => {
  const page = await newPage(live.browser);
  await signIn(page, live.server.url, ACCOUNTS.capturista);
  await page.goto(`${live.server.url}/convenios?estado=vigente`);
  const rows = sheetRows(await download(page, "Exportar a Excel (XLSX)"));
  const inForce = Number(live.server.sql("select count(*) from convenios where status='vigente'"));
  const header = rows.findIndex((row) => row.includes("Contrapartes"));
  assert.equal(rows.length - header - 1, inForce);
  assert.ok(rows.slice(header + 1).every((row) => row.includes("Vigente")));

  await page.goto(`${live.server.url}/registros/people`);
  const people = sheetRows(await download(page, "Exportar a Excel (XLSX)"));
  const count = Number(live.server.sql("select count(*) from people"));
  const start = people.findIndex((row) => row.includes("Nombre"));
  assert.equal(people.length - start - 1, count);
  assert.deepEqual(page.serverErrors, []);
});
