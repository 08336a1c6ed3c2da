//! Cost of race mode. First whole programs through the VM, normal mode
//! against race mode (the overhead figure); then the detector alone on the
//! event streams those programs produce, per goroutine and per access. All
//! figures are CPU time of the bench thread, best of three. Run with
//! `cargo bench -p goplay --bench race`.
//! `RACE_N=25000` changes the goroutine count, to check that costs stay linear.
//!
//! The streams are those of issue 5's benchmarks: 100,000 goroutines that
//! each send once on an unbuffered channel while main sums (spawned all at
//! once, as the `go` policy's runnext does, and interleaved), the WaitGroup
//! variant writing one slice element each, a mutex-protected counter, and a
//! tight loop over a slice (the per-access fast path).

use std::hint::black_box;
use std::rc::Rc;
use std::time::Instant;

use goplay::race::{Detector, Loc, RawFrame, SyncId};
use goplay::vm::{new_cell, Value};
use goplay::RunConfig;

/// Issue 5's goroutine benchmarks and a contended Mutex.
const PROGRAMS: [(&str, &str); 3] = [
    (
        "100k goroutines send once, main sums",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tfor i := 0; i < 100000; i++ {\n\t\tgo func() { ch <- i }()\n\t}\n\tsum := 0\n\tfor i := 0; i < 100000; i++ {\n\t\tsum += <-ch\n\t}\n\tfmt.Println(sum)\n}\n",
    ),
    (
        "100k goroutines WaitGroup, out[i]",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tout := make([]int, 100000)\n\tfor i := 0; i < 100000; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tout[i] = i * 2\n\t\t}()\n\t}\n\twg.Wait()\n\tsum := 0\n\tfor _, v := range out {\n\t\tsum += v\n\t}\n\tfmt.Println(sum)\n}\n",
    ),
    (
        "1000 goroutines x 100 Mutex increments",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tcount := 0\n\tfor g := 0; g < 1000; g++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < 100; i++ {\n\t\t\t\tmu.Lock()\n\t\t\t\tcount++\n\t\t\t\tmu.Unlock()\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(count)\n}\n",
    ),
];

/// This thread's CPU time in seconds (Linux's schedstat; wall-clock time
/// elsewhere): the machine is shared, so wall-clock figures swing with the
/// load, CPU time much less.
fn cpu_seconds(start: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| start.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

/// The CPU time `f` takes, in seconds.
fn cpu_time(f: impl FnOnce()) -> f64 {
    let origin = Instant::now();
    let t0 = cpu_seconds(origin);
    f();
    cpu_seconds(origin) - t0
}

/// Best of three runs of `src`, in CPU seconds.
fn run_best(src: &str, race: bool) -> f64 {
    let config = RunConfig {
        race,
        ..RunConfig::default()
    };
    (0..3)
        .map(|_| {
            cpu_time(|| {
                let out = goplay::run(src, &config);
                assert_eq!(out.exit_code, 0, "{}", String::from_utf8_lossy(&out.stderr));
            })
        })
        .fold(f64::MAX, f64::min)
}

thread_local! {
    /// Goroutines per benchmark (RACE_N overrides 100,000, to check scaling).
    static N_CELL: u64 = std::env::var("RACE_N").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000);
}

fn n() -> u64 {
    N_CELL.with(|n| *n)
}

const MAIN: u64 = 1;

fn frames(func: u32, pc: u32) -> [RawFrame; 2] {
    [RawFrame { func: 0, pc: 9 }, RawFrame { func, pc }]
}

fn top(func: u32, pc: u32) -> [RawFrame; 1] {
    [RawFrame { func, pc }]
}

/// main: `for i := range N { go func() { ch <- i }() }; for range N { sum += <-ch }`
/// (the child reads its captured `i`, a heap cell that dies with it; main
/// reads and writes a captured `sum`).
fn send_once(interleaved: bool) -> usize {
    let mut d = Detector::new(MAIN);
    let mut ids = 0;
    let sum = new_cell(&mut ids, Value::Nil);
    let recv = |d: &mut Detector, g: u64, ids: &mut u32| {
        let i = new_cell(ids, Value::Nil);
        let _ = d.read(g, Loc::cell(i.id), Some(&i), &mut |s| {
            top(1, 5).into_iter().for_each(s)
        });
        d.chan_handoff(g, MAIN, 1);
        d.exit(g);
        let _ = d.read(MAIN, Loc::cell(sum.id), Some(&sum), &mut |s| {
            top(0, 12).into_iter().for_each(s)
        });
        let _ = d.write(MAIN, Loc::cell(sum.id), Some(&sum), &mut |s| {
            top(0, 12).into_iter().for_each(s)
        });
    };
    for g in 2..n() + 2 {
        d.go_start(MAIN, g, top(0, 8));
        if interleaved {
            recv(&mut d, g, &mut ids);
        }
    }
    if !interleaved {
        for g in 2..n() + 2 {
            recv(&mut d, g, &mut ids);
        }
    }
    d.races()
}

