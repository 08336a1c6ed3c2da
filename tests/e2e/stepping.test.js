// Stepping, beyond the lesson's shared-cell view: the run queues of the go policy (each
// processor's runnext slot and FIFO queue), Restart, and race marks while stepping.

import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, openDemo, snippet } from "./harness.js";

let page;
const env = serverAndBrowser(async () => {
  page = await openDemo(env.browser, env.server.url);
});

const THREE = 'package main\n\nimport "time"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() {\n\t\t\tn := i\n\t\t\t_ = n\n\t\t}()\n\t}\n\ttime.Sleep(time.Second)\n}\n';

// Loads `code` into the main-goroutine snippet with `attributes` and steps until `done(goroutines)`.
async function stepUntil(code, attributes, done) {
  const play = snippet(page, "main-goroutine");
  await play.scrollIntoViewIfNeeded();
  await play.evaluate(
    async (el, { code, attributes }) => {
      await el.initialize();
      await el.stop();
      el.setAttribute("procs", attributes.procs);
      el.policy = attributes.policy;
      el.code = code;
    },
    { code, attributes },
  );
  for (let i = 0; i < 300; i++) {
    const goroutines = await play.evaluate((el) => el.step());
    if (done(goroutines)) break;
  }
  return play;
}

// The run-queue panel as {P0: {running: [ids], runnext: [ids], queue: [ids]}, global: [ids]}.
function runQueue(play) {
  return play.locator(".gp-runq-table").evaluate((table) => {
    const ids = (node) => [...node.querySelectorAll(".gp-gtag")].map((tag) => Number(tag.dataset.goroutine));
    const state = {};
    for (const dt of table.querySelectorAll("dt")) {
      const dd = dt.nextElementSibling;
      if (!dd.classList.contains("gp-runq-proc")) {
        state[dt.textContent] = ids(dd);
        continue;
      }
      state[dt.textContent] = {
        running: ids(dd.querySelector(".gp-runq-running")),
        runnext: ids(dd.querySelector(".gp-runq-runnext")),
        queue: ids(dd.querySelector(".gp-runq-fifo")),
      };
    }
    return state;
  });
}

test("go policy, one processor: the newest goroutine holds runnext, the older ones wait in FIFO order", async () => {
  const play = await stepUntil(THREE, { procs: "1", policy: "go" }, (gs) => gs.length === 4);
  assert.deepEqual(await runQueue(play), {
    P0: { running: [1], runnext: [8], queue: [6, 7] },
    global: [],
  });
  assert.match(await play.locator(".gp-runq").innerText(), /runnext/);
  // Main goes to sleep and leaves the processor idle; the next pick is runnext's g8.
  let state;
  for (let i = 0; i < 20; i++) {
    await play.evaluate((el) => el.step());
    state = await runQueue(play);
    if (state.P0.running[0] !== 1) break;
  }
  assert.deepEqual(state.P0, { running: [], runnext: [8], queue: [6, 7] });
  await play.evaluate((el) => el.step());
  assert.deepEqual((await runQueue(play)).P0, { running: [8], runnext: [], queue: [6, 7] });
  await play.evaluate((el) => el.stop());
});

test("go policy, two processors: every runnable goroutine shows in exactly one queue", async () => {
  const play = await stepUntil(THREE, { procs: "2", policy: "go" }, (gs) => gs.length === 4);
  const state = await runQueue(play);
  assert.deepEqual(Object.keys(state), ["P0", "P1", "global"]);
  const goroutines = await play.evaluate((el) => el.step());
  const after = await runQueue(play);
  const placed = [...Object.values(after).flatMap((p) => (Array.isArray(p) ? p : [...p.running, ...p.runnext, ...p.queue]))];
  const live = goroutines.filter((g) => g.state === "runnable" || g.state === "running").map((g) => g.id);
  assert.deepEqual([...placed].sort(), [...live].sort(), JSON.stringify(after));
  await play.evaluate((el) => el.stop());
});

test("fifo policy: one queue, no processors", async () => {
  const play = await stepUntil(THREE, { procs: "2", policy: "fifo" }, (gs) => gs.length === 4);
  const state = await runQueue(play);
  assert.deepEqual(Object.keys(state), ["FIFO"]);
  // Strict FIFO: main, still running, keeps the head until it blocks.
  assert.deepEqual(state.FIFO, [1, 6, 7, 8]);
  await play.evaluate((el) => el.stop());
  await play.evaluate((el) => (el.policy = "go"));
});

test("keyboard only: Step from the toolbar, then a goroutine's own Step in its lane", async () => {
  const play = snippet(page, "go-keyword");
  await play.scrollIntoViewIfNeeded();
  await play.evaluate((el) => el.initialize());
  await play.locator(".cm-content").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  assert.equal(await focused(), "Step", "Stop is disabled, so Tab goes from Run to Step");
  // Which goroutine each step runs depends on the seed; step until main has started one
  // that is still alive.
  let steps = 0;
  while (steps < 12 && (await play.locator(".gp-lane").count()) < 2) {
    await page.keyboard.press("Enter");
    steps++;
  }
  assert.match(await play.locator(".gp-clock").innerText(), new RegExp(`^step ${steps}\\b`));
  assert.ok((await play.locator(".gp-lane").count()) >= 2, "main has started a goroutine");
  // Tab on through the controls to the first goroutine lane's own Step button.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.classList.contains("gp-lane-step"))) break;
  }
  const label = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
  assert.match(label, /^Step goroutine \d+$/);
  await page.keyboard.press("Enter");
  assert.match(await play.locator(".gp-clock").innerText(), new RegExp(`^step ${steps + 1}\\b`));
  await play.evaluate((el) => el.stop());
});

test("Restart goes back to the first statement with the same seed", async () => {
  const play = await stepUntil(THREE, { procs: "1", policy: "go" }, (gs) => gs.length === 4);
  const seed = await play.evaluate((el) => el.seed);
  await play.getByRole("button", { name: "Restart" }).click();
  assert.equal(await play.locator(".gp-lane").count(), 1, "only main");
  assert.equal(await play.evaluate((el) => el.seed), seed);
  assert.match(await play.locator(".gp-clock").innerText(), /^step 0/);
  await play.evaluate((el) => el.stop());
});

test("stepping the racy total marks both lines as soon as the race is found", async () => {
  const play = snippet(page, "racy-total");
  await play.scrollIntoViewIfNeeded();
  await play.evaluate(async (el) => {
    await el.initialize();
    // One more statement after the racy read, so that stepping goes on after the report.
    el.code = el.code.replace(/(\tfmt.Println\("total:", total\)\n)/, '$1\tfmt.Println("done")\n');
    for (let i = 0; i < 500 && el.querySelectorAll(".gp-race-line").length === 0; i++) {
      if ((await el.step()).length === 0) break;
    }
  });
  assert.equal(await play.locator(".gp-race-line.gp-race-cur").count(), 1);
  assert.equal(await play.locator(".gp-race-line.gp-race-prev").count(), 1);
  assert.equal(await play.locator(".gp-debug").isVisible(), true, "still stepping: the race is reported as it happens");
  assert.deepEqual(page.errors, []);
  await play.evaluate((el) => el.stop());
  await play.evaluate((el) => el.reset());
});
