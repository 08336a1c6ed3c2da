// The size budget: what a page downloads to run its first snippet, gzipped.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { WWW } from "./harness.js";

const KB = 1024;
const DIST = ["goplay.js", "goplay.css", "goplay_bg.wasm"];

function sizes(name) {
  const bytes = readFileSync(path.join(WWW, "dist", name));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

test("dist fits the size budget (wasm <= 250 KB gz, everything <= 450 KB gz)", (t) => {
  const all = Object.fromEntries(DIST.map((name) => [name, sizes(name)]));
  for (const [name, { raw, gzip }] of Object.entries(all)) {
    t.diagnostic(`${name}: ${(raw / KB).toFixed(1)} KB raw, ${(gzip / KB).toFixed(1)} KB gzipped`);
  }
  const total = Object.values(all).reduce((sum, s) => sum + s.gzip, 0);
  t.diagnostic(`total: ${(total / KB).toFixed(1)} KB gzipped`);
  assert.ok(all["goplay_bg.wasm"].gzip <= 250 * KB, "wasm over 250 KB gzipped");
  assert.ok(total <= 450 * KB, "JS + CSS + wasm over 450 KB gzipped");
});
