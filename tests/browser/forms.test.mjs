// Every record's edit form, sent back exactly as served, saves and changes
// nothing: the staff's daily «Editar → Guardar» must never meet an error
// about a field they did not touch. Walked over every record type of the
// demo data, several records each (the first, a middle one, the last of
// the first page, so that records with and without optional parts meet).
import { test } from "node:test";
import { everyFormRoundTrips } from "./form_round_trip.mjs";
import { servedWithBrowser } from "./support.mjs";

const live = servedWithBrowser();

test("every edit form sent back unchanged saves and leaves the record as it was", async () => {
  await everyFormRoundTrips(live.server.url, live.browser, 40);
});
