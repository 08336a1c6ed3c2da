// Edits survive a reload: each snippet's text is kept in localStorage under a key made of
// the page path and the snippet's id. Storage may be unavailable (privacy modes); then
// edits simply are not kept.

function key(id) {
  return `goplay:${location.pathname}:${id}`;
}

export function loadEdit(id) {
  try {
    return localStorage.getItem(key(id));
  } catch {
    return null;
  }
}

export function saveEdit(id, text) {
  try {
    localStorage.setItem(key(id), text);
  } catch {
    // Quota or privacy settings: the edit stays in the page only.
  }
}

export function forgetEdit(id) {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // Nothing stored.
  }
}
