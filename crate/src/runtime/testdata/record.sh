#!/bin/sh
# Records the golden files from real Go (never edit them by hand).
set -e
cd "$(dirname "$0")"
GO=${GO:-/work/main/.venv-go/bin/go}
export GOTOOLCHAIN=local GOFLAGS=-mod=mod GOPROXY=off
# Local must be UTC named "Local" (TZ unset, /etc/localtime = UTC), as for the corpus.
unset TZ
python3 gen_fmt_cases.py
(cd gen_unicode && $GO run .)
(cd gen_rngcooked && $GO run .)
(cd golden && $GO build -o /tmp/goplay-golden .)
/tmp/goplay-golden fmt < fmt_cases.txt > fmt.golden
/tmp/goplay-golden fmtfuzz > fmt_fuzz.golden
/tmp/goplay-golden float > float.golden
/tmp/goplay-golden strconv > strconv.golden
/tmp/goplay-golden time > time.golden
/tmp/goplay-golden math > math.golden
/tmp/goplay-golden rand > rand.golden
/tmp/goplay-golden unicode > unicode.golden
/tmp/goplay-golden panic > panic.golden
/tmp/goplay-golden print > print.golden
rm -f /tmp/goplay-golden
