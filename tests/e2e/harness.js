// Shared by the browser tests: a static server for www/ on a free localhost port and a
// headless Debian Chromium driven through playwright-core.

import http from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WWW = path.join(ROOT, "www");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".json": "application/json",
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to {url, close}. */
export function serve(dir = WWW) {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const file = path.join(dir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/**
 * For a test file: starts the static server and Chromium before its tests (then runs
 * `setUp`, if given) and closes both after them. The returned object has `server` and
 * `browser` once its tests run.
 */
export function serverAndBrowser(setUp) {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
    await setUp?.();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Opens the demo page in a fresh context; page errors fail loudly. */
export async function openDemo(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error));
  await page.goto(url);
  return page;
}

/** The <go-play> with `data-id="id"`. */
export function snippet(page, id) {
  return page.locator(`go-play[data-id="${id}"]`);
}

/** Runs a snippet through its JS API; resolves to the goplay:exit detail. */
export function runSnippet(page, id) {
  return page.evaluate((id) => document.querySelector(`go-play[data-id="${id}"]`).run(), id);
}

/** The output area's text. */
export function outputText(page, id) {
  return snippet(page, id).locator(".gp-output").innerText();
}

/**
 * The tasks of the busiest renderer main thread in a Chromium trace (browser.startTracing
 * with the "toplevel" category): [{wall, cpu}] in ms, cpu being the thread's CPU time.
 */
export function rendererTasks(trace) {
  const mains = new Set(
    trace.traceEvents.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of trace.traceEvents) {
    if (e.name !== "ThreadControllerImpl::RunTask" || e.ph !== "X" || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 });
  }
  const cpu = (tasks) => tasks.reduce((sum, t) => sum + t.cpu, 0);
  return [...byThread.values()].sort((a, b) => cpu(b) - cpu(a))[0] ?? [];
}
