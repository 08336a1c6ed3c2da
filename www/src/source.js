// Snippet text as authors write it inside HTML, turned into a Go source file.

/** Strips the blank lines and the common indentation HTML authors add around code. */
export function cleanSource(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0]);
  let common = indents[0] ?? "";
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
  return lines.map((l) => l.slice(common.length)).join("\n") + "\n";
}
