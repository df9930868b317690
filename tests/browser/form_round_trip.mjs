// The round trip every edit form must survive (forms.test.mjs on the demo,
// forms_generated.test.mjs on generated data): each record's edit form,
// sent back exactly as served, saves and changes nothing.
import assert from "node:assert/strict";
import { ACCOUNTS, newPage, signIn } from "./support.mjs";

function spread(items) {
  if (items.length <= 3) {
    return items;
  }
  return [...new Set([items[0], items[Math.floor(items.length / 2)], items[items.length - 1]])];
}

export async function everyFormRoundTrips(url, browser, minimum) {
  const page = await newPage(browser);
  await signIn(page, url, ACCOUNTS.administrador);

  const index = await (await page.request.get(`${url}/registros`)).text();
  const arrays = [...new Set([...index.matchAll(/href="\/registros\/([a-z_]+)"/g)].map((m) => m[1]))];
  assert.ok(arrays.length >= 20, `only ${arrays.length} record types listed`);

  const failures = [];
  let saved = 0;
  for (const array of arrays) {
    const list = await (await page.request.get(`${url}/registros/${array}`)).text();
    const editPaths = [
      ...new Set([...list.matchAll(/href="(\/registros\/[a-z_]+\/editar\/[^"]+)"/g)].map((m) => m[1])),
    ];
    for (const editPath of spread(editPaths)) {
      const apiPath = `/api/v1/${array}/${editPath.split("/editar/")[1]}`;
      const before = await page.request.get(`${url}${apiPath}`);
      await page.goto(`${url}${editPath}`);
      await page.locator("main form").first().getByRole("button", { name: "Guardar" }).click();
      await page.waitForLoadState("load");
      const refused = await page.locator(".errores").count();
      if (refused > 0) {
        failures.push(`${editPath}: ${(await page.locator(".errores").innerText()).replace(/\s+/g, " ")}`);
        continue;
      }
      const notice = await page.locator(".aviso").allInnerTexts();
      if (!notice.some((text) => text.includes("Se guardó el registro."))) {
        failures.push(`${editPath}: no «Se guardó el registro.» (${page.url()})`);
        continue;
      }
      if (before.ok()) {
        const after = await page.request.get(`${url}${apiPath}`);
        const [was, is] = [await before.text(), await after.text()];
        if (after.status() !== 200 || was !== is) {
          failures.push(`${apiPath} changed:\n  antes:   ${was}\n  después: ${is}`);
          continue;
        }
      }
      saved += 1;
    }
  }
  assert.equal(failures.length, 0, `${failures.length} edit forms did not save unchanged:\n${failures.join("\n")}`);
  assert.ok(saved >= minimum, `only ${saved} records were tried`);
  assert.deepEqual(page.serverErrors, []);
}
