//! Whole-program benchmarks: each Go program in benches/programs/ under goplay
//! (in-process, release) beside the same program compiled by real Go.
//!
//!     cargo bench --bench programs [NAME...]
//!
//! Prints a Markdown table for BENCHMARKS.md: best-of-3 times and peak RSS for
//! both, and the ratio: goplay's CPU time (steadier than wall time on a shared
//! machine) beside Go's wall time (which includes starting the process). Real Go runs at GOMAXPROCS=1 (goplay is one thread) when
//! `.venv-go/bin/go` exists (see README); `/usr/bin/time` measures it. goplay
//! runs in-process (its CPU time from /proc/thread-self/schedstat); its peak
//! RSS is read from /proc in a child process that runs only that program.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use goplay::{run, RunConfig};

mod program_list;
use program_list::{bench_args, program_names, programs_dir};

const RUNS: usize = 3;

fn go_tool() -> Option<PathBuf> {
    let go = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.venv-go/bin/go");
    go.exists().then_some(go)
}

fn config() -> RunConfig {
    RunConfig {
        max_steps: u64::MAX,
        procs: 1,
        ..RunConfig::default()
    }
}

/// CPU time this thread has run (Linux), in nanoseconds.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Peak resident set of this process in KiB (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn goplay_time(src: &str) -> (Duration, String) {
    let mut best = Duration::MAX;
    let mut stdout = String::new();
    for _ in 0..RUNS {
        let start = thread_cpu_ns();
        let outcome = run(src, &config());
        best = best.min(Duration::from_nanos(thread_cpu_ns() - start));
        stdout = String::from_utf8_lossy(&outcome.stdout).into_owned();
        if outcome.exit_code != 0 {
            stdout.push_str(&String::from_utf8_lossy(&outcome.stderr));
        }
    }
    (best, stdout)
}

fn goplay_rss(name: &str) -> Option<u64> {
    let out = Command::new(std::env::current_exe().ok()?)
        .args(["--child", name])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Builds with real Go and returns best-of-3 (wall time, peak RSS KiB, stdout).
/// Wall time, because Go finishes some programs faster than the 10 ms grain of
/// the kernel's CPU accounting.
fn go_run(go: &Path, name: &str, src: &str) -> Option<(Duration, u64, String)> {
    let dir = std::env::temp_dir().join(format!("goplay-bench-{name}"));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("prog.go"), src).ok()?;
    std::fs::write(dir.join("go.mod"), "module prog\n\ngo 1.22\n").ok()?;
    let built = Command::new(go)
        .args(["build", "-o", "prog.bin", "."])
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-mod=mod")
        .status()
        .ok()?;
    if !built.success() {
        return None;
    }
    let (mut best, mut rss, mut stdout) = (Duration::MAX, 0, String::new());
    for _ in 0..RUNS {
        let start = Instant::now();
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%M", "./prog.bin"])
            .current_dir(&dir)
            .env("GOMAXPROCS", "1")
            .output()
            .ok()?;
        best = best.min(start.elapsed());
        let err = String::from_utf8_lossy(&out.stderr);
        rss = err.lines().last()?.trim().parse().ok()?;
        stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    Some((best, rss, stdout))
}

fn main() {
    let args = bench_args();
    if let [flag, name] = args.as_slice() {
        if flag == "--child" {
            let src = std::fs::read_to_string(programs_dir().join(format!("{name}.go")))
                .unwrap_or_default();
            run(&src, &config());
            println!("{}", peak_rss_kib().unwrap_or(0));
            return;
        }
    }
    let names = program_names(&args);
    let go = go_tool();
    println!("| program | goplay CPU | goplay peak RSS | Go wall | Go peak RSS | goplay / Go |");
    println!("|---|---:|---:|---:|---:|---:|");
    for name in &names {
        let src =
            std::fs::read_to_string(programs_dir().join(format!("{name}.go"))).unwrap_or_default();
        let (t, out) = goplay_time(&src);
        let rss = goplay_rss(name).map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0));
        let (go_t, go_rss, ratio) = match go.as_deref().and_then(|g| go_run(g, name, &src)) {
            Some((gt, grss, gout)) => {
                if gout != out {
                    let short = |s: &str| s.chars().take(120).collect::<String>();
                    eprintln!(
                        "{name}: outputs differ\n goplay: {:?}\n go:     {:?}",
                        short(&out),
                        short(&gout)
                    );
                }
                (
                    format!("{:.3} s", gt.as_secs_f64()),
                    format!("{:.1} MB", grss as f64 / 1024.0),
                    format!("{:.1}x", t.as_secs_f64() / gt.as_secs_f64()),
                )
            }
            None => ("-".into(), "-".into(), "-".into()),
        };
        println!(
            "| {name} | {:.3} s | {rss} | {go_t} | {go_rss} | {ratio} |",
            t.as_secs_f64()
        );
    }
}
