import { serve, launch, openDemo, snippet } from "./harness.js";
const server = await serve();
const browser = await launch();
const page = await openDemo(browser, server.url, {});
const play = snippet(page, "main-goroutine");
await play.scrollIntoViewIfNeeded();
await play.evaluate((el) => el.initialize());
await play.evaluate((el) => (el.code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n'));
await page.evaluate(() => { window.longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ entryTypes: ["longtask"] }); });
play.evaluate((el) => el.run());
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(5000);
  const m = await page.evaluate(() => [document.querySelector(".gp-dropped")?.textContent, window.longest, performance.memory?.usedJSHeapSize]);
  console.log((i + 1) * 5, "s: lines", m[0], "longest task", m[1], "heap", m[2]);
}
const t0 = Date.now(); await play.evaluate((el) => el.stop()); console.log("stop took", Date.now() - t0);
await browser.close(); await server.close();
