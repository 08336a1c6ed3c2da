// The one wasm module of the page, loaded on first use and shared by every snippet,
// and Run: one program's session, driven in short slices so the page stays responsive.

import init, * as wasm from "../pkg/goplay.js";

let loading = null;

const WARM_UP = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tgo fmt.Println()\n\tfmt.Println(1)\n}\n';

// Browsers compile wasm functions lazily, on first call: running a tiny program as soon as
// the module loads keeps that cost out of the slices of the reader's runs.
function warmUp() {
  const session = new wasm.Session(WARM_UP, "1.22", 1, "go", 1, false);
  session.run(10000);
  session.free();
}

/** Loads the wasm module once; later calls share the same promise. */
export function loadEngine() {
  loading ??= init({ module_or_path: new URL("goplay_bg.wasm", import.meta.url) }).then(() => {
    warmUp();
    return wasm;
  });
  return loading;
}

// A macrotask boundary that, unlike setTimeout, is not clamped to 4 ms when nested, and
// unlike scheduler.yield() does not jump ahead of timers and other pages' tasks.
function yieldToEventLoop() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Output chunks kept for the timeline, which draws the first hundreds: goroutines printing
 * in turn without end write thousands of chunks a second.
 */
const KEPT_OUTPUTS = 1000;

/**
 * Characters of each stream kept for the events' `stdout`/`stderr` (the VM keeps none once
 * the page reads it): a program printing without end writes megabytes a second. Past it,
 * the detail says `truncated`; the output view keeps showing the last lines.
 */
const MAX_COLLECTED = 1 << 20;

/**
 * Time the VM may run before giving the browser its turn. Long tasks start at 50 ms, and
 * the cost of a statement varies several-fold within a run, so aim well below.
 */
const SLICE_MS = 4;

/**
 * One run of a program: {go, seed, policy, procs, race} options. Output goes to
 * `sink(text, stream, goroutine, collected)` as the program writes it.
 */
export class Run {
  constructor(engine, src, options, sink) {
    const { go, seed, policy, procs, race } = options;
    this.session = new engine.Session(src, go, seed, policy, procs, race);
    this.race = race;
    this.sink = sink;
    this.collected = { stdout: "", stderr: "" };
    // The first chunks written, for the timeline (the text is in `collected` too), and
    // how many were read.
    this.outputs = [];
    this.chunksRead = 0;
    this.stopped = false;
    this.exitCode = null;
    this.compileErrors = this.session.compileErrors();
    if (this.compileErrors) {
      this.exitCode = 1;
      this.collected.stderr = this.compileErrors;
      sink(this.compileErrors, "stderr", null, this.collected);
    }
  }

  get exited() {
    return this.exitCode !== null;
  }

  // Forwards the output written since the last call.
  #drain() {
    for (const chunk of this.session.output(this.chunksRead)) {
      this.chunksRead++;
      if (this.outputs.length < KEPT_OUTPUTS) this.outputs.push(chunk);
      this.#collect(chunk.stream, chunk.text);
      this.sink(chunk.text, chunk.stream, chunk.goroutine, this.collected);
    }
  }

  #collect(stream, text) {
    const kept = this.collected[stream];
    if (kept.length + text.length > MAX_COLLECTED) {
      this.collected.truncated = true;
      this.collected[stream] = kept + text.slice(0, MAX_COLLECTED - kept.length);
    } else {
      this.collected[stream] = kept + text;
    }
  }

  #advance(status) {
    this.#drain();
    if (status === "exited") this.exitCode = this.session.exitCode();
    return status;
  }

  /** Runs one statement of the scheduler's pick, or of goroutine `goroutine`. */
  step(goroutine = null) {
    if (this.exited) return "exited";
    return this.#advance(this.session.step(goroutine ?? undefined));
  }

  /** Runs to the end in slices of about SLICE_MS, yielding between them, until stop(). */
  async finish() {
    // Statements of the first slice, before their cost is known: two goroutines printing
    // in turn make a chunk (a goplay:output event) every few statements, and 2000 of them
    // took 30 ms of CPU.
    let budget = 500;
    while (!this.exited && !this.stopped) {
      const began = performance.now();
      this.#advance(this.session.run(budget));
      if (this.exited) break;
      // Aim each slice at SLICE_MS whatever the statements cost; grow slowly, shrink at once.
      const took = performance.now() - began;
      budget = Math.max(100, Math.min(budget * 2, Math.round((budget * SLICE_MS) / Math.max(took, 0.1))));
      await yieldToEventLoop();
    }
    return this.result();
  }

  stop() {
    this.stopped = true;
  }

  result() {
    return {
      ...this.collected,
      exitCode: this.exitCode,
      compileFailed: Boolean(this.compileErrors),
      stopped: !this.exited,
      elapsedNs: this.session.elapsedNs(),
    };
  }

  goroutines() {
    return this.session.goroutines();
  }

  frames(goroutine) {
    return this.session.frames(goroutine);
  }

  /** The first `limit` events (all when omitted). */
  events(limit) {
    return this.session.events(0, limit);
  }

  /** Events that happened: the session keeps only the first thousands (and every race). */
  eventCount() {
    return this.session.eventCount();
  }

  /** The run queues: {procs: [{running, runnext, runq}] (go policy), global}. */
  runQueues() {
    return this.session.runQueues();
  }

  free() {
    this.session.free();
  }
}
