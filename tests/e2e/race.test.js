// The demo's racy `total` under the race detector: both accesses of the race are marked in
// the editor, the report's positions move the cursor, and the timeline draws the two
// accesses on their goroutines' lanes joined by the missing happens-before edge.

import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, openDemo, snippet } from "./harness.js";

let page, play;
const env = serverAndBrowser(async () => {
  page = await openDemo(env.browser, env.server.url);
  play = snippet(page, "racy-total");
  await play.scrollIntoViewIfNeeded();
  const result = await play.evaluate((el) => el.run());
  assert.equal(result.exitCode, 66, result.stderr);
  await play.locator(".gp-timeline summary").click();
});

// The racy total's lines (www/index.html): the goroutine writes `total`, main reads it.
const WRITE_LINE = "\t\t\ttotal += p";
const READ_LINE = '\tfmt.Println("total:", total)';

const lineText = (line) => line.evaluate((el) => [...el.childNodes].filter((n) => !n.classList?.contains("gp-race-labels")).map((n) => n.textContent).join(""));

test("both racing lines are highlighted, each with its own mark and label", async () => {
  const current = play.locator(".cm-line.gp-race-line.gp-race-cur");
  const previous = play.locator(".cm-line.gp-race-line.gp-race-prev");
  assert.equal(await current.count(), 1);
  assert.equal(await previous.count(), 1);
  assert.equal(await lineText(current), READ_LINE);
  assert.equal(await lineText(previous), WRITE_LINE);
  assert.equal(await current.locator(".gp-race-label").innerText(), "read by main goroutine");
  assert.equal(await previous.locator(".gp-race-label").innerText(), "previous write by goroutine 6");
  assert.match(await previous.getAttribute("title"), /previous write by goroutine 6/);
  const colour = (line) => line.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await colour(current), await colour(previous), "distinct marks");
  assert.deepEqual(page.errors, []);
});

test("the report's ./prog.go:L positions are links that move the cursor", async () => {
  const links = play.locator(".gp-output a.gp-pos");
  assert.deepEqual(await links.allInnerTexts(), ["./prog.go:17", "./prog.go:13", "./prog.go:11"]);
  await links.nth(1).click();
  assert.equal(await lineText(play.locator(".cm-activeLine")), WRITE_LINE);
});

test("the timeline draws both accesses on their lanes and the dashed no-happens-before edge", async () => {
  const svg = play.locator(".gp-timeline-svg");
  const laneY = (id) =>
    svg.locator(`.gp-tl-lane[data-goroutine="${id}"] .gp-tl-life`).evaluate((line) => Number(line.getAttribute("y1")));
  const centre = (mark) => mark.evaluate((rect) => ({ x: Number(rect.getAttribute("x")) + 5, y: Number(rect.getAttribute("y")) + 5 }));
  const current = svg.locator(".gp-tl-race-mark.gp-race-cur");
  const previous = svg.locator(".gp-tl-race-mark.gp-race-prev");
  assert.equal(await current.count(), 1);
  assert.equal(await previous.count(), 1);
  const [cur, prev] = [await centre(current), await centre(previous)];
  assert.equal(cur.y, await laneY(1), "the read on main's lane");
  assert.equal(prev.y, await laneY(6), "the write on goroutine 6's lane");
  assert.ok(prev.x < cur.x, "the write came first");
  assert.match(await current.locator("title").textContent(), /read by main goroutine \(line 17\)/);
  assert.match(await previous.locator("title").textContent(), /previous write by goroutine 6 \(line 13\)/);

  const edge = svg.locator(".gp-tl-race-edge");
  const ends = await edge.evaluate((line) => ["x1", "y1", "x2", "y2"].map((a) => Number(line.getAttribute(a))));
  assert.deepEqual(ends, [prev.x, prev.y, cur.x, cur.y]);
  assert.notEqual(await edge.evaluate((line) => getComputedStyle(line).strokeDasharray), "none", "dashed");
  assert.equal(await svg.locator(".gp-tl-race-text").textContent(), "no happens-before");
});

test("hovering a timeline mark highlights its source line", async () => {
  await play.locator(".gp-tl-race-mark.gp-race-prev").hover();
  assert.equal(await lineText(play.locator(".cm-line.gp-hover-line")), WRITE_LINE);
  assert.match(await play.locator(".gp-tl-caption").innerText(), /previous write by goroutine 6/);
  await page.mouse.move(0, 0);
  assert.equal(await play.locator(".cm-line.gp-hover-line").count(), 0);
});

test("keyboard: the timeline takes focus and the arrow keys walk its marks", async () => {
  await play.locator(".gp-timeline-svg").focus();
  const seen = [];
  for (let i = 0; i < 12; i++) {
    seen.push(await play.locator(".gp-tl-caption").innerText());
    await page.keyboard.press("ArrowRight");
  }
  assert.ok(seen.some((text) => /read by main goroutine/.test(text)), seen.join(" | "));
  assert.ok(seen.some((text) => /starts g6/.test(text)), seen.join(" | "));
  await page.keyboard.press("End");
  for (let i = 0; i < 8 && !/line 17/.test(await play.locator(".gp-tl-caption").innerText()); i++) await page.keyboard.press("ArrowLeft");
  assert.match(await play.locator(".gp-tl-caption").innerText(), /read by main goroutine \(line 17\)/);
  assert.equal(await lineText(play.locator(".cm-line.gp-hover-line")), READ_LINE);
  await page.keyboard.press("Tab");
  assert.equal(await play.locator(".cm-line.gp-hover-line").count(), 0, "leaving the drawing clears the highlight");
});

test("an edit clears the race marks (their lines may have moved)", async () => {
  await play.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n");
  assert.equal(await play.locator(".gp-race-line").count(), 0);
  await play.evaluate((el) => el.reset());
});

test("at 360 px both labels stay inside the editor's visible width", async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(100);
  const scroller = await play.locator(".cm-scroller").boundingBox();
  for (const label of await play.locator(".gp-race-label").all()) {
    const box = await label.boundingBox();
    assert.ok(box.x >= scroller.x && box.x + box.width <= scroller.x + scroller.width, `label at ${box.x}+${box.width} outside ${scroller.x}+${scroller.width}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, "the page does not scroll sideways");
});
