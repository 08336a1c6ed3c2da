// The output area: streamed program text, goroutine tags, source links and the footer
// the Go Playground prints.

// `./prog.go:12:5: msg` (compile error) or `./prog.go:12 +0x1d` (trace) or `prog.go:12`.
const positionPattern = /(?:\.\/)?prog\.go:(\d+)(?::(\d+))?/g;
const compileErrorPattern = /^\.\/prog\.go:(\d+):(\d+): (.*)$/;

/** Parses gc's error lines; returns null unless every line is a compile error. */
export function parseCompileErrors(stderr) {
  const lines = stderr.split("\n").filter((line) => line !== "");
  if (lines.length === 0) return null;
  const errors = [];
  for (const line of lines) {
    const match = compileErrorPattern.exec(line);
    if (match) errors.push({ line: +match[1], column: +match[2], message: match[3] });
    else if (line !== "too many errors") return null;
  }
  return errors;
}

/** The Go Playground's last line. */
export function footerText(exitCode, compileFailed) {
  if (compileFailed) return "Go build failed.";
  return exitCode === 0 ? "Program exited." : `Program exited: status ${exitCode}.`;
}

/**
 * Lines kept on screen: a runaway printer would otherwise grow the page without bound.
 * The run's whole output stays in the goplay:exit detail.
 */
const MAX_LINES = 300;

/**
 * Output that keeps coming (lines drawn again within STREAMING_MS, more than BUSY_LINES at
 * once, or lines left for the next frame) marks the log aria-busy until it pauses for
 * QUIET_MS or the run ends: a screen reader then reads the result once instead of
 * announcing every frame's lines.
 */
const BUSY_LINES = 20;
const STREAMING_MS = 250;
const QUIET_MS = 500;

/**
 * Lines drawn per animation frame. A frame drawing 300 new lines spent 10-40 ms of CPU on
 * style, layout and paint; a program printing without end now costs a few ms a frame.
 */
const LINES_PER_FRAME = 20;

export class OutputView {
  /** `onLink(line, column)` is called when a source position is activated. */
  constructor(element, onLink) {
    this.element = element;
    this.onLink = onLink;
    this.frame = 0;
    this.quiet = 0;
    this.clear();
  }

