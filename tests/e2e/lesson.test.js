// Every snippet of the demo lesson runs in Chromium and prints what real Go printed
// (or, for snippets whose order varies, an output real Go allows), plus the behaviours the
// lesson relies on: a new order on re-run, the Go version switch, Stop and responsiveness.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openDemo, snippet, runSnippet } from "./harness.js";
import { demoSnippets, recorded } from "./snippets.js";

// Snippets the Go pipeline cannot run yet; their tests are reported as TODO.
const PENDING = new Map(
  [
    "main-goroutine", "go-keyword", "args-evaluated", "anonymous", "missing-call", "closure",
    "anon-args", "sequential", "concurrent", "loop-trap", "loop-fix-arg", "loop-fix-shadow",
    "no-return", "racy-total", "main-returns", "waitgroup", "spin",
  ].map((id) => [id, "the Go pipeline does not run it yet"]),
);

let server, browser, page;
before(async () => {
  server = await serve();
  browser = await launch();
  page = await openDemo(browser, server.url);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const sortedLines = (text) => text.split("\n").sort().join("\n");

function assertAllowed(result, expected) {
  assert.equal(result.exitCode, expected.exitCode, `exit code; stderr:\n${result.stderr}`);
  if (expected.stdouts) {
    const seen = expected.stdouts.includes(result.stdout);
    const reordered = sortedLines(result.stdout) === sortedLines(expected.stdout);
    assert.ok(seen || reordered, `stdout real Go never printed:\n${result.stdout}`);
  } else {
    assert.equal(result.stdout, expected.stdout);
  }
  if (expected.exitCode === 66) assert.match(result.stderr, /^WARNING: DATA RACE$/m);
  else assert.equal(result.stderr, expected.stderr);
}

for (const { id, code } of demoSnippets()) {
  test(`snippet ${id} prints what real Go prints`, { todo: PENDING.get(id) }, async () => {
    const expected = recorded(id);
    assert.ok(expected, `no recorded output: run node tests/e2e/record-snippets.js`);
    assert.equal(expected.code, code, "recording is stale: run node tests/e2e/record-snippets.js");
    assertAllowed(await runSnippet(page, id), expected);
  });
}

test("re-running the ordering snippet shows another order within five runs", { todo: PENDING.get("go-keyword") }, async () => {
  const outputs = new Set();
  for (let run = 0; run < 5 && outputs.size < 2; run++) outputs.add((await runSnippet(page, "go-keyword")).stdout);
  assert.ok(outputs.size >= 2, `always ${[...outputs][0]}`);
});

test("switching the loop-trap snippet to Go 1.22 gives every goroutine its own ticket", { todo: PENDING.get("loop-trap") }, async () => {
  const play = snippet(page, "loop-trap");
  await play.scrollIntoViewIfNeeded();
  await play.evaluate((el) => el.initialize());
  const rerunWith = async (version) => {
    await play.evaluate((el) => el.addEventListener("goplay:exit", (e) => (el.lastExit = e.detail), { once: true }));
    await play.getByLabel("Go version").selectOption(version);
    await page.waitForFunction((el) => el.lastExit?.go === el.goVersion, await play.elementHandle());
    return play.evaluate((el) => el.lastExit);
  };
  const modern = await rerunWith("1.22");
  assert.equal(sortedLines(modern.stdout), sortedLines("serving ticket 101\nserving ticket 102\nserving ticket 103\n"));
  assert.equal((await rerunWith("1.21")).stdout, "serving ticket 103\n".repeat(3));
});

const SPIN = 'package main\n\nfunc main() {\n\tgo func() {\n\t\tfor {\n\t\t}\n\t}()\n\tfor {\n\t}\n}\n';

test("Stop ends a spinning program within 100 ms and no task runs over 50 ms", { todo: PENDING.get("spin") }, async () => {
  const fresh = await openDemo(browser, server.url);
  const result = await fresh.evaluate(async (code) => {
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    const play = document.querySelector('go-play[data-id="main-goroutine"]');
    await play.initialize();
    play.code = code;
    const finished = play.run();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stopAt = performance.now();
    await play.stop();
    const stopMs = performance.now() - stopAt;
    await finished;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { stopMs, longTasks, output: play.querySelector(".gp-output").innerText };
  }, SPIN);
  assert.ok(result.stopMs <= 100, `Stop took ${result.stopMs} ms`);
  assert.deepEqual(result.longTasks.filter((d) => d > 50), []);
  assert.match(result.output, /Program stopped\./);
  await fresh.context().close();
});

test("load-to-first-output time", async (t) => {
  const fresh = await openDemo(browser, server.url);
  const ms = await fresh.evaluate(
    () =>
      new Promise((resolve) => {
        const play = document.querySelector('go-play[data-id="main-goroutine"]');
        play.addEventListener("goplay:output", () => resolve(performance.now()), { once: true });
        play.run();
      }),
  );
  t.diagnostic(`first output ${ms.toFixed(0)} ms after navigation start`);
  assert.ok(ms < 5000);
  await fresh.context().close();
});
