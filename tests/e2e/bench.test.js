// The browser benchmark page (www/bench.html) runs the native benches' programs through
// <go-play> elements; here two of them, once each, so the page itself stays working.
// The figures are taken by opening the page, not by this test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser } from "./harness.js";

const env = serverAndBrowser();

test("the benchmark page runs its programs and reports a time for each", async () => {
  const page = await env.browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${env.server.url}bench.html?run&repeat=1&only=fib,switch`);
  await page.waitForFunction(() => window.benchResults, null, { timeout: 120_000 });
  const results = await page.evaluate(() => window.benchResults);
  assert.deepEqual(results.map((r) => r.name), ["fib", "switch"]);
  for (const r of results) {
    assert.equal(r.exitCode, 0, r.name);
    assert.ok(r.best > 0 && r.last.length > 0, JSON.stringify(r));
  }
  assert.equal(await page.locator("#rows tr").count(), 2);
  assert.match(await page.locator("#ready").innerText(), /ms after navigation start/);
  assert.deepEqual(errors, []);
});
