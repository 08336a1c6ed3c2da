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
 * Lines kept on screen. A runaway printer would otherwise grow the page without bound, and
 * each frame lays out every line: at 1000 lines a printing program's frames passed 50 ms.
 * The run's whole output stays in the goplay:exit detail.
 */
const MAX_LINES = 300;

export class OutputView {
  /** `onLink(line, column)` is called when a source position is activated. */
  constructor(element, onLink) {
    this.element = element;
    this.onLink = onLink;
    this.clear();
  }

  clear() {
    this.element.replaceChildren();
    this.lastLine = null;
    this.lastKey = "";
    this.lines = 0;
    this.dropped = 0;
    this.note = null;
  }

  /** Shows a status message (e.g. "Waiting for the compiler…") that the next write replaces. */
  status(text) {
    this.clear();
    const line = document.createElement("div");
    line.className = "gp-status-line";
    line.textContent = text;
    this.element.append(line);
  }

  /**
   * Appends text written to `stream` ("stdout" | "stderr") by goroutine `goroutine`
   * (null when unknown). Consecutive text of one writer continues the open line.
   */
  write(text, stream, goroutine = null) {
    if (this.element.querySelector(".gp-status-line")) this.clear();
    const key = `${stream}:${goroutine}`;
    const parts = text.split("\n");
    parts.forEach((part, index) => {
      if (index > 0) this.lastLine = null;
      if (part === "" && index === parts.length - 1) return;
      if (!this.lastLine || this.lastKey !== key) this.lastLine = this.#newLine(stream, goroutine);
      this.lastKey = key;
      this.#appendLinked(this.lastLine.lastChild, part);
    });
  }

  footer(text) {
    this.lastLine = null;
    const line = document.createElement("div");
    line.className = "gp-footer";
    line.textContent = text;
    if (this.element.childElementCount > 0) line.classList.add("gp-footer-gap");
    this.element.append(line);
  }

  #newLine(stream, goroutine) {
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
    line.append(document.createElement("span"));
    this.element.append(line);
    if (++this.lines > MAX_LINES) this.#dropOldest();
    return line;
  }

  #dropOldest() {
    if (!this.note) {
      this.note = document.createElement("div");
      this.note.className = "gp-dropped";
      this.element.prepend(this.note);
    }
    this.note.nextElementSibling.remove();
    this.lines--;
    this.dropped++;
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
