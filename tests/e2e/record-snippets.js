#!/usr/bin/env node
// Re-records the demo snippets' outputs from real Go: writes tests/e2e/snippets/<id>/
// (prog.go, go.mod, flags) from www/index.html, then runs scripts/record.py on them.
// Run it after changing a snippet: node tests/e2e/record-snippets.js

import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./harness.js";
import { demoSnippets, FIXTURES } from "./snippets.js";

// Snippets whose output order (or presence) legitimately changes from run to run.
const NONDET = new Set([
  "go-keyword", "args-evaluated", "anonymous", "concurrent", "loop-fix-arg",
  "loop-fix-shadow", "main-returns", "waitgroup", "no-return",
]);

rmSync(FIXTURES, { recursive: true, force: true });
const dirs = demoSnippets().map(({ id, code, go, procs, race }) => {
  const dir = path.join(FIXTURES, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "prog.go"), code);
  writeFileSync(path.join(dir, "go.mod"), `module prog\n\ngo ${go}\n`);
  const flags = [race && "race", procs > 1 && `procs=${procs}`, NONDET.has(id) && "nondet", NONDET.has(id) && "runs=100"];
  writeFileSync(path.join(dir, "flags"), flags.filter(Boolean).map((f) => `${f}\n`).join(""));
  return dir;
});
execFileSync("python3", [path.join(ROOT, "scripts/record.py"), ...dirs], { stdio: "inherit" });
