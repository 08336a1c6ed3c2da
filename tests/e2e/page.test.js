// The <go-play> element on the demo page: editing, running, errors, sharing, persistence,
// keyboard use and layout. Runs against www/ as built by www/build.sh.

import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, openDemo, snippet, outputText } from "./harness.js";

const env = serverAndBrowser();

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, 世界")\n}\n';

async function waitForExit(page, id) {
  await snippet(page, id).locator(".gp-footer").waitFor();
  return outputText(page, id);
}

test("typing hello world and clicking Run prints it and Program exited.", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const play = snippet(page, "main-goroutine");
  await play.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(HELLO);
  await play.getByRole("button", { name: /^Run/ }).click();
  const output = await waitForExit(page, "main-goroutine");
  assert.match(output, /Hello, 世界/);
  assert.match(output, /Program exited\.$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a compile error is listed as a link that moves the cursor, and underlined", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const play = snippet(page, "missing-call");
  await play.scrollIntoViewIfNeeded();
  await play.getByRole("button", { name: /^Run/ }).click();
  const output = await waitForExit(page, "missing-call");
  assert.match(output, /^\.\/prog\.go:9:5: expression in go must be function call$/m);
  assert.match(output, /Go build failed\.$/);
  assert.equal(await play.locator(".gp-error-mark").count(), 1);
  await play.locator(".gp-pos").first().click();
  const cursor = await play.evaluate((el) => {
    const line = el.querySelector(".cm-activeLine");
    return line && line.textContent;
  });
  assert.equal(cursor, "\tgo func() {");
  await page.context().close();
});

test("run() works on a snippet that never scrolled into view, and events carry the result", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const last = snippet(page, "waitgroup");
  assert.equal(await last.evaluate((el) => el.classList.contains("gp-ready")), false, "initialised lazily");
  const detail = await last.evaluate(
    (el) =>
      new Promise((resolve) => {
        el.addEventListener("goplay:exit", (event) => resolve(event.detail), { once: true });
        el.run();
      }),
  );
  assert.deepEqual(Object.keys(detail).sort(), ["exitCode", "go", "seed", "stderr", "stdout"]);
  assert.equal(typeof detail.seed, "number");
  await page.context().close();
});

test("edits survive a reload and Reset restores the original", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const play = snippet(page, "closure");
  await play.scrollIntoViewIfNeeded();
  await play.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("// edited\n");
  await page.reload();
  await play.scrollIntoViewIfNeeded();
  await play.locator(".cm-content").waitFor();
  assert.match(await play.evaluate((el) => el.code), /\/\/ edited\n$/);
  await play.getByRole("button", { name: "Reset" }).click();
  assert.doesNotMatch(await play.evaluate((el) => el.code), /edited/);
  await page.reload();
  await play.scrollIntoViewIfNeeded();
  assert.doesNotMatch(await play.evaluate((el) => el.code), /edited/);
  await page.context().close();
});

test("a share link restores code, version and seed; a damaged one shows a message", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const link = await snippet(page, "anon-args").evaluate(async (el) => {
    await el.initialize();
    el.code = el.code.replace("Barbara", "Katherine");
    el.goVersion = "1.21";
    el.seed = 4242;
    return el.share();
  });
  const shared = await openDemo(env.browser, link);
  const play = snippet(shared, "anon-args");
  await play.locator(".cm-content").waitFor();
  const state = await play.evaluate((el) => ({ code: el.code, go: el.goVersion, seed: el.seed }));
  assert.match(state.code, /Katherine/);
  assert.equal(state.go, "1.21");
  assert.equal(state.seed, 4242);
  await shared.context().close();

  const broken = await openDemo(env.browser, `${env.server.url}#goplay=not-a-real-link`);
  await broken.locator(".gp-notice").waitFor();
  assert.match(await broken.locator(".gp-notice").innerText(), /damaged|does not describe/);
  assert.deepEqual(broken.errors, []);
  await broken.context().close();
  await page.context().close();
});

test("keyboard only: Ctrl+Enter runs, Esc leaves the editor for the Run button", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const play = snippet(page, "main-goroutine");
  await play.locator(".cm-content").waitFor();
  await play.locator(".cm-content").focus();
  await page.keyboard.press("Tab");
  assert.equal(await play.evaluate((el) => el.contains(document.activeElement) && document.activeElement.classList.contains("cm-content")), true, "Tab indents inside the editor");
  await page.keyboard.press("ControlOrMeta+Enter");
  await play.locator(".gp-footer").waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("gp-run")), true);
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement.textContent);
  assert.ok(["Step", "Stop"].includes(next), `focus moved on to ${next}`);
  await page.context().close();
});

test("each output line is tagged with the goroutine that wrote it; the tags can be hidden", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const play = snippet(page, "go-keyword");
  await play.scrollIntoViewIfNeeded();
  await play.evaluate((el) => el.run());
  const lines = await play.locator(".gp-output .gp-line").evaluateAll((items) =>
    items.map((line) => [line.lastChild.textContent, Number(line.dataset.goroutine), line.querySelector(".gp-gtag").textContent]),
  );
  const writer = { "orders taken": 1, "espresso is ready": 6, "latte is ready": 7, "mocha is ready": 8 };
  assert.equal(lines.length, 4);
  for (const [text, id, tag] of lines) {
    assert.equal(id, writer[text], text);
    assert.equal(tag, `g${id}`);
  }
  const tag = play.locator(".gp-output .gp-gtag").first();
  assert.equal(await tag.isVisible(), true);
  await play.getByLabel("goroutine ids").uncheck();
  assert.equal(await tag.isVisible(), false);
  await page.context().close();
});

test("the page is usable at 360 px: no horizontal scrolling, controls stay visible", async () => {
  const page = await openDemo(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  const play = snippet(page, "main-goroutine");
  await play.scrollIntoViewIfNeeded();
  await play.locator(".cm-content").waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  for (const name of [/^Run/, "Stop", "Step", "Reset", "Share"]) {
    const box = await play.getByRole("button", { name, exact: typeof name === "string" }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${name} fits`);
  }
  await page.context().close();
});

test("without JavaScript the code is still readable", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const text = await page.locator('go-play[data-id="go-keyword"]').innerText();
  assert.match(text, /go brew\("espresso"\)\n/);
  await context.close();
});

test("enhance() turns a <pre><code class=language-go> block into a playground", async () => {
  const page = await openDemo(env.browser, env.server.url);
  const result = await page.evaluate(async (code) => {
    const pre = document.createElement("pre");
    pre.dataset.id = "enhanced";
    const block = document.createElement("code");
    block.className = "language-go";
    block.textContent = code;
    pre.append(block);
    document.querySelector("main").prepend(pre);
    const { enhance } = await import("./dist/goplay.js");
    enhance();
    const play = document.querySelector('go-play[data-id="enhanced"]');
    return play.run();
  }, HELLO);
  assert.equal(result.stdout, "Hello, 世界\n");
  await page.context().close();
});
