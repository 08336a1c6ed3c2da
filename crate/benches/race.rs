//! Cost of race mode: the detector's work for the goroutine benchmarks'
//! event streams (what the VM calls in race mode), per goroutine and per
//! access. Run with `CARGO_PROFILE_RELEASE_PANIC=unwind cargo bench --bench race`
//! (the release profile's `panic = "abort"` cannot link a bench binary).
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
/// (the child reads its captured `i`, main reads and writes a captured `sum`).
fn send_once(interleaved: bool) -> usize {
    let mut d = Detector::new(MAIN);
    let sum = Loc::cell(1);
    let recv = |d: &mut Detector, g: u64| {
        let _ = d.read::<_, ()>(g, Loc::cell(g as u32 + 10), None, || top(1, 5));
        d.chan_handoff(g, MAIN, 1);
        d.exit(g);
        let _ = d.read::<_, ()>(MAIN, sum, None, || top(0, 12));
        let _ = d.write::<_, ()>(MAIN, sum, None, || top(0, 12));
    };
    for g in 2..n() + 2 {
        d.go_start(MAIN, g, top(0, 8));
        if interleaved {
            recv(&mut d, g);
        }
    }
    if !interleaved {
        for g in 2..n() + 2 {
            recv(&mut d, g);
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
        let _ = d.write(g, Loc::elem(addr, g as u32), Some(&out), || frames(1, 10));
        d.release(g, SyncId::WaitGroup(1));
        d.exit(g);
    }
    d.acquire(MAIN, SyncId::WaitGroup(1));
    for g in 2..n() + 2 {
        let _ = d.read(MAIN, Loc::elem(addr, g as u32), Some(&out), || top(0, 14));
    }
    d.races()
}

/// 1,000 goroutines each incrementing a shared counter 100 times under a Mutex,
/// in time slices of 10 increments.
fn mutex_counter() -> usize {
    let mut d = Detector::new(MAIN);
    let count = Loc::global(0);
    let gs = 2..1002u64;
    for g in gs.clone() {
        d.go_start(MAIN, g, top(0, 8));
    }
    for _round in 0..10 {
        for g in gs.clone() {
            for _ in 0..10 {
                d.acquire(g, SyncId::Mutex(1));
                let _ = d.read::<_, ()>(g, count, None, || frames(1, 12));
                let _ = d.write::<_, ()>(g, count, None, || frames(1, 12));
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
            let _ = d.read(MAIN, Loc::elem(addr, i), Some(&xs), || frames(1, 20));
            let _ = d.write(MAIN, Loc::elem(addr, i), Some(&xs), || frames(1, 20));
        }
    }
    d.races()
}

fn time(name: &str, per: f64, unit: &str, f: impl Fn() -> usize) {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        assert_eq!(
            black_box(f()),
            0,
            "{name}: a race-free stream reported a race"
        );
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{name:<40} {:>8.1} ms  {:>7.1} ns/{unit}",
        best * 1e3,
        best * 1e9 / per
    );
}

fn main() {
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
