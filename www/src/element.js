// <go-play>: one runnable Go snippet. The element's text is the program; until the element
// scrolls into view (or run() is called) it stays the static code the author wrote.

import { loadEngine, Run } from "./engine.js";
import { createEditor, setText, showDiagnostics, moveCursorTo, showGoroutineLines, highlightLine, showRaces } from "./editor.js";
import { raceEvents } from "./race.js";
import { OutputView, parseCompileErrors, footerText } from "./output.js";
import { renderGoroutines, renderLocals, renderCells } from "./goroutines.js";
import { renderTimeline, formatDuration, MAX_EVENTS } from "./timeline.js";
import { loadEdit, saveEdit, forgetEdit } from "./storage.js";
import { encodeShare } from "./share.js";
import { cleanSource } from "./source.js";

const VERSIONS = ["1.21", "1.22"];
const POLICIES = ["go", "random", "fifo"];
const TIMELINE_HINT = "Run or step the program to draw its timeline.";

function newSeed() {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

let observer = null;
function whenVisible(element) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        entry.target.initialize();
      }
    },
    { rootMargin: "300px 0px" },
  );
  observer.observe(element);
}

let snippetCount = 0;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className, text, hint, keys) {
  const b = el("button", `gp-button ${className}`, text);
  b.type = "button";
  b.title = hint;
  if (keys) b.setAttribute("aria-keyshortcuts", keys);
  return b;
}

function select(className, label, options, value) {
  const wrapper = el("label", `gp-field ${className}`);
  const control = document.createElement("select");
  for (const option of options) control.add(new Option(option, option));
  control.value = value;
  wrapper.append(el("span", "", label), control);
  return [wrapper, control];
}

function checkbox(className, label, checked) {
  const wrapper = el("label", `gp-field ${className}`);
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = checked;
  wrapper.append(input, ` ${label}`);
  return [wrapper, input];
}

export class GoPlayElement extends HTMLElement {
  #ready = null;
  #engine = null;
  #view = null;
  #output = null;
  #ui = {};
  #original = "";
  #seed = null;
  #pinned = false;
  #hasRun = false;
  // The program being run or stepped, and how it got where it is (for Back).
  #run = null;
  #running = null;
  #finished = null;
  #choices = [];
  #selected = null;
  // The run whose timeline is still to be drawn (when the timeline is next open).
  #undrawn = null;

