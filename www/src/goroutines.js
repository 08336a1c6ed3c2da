// The stepping view: one lane per goroutine, the run queues (who runs next), the selected
// goroutine's locals, and the heap cells that captured variables share (the loop-variable
// trap made visible).

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function tag(id) {
  const t = el("span", `gp-gtag gp-g${id % 8}`, `g${id}`);
  t.setAttribute("aria-hidden", "true");
  return t;
}

function describe(g) {
  const state = g.waitReason ? `waiting: ${g.waitReason}` : g.state;
  const origin = g.createdBy == null ? "" : `, created by g${g.createdBy} at line ${g.createdLine}`;
  return `${g.function} · line ${g.line} · ${state}${origin}`;
}

// Goroutine tags for a list of ids, or `none` when it is empty.
function ids(list, none) {
  const span = el("span", "gp-runq-ids");
  if (list.length === 0) span.append(el("span", "gp-empty", none));
  for (const id of list) {
    const t = tag(id);
    t.removeAttribute("aria-hidden");
    t.dataset.goroutine = id;
    span.append(t);
  }
  return span;
}

/**
 * The run queues from Session.runQueues(): for the go policy each processor's running
 * goroutine, its runnext slot (the goroutine it runs next) and its FIFO queue, then the
 * global queue, the only one of the other policies.
 */
function renderRunQueues(queues) {
  const section = el("div", "gp-runq");
  section.append(el("h4", "gp-panel-subtitle", "Run queue"));
  const table = el("dl", "gp-runq-table");
  queues.procs.forEach((p, index) => {
    const row = el("dd", "gp-runq-proc");
    row.dataset.proc = index;
    const part = (className, label, list, none) => {
      const item = el("span", className);
      item.append(el("span", "gp-runq-label", label), ids(list, none));
      return item;
    };
    row.append(
      part("gp-runq-running", "running", p.running == null ? [] : [p.running], "— (idle)"),
      part("gp-runq-runnext", "runnext", p.runnext == null ? [] : [p.runnext], "—"),
      part("gp-runq-fifo", "queue", p.runq, "—"),
    );
    table.append(el("dt", "", `P${index}`), row);
  });
  const global = el("dd", "gp-runq-global");
  global.append(ids(queues.global, "empty"));
  table.append(el("dt", "", queues.procs.length > 0 ? "global" : "FIFO"), global);
  section.append(table);
  return section;
}

/**
 * Renders the goroutine lanes (and the run queues, when given) into `box`.
 * `onStep(id)` steps one goroutine; `onSelect(id)` shows its locals.
 */
export function renderGoroutines(box, goroutines, selected, { onStep, onSelect }, queues = null) {
  const list = el("ul", "gp-lanes");
  list.setAttribute("aria-label", "Goroutines");
  for (const g of goroutines) {
    const lane = el("li", `gp-lane gp-g${g.id % 8}`);
    lane.dataset.goroutine = g.id;
    lane.dataset.state = g.state;
    if (g.id === selected) lane.classList.add("gp-selected");
    const show = el("button", "gp-lane-select");
    show.type = "button";
    show.setAttribute("aria-pressed", String(g.id === selected));
    show.append(tag(g.id), el("span", "gp-lane-text", `goroutine ${g.id}: ${describe(g)}`));
    show.addEventListener("click", () => onSelect(g.id));
    const step = el("button", "gp-button gp-lane-step", "Step");
    step.type = "button";
    step.setAttribute("aria-label", `Step goroutine ${g.id}`);
    step.disabled = g.state !== "runnable" && g.state !== "running";
    step.addEventListener("click", () => onStep(g.id));
    lane.append(show, step);
    list.append(lane);
  }
  box.replaceChildren(el("h3", "gp-panel-title", "Goroutines"), list);
  if (queues) box.append(renderRunQueues(queues));
}

/** Renders the selected goroutine's frames and locals. */
export function renderLocals(box, goroutineId, frames) {
  box.replaceChildren(el("h3", "gp-panel-title", `Locals of goroutine ${goroutineId}`));
  if (frames.length === 0) box.append(el("p", "gp-empty", "No frames (the goroutine has finished)."));
  for (const frame of frames) {
    const section = el("div", "gp-frame");
    section.append(el("div", "gp-frame-name", `${frame.function} (line ${frame.line})`));
    const table = el("dl", "gp-locals");
    for (const local of frame.locals) {
      table.append(el("dt", "", local.name));
      const value = el("dd", "", local.value);
      if (local.cell != null) value.append(" ", el("span", "gp-cell-ref", `cell #${local.cell}`));
      table.append(value);
    }
    if (frame.locals.length === 0) table.append(el("dd", "gp-empty", "no locals"));
    section.append(table);
    box.append(section);
  }
}

/**
 * Draws every heap cell that live goroutines' variables point at, with the variables
 * pointing at it: `framesOf(id)` gives a goroutine's frames.
 */
export function renderCells(box, goroutines, framesOf) {
  const cells = new Map();
  for (const g of goroutines) {
    if (g.state === "dead") continue;
    for (const frame of framesOf(g.id)) {
      for (const local of frame.locals) {
        if (local.cell == null) continue;
        const cell = cells.get(local.cell) ?? { value: local.value, refs: [] };
        cell.refs.push({ goroutine: g.id, name: local.name, func: frame.function });
        cells.set(local.cell, cell);
      }
    }
  }
  box.replaceChildren(el("h3", "gp-panel-title", "Shared cells"));
  if (cells.size === 0) {
    box.append(el("p", "gp-empty", "No captured or address-taken variables in live goroutines."));
    return;
  }
  const list = el("ul", "gp-cells");
  for (const [id, cell] of [...cells].sort((a, b) => a[0] - b[0])) {
    const item = el("li", "gp-cell");
    item.dataset.cell = id;
    const boxed = el("span", "gp-cell-box", `cell #${id} = ${cell.value}`);
    const refs = el("span", "gp-cell-refs");
    refs.append("← ");
    cell.refs.forEach((ref, index) => {
      if (index > 0) refs.append(", ");
      refs.append(tag(ref.goroutine), `${ref.name} in ${ref.func}`);
    });
    item.append(boxed, " ", refs);
    if (new Set(cell.refs.map((r) => r.goroutine)).size > 1) item.classList.add("gp-cell-shared");
    list.append(item);
  }
  box.append(list);
}
