// The one wasm module of the page, loaded on first use and shared by every snippet,
// and the run loop that drives it in short slices so the page stays responsive.

import init, * as wasm from "../pkg/goplay.js";

let loading = null;

/** Loads the wasm module once; later calls share the same promise. */
export function loadEngine() {
  loading ??= init({ module_or_path: new URL("goplay_bg.wasm", import.meta.url) }).then(() => wasm);
  return loading;
}

// A macrotask boundary that, unlike setTimeout, is not clamped to 4 ms when nested.
function yieldToEventLoop() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Time the VM may run before giving the browser its turn (long tasks start at 50 ms). */
const SLICE_MS = 8;

/**
 * Runs `src` with `options` ({go, seed, policy, procs, race}). `sink` receives
 * `output(text, stream, goroutine)` calls as the program writes. Returns
 * `{done, stop, session}`; `done` resolves to `{stdout, stderr, exitCode, compileFailed,
 * stopped, elapsedNs}`.
 */
export function startRun(engine, src, options, sink) {
  const { go, seed, policy, procs, race } = options;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  if (typeof engine.Session !== "function") {
    const done = yieldToEventLoop().then(() => {
      const result = engine.runProgram(src, go, seed, policy, procs, race);
      const outcome = { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
      result.free();
      if (outcome.stdout) sink.output(outcome.stdout, "stdout", null);
      if (outcome.stderr) sink.output(outcome.stderr, "stderr", null);
      return { ...outcome, compileFailed: false, stopped: false, elapsedNs: null };
    });
    return { done, stop, session: null };
  }

  const session = new engine.Session(src, go, seed, policy, procs, race);
  const collected = { stdout: "", stderr: "" };
  let seen = 0;
  // Forwards the output written since the last call.
  const drain = () => {
    for (const chunk of session.output(seen)) {
      seen++;
      collected[chunk.stream] += chunk.text;
      sink.output(chunk.text, chunk.stream, chunk.goroutine);
    }
  };
  const finished = (extra) => ({ ...collected, compileFailed: false, stopped: false, elapsedNs: session.elapsedNs(), ...extra });
  const done = (async () => {
    const errors = session.compileErrors();
    if (errors) {
      sink.output(errors, "stderr", null);
      return { stdout: "", stderr: errors, exitCode: 1, compileFailed: true, stopped: false, elapsedNs: 0 };
    }
    let budget = 2000;
    while (!stopped) {
      const began = performance.now();
      const status = session.run(budget);
      drain();
      if (status === "exited") return finished({ exitCode: session.exitCode() });
      // Aim each slice at SLICE_MS whatever the statements cost.
      const took = performance.now() - began;
      budget = Math.max(100, Math.min(budget * 4, Math.round((budget * SLICE_MS) / Math.max(took, 0.1))));
      await yieldToEventLoop();
    }
    return finished({ exitCode: null, stopped: true });
  })();
  return { done, stop, session };
}