  connectedCallback() {
    if (this.#original || this.#ready) return;
    this.#original = cleanSource(this.textContent);
    this.snippetId = this.dataset.id || this.id || `snippet-${++snippetCount}`;
    if (this.hasAttribute("seed")) {
      this.#seed = Number(this.getAttribute("seed")) >>> 0;
      this.#pinned = true;
    }
    whenVisible(this);
  }

  /** Builds the editor and loads the shared wasm module; idempotent. */
  initialize() {
    this.#ready ??= this.#build();
    return this.#ready;
  }

  get code() {
    return this.#view ? this.#view.state.doc.toString() : (loadEdit(this.snippetId) ?? this.#original);
  }
  set code(text) {
    if (this.#view) setText(this.#view, text);
    else saveEdit(this.snippetId, text);
  }

  get goVersion() {
    return this.#ui.version?.value ?? this.getAttribute("go-version") ?? "1.22";
  }
  set goVersion(version) {
    this.setAttribute("go-version", version);
    if (this.#ui.version) this.#ui.version.value = version;
  }

  get policy() {
    return this.#ui.policy?.value ?? this.getAttribute("policy") ?? "go";
  }
  set policy(policy) {
    this.setAttribute("policy", policy);
    if (this.#ui.policy) this.#ui.policy.value = policy;
  }

  /** The seed of the last run (or the pinned one); setting it pins it. */
  get seed() {
    return this.#seed;
  }
  set seed(seed) {
    this.#seed = Number(seed) >>> 0;
    this.#pinned = true;
    this.#showSeed();
  }

  get running() {
    return this.#running !== null;
  }

  async #build() {
    const engine = loadEngine();
    const ui = this.#ui;
    const toolbar = el("div", "gp-toolbar");
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Go playground controls");
    ui.run = button("gp-run", "Run", "Run the program (Ctrl+Enter or Shift+Enter in the editor)", "Control+Enter Meta+Enter Shift+Enter");
    ui.stop = button("gp-stop", "Stop", "Stop the running program");
    ui.step = button("gp-step", "Step", "Run the next statement of the scheduler's pick");
    ui.back = button("gp-back", "Back", "Undo the last step (replays the run up to the step before)");
    ui.continue = button("gp-continue", "Continue", "Run the rest of the program");
    ui.restart = button("gp-restart", "Restart", "Step again from the start, with the same seed");
    ui.reset = button("gp-reset", "Reset", "Restore the original code");
    ui.share = button("gp-share", "Share", "Copy a link to this program");
    ui.stop.disabled = true;
    ui.back.hidden = ui.continue.hidden = ui.restart.hidden = true;
    let versionField, policyField;
    [versionField, ui.version] = select("gp-version", "Go", VERSIONS, this.getAttribute("go-version") || "1.22");
    [policyField, ui.policy] = select("gp-policy", "Scheduler", POLICIES, this.getAttribute("policy") || "go");
    ui.version.setAttribute("aria-label", "Go version");
    ui.policy.setAttribute("aria-label", "Scheduling policy");
    const buttons = el("div", "gp-buttons");
    buttons.append(ui.run, ui.stop, ui.step, ui.back, ui.continue, ui.restart, ui.reset, ui.share);
    const settings = el("div", "gp-settings");
    settings.append(versionField, policyField);
    toolbar.append(buttons, settings);

    const status = el("div", "gp-statusbar");
    ui.seed = el("span", "gp-seed");
    let pinField, tagField;
    [pinField, ui.pin] = checkbox("gp-pin", "pin seed", this.#pinned);
    [tagField, ui.tags] = checkbox("gp-tags", "goroutine ids", true);
    ui.clock = el("span", "gp-clock");
    ui.message = el("span", "gp-message");
    ui.message.setAttribute("role", "status");
    status.append(ui.seed, pinField, tagField, ui.clock, ui.message);

    const editorBox = el("div", "gp-editor");
    const outputBox = el("div", "gp-output gp-show-tags");
    outputBox.setAttribute("role", "log");
    outputBox.setAttribute("aria-live", "polite");
    outputBox.setAttribute("aria-label", "Program output");
    outputBox.tabIndex = 0;

    ui.debug = el("section", "gp-debug");
    ui.debug.setAttribute("aria-label", "Stepping");
    ui.debug.hidden = true;
    ui.lanes = el("div", "gp-panel gp-goroutines");
    ui.locals = el("div", "gp-panel gp-locals-panel");
    ui.cells = el("div", "gp-panel gp-cells-panel");
    ui.debug.append(ui.lanes, ui.locals, ui.cells);

    // Present from the start, so nothing below moves when a run adds the drawing.
    ui.timeline = el("details", "gp-timeline");
    ui.timeline.append(el("summary", "", "Timeline"), el("div", "gp-timeline-body", TIMELINE_HINT));

    const stored = loadEdit(this.snippetId);
    this.replaceChildren(editorBox, toolbar, outputBox, status, ui.debug, ui.timeline);
    this.classList.add("gp-ready");
    this.#view = createEditor(editorBox, {
      doc: stored ?? this.#original,
      readonly: this.hasAttribute("readonly"),
      label: `Go code${this.dataset.title ? `: ${this.dataset.title}` : ""}`,
      onRun: () => this.run(),
      onEscape: () => ui.run.focus(),
      onChange: (text) => {
        if (text === this.#original) forgetEdit(this.snippetId);
        else saveEdit(this.snippetId, text);
        this.#endStepping();
      },
    });
    this.#output = new OutputView(outputBox, (line, column) => moveCursorTo(this.#view, line, column));
    this.#showSeed();

    ui.run.addEventListener("click", () => this.run());
    ui.stop.addEventListener("click", () => this.stop());
    ui.step.addEventListener("click", () => this.step());
    ui.back.addEventListener("click", () => this.back());
    ui.continue.addEventListener("click", () => this.continue());
    ui.restart.addEventListener("click", () => this.restart());
    ui.reset.addEventListener("click", () => this.reset());
    ui.share.addEventListener("click", () => this.share());
    ui.version.addEventListener("change", () => {
      this.setAttribute("go-version", ui.version.value);
      this.run();
    });
    ui.policy.addEventListener("change", () => this.setAttribute("policy", ui.policy.value));
    ui.pin.addEventListener("change", () => {
      this.#pinned = ui.pin.checked;
      this.#setRunning(false);
    });
    ui.timeline.addEventListener("toggle", () => {
      if (ui.timeline.open) this.#renderTimeline();
    });
    ui.tags.addEventListener("change", () => outputBox.classList.toggle("gp-show-tags", ui.tags.checked));

    this.#engine = await engine;
    this.#emit("goplay:ready", {});
    if (this.hasAttribute("autorun")) this.run();
  }

  #showSeed() {
    if (!this.#ui.seed) return;
    this.#ui.seed.textContent = this.#seed === null ? "seed: new each run" : `seed ${this.#seed}`;
    this.#ui.pin.checked = this.#pinned;
  }

  #emit(type, extra) {
    const detail = { stdout: "", stderr: "", exitCode: null, seed: this.#seed, ...extra };
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #setRunning(running) {
    this.#ui.run.disabled = running;
    this.#ui.stop.disabled = !running && !this.#stepping();
    this.#ui.run.textContent = running ? "Running…" : this.#hasRun && !this.#pinned ? "Run again" : "Run";
    this.toggleAttribute("running", running);
  }

  #stepping() {
    return this.#run !== null && this.#running === null && !this.#ui.debug.hidden;
  }

  // Starts a fresh run of the current code with the current settings.
  #open() {
    if (this.#undrawn) {
      this.#undrawn = null;
      this.#ui.timeline.lastChild.textContent = TIMELINE_HINT;
    }
    this.#run?.free();
    if (!this.#pinned || this.#seed === null) this.#seed = newSeed();
    this.#showSeed();
    const options = {
      go: this.goVersion,
      seed: this.#seed,
      policy: this.policy,
      procs: Number(this.getAttribute("procs")) || 2,
      race: this.hasAttribute("race"),
    };
    this.#output.clear();
    this.#ui.clock.textContent = "";
    this.#ui.message.textContent = "";
    showDiagnostics(this.#view, []);
    showGoroutineLines(this.#view, []);
    showRaces(this.#view, []);
    this.#choices = [];
    this.#selected = null;
    this.#emit("goplay:run", { go: options.go, policy: options.policy });
    this.#run = new Run(this.#engine, this.code, options, (text, stream, goroutine, collected) => {
      this.#output.write(text, stream, goroutine);
      this.#emit("goplay:output", { ...collected, text, stream, goroutine });
    });
    return this.#run;
  }

  /** Runs the snippet; resolves to the goplay:exit detail. */
  async run() {
    await this.initialize();
    await this.stop();
    this.#endStepping();
    this.#output.status("Running…");
    this.#setRunning(true);
    let run;
    try {
      run = this.#open();
    } catch (error) {
      return this.#failed(error);
    }
    return this.#drive(run);
  }

  // Runs `run` to its end (or Stop) in slices, then reports the result.
  async #drive(run) {
    this.#running = run;
    this.#finished = run.finish().catch((error) => ({ ...run.collected, exitCode: null, error }));
    const result = await this.#finished;
    this.#running = null;
    return this.#finish(result);
  }

  #failed(error) {
    this.#running = null;
    this.#output.write(`goplay: internal error: ${error.message ?? error}\n`, "stderr");
    this.#output.flush();
    this.#setRunning(false);
    return { stdout: "", stderr: String(error), exitCode: null, seed: this.#seed };
  }

  #finish(result) {
    this.#hasRun = true;
    if (result.error) return this.#failed(result.error);
    const errors = result.compileFailed ? parseCompileErrors(result.stderr) : null;
    if (result.stopped) {
      this.#output.footer("Program stopped.");
    } else {
      if (errors) showDiagnostics(this.#view, errors);
      this.#output.footer(footerText(result.exitCode, result.compileFailed));
    }
    if (!result.compileFailed) {
      this.#ui.clock.textContent = `virtual time ${formatDuration(result.elapsedNs)}`;
      this.#drawTimeline();
    }
    this.#setRunning(false);
    const { stdout, stderr, exitCode, truncated } = result;
    const detail = { stdout, stderr, exitCode, go: this.goVersion, ...(truncated && { truncated }) };
    this.#emit("goplay:exit", detail);
    return { ...detail, seed: this.#seed };
  }

  /** Stops a running program (or leaves stepping); resolves once it has stopped. */
  async stop() {
    if (this.#running) {
      this.#running.stop();
      await this.#finished;
    } else if (this.#stepping()) {
      this.#endStepping();
      this.#output.footer("Program stopped.");
      this.#setRunning(false);
    }
  }

  /**
   * Runs one statement: of the scheduler's pick, or of goroutine `goroutine`.
   * The first step starts the program. Resolves to the list of goroutines after it.
   */
  async step(goroutine = null) {
    await this.initialize();
    if (this.#running) await this.stop();
    if (!this.#stepping() || this.#run.exited) this.#startStepping();
    if (this.#run.compileErrors) return this.#finishStepping();
    this.#choices.push(goroutine);
    this.#run.step(goroutine);
    return this.#afterStep();
  }

  /** Undoes the last step by replaying the run up to the step before it. */
  async back() {
    if (!this.#stepping() || this.#choices.length === 0) return this.step();
    return this.#replay(this.#choices.slice(0, -1));
  }

  /** Goes back to the start of the stepped run (same seed); starts stepping if need be. */
  async restart() {
    if (!this.#stepping()) return this.step();
    return this.#replay([]);
  }

  // Same seed, same choices: the run is replayed exactly.
  #replay(choices) {
    const pinned = this.#pinned;
    this.#pinned = true;
    this.#open();
    this.#pinned = pinned;
    this.#showSeed();
    for (const choice of choices) this.#run.step(choice);
    this.#choices = choices;
    return this.#afterStep();
  }

  /** Runs the stepped program to its end. */
  async continue() {
    if (!this.#stepping()) return this.run();
    this.#ui.debug.hidden = true;
    showGoroutineLines(this.#view, []);
    this.#toggleStepControls(false);
    this.#setRunning(true);
    return this.#drive(this.#run);
  }

  #startStepping() {
    this.#open();
    this.#ui.debug.hidden = false;
    this.#toggleStepControls(true);
    this.#setRunning(false);
  }

  #toggleStepControls(on) {
    this.#ui.back.hidden = this.#ui.continue.hidden = this.#ui.restart.hidden = !on;
    this.#ui.stop.disabled = !on && this.#running === null;
  }

  #endStepping() {
    if (!this.#ui.debug || this.#ui.debug.hidden) return;
    this.#ui.debug.hidden = true;
    this.#toggleStepControls(false);
    showGoroutineLines(this.#view, []);
  }

  #finishStepping() {
    const result = this.#run.result();
    this.#endStepping();
    this.#finish(result);
    return [];
  }

  #afterStep() {
    const run = this.#run;
    if (run.exited) return this.#finishStepping();
    this.#output.flush();
    const goroutines = run.goroutines();
    const live = goroutines.filter((g) => g.state !== "dead");
    if (!live.some((g) => g.id === this.#selected)) this.#selected = (live.find((g) => g.state === "running") ?? live[0])?.id ?? null;
    showGoroutineLines(this.#view, live);
    renderGoroutines(
      this.#ui.lanes,
      goroutines,
      this.#selected,
      {
        onStep: (id) => this.step(id),
        onSelect: (id) => {
          this.#selected = id;
          this.#afterStep();
        },
      },
      run.runQueues(),
    );
    if (this.#selected !== null) renderLocals(this.#ui.locals, this.#selected, run.frames(this.#selected));
    renderCells(this.#ui.cells, goroutines, (id) => run.frames(id));
    this.#ui.clock.textContent = `step ${this.#choices.length} · virtual time ${formatDuration(run.session.elapsedNs())}`;
    this.#drawTimeline();
    this.#ui.back.disabled = this.#choices.length === 0;
    return goroutines;
  }

  // The editor's marks of the data races, and the timeline. A run stopped after thousands
  // of events takes ms to draw: the timeline is drawn only when (or once) open.
  #drawTimeline() {
    const run = this.#run;
    if (run.race) showRaces(this.#view, raceEvents(run.events()));
    this.#undrawn = run;
    // In a task of its own: not part of Stop's latency, and steps in a row draw once.
    if (this.#ui.timeline.open) setTimeout(() => this.#renderTimeline());
  }

  #renderTimeline() {
    const run = this.#undrawn;
    if (!run) return;
    this.#undrawn = null;
    const events = run.events(MAX_EVENTS);
    renderTimeline(this.#ui.timeline.lastChild, events, run.eventCount(), run.outputs, (line) => highlightLine(this.#view, line));
  }

  /** Restores the author's code and forgets the stored edit. */
  reset() {
    forgetEdit(this.snippetId);
    if (this.#view) {
      setText(this.#view, this.#original);
      showDiagnostics(this.#view, []);
    }
    this.#output?.clear();
  }

  /** Puts a share link for this snippet into the address bar and the clipboard. */
  async share() {
    await this.initialize();
    const hash = await encodeShare({
      id: this.snippetId,
      code: this.code,
      go: this.goVersion,
      policy: this.policy,
      seed: this.#seed ?? undefined,
    });
    const url = new URL(location.href);
    url.hash = hash;
    history.replaceState(null, "", url);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url.href);
      copied = true;
    } catch {
      // Clipboard refused (permissions): the link is still in the address bar.
    }
    this.#ui.message.textContent = copied ? "Link copied to the clipboard." : "Link is in the address bar.";
    return url.href;
  }

  /** Applies a decoded share link. */
  restore({ code, go, seed, policy }) {
    if (go && VERSIONS.includes(go)) this.goVersion = go;
    if (policy && POLICIES.includes(policy)) this.policy = policy;
    if (seed !== undefined) this.seed = seed;
    this.code = code;
  }
}
