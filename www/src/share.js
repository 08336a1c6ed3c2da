// Share links: the snippet's code, Go version, seed and policy, deflated and
// base64url-encoded into the URL fragment, so nothing leaves the reader's browser.

const PREFIX = "#goplay=";

async function transform(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Builds the fragment for {id, code, go, seed, policy}. */
export async function encodeShare(snippet) {
  const json = new TextEncoder().encode(JSON.stringify(snippet));
  return PREFIX + toBase64Url(await transform(json, new CompressionStream("deflate-raw")));
}

/** Whether `hash` is a share fragment at all. */
export function isShareHash(hash) {
  return hash.startsWith(PREFIX);
}

/** Decodes a share fragment; throws an Error with a readable message when malformed. */
export async function decodeShare(hash) {
  let snippet;
  try {
    const bytes = await transform(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    snippet = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new Error("This share link is damaged or incomplete, so the shared program could not be restored.");
  }
  const valid =
    snippet !== null &&
    typeof snippet === "object" &&
    typeof snippet.code === "string" &&
    ["id", "go", "policy"].every((key) => snippet[key] === undefined || typeof snippet[key] === "string") &&
    (snippet.seed === undefined || Number.isSafeInteger(snippet.seed));
  if (!valid) throw new Error("This share link does not describe a Go program, so nothing was restored.");
  return snippet;
}
