// Entry point: defines <go-play>, optionally upgrades <pre><code class="language-go">
// blocks, and restores a snippet from a share link.

import "./goplay.css";
import { GoPlayElement } from "./element.js";
import { decodeShare, isShareHash } from "./share.js";

export { GoPlayElement };

/**
 * Turns every `<pre><code class="language-go">` under `root` into a <go-play>, keeping the
 * <pre> inside as the static view until the playground initialises. `data-*` attributes
 * of the <pre> are carried over.
 */
export function enhance(root = document) {
  for (const code of root.querySelectorAll("pre > code.language-go")) {
    const pre = code.parentElement;
    if (pre.closest("go-play")) continue;
    const play = document.createElement("go-play");
    for (const { name, value } of pre.attributes) if (name.startsWith("data-")) play.setAttribute(name, value);
    // Insert the element only once it holds the code: connecting it reads its text.
    const [parent, next] = [pre.parentNode, pre.nextSibling];
    play.append(pre);
    parent.insertBefore(play, next);
  }
}

function notice(text) {
  const box = document.createElement("div");
  box.className = "gp-notice";
  box.setAttribute("role", "alert");
  const message = document.createElement("span");
  message.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "gp-button";
  close.textContent = "Dismiss";
  close.addEventListener("click", () => box.remove());
  box.append(message, close);
  const first = document.querySelector("go-play");
  (first?.parentElement ?? document.body).insertBefore(box, first);
}

async function restoreSharedSnippet() {
  if (!isShareHash(location.hash)) return;
  let snippet;
  try {
    snippet = await decodeShare(location.hash);
  } catch (error) {
    notice(error.message);
    return;
  }
  const all = [...document.querySelectorAll("go-play")];
  const target = all.find((play) => play.snippetId === snippet.id) ?? all[0];
  if (!target) return notice("This page has no playground to show the shared program in.");
  target.restore(snippet);
  target.scrollIntoView({ block: "center" });
  await target.initialize();
}

function start() {
  if (document.documentElement.hasAttribute("data-goplay-enhance")) enhance();
  restoreSharedSnippet();
}

if (!customElements.get("go-play")) {
  customElements.define("go-play", GoPlayElement);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
