#!/usr/bin/env node
// Takes the README's screenshots of the demo page into www/screenshots/:
// node tests/e2e/screenshots.js (after www/build.sh).

import { mkdirSync } from "node:fs";
import path from "node:path";
import { serve, launch, openDemo, snippet, WWW } from "./harness.js";

const OUT = path.join(WWW, "screenshots");
mkdirSync(OUT, { recursive: true });
const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, 世界")\n}\n';

const server = await serve();
const browser = await launch();

async function shoot(name, { colorScheme = "light", width = 900, prepare }) {
  const page = await openDemo(browser, server.url, { colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const target = await prepare(page);
  await page.waitForTimeout(200);
  await target.screenshot({ path: path.join(OUT, `${name}.png`) });
  await page.context().close();
}

async function ready(page, id) {
  const play = snippet(page, id);
  await play.scrollIntoViewIfNeeded();
  await play.evaluate((el) => el.initialize());
  return play;
}

await shoot("hello", {
  prepare: async (page) => {
    const play = await ready(page, "main-goroutine");
    await play.evaluate((el, code) => (el.code = code), HELLO);
    await play.getByRole("button", { name: /^Run/ }).click();
    await play.locator(".gp-footer").waitFor();
    return play;
  },
});

await shoot("page", {
  prepare: async (page) => {
    const play = await ready(page, "main-goroutine");
    await play.evaluate((el, code) => (el.code = code), HELLO);
    await play.evaluate((el) => el.run());
    await page.evaluate(() => window.scrollTo(0, document.querySelector("#what").offsetTop - 16));
    return page;
  },
});

await shoot("running", {
  prepare: async (page) => {
    const play = await ready(page, "go-keyword");
    await play.evaluate((el) => el.run());
    return play;
  },
});

await shoot("stepping", {
  prepare: async (page) => {
    const play = await ready(page, "loop-trap");
    await play.evaluate(async (el) => {
      el.goVersion = "1.22";
      for (let i = 0; i < 200; i++) {
        const goroutines = await el.step();
        if (goroutines.filter((g) => g.function === "main.main.func1").length === 3) break;
      }
      await el.step();
      await el.step();
    });
    return play;
  },
});

await shoot("timeline", {
  prepare: async (page) => {
    const play = await ready(page, "waitgroup");
    await play.evaluate((el) => el.run());
    await play.locator(".gp-timeline summary").click();
    await play.locator(".gp-timeline-svg").scrollIntoViewIfNeeded();
    return play;
  },
});

await shoot("race", {
  prepare: async (page) => {
    const play = await ready(page, "racy-total");
    await play.evaluate((el) => el.run());
    await play.locator(".gp-timeline summary").click();
    await play.locator(".gp-tl-race-mark.gp-race-prev").hover();
    return play;
  },
});

await shoot("compile-error-dark-360px", {
  colorScheme: "dark",
  width: 360,
  prepare: async (page) => {
    const play = await ready(page, "missing-call");
    await play.evaluate((el) => el.run());
    return play;
  },
});

await browser.close();
await server.close();
console.log(`screenshots in ${path.relative(process.cwd(), OUT)}/`);
