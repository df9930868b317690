// forms.test.mjs on generated data, in a file of its own so each runs
// within its time: generated data has what the demo lacks (histories,
// substitutes, cancelled sessions, records with every optional part and
// without, values at the limits of their fields).
import { test } from "node:test";
import { everyFormRoundTrips } from "./form_round_trip.mjs";
import { servedWithBrowser } from "./support.mjs";

const live = servedWithBrowser({ synthetic: true });

test("on generated data too, every edit form saves unchanged", async () => {
  await everyFormRoundTrips(live.server.url, live.browser, 40);
});
