// The browser benchmark page (bench.html): runs each program of crate/benches/programs/
// (copied into bench-programs.json by build.sh) through a <go-play> element and shows the
// best time of a few runs. Results are also left in `window.benchResults` for tests.

import "./dist/goplay.js";

const params = new URLSearchParams(location.search);
const only = params.get("only")?.split(",").filter(Boolean) ?? [];
const repeat = Math.max(1, Number(params.get("repeat")) || 3);
const rows = document.getElementById("rows");
const status = document.getElementById("status");
const button = document.getElementById("start");

const programs = Object.entries(await (await fetch("bench-programs.json")).json()).filter(
  ([name]) => only.length === 0 || only.includes(name),
);

function cell(row, text, className = "") {
  const td = document.createElement("td");
  td.className = className;
  td.textContent = text;
  row.append(td);
}

async function measure(name, code) {
  const play = document.createElement("go-play");
  play.setAttribute("data-id", `bench-${name}`);
  play.setAttribute("seed", "1");
  play.textContent = code;
  document.body.append(play);
  await play.initialize();
  const times = [];
  let result;
  for (let i = 0; i < repeat; i++) {
    const began = performance.now();
    result = await play.run();
    times.push(performance.now() - began);
  }
  play.remove();
  const lines = result.stdout.trimEnd().split("\n");
  return { name, best: Math.min(...times), times, exitCode: result.exitCode, last: lines[lines.length - 1] };
}

async function runAll() {
  button.disabled = true;
  rows.replaceChildren();
  const results = [];
  for (const [name, code] of programs) {
    status.textContent = `running ${name}…`;
    const r = await measure(name, code);
    results.push(r);
    const row = document.createElement("tr");
    cell(row, r.name);
    cell(row, r.best.toFixed(0), "num");
    cell(row, r.times.map((t) => t.toFixed(0)).join(", "), "num");
    cell(row, String(r.exitCode));
    cell(row, r.last);
    rows.append(row);
  }
  status.textContent = "done";
  button.disabled = false;
  window.benchResults = results;
}

const ready = performance.now();
const probe = document.createElement("go-play");
probe.textContent = 'package main\n\nfunc main() {}\n';
document.body.append(probe);
await probe.initialize();
probe.remove();
document.getElementById("ready").textContent = `${(performance.now()).toFixed(0)} ms after navigation start (${(performance.now() - ready).toFixed(0)} ms of it loading the engine)`;

button.addEventListener("click", runAll);
if (params.has("run")) runAll();
