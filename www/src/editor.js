// The CodeMirror 6 editor of one snippet: Go highlighting, run keys, error underlines,
// per-goroutine line markers and the two lines of each data race.

import { EditorState, StateEffect, StateField, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView,
  Decoration,
  WidgetType,
  keymap,
  lineNumbers,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
} from "@codemirror/view";
import {
  copyLineDown,
  copyLineUp,
  deleteLine,
  history,
  historyKeymap,
  indentLess,
  indentMore,
  indentWithTab,
  moveLineDown,
  moveLineUp,
  standardKeymap,
  toggleComment,
  toggleTabFocusMode,
} from "@codemirror/commands";
import {
  bracketMatching,
  indentOnInput,
  indentUnit,
  LanguageSupport,
  syntaxHighlighting,
} from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { goLanguage } from "./golang.js";
import { raceLabels } from "./race.js";

// The line-editing keys of CodeMirror's defaultKeymap, without its syntax-tree selection,
// multi-cursor and block-comment commands (~2 KB gzipped of the page's size budget).
// Its Escape and Mod-Enter are the run keys here.
const editKeys = [
  { key: "Alt-ArrowUp", run: moveLineUp },
  { key: "Shift-Alt-ArrowUp", run: copyLineUp },
  { key: "Alt-ArrowDown", run: moveLineDown },
  { key: "Shift-Alt-ArrowDown", run: copyLineDown },
  { key: "Mod-[", run: indentLess },
  { key: "Mod-]", run: indentMore },
  { key: "Shift-Mod-k", run: deleteLine },
  { key: "Mod-/", run: toggleComment },
  { key: "Ctrl-m", mac: "Shift-Alt-m", run: toggleTabFocusMode },
];

const setDiagnostics = StateEffect.define();
const setGoroutineMarks = StateEffect.define();
const setHoverLine = StateEffect.define();
const setRaceMarks = StateEffect.define();

// Compile errors, underlined; cleared by any edit since their positions go stale.
const diagnosticsField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(setDiagnostics)) return effect.value;
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Goroutine labels drawn on one line; the others are counted. A line where 200 goroutines
 * wait made each step lay out 200 labels in the editor (300 ms).
 */
const MAX_LABELS = 8;

class GoroutineLabel extends WidgetType {
  constructor(ids) {
    super();
    this.ids = ids;
  }
  eq(other) {
    return other.ids.join() === this.ids.join();
  }
  toDOM() {
    const box = document.createElement("span");
    box.className = "gp-line-labels";
    for (const id of this.ids.slice(0, MAX_LABELS)) {
      const tag = document.createElement("span");
      tag.className = `gp-gtag gp-g${id % 8}`;
      tag.textContent = `g${id}`;
      box.append(tag);
    }
    const more = this.ids.slice(MAX_LABELS);
    if (more.length > 0) {
      const tag = document.createElement("span");
      tag.className = "gp-gtag gp-gtag-more";
      tag.textContent = `+${more.length}`;
      tag.title = more.map((id) => `g${id}`).join(" ");
      box.append(tag);
    }
    return box;
  }
}

// The current line of every live goroutine while stepping.
const goroutineField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(setGoroutineMarks)) return effect.value;
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

class RaceLabel extends WidgetType {
  constructor(labels) {
    super();
    this.labels = labels;
  }
  eq(other) {
    return other.labels.map((l) => l.text).join() === this.labels.map((l) => l.text).join();
  }
  toDOM() {
    const box = document.createElement("span");
    box.className = "gp-race-labels";
    for (const { text, previous } of this.labels) {
      const label = document.createElement("span");
      label.className = previous ? "gp-race-label gp-race-label-prev" : "gp-race-label";
      label.textContent = text;
      box.append(label);
    }
    return box;
  }
}

// The two accesses of each reported data race; stale after an edit.
const raceField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(setRaceMarks)) return effect.value;
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// The line under the pointer in the timeline.
const hoverField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) if (effect.is(setHoverLine)) return effect.value;
    return tr.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Creates an editor in `parent`.
 * `onRun` is called for Ctrl/Cmd+Enter and Shift+Enter, `onEscape` when Esc leaves the
 * editor, `onChange(text)` after every edit.
 */
