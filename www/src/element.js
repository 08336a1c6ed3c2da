// <go-play>: one runnable Go snippet. The element's text is the program; until the element
// scrolls into view (or run() is called) it stays the static code the author wrote.

import { loadEngine, startRun } from "./engine.js";
import { createEditor, setText, showDiagnostics, moveCursorTo } from "./editor.js";
import { OutputView, parseCompileErrors, footerText } from "./output.js";
import { loadEdit, saveEdit, forgetEdit } from "./storage.js";
import { encodeShare } from "./share.js";
import { cleanSource } from "./source.js";

const VERSIONS = ["1.21", "1.22"];
const POLICIES = ["go", "random", "fifo"];

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

function button(className, text, hint, keys) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `gp-button ${className}`;
  b.textContent = text;
  b.title = hint;
  if (keys) b.setAttribute("aria-keyshortcuts", keys);
  return b;
}

function select(className, label, options, value) {
  const wrapper = document.createElement("label");
  wrapper.className = `gp-field ${className}`;
  const caption = document.createElement("span");
  caption.textContent = label;
  const control = document.createElement("select");
  for (const option of options) control.add(new Option(option, option));
  control.value = value;
  wrapper.append(caption, control);
  return [wrapper, control];
}

export class GoPlayElement extends HTMLElement {
  #ready = null;
  #view = null;
  #output = null;
  #ui = {};
  #original = "";
  #seed = null;
  #pinned = false;
  #current = null;
  #hasRun = false;

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
    return this.#current !== null;
  }

  async #build() {
    const engine = loadEngine();
    const ui = this.#ui;
    const toolbar = document.createElement("div");
    toolbar.className = "gp-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Go playground controls");
    ui.run = button("gp-run", "Run", "Run the program (Ctrl+Enter or Shift+Enter in the editor)", "Control+Enter Meta+Enter Shift+Enter");
    ui.stop = button("gp-stop", "Stop", "Stop the running program");
    ui.step = button("gp-step", "Step", "Run the next statement");
    ui.reset = button("gp-reset", "Reset", "Restore the original code");
    ui.share = button("gp-share", "Share", "Copy a link to this program");
    ui.stop.disabled = true;
    let versionField, policyField;
    [versionField, ui.version] = select("gp-version", "Go", VERSIONS, this.getAttribute("go-version") || "1.22");
    [policyField, ui.policy] = select("gp-policy", "Scheduler", POLICIES, this.getAttribute("policy") || "go");
    ui.version.setAttribute("aria-label", "Go version");
    ui.policy.setAttribute("aria-label", "Scheduling policy");
    const buttons = document.createElement("div");
    buttons.className = "gp-buttons";
    buttons.append(ui.run, ui.stop, ui.step, ui.reset, ui.share);
    const settings = document.createElement("div");
    settings.className = "gp-settings";
    settings.append(versionField, policyField);
    toolbar.append(buttons, settings);

    const status = document.createElement("div");
    status.className = "gp-statusbar";
    ui.seed = document.createElement("span");
    ui.seed.className = "gp-seed";
    const pinLabel = document.createElement("label");
    pinLabel.className = "gp-field gp-pin";
    ui.pin = document.createElement("input");
    ui.pin.type = "checkbox";
    ui.pin.checked = this.#pinned;
    pinLabel.append(ui.pin, " pin seed");
    const tagLabel = document.createElement("label");
    tagLabel.className = "gp-field gp-tags";
    ui.tags = document.createElement("input");
    ui.tags.type = "checkbox";
    ui.tags.checked = true;
    tagLabel.append(ui.tags, " goroutine ids");
    ui.clock = document.createElement("span");
    ui.clock.className = "gp-clock";
    ui.message = document.createElement("span");
    ui.message.className = "gp-message";
    ui.message.setAttribute("role", "status");
    status.append(ui.seed, pinLabel, tagLabel, ui.clock, ui.message);

    const editorBox = document.createElement("div");
    editorBox.className = "gp-editor";
    const outputBox = document.createElement("div");
    outputBox.className = "gp-output gp-show-tags";
    outputBox.setAttribute("role", "log");
    outputBox.setAttribute("aria-live", "polite");
    outputBox.setAttribute("aria-label", "Program output");
    outputBox.tabIndex = 0;

    const stored = loadEdit(this.snippetId);
    this.replaceChildren(editorBox, toolbar, outputBox, status);
    this.classList.add("gp-ready");
    this.#view = createEditor(editorBox, {
      doc: stored ?? this.#original,
      readonly: this.hasAttribute("readonly"),
      label: `Go code${this.dataset.title ? `: ${this.dataset.title}` : ""}`,
      onRun: () => this.run(),
      onEscape: () => ui.run.focus(),
      onChange: (text) => (text === this.#original ? forgetEdit(this.snippetId) : saveEdit(this.snippetId, text)),
    });
    this.#output = new OutputView(outputBox, (line, column) => moveCursorTo(this.#view, line, column));
    this.#showSeed();

    ui.run.addEventListener("click", () => this.run());
    ui.stop.addEventListener("click", () => this.stop());
    ui.step.addEventListener("click", () => this.step());
    ui.reset.addEventListener("click", () => this.reset());
    ui.share.addEventListener("click", () => this.share());
    ui.version.addEventListener("change", () => {
      this.setAttribute("go-version", ui.version.value);
      this.run();
    });
    ui.policy.addEventListener("change", () => this.setAttribute("policy", ui.policy.value));
    ui.pin.addEventListener("change", () => {
      this.#pinned = ui.pin.checked;
    });
    ui.tags.addEventListener("change", () => outputBox.classList.toggle("gp-show-tags", ui.tags.checked));

    this.engine = await engine;
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
    this.#ui.stop.disabled = !running;
    this.#ui.run.textContent = running ? "Running…" : this.#hasRun && !this.#pinned ? "Run again" : "Run";
    this.toggleAttribute("running", running);
  }

  /** Runs the snippet; resolves to the goplay:exit detail. */
  async run() {
    await this.initialize();
    if (this.#current) await this.stop();
    if (!this.#pinned || this.#seed === null) this.#seed = newSeed();
    this.#showSeed();
    const options = {
      go: this.goVersion,
      seed: this.#seed,
      policy: this.policy,
      procs: Number(this.getAttribute("procs")) || 1,
      race: this.hasAttribute("race"),
    };
    const collected = { stdout: "", stderr: "" };
    this.#output.status("Running…");
    this.#ui.clock.textContent = "";
    showDiagnostics(this.#view, []);
    this.#setRunning(true);
    this.#emit("goplay:run", { go: options.go, policy: options.policy });
    let run;
    try {
      run = startRun(this.engine, this.code, options, {
        output: (text, stream, goroutine) => {
          collected[stream] += text;
          this.#output.write(text, stream, goroutine);
          this.#emit("goplay:output", { ...collected, text, stream, goroutine });
        },
      });
    } catch (error) {
      return this.#finish({ ...collected, exitCode: null, error }, options);
    }
    this.#current = run;
    const result = await run.done.catch((error) => ({ ...collected, exitCode: null, error }));
    return this.#finish(result, options);
  }

  #finish(result, options) {
    this.#current = null;
    this.#hasRun = true;
    const errors = result.compileFailed ? parseCompileErrors(result.stderr) : result.exitCode === 1 && !result.stdout ? parseCompileErrors(result.stderr) : null;
    if (result.error) {
      this.#output.write(`goplay: internal error: ${result.error.message ?? result.error}\n`, "stderr");
    } else if (result.stopped) {
      this.#output.footer("Program stopped.");
    } else {
      if (errors) showDiagnostics(this.#view, errors);
      if (!result.stdout && !result.stderr) this.#output.clear();
      this.#output.footer(footerText(result.exitCode, Boolean(errors)));
    }
    if (result.elapsedNs != null) this.#ui.clock.textContent = `virtual time ${formatDuration(result.elapsedNs)}`;
    this.#setRunning(false);
    const detail = { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode, go: options.go };
    this.#emit("goplay:exit", detail);
    return { ...detail, seed: this.#seed };
  }

  /** Stops a running program; resolves once it has stopped. */
  async stop() {
    const run = this.#current;
    if (!run) return;
    run.stop();
    await run.done.catch(() => {});
  }

  /** Runs the next statement (needs the VM's stepping API). */
  async step() {
    await this.initialize();
    this.#ui.message.textContent = "Stepping is not available in this build.";
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

/** Formats virtual nanoseconds the way time.Duration prints them, roughly. */
function formatDuration(ns) {
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${+(ns / 1e3).toFixed(3)}µs`;
  if (ns < 1e9) return `${+(ns / 1e6).toFixed(3)}ms`;
  return `${+(ns / 1e9).toFixed(3)}s`;
}
