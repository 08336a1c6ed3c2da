#!/usr/bin/env bash
# Records what real Go (gc) reports for each syntax test program.
#
# For every testdata/NAME.go (or the files given as arguments) this builds the
# file as prog.go of a `go 1.22` module with the Go toolchain and writes gc's
# error lines (without the "# prog" header) to NAME.go.err; a valid program
# gets an empty .err file. The parser tests compare goplay's output with these.
# A first line `// go build FLAGS` adds FLAGS (e.g. -gcflags=-e, all errors).
#
#   GO=/path/to/go crate/src/syntax/testdata/record.sh [files...]
set -euo pipefail
GO=${GO:-/work/main/.venv-go/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'module prog\n\ngo 1.22\n' > "$tmp/go.mod"
if [ $# -eq 0 ]; then set -- "$here"/*.go; fi
for f in "$@"; do
	cp "$f" "$tmp/prog.go"
	flags=$(head -n 1 "$f" | sed -n 's|^// go build \(.*\)$|\1|p')
	# shellcheck disable=SC2086 # flags are words
	(cd "$tmp" && GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off \
		"$GO" build $flags -o /dev/null . 2>&1 || true) | grep -av '^# ' > "$f.err" || true
done
