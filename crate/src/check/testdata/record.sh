#!/bin/bash
# Records what `go build` prints for each errors/*.go into errors/*.out
# (the expectations of check::tests::matches_gc), and what `go vet` prints
# for each vet/*.go into vet/*.out (check::tests::matches_vet). A file may
# choose its language version with a line `//goplay:go 1.21` (default 1.22).
# Usage: record.sh [path/to/go]
set -u
GO=${1:-/work/main/.venv-go/bin/go}
here=$(cd "$(dirname "$0")" && pwd)
record() { # record TOOL-ARGS... < file; prints the tool's output
	f=$1
	shift
	ver=$(sed -n 's|^//goplay:go \(1\.[0-9]*\)$|\1|p' "$f")
	d=$(mktemp -d)
	cp "$f" "$d/prog.go"
	printf 'module prog\n\ngo %s\n' "${ver:-1.22}" >"$d/go.mod"
	(cd "$d" && GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off "$GO" "$@" 2>&1) | grep -v '^# prog'
	rm -rf "$d"
}
for f in "$here"/errors/*.go; do
	record "$f" build -o /dev/null . >"${f%.go}.out"
done
for f in "$here"/vet/*.go; do
	record "$f" vet . >"${f%.go}.out"
done