/// `wg.Add(N); for i := range N { go func() { defer wg.Done(); out[i] = i }() }; wg.Wait()`
fn waitgroup() -> usize {
    let mut d = Detector::new(MAIN);
    let out = Rc::new(vec![0u64; n() as usize]);
    let addr = Rc::as_ptr(&out) as *const u8 as usize;
    for g in 2..n() + 2 {
        d.go_start(MAIN, g, top(0, 8));
    }
    for g in 2..n() + 2 {
        let _ = d.write(g, Loc::elem(addr, g as u32), Some(&out), &mut |s| {
            frames(1, 10).into_iter().for_each(s)
        });
        d.release(g, SyncId::WaitGroup(1));
        d.exit(g);
    }
    d.acquire(MAIN, SyncId::WaitGroup(1));
    for g in 2..n() + 2 {
        let _ = d.read(MAIN, Loc::elem(addr, g as u32), Some(&out), &mut |s| {
            top(0, 14).into_iter().for_each(s)
        });
    }
    d.races()
}

/// 1,000 goroutines each incrementing a shared counter 100 times under a Mutex,
/// in time slices of 10 increments.
fn mutex_counter() -> usize {
    let mut d = Detector::new(MAIN);
    let cell = new_cell(&mut 0, Value::Nil);
    let count = Loc::cell(cell.id);
    let gs = 2..1002u64;
    for g in gs.clone() {
        d.go_start(MAIN, g, top(0, 8));
    }
    for _round in 0..10 {
        for g in gs.clone() {
            for _ in 0..10 {
                d.acquire(g, SyncId::Mutex(1));
                let _ = d.read(g, count, Some(&cell), &mut |s| {
                    frames(1, 12).into_iter().for_each(s)
                });
                let _ = d.write(g, count, Some(&cell), &mut |s| {
                    frames(1, 12).into_iter().for_each(s)
                });
                d.release(g, SyncId::Mutex(1));
            }
        }
    }
    d.races()
}

/// One goroutine: `for i := range xs { xs[i] += i }` over 1,000 elements, 1,000 times.
fn slice_loop() -> usize {
    let mut d = Detector::new(MAIN);
    let xs = Rc::new(vec![0u64; 1000]);
    let addr = Rc::as_ptr(&xs) as *const u8 as usize;
    for _ in 0..1000 {
        for i in 0..1000u32 {
            let _ = d.read(MAIN, Loc::elem(addr, i), Some(&xs), &mut |s| {
                frames(1, 20).into_iter().for_each(s)
            });
            let _ = d.write(MAIN, Loc::elem(addr, i), Some(&xs), &mut |s| {
                frames(1, 20).into_iter().for_each(s)
            });
        }
    }
    d.races()
}

fn time(name: &str, per: f64, unit: &str, f: impl Fn() -> usize) {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = cpu_time(|| {
            assert_eq!(
                black_box(f()),
                0,
                "{name}: a race-free stream reported a race"
            );
        });
        best = best.min(t);
    }
    println!(
        "{name:<40} {:>8.1} ms  {:>7.1} ns/{unit}",
        best * 1e3,
        best * 1e9 / per
    );
}

fn main() {
    for (name, src) in PROGRAMS {
        let (normal, race) = (run_best(src, false), run_best(src, true));
        println!(
            "{name:<40} normal {:>7.1} ms  race {:>7.1} ms  x{:.2}",
            normal * 1e3,
            race * 1e3,
            race / normal
        );
    }
    time(
        "100k goroutines, send once (all spawned)",
        n() as f64,
        "goroutine",
        || send_once(false),
    );
    time(
        "100k goroutines, send once (interleaved)",
        n() as f64,
        "goroutine",
        || send_once(true),
    );
    time(
        "100k goroutines, WaitGroup + out[i]",
        n() as f64,
        "goroutine",
        waitgroup,
    );
    time(
        "1000 goroutines x 100 Mutex increments",
        100_000.0,
        "increment",
        mutex_counter,
    );
    time("1e6 slice element read+write", 2e6, "access", slice_loop);
}