  clear() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.element.replaceChildren();
    this.#settle();
    this.drawnAt = -Infinity;
    this.statusLine = null;
    // The line the writer's next text continues, lines written but not yet on screen
    // (oldest first), the line on screen whose text grew since it was drawn, and the
    // footer to add once they are drawn.
    this.open = null;
    this.queue = [];
    this.grown = null;
    this.ending = null;
    this.lines = 0;
    this.dropped = 0;
    this.note = null;
  }

  /** Shows a status message (e.g. "Waiting for the compiler…") that the next write replaces. */
  status(text) {
    this.clear();
    this.statusLine = document.createElement("div");
    this.statusLine.className = "gp-status-line";
    this.statusLine.textContent = text;
    this.element.append(this.statusLine);
  }

  /**
   * Appends text written to `stream` ("stdout" | "stderr") by goroutine `goroutine`
   * (null when unknown). Consecutive text of one writer continues the open line.
   * The text reaches the screen at the next animation frames (or at flush()).
   */
  write(text, stream, goroutine = null) {
    if (this.statusLine) this.clear();
    const key = `${stream}:${goroutine}`;
    const parts = text.split("\n");
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index];
      if (index > 0) this.open = null;
      if (part === "" && index === parts.length - 1) break;
      if (!this.open || this.open.key !== key) {
        this.open = { key, stream, goroutine, text: "", shown: 0, span: null };
        this.queue.push(this.open);
      } else if (this.open.span) {
        this.grown = this.open;
      }
      this.open.text += part;
    }
    // Only the last MAX_LINES can still be shown (a hidden tab has no frames to draw them).
    if (this.queue.length > 2 * MAX_LINES) this.dropped += this.queue.splice(0, this.queue.length - MAX_LINES).length;
    this.frame ||= requestAnimationFrame(() => this.#draw(LINES_PER_FRAME));
  }

  /** Draws everything written so far, at once. */
  flush() {
    this.#draw(Infinity);
  }

  /**
   * Ends the output with `text` (the Go Playground's last line), after the lines still to
   * draw: at once when they fit in a frame, else over the next frames.
   */
  footer(text) {
    this.open = null;
    this.ending = text;
    this.#draw(LINES_PER_FRAME);
  }

  // Draws up to `limit` of the waiting lines, oldest first, so that the screen always
  // shows consecutive lines with the count of those before them; then the footer.
  #draw(limit) {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.grown) {
      const line = this.grown;
      if (line.span.isConnected) this.#appendLinked(line.span, line.text.slice(line.shown));
      line.shown = line.text.length;
      this.grown = null;
    }
    if (this.queue.length > 0) this.#drawLines(limit);
    if (this.queue.length > 0) this.frame = requestAnimationFrame(() => this.#draw(LINES_PER_FRAME));
    else if (this.ending !== null) this.#drawFooter();
  }

  #drawLines(limit) {
    if (this.queue.length >= MAX_LINES) {
      // Every line on screen is older than the last MAX_LINES written.
      this.#dropOldest(this.lines);
      this.dropped += this.queue.length - MAX_LINES;
      this.queue.splice(0, this.queue.length - MAX_LINES);
    }
    const batch = this.queue.splice(0, limit);
    const lines = document.createDocumentFragment();
    for (const record of batch) lines.append(this.#newLine(record));
    this.#dropOldest(this.lines + batch.length - MAX_LINES);
    this.element.append(lines);
    this.lines += batch.length;
    if (this.dropped > 0) this.#showDropped();
    const now = performance.now();
    if (now - this.drawnAt < STREAMING_MS || this.queue.length > 0 || batch.length > BUSY_LINES) {
      this.element.setAttribute("aria-busy", "true");
      clearTimeout(this.quiet);
      this.quiet = setTimeout(() => this.#settle(), QUIET_MS);
    }
    this.drawnAt = now;
  }

  #settle() {
    clearTimeout(this.quiet);
    this.element.removeAttribute("aria-busy");
  }

  #drawFooter() {
    const line = document.createElement("div");
    line.className = "gp-footer";
    line.textContent = this.ending;
    if (this.element.childElementCount > 0) line.classList.add("gp-footer-gap");
    this.element.append(line);
    this.#settle();
    this.ending = null;
  }

  // The element of a written line; `record.span` then holds its text.
  #newLine(record) {
    const { stream, goroutine, text } = record;
    const line = document.createElement("div");
    line.className = `gp-line gp-${stream}`;
    if (goroutine !== null) {
      line.dataset.goroutine = goroutine;
      const tag = document.createElement("span");
      tag.className = `gp-gtag gp-g${goroutine % 8}`;
      tag.textContent = `g${goroutine}`;
      tag.title = `written by goroutine ${goroutine}`;
      line.append(tag);
    }
    const span = document.createElement("span");
    this.#appendLinked(span, text);
    line.append(span);
    record.span = span;
    record.shown = text.length;
    return line;
  }

  // Removes the `count` oldest lines on screen in one DOM operation.
  #dropOldest(count) {
    if (count <= 0) return;
    const range = document.createRange();
    range.setStartBefore(this.note ? this.note.nextElementSibling : this.element.firstElementChild);
    range.setEndAfter(this.element.children[(this.note ? 1 : 0) + count - 1]);
    range.deleteContents();
    this.lines -= count;
    this.dropped += count;
  }

  #showDropped() {
    if (!this.note) {
      this.note = document.createElement("div");
      this.note.className = "gp-dropped";
      this.element.prepend(this.note);
    }
    this.note.textContent = `… ${this.dropped} earlier line${this.dropped === 1 ? "" : "s"} not shown`;
  }

  // Adds text, turning prog.go positions into buttons that move the editor cursor.
  #appendLinked(target, text) {
    let at = 0;
    for (const match of text.matchAll(positionPattern)) {
      target.append(text.slice(at, match.index));
      const link = document.createElement("a");
      link.href = "#";
      link.className = "gp-pos";
      link.textContent = match[0];
      const [line, column] = [+match[1], match[2] ? +match[2] : 1];
      link.setAttribute("aria-label", `${match[0]}: go to line ${line}, column ${column}`);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        this.onLink(line, column);
      });
      target.append(link);
      at = match.index + match[0].length;
    }
    target.append(text.slice(at));
  }
}
