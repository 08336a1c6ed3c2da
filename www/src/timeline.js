// The run's timeline as SVG: one lane per goroutine over the statements executed, with
// spawn arrows, blocked spans and their reasons, channel send-to-receive arrows, output
// marks, exits, and each data race's two accesses joined by a dashed "no happens-before"
// edge. Hovering a mark (or moving to it with the arrow keys once the drawing has focus)
// names it in a caption and reports its source line to `onHover(line | null)`.

import { raceLabels } from "./race.js";

const SVG = "http://www.w3.org/2000/svg";
const LANE = 30;
const LEFT = 44;
const TOP = 22;
const WIDTH = 720;
let drawings = 0;

function node(tag, attrs, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

function titled(element, text) {
  element.append(node("title", {}, text));
  return element;
}

/** Formats virtual nanoseconds the way time.Duration prints them. */
export function formatDuration(ns) {
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${+(ns / 1e3).toFixed(3)}µs`;
  if (ns < 1e9) return `${+(ns / 1e6).toFixed(3)}ms`;
  return `${+(ns / 1e9).toFixed(3)}s`;
}

/**
 * Beyond this many events the drawing would cost more than it shows: drawing a stopped
 * runaway program's first 1500 took a task of 50 ms, and laying them out another.
 */
export const MAX_EVENTS = 400;

// A chunk of output quoted for a label: a printing loop writes thousands of lines a chunk.
function quote(text) {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** Draws `events` (from Session.events) and `outputs` ([{goroutine, time, text}]) into `box`. */
export function renderTimeline(box, allEvents, eventCount, allOutputs, onHover) {
  const events = allEvents.slice(0, MAX_EVENTS);
  const outputs = allOutputs.slice(0, MAX_EVENTS);
  const lanes = new Map();
  const lane = (id) => {
    if (!lanes.has(id)) lanes.set(id, { start: 0, end: null, row: lanes.size });
    return lanes.get(id);
  };
  lane(1);
  for (const e of events) {
    lane(e.goroutine);
    if (e.kind === "spawn") lane(e.child).start = e.step;
    if (e.kind === "exit") lane(e.goroutine).end = e.step;
    if (e.kind === "race") lane(e.prevGoroutine);
  }
  const maxStep = events.reduce((max, e) => Math.max(max, e.step), 1);
  const x = (step) => LEFT + ((WIDTH - LEFT - 12) * step) / maxStep;
  const y = (id) => TOP + lane(id).row * LANE + LANE / 2;
  const height = TOP + lanes.size * LANE + 6;
  const svg = node("svg", { viewBox: `0 0 ${WIDTH} ${height}`, class: "gp-timeline-svg", role: "img", tabindex: "0" });
  svg.setAttribute("aria-label", `Timeline of ${lanes.size} goroutines over ${maxStep} statements; arrow keys move between marks`);
  const caption = document.createElement("p");
  caption.className = "gp-tl-caption";
  caption.setAttribute("aria-live", "polite");
  const arrowId = `gp-arrow-${++drawings}`;
  const defs = node("defs", {});
  const marker = node("marker", { id: arrowId, viewBox: "0 0 6 6", refX: "5", refY: "3", markerWidth: "6", markerHeight: "6", orient: "auto" });
  marker.append(node("path", { d: "M0,0 L6,3 L0,6 z", class: "gp-tl-arrowhead" }));
  defs.append(marker);
  svg.append(defs);
  const arrow = `url(#${arrowId})`;

  // Every mark, with its position (the arrow keys walk them from left to right) and source
  // line if it has one; `active` is the one named in the caption.
  const marks = [];
  let active = null;
  const activate = (mark) => {
    active?.element.classList.remove("gp-tl-active");
    active = mark;
    mark?.element.classList.add("gp-tl-active");
    caption.textContent = mark ? mark.label : "";
    onHover(mark?.line ?? null);
  };
  // One listener for all marks: a run stopped after thousands of events has hundreds.
  const entries = new Map();
  const mark = (element, at, label, line = null) => {
    const entry = { element, at, label, line };
    marks.push(entry);
    entries.set(element, entry);
    element.classList.add("gp-tl-hover");
    return titled(element, label);
  };
  const markOf = (target) => entries.get(target?.closest?.(".gp-tl-hover"));
  svg.addEventListener("mouseover", (event) => {
    const entry = markOf(event.target);
    if (entry && entry !== active) activate(entry);
  });
  svg.addEventListener("mouseout", (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget)) activate(null);
  });
  svg.addEventListener("keydown", (event) => {
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves) || marks.length === 0) return;
    event.preventDefault();
    marks.sort((a, b) => a.at - b.at);
    const at = active ? marks.indexOf(active) : -1;
    const next = Math.min(Math.max(at + moves[event.key], 0), marks.length - 1);
    activate(marks[at < 0 && moves[event.key] < 0 ? marks.length - 1 : next]);
  });
  svg.addEventListener("focus", () => {
    marks.sort((a, b) => a.at - b.at);
    if (!active && marks.length > 0) activate(marks[0]);
  });
  svg.addEventListener("blur", () => activate(null));

  // Virtual time labels where the clock moved.
  let lastTime = -1;
  let lastLabelX = -Infinity;
  for (const e of events) {
    if (e.time === lastTime) continue;
    lastTime = e.time;
    if (x(e.step) - lastLabelX < 48) continue;
    lastLabelX = x(e.step);
    svg.append(node("line", { x1: x(e.step), x2: x(e.step), y1: TOP - 4, y2: height, class: "gp-tl-tick" }));
    svg.append(node("text", { x: x(e.step) + 2, y: TOP - 8, class: "gp-tl-time" }, formatDuration(e.time)));
  }

  for (const [id, info] of lanes) {
    const row = node("g", { class: `gp-tl-lane gp-g${id % 8}`, "data-goroutine": id });
    row.append(node("text", { x: 4, y: y(id) + 4, class: "gp-tl-label" }, `g${id}`));
    row.append(node("line", { x1: x(info.start), x2: x(info.end ?? maxStep), y1: y(id), y2: y(id), class: "gp-tl-life" }));
    if (info.end !== null) row.append(mark(node("rect", { x: x(info.end) - 1.5, y: y(id) - 7, width: 3, height: 14, class: "gp-tl-exit" }), x(info.end), `g${id} exits`));
    svg.append(row);
  }

  const blockedSince = new Map();
  const sends = new Map();
  for (const e of events) {
    if (e.kind === "block") blockedSince.set(e.goroutine, e);
    if (e.kind === "unblock" || e.kind === "exit") {
      const from = blockedSince.get(e.goroutine);
      if (from) {
        blockedSince.delete(e.goroutine);
        drawBlocked(from, e.step);
      }
    }
    if (e.kind === "spawn") {
      const path = node("path", { d: `M${x(e.step)},${y(e.goroutine)} L${x(e.step) + 6},${y(e.child)}`, class: "gp-tl-spawn", "marker-end": arrow });
      svg.append(mark(path, x(e.step), `g${e.goroutine} starts g${e.child} (line ${e.line})`, e.line));
    }
    if (e.kind === "send") sends.set(e.seq, e);
    if (e.kind === "recv" && sends.has(e.seq)) {
      const s = sends.get(e.seq);
      const path = node("path", { d: `M${x(s.step)},${y(s.goroutine)} L${x(e.step)},${y(e.goroutine)}`, class: "gp-tl-chan", "marker-end": arrow });
      svg.append(mark(path, x(s.step), `g${s.goroutine} sends to g${e.goroutine} on channel ${e.chan}`));
    }
  }
  for (const from of blockedSince.values()) drawBlocked(from, maxStep);

  function drawBlocked(from, toStep) {
    const width = Math.max(x(toStep) - x(from.step), 2);
    const group = node("g", { class: "gp-tl-blocked" });
    group.append(node("rect", { x: x(from.step), y: y(from.goroutine) - 6, width, height: 12 }));
    if (width > 40) group.append(node("text", { x: x(from.step) + 3, y: y(from.goroutine) + 3.5 }, from.reason));
    svg.append(mark(group, x(from.step), `g${from.goroutine} blocked: ${from.reason} (line ${from.line})`, from.line));
  }

  // A data race: the two accesses on their lanes, joined by the edge that is missing.
  // Races found in one slice of a run share their ends: one edge label is enough.
  const edges = new Set();
  for (const race of events.filter((e) => e.kind === "race")) {
    const { current, previous } = raceLabels(race);
    const [x1, y1, x2, y2] = [x(race.prevStep), y(race.prevGoroutine), x(race.step), y(race.goroutine)];
    const group = node("g", { class: "gp-tl-race" });
    group.append(titled(node("line", { x1, y1, x2, y2, class: "gp-tl-race-edge" }), "no happens-before edge orders these accesses"));
    const edge = [x1, y1, x2, y2].join();
    if (Math.hypot(x2 - x1, y2 - y1) > 90 && !edges.has(edge)) {
      edges.add(edge);
      group.append(node("text", { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4, class: "gp-tl-race-text", "text-anchor": "middle" }, "no happens-before"));
    }
    svg.append(group);
    const access = (cx, cy, kind, label, line) => {
      const diamond = node("rect", { x: cx - 5, y: cy - 5, width: 10, height: 10, transform: `rotate(45 ${cx} ${cy})`, class: `gp-tl-race-mark ${kind}` });
      svg.append(mark(diamond, cx, label, line));
    };
    access(x1, y1, "gp-race-prev", `${previous} (line ${race.prevLine})`, race.prevLine);
    access(x2, y2, "gp-race-cur", `data race: ${current} (line ${race.line})`, race.line);
  }

  // Outputs carry a time, not a step: place each after its goroutine's last event then
  // (events and outputs both come in time order). Outputs at one place share one mark.
  const lastEvent = new Map();
  const places = new Map();
  let next = 0;
  for (const out of outputs) {
    for (; next < events.length && events[next].time <= out.time; next++) lastEvent.set(events[next].goroutine, events[next]);
    const step = lastEvent.get(out.goroutine)?.step ?? lane(out.goroutine).start;
    const place = `${out.goroutine}:${step}`;
    if (places.has(place)) places.get(place).more++;
    else places.set(place, { out, step, more: 0 });
  }
  for (const { out, step, more } of places.values()) {
    const circle = node("circle", { cx: x(step) + 4, cy: y(out.goroutine), r: 4, class: `gp-tl-output gp-g${out.goroutine % 8}` });
    const others = more === 0 ? "" : ` and ${more} more output${more === 1 ? "" : "s"}`;
    svg.append(mark(circle, x(step) + 4, `g${out.goroutine} prints ${quote(out.text)} at ${formatDuration(out.time)}${others}`));
  }

  box.replaceChildren(svg, caption);
  if (eventCount > MAX_EVENTS) box.append(`Showing the first ${MAX_EVENTS} of ${eventCount} events.`);
}
