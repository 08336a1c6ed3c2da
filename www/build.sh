#!/usr/bin/env bash
# Builds the <go-play> component into www/dist/ (goplay.js, goplay.css, goplay_bg.wasm).
#
# Idempotent and quiet when nothing changed: every step runs only when its inputs are
# newer than its outputs. Needs cargo with the wasm32-unknown-unknown target and
# wasm-bindgen-cli at the version pinned in crate/Cargo.toml (the top-level ./x installs both).
set -euo pipefail

www="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$www")"
profile=release-wasm
wasm="$root/target/wasm32-unknown-unknown/$profile/goplay.wasm"
pkg="$www/pkg"
dist="$www/dist"

say() { printf 'www/build.sh: %s\n' "$*"; }

# npm packages from the committed lockfile (esbuild, binaryen's wasm-opt, CodeMirror).
if [ ! -f "$www/node_modules/.package-lock.json" ] ||
    [ "$www/package-lock.json" -nt "$www/node_modules/.package-lock.json" ]; then
    say "npm ci"
    (cd "$www" && npm ci --silent --no-audit --no-fund)
fi

# cargo decides itself whether anything changed; -q keeps it silent then.
(cd "$root" && cargo build -q --profile "$profile" --target wasm32-unknown-unknown -p goplay --lib)

if [ ! -f "$pkg/goplay_bg.wasm" ] || [ "$wasm" -nt "$pkg/goplay_bg.wasm" ]; then
    say "wasm-bindgen"
    wasm-bindgen --target web --no-typescript --out-dir "$pkg" "$wasm"
    touch "$pkg/goplay_bg.wasm"
fi

mkdir -p "$dist"
if [ ! -f "$dist/goplay_bg.wasm" ] || [ "$pkg/goplay_bg.wasm" -nt "$dist/goplay_bg.wasm" ]; then
    say "wasm-opt -Oz --converge"
    # The features rustc enables by default for wasm32-unknown-unknown. --converge repeats
    # -Oz while it still shrinks (~1 KB gzipped); the custom sections are for tools only.
    # The module defines (not imports) its memory, so it starts zeroed, and Rust never
    # touches its first KB (the stack grows down from 1 MB): -1.5 KB gzipped.
    "$www/node_modules/binaryen/bin/wasm-opt" -Oz --converge \
        --zero-filled-memory --low-memory-unused \
        --strip-producers --strip-target-features \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        "$pkg/goplay_bg.wasm" -o "$dist/goplay_bg.wasm"
fi

# Bundle when any source (or the wasm-bindgen glue) is newer than the bundle.
stale=0
[ -f "$dist/goplay.js" ] || stale=1
if [ "$stale" = 0 ]; then
    newer="$(find "$www/src" "$pkg/goplay.js" "$www/package-lock.json" "$www/build.sh" \
        -newer "$dist/goplay.js" -print -quit)"
    [ -z "$newer" ] || stale=1
fi
if [ "$stale" = 1 ]; then
    say "esbuild"
    "$www/node_modules/.bin/esbuild" "$www/src/goplay.js" --bundle --format=esm \
        --minify --target=es2022 --charset=utf8 --log-level=warning \
        --outfile="$dist/goplay.js"
fi

# The browser benchmark page (bench.html) runs the native benches' own programs.
programs="$root/crate/benches/programs"
if [ ! -f "$www/bench-programs.json" ] || [ -n "$(find "$programs" -newer "$www/bench-programs.json" -print -quit)" ]; then
    say "bench-programs.json"
    node -e '
        const fs = require("fs"), path = require("path");
        const [dir, out] = process.argv.slice(1);
        const names = fs.readdirSync(dir).filter((f) => f.endsWith(".go")).sort();
        const programs = Object.fromEntries(names.map((f) => [f.slice(0, -3), fs.readFileSync(path.join(dir, f), "utf8")]));
        fs.writeFileSync(out, JSON.stringify(programs, null, 1) + "\n");
    ' "$programs" "$www/bench-programs.json"
fi
