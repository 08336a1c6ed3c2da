// The demo page's snippets, read straight from www/index.html, and the outputs recorded
// for them from real Go (tests/e2e/snippets/<id>/, written by record-snippets.js).

import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { ROOT, WWW } from "./harness.js";
import { cleanSource } from "../../www/src/source.js";

export const FIXTURES = path.join(ROOT, "tests/e2e/snippets");

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" };

function unescapeHtml(text) {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (_, name) => ENTITIES[name]);
}

function attributes(text) {
  const found = {};
  for (const match of text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) found[match[1]] = match[2] ?? "";
  return found;
}

/** [{id, code, go, procs, race}] in page order. */
export function demoSnippets() {
  const page = readFileSync(path.join(WWW, "index.html"), "utf8");
  return [...page.matchAll(/<go-play([^>]*)>([\s\S]*?)<\/go-play>/g)].map(([, attrText, body]) => {
    const attrs = attributes(attrText);
    return {
      id: attrs["data-id"],
      code: cleanSource(unescapeHtml(body.replace(/<\/?pre>/g, ""))),
      go: attrs["go-version"] ?? "1.22",
      procs: Number(attrs.procs ?? 1),
      race: "race" in attrs,
    };
  });
}

/** What real Go printed for snippet `id`: {stdout, stderr, exitCode, outputs} or null. */
export function recorded(id) {
  const dir = path.join(FIXTURES, id);
  if (!existsSync(path.join(dir, "exit_code"))) return null;
  const read = (name) => readFileSync(path.join(dir, name), "utf8");
  const outputsFile = path.join(dir, "outputs.json");
  const outputs = existsSync(outputsFile) ? JSON.parse(read("outputs.json")) : null;
  return {
    code: read("prog.go"),
    stdout: read("stdout"),
    stderr: read("stderr"),
    exitCode: Number(read("exit_code")),
    // Every stdout real Go produced over many runs, for programs whose order varies.
    stdouts: outputs ? Object.values(outputs).flat().map((o) => o.stdout) : null,
  };
}
