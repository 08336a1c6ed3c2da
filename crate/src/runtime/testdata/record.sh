#!/bin/sh
# Records the golden files from real Go (never edit them by hand).
set -e
cd "$(dirname "$0")"
GO=${GO:-/work/main/.venv-go/bin/go}
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off
python3 gen_fmt_cases.py
(cd golden && $GO build -o /tmp/goplay-golden .)
/tmp/goplay-golden fmt < fmt_cases.txt > fmt.golden
/tmp/goplay-golden float > float.golden
/tmp/goplay-golden strconv > strconv.golden
/tmp/goplay-golden time > time.golden
rm -f /tmp/goplay-golden
