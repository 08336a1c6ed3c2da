// Go highlighting and indentation as a CodeMirror stream language: a small tokenizer in
// place of @codemirror/lang-go's Lezer grammar and parser (~20 KB gzipped of the page's
// size budget). It marks what the page's colours show (keywords, literals, comments,
// predeclared types, declared names, fields) and indents by bracket depth, gofmt style.

import { StreamLanguage } from "@codemirror/language";

const KEYWORDS = new Set(
  "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var".split(" "),
);
const TYPES = new Set(
  "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr".split(" "),
);
const NUMBER =
  /^(?:0[xX][\da-fA-F_]*\.?[\da-fA-F_]*(?:[pP][+-]?\d+)?|0[bBoO][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)i?/;
const IDENT = /^[\p{L}_][\p{L}\p{N}_]*/u;

// The rest of a block comment or raw string, which may span lines.
function inside(stream, state) {
  const [end, style] = state.inside === "comment" ? ["*/", "comment"] : ["`", "string"];
  while (!stream.eol()) {
    if (stream.match(end)) {
      state.inside = null;
      break;
    }
    stream.next();
  }
  return style;
}

function word(stream, state) {
  const name = stream.current();
  const after = state.last;
  state.last = name;
  if (KEYWORDS.has(name)) return "keyword";
  if (name === "true" || name === "false") return "bool";
  if (name === "nil") return "null";
  if (after === ".") return "propertyName";
  if (after === "type") return "typeName.definition";
  if (TYPES.has(name)) return "typeName";
  if (after === "func" || after === "var" || after === "const" || stream.match(/^\s*(?::=|,[\w\s,]*:=)/, false)) {
    return "variableName.definition";
  }
  return "variableName";
}

function token(stream, state) {
  if (state.inside) return inside(stream, state);
  if (stream.eatSpace()) return null;
  if (stream.match("//")) {
    stream.skipToEnd();
    return "comment";
  }
  if (stream.match("/*")) {
    state.inside = "comment";
    return inside(stream, state);
  }
  if (stream.eat("`")) {
    state.last = "`";
    state.inside = "string";
    return inside(stream, state);
  }
  const quote = stream.peek();
  if (quote === '"' || quote === "'") {
    stream.next();
    let escaped = false;
    for (let c = stream.next(); c != null; c = stream.next()) {
      if (c === quote && !escaped) break;
      escaped = !escaped && c === "\\";
    }
    state.last = quote;
    return "string";
  }
  if (stream.match(NUMBER)) {
    state.last = "0";
    return "number";
  }
  if (stream.match(IDENT)) return word(stream, state);
  const c = stream.next();
  if ("({[".includes(c)) state.depth++;
  else if (")}]".includes(c)) state.depth = Math.max(0, state.depth - 1);
  state.last = c;
  return "({[]})".includes(c) ? "punctuation" : "operator";
}

export const goLanguage = StreamLanguage.define({
  name: "go",
  startState: () => ({ depth: 0, inside: null, last: "" }),
  token,
  // One unit per open bracket; a closing bracket, `case` and `default` sit one unit out.
  indent(state, textAfter, cx) {
    if (state.inside) return null;
    const out = /^\s*([)}\]]|(case|default)\b)/.test(textAfter) ? 1 : 0;
    return Math.max(0, state.depth - out) * cx.unit;
  },
  languageData: {
    commentTokens: { line: "//", block: { open: "/*", close: "*/" } },
    indentOnInput: /^\s*(?:case\b|default\b|[)}\]])$/,
  },
});