export function createEditor(parent, { doc, readonly, label, onRun, onEscape, onChange }) {
  const runKeys = [
    { key: "Mod-Enter", run: () => (onRun(), true) },
    { key: "Shift-Enter", run: () => (onRun(), true) },
    {
      key: "Escape",
      run: (view) => {
        view.contentDOM.blur();
        onEscape();
        return true;
      },
    },
  ];
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of("\t"),
        EditorState.tabSize.of(4),
        new LanguageSupport(goLanguage),
        syntaxHighlighting(classHighlighter),
        keymap.of([...runKeys, indentWithTab, ...editKeys, ...standardKeymap, ...historyKeymap]),
        EditorState.readOnly.of(Boolean(readonly)),
        EditorView.editable.of(!readonly),
        EditorView.contentAttributes.of({ "aria-label": label }),
        diagnosticsField,
        goroutineField,
        raceField,
        hoverField,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces the whole text, keeping undo history. */
export function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/**
 * Converts gc's 1-based line and byte column into a document offset
 * (gc counts columns in UTF-8 bytes; CodeMirror counts UTF-16 units).
 */
export function offsetOf(doc, line, column) {
  const safeLine = Math.min(Math.max(line, 1), doc.lines);
  const text = doc.line(safeLine).text;
  const bytes = new TextEncoder().encode(text);
  const prefix = new TextDecoder().decode(bytes.subarray(0, Math.max(column - 1, 0)));
  return doc.line(safeLine).from + Math.min(prefix.length, text.length);
}

// The span to underline: the token starting at `from`, at least one character.
function tokenRange(doc, from) {
  const line = doc.lineAt(from);
  const rest = line.text.slice(from - line.from);
  const word = /^[\p{L}\p{N}_]+/u.exec(rest);
  const length = word ? word[0].length : Math.min(1, rest.length);
  if (length > 0) return [from, from + length];
  return line.length > 0 ? [from - 1, from] : [from, from];
}

/** Underlines compile errors: [{line, column, message}]. */
export function showDiagnostics(view, diagnostics) {
  const doc = view.state.doc;
  const ranges = diagnostics
    .map((d) => [...tokenRange(doc, offsetOf(doc, d.line, d.column)), d.message])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const builder = new RangeSetBuilder();
  for (const [from, to, message] of ranges) {
    builder.add(from, to, Decoration.mark({ class: "gp-error-mark", attributes: { title: message } }));
  }
  view.dispatch({ effects: setDiagnostics.of(builder.finish()) });
}

/** Puts the cursor at a gc position and focuses the editor. */
export function moveCursorTo(view, line, column) {
  const at = offsetOf(view.state.doc, line, column || 1);
  view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  view.focus();
}

/** Marks the current line of each goroutine: [{id, line}] (empty to clear). */
export function showGoroutineLines(view, goroutines) {
  const doc = view.state.doc;
  const byLine = new Map();
  for (const g of goroutines) {
    if (g.line < 1 || g.line > doc.lines) continue;
    byLine.set(g.line, [...(byLine.get(g.line) || []), g.id]);
  }
  const builder = new RangeSetBuilder();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const ids = byLine.get(line);
    const start = doc.line(line).from;
    builder.add(start, start, Decoration.line({ class: `gp-gline gp-g${ids[0] % 8}` }));
    builder.add(start, start, Decoration.widget({ widget: new GoroutineLabel(ids), side: -1 }));
  }
  view.dispatch({ effects: setGoroutineMarks.of(builder.finish()) });
}

/** Highlights one source line (a hovered timeline mark), or none for null. */
export function highlightLine(view, line) {
  const doc = view.state.doc;
  const marks =
    line && line <= doc.lines ? Decoration.set([Decoration.line({ class: "gp-hover-line" }).range(doc.line(line).from)]) : Decoration.none;
  view.dispatch({ effects: setHoverLine.of(marks) });
}

/** Marks both lines of every data race (race events; empty to clear). */
export function showRaces(view, races) {
  const doc = view.state.doc;
  const byLine = new Map();
  const add = (line, text, previous) => {
    if (line < 1 || line > doc.lines) return;
    const labels = byLine.get(line) ?? [];
    if (!labels.some((l) => l.text === text)) labels.push({ text, previous });
    byLine.set(line, labels);
  };
  for (const race of races) {
    const { current, previous } = raceLabels(race);
    add(race.line, current, false);
    add(race.prevLine, previous, true);
  }
  const builder = new RangeSetBuilder();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const labels = byLine.get(line);
    const start = doc.line(line).from;
    // A line that is both sides of races shows as the current access.
    const kind = labels.every((l) => l.previous) ? "gp-race-prev" : "gp-race-cur";
    const title = labels.map((l) => l.text).join("; ");
    builder.add(start, start, Decoration.line({ class: `gp-race-line ${kind}`, attributes: { title: `data race: ${title}` } }));
    builder.add(doc.line(line).to, doc.line(line).to, Decoration.widget({ widget: new RaceLabel(labels), side: 1 }));
  }
  view.dispatch({ effects: setRaceMarks.of(builder.finish()) });
}
