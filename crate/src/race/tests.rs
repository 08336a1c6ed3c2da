//! Scripted event sequences: every happens-before edge, and the races that
//! remain when one is missing.

use std::rc::Rc;

use super::*;

/// Function `f` is named `main.f{f}` (`main.main` for 0); a pc is its line.
struct Syms;

impl Symbols for Syms {
    fn func_name(&self, func: u32) -> String {
        match func {
            0 => "main.main".to_string(),
            f => format!("main.main.func{f}"),
        }
    }
    fn line(&self, _func: u32, pc: u32, _top: bool) -> u32 {
        pc
    }
}

const MAIN: Goid = 1;
const X: Loc = Loc {
    obj: 1 << TAG_SHIFT,
    slot: 0,
};
const Y: Loc = Loc {
    obj: 1 << TAG_SHIFT,
    slot: 1,
};

/// A run: goroutine g runs function g-1 (main runs main.main).
struct Run {
    d: Detector,
    races: Vec<Race>,
}

fn frame(g: Goid, line: u32) -> [RawFrame; 1] {
    [RawFrame {
        func: (g - 1) as u32,
        pc: line,
    }]
}

impl Run {
    fn new() -> Run {
        Run {
            d: Detector::new(MAIN),
            races: Vec::new(),
        }
    }
    fn go(&mut self, parent: Goid, child: Goid, line: u32) {
        self.d.go_start(parent, child, frame(parent, line));
    }
    fn rd(&mut self, g: Goid, loc: Loc, line: u32) {
        let r = self.d.read(g, loc, None, &mut |s| {
            frame(g, line).into_iter().for_each(s)
        });
        self.races.extend(r);
    }
    fn wr(&mut self, g: Goid, loc: Loc, line: u32) {
        let r = self.d.write(g, loc, None, &mut |s| {
            frame(g, line).into_iter().for_each(s)
        });
        self.races.extend(r);
    }
    fn inc(&mut self, g: Goid, loc: Loc, line: u32) {
        self.rd(g, loc, line);
        self.wr(g, loc, line);
    }
    fn atomic(&mut self, g: Goid, loc: Loc, op: AtomicOp, line: u32) {
        let r = self.d.atomic(g, loc, op, None, &mut |s| {
            frame(g, line).into_iter().for_each(s)
        });
        self.races.extend(r);
    }
    fn lines(&self) -> Vec<(u32, u32)> {
        self.races
            .iter()
            .map(|r| self.d.race_lines(r, &Syms))
            .collect()
    }
}

#[test]
fn unsynchronised_counter_is_reported_in_go_layout() {
    let mut r = Run::new();
    r.go(MAIN, 2, 13);
    r.inc(2, X, 15);
    r.d.exit(2);
    r.go(MAIN, 3, 18);
    r.inc(3, X, 20);
    assert_eq!(r.races.len(), 1, "one report per address");
    let text = r.d.render(&r.races[0], &Syms);
    let want = "==================
WARNING: DATA RACE
Read at 0x00000060a000 by goroutine 3:
  main.main.func2()
      ./prog.go:20 +0x14

Previous write at 0x00000060a000 by goroutine 2:
  main.main.func1()
      ./prog.go:15 +0xf

Goroutine 3 (running) created at:
  main.main()
      ./prog.go:18 +0x12

Goroutine 2 (finished) created at:
  main.main()
      ./prog.go:13 +0xd
==================
";
    assert_eq!(text, want);
    assert_eq!(
        r.d.finish(0),
        (Some("Found 1 data race(s)\n".to_string()), 66)
    );
    assert_eq!(r.d.finish(2), (None, 2), "only a clean exit turns into 66");
}

#[test]
fn main_goroutine_has_no_creation_stack() {
    let mut r = Run::new();
    r.go(MAIN, 2, 10);
    r.wr(2, X, 11);
    r.d.exit(2);
    r.rd(MAIN, X, 17);
    let text = r.d.render(&r.races[0], &Syms);
    assert!(text
        .contains("Read at 0x00000060a000 by main goroutine:\n  main.main()\n      ./prog.go:17"));
    assert!(text.contains(
        "\nGoroutine 2 (finished) created at:\n  main.main()\n      ./prog.go:10 +0xa\n====="
    ));
    assert_eq!(text.matches("created at").count(), 1);
}

#[test]
fn go_statement_orders_parent_before_child_only() {
    let mut r = Run::new();
    r.wr(MAIN, X, 5);
    r.go(MAIN, 2, 6);
    r.rd(2, X, 8);
    assert!(r.races.is_empty(), "parent's write before go is visible");
    r.wr(2, Y, 9);
    r.rd(MAIN, Y, 7);
    assert_eq!(
        r.lines(),
        vec![(7, 9)],
        "child's write is not ordered before the parent"
    );
}

#[test]
fn sleep_and_exit_create_no_edge() {
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.wr(2, X, 4);
    r.d.exit(2);
    // main sleeps (nothing to call), then reads.
    r.rd(MAIN, X, 6);
    assert_eq!(r.lines(), vec![(6, 4)]);
}

#[test]
fn afterfunc_call_happens_before_its_function_only() {
    let mut r = Run::new();
    r.wr(MAIN, X, 3);
    r.d.timer_set(MAIN, 1, None);
    r.wr(MAIN, Y, 5);
    // Reset moves the timer (and what set it) to a new id.
    r.d.timer_set(MAIN, 2, Some(1));
    r.d.timer_go_start(2, 2);
    r.rd(2, X, 8);
    assert!(r.races.is_empty(), "the write before AfterFunc is visible");
    r.rd(2, Y, 9);
    assert!(r.races.is_empty(), "so is one before Reset");
    r.wr(2, X, 10);
    r.rd(MAIN, X, 12);
    assert_eq!(r.lines(), vec![(12, 10)], "no edge back to the caller");
}

#[test]
fn unbuffered_channel_orders_both_ways() {
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.wr(2, X, 4); // before the send
    r.wr(MAIN, Y, 5); // before the receive
    r.d.chan_handoff(2, MAIN, 7);
    r.rd(MAIN, X, 8); // send happens before the receive completes
    r.rd(2, Y, 9); // the receive happens before the send completes
    assert!(r.races.is_empty());
    // Both sides continue concurrently after the rendezvous.
    r.wr(2, X, 10);
    assert_eq!(r.lines(), vec![(10, 8)]);
}

#[test]
fn buffered_channel_orders_send_k_before_recv_k_and_recv_k_before_send_k_plus_cap() {
    // A semaphore of capacity 1: the k-th receive before the (k+1)-th send.
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.go(MAIN, 3, 4);
    r.d.chan_send(2, 9, 1);
    r.wr(2, X, 5);
    r.d.chan_recv(2, 9, 1);
    r.d.chan_send(3, 9, 1);
    r.wr(3, X, 6);
    assert!(r.races.is_empty());
    // Capacity 2: the second send does not wait for the first receive.
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.go(MAIN, 3, 4);
    r.d.chan_send(2, 9, 2);
    r.wr(2, X, 5);
    r.d.chan_recv(2, 9, 2);
    r.d.chan_send(3, 9, 2);
    r.wr(3, X, 6);
    assert_eq!(r.lines(), vec![(6, 5)]);
    // Send before receive: a producer's data is visible to the consumer.
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.wr(2, X, 4);
    r.d.chan_send(2, 9, 3);
    r.wr(2, Y, 5); // after the send: not ordered
    r.d.chan_recv(MAIN, 9, 3);
    r.rd(MAIN, X, 6);
    r.rd(MAIN, Y, 7);
    assert_eq!(r.lines(), vec![(7, 5)]);
}

#[test]
fn close_happens_before_a_receive_that_sees_it() {
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.wr(2, X, 4);
    r.d.chan_close(2, 9);
    r.d.chan_recv_closed(MAIN, 9);
    r.rd(MAIN, X, 6);
    assert!(r.races.is_empty());
}

#[test]
fn mutex_unlock_happens_before_next_lock() {
    let mut r = Run::new();
    let mu = SyncId::Mutex(1);
    for g in 2..6 {
        r.go(MAIN, g, 3);
    }
    for g in 2..6 {
        r.d.acquire(g, mu);
        r.inc(g, X, 10);
        r.d.release(g, mu);
    }
    assert!(r.races.is_empty());
    // One goroutine forgets the lock.
    r.go(MAIN, 6, 3);
    r.inc(6, X, 12);
    assert_eq!(r.lines(), vec![(12, 10)]);
}

#[test]
fn rwmutex_readers_share_and_runlock_happens_before_lock() {
    let mut r = Run::new();
    let (rd, wr) = (SyncId::RwReaders(1), SyncId::RwWriters(1));
    for g in 2..5 {
        r.go(MAIN, g, 3);
    }
    // Writer 2, then readers 3 and 4 concurrently, then writer 2 again.
    r.d.acquire(2, rd);
    r.d.acquire(2, wr);
    r.wr(2, X, 5);
    r.d.release(2, rd);
    for g in [3, 4] {
        r.d.acquire(g, rd);
        r.rd(g, X, 6);
    }
    for g in [3, 4] {
        r.d.release(g, wr);
    }
    r.d.acquire(2, rd);
    r.d.acquire(2, wr);
    r.wr(2, X, 7);
    assert!(r.races.is_empty());
    // Two readers that write under RLock race with each other.
    r.d.release(2, rd);
    for g in [3, 4] {
        r.d.acquire(g, rd);
        r.inc(g, Y, 8);
    }
    assert_eq!(r.lines(), vec![(8, 8)]);
}

#[test]
fn waitgroup_done_happens_before_wait_returns() {
    let mut r = Run::new();
    let wg = SyncId::WaitGroup(1);
    for g in 2..5 {
        r.go(MAIN, g, 3);
    }
    for g in 2..5 {
        r.wr(g, Loc::global(g as u32), 4);
        r.d.release(g, wg);
        r.d.exit(g);
    }
    r.d.acquire(MAIN, wg);
    for g in 2..5 {
        r.rd(MAIN, Loc::global(g as u32), 6);
    }
    assert!(r.races.is_empty());
}

#[test]
fn once_orders_the_function_before_every_do() {
    let mut r = Run::new();
    let once = SyncId::Once(1);
    r.go(MAIN, 2, 3);
    r.go(MAIN, 3, 3);
    r.wr(2, X, 5);
    r.d.release(2, once);
    r.d.acquire(3, once);
    r.rd(3, X, 6);
    assert!(r.races.is_empty());
}

#[test]
fn atomics_order_each_other_and_race_with_plain_accesses() {
    let mut r = Run::new();
    for g in 2..5 {
        r.go(MAIN, g, 3);
        r.atomic(g, X, AtomicOp::Add, 4);
    }
    r.atomic(MAIN, X, AtomicOp::Load, 5);
    assert!(r.races.is_empty());
    // Publication through an atomic flag.
    r.wr(2, Y, 6);
    r.atomic(2, Loc::global(7), AtomicOp::Store, 7);
    r.atomic(3, Loc::global(7), AtomicOp::Load, 8);
    r.rd(3, Y, 9);
    assert!(r.races.is_empty());
    // A plain write racing with an atomic add.
    r.go(MAIN, 5, 3);
    r.atomic(5, Loc::global(9), AtomicOp::Add, 10);
    r.d.exit(5);
    r.wr(MAIN, Loc::global(9), 11);
    assert_eq!(r.lines(), vec![(11, 10)]);
    let text = r.d.render(&r.races[0], &Syms);
    assert!(text.contains(
        "Previous write at 0x00000060a048 by goroutine 5:\n  sync/atomic.AddInt64()\n      /usr/local/go/src/runtime/race_amd64.s:289 +0x0\n  sync/atomic.AddInt64()\n      <autogenerated>:1 +0x0\n\n"
    ));
}

#[test]
fn concurrent_reads_are_shared_then_a_write_races_with_them() {
    let mut r = Run::new();
    r.wr(MAIN, X, 2);
    for g in 2..5 {
        r.go(MAIN, g, 3);
        r.rd(g, X, 4);
    }
    assert!(r.races.is_empty(), "reads never race with reads");
    r.d.exit(3);
    r.wr(MAIN, X, 6);
    assert_eq!(r.races.len(), 1);
    assert!(!r.races[0].prev.write && r.races[0].cur.write);
    assert_eq!(r.lines(), vec![(6, 4)]);
    // After every reader is joined, a write is clean.
    let mut r = Run::new();
    let wg = SyncId::WaitGroup(1);
    for g in 2..5 {
        r.go(MAIN, g, 3);
        r.rd(g, X, 4);
        r.d.release(g, wg);
    }
    r.d.acquire(MAIN, wg);
    r.wr(MAIN, X, 6);
    assert!(r.races.is_empty());
}

#[test]
fn each_pair_of_sites_and_each_address_is_reported_once() {
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    r.wr(2, X, 4);
    r.wr(2, Y, 4);
    for _ in 0..3 {
        r.rd(MAIN, X, 6);
        r.wr(MAIN, X, 7);
    }
    r.rd(MAIN, Y, 8);
    // X once (its write is suppressed by address), Y at another site once.
    assert_eq!(r.lines(), vec![(6, 4), (8, 4)]);
    assert_eq!(r.d.races(), 2);
}

#[test]
fn map_lookups_show_runtime_frames_only() {
    let mut r = Run::new();
    let m = Rc::new(7u8);
    let header = Loc::map_header(Rc::as_ptr(&m) as usize);
    r.go(MAIN, 2, 10);
    let w = r.d.runtime_access(
        2,
        header,
        true,
        Origin::MapAssign { str_key: true },
        Some(&m),
        &mut |s| frame(2, 11).into_iter().for_each(s),
    );
    assert!(w.is_none());
    let race =
        r.d.runtime_access(
            MAIN,
            header,
            false,
            Origin::MapAccess1 { str_key: true },
            Some(&m),
            &mut |s| frame(MAIN, 14).into_iter().for_each(s),
        )
        .expect("race");
    let text = r.d.render(&race, &Syms);
    assert!(text.contains(" by main goroutine:\n  runtime.mapaccess2_faststr()\n      /usr/local/go/src/internal/runtime/maps/runtime_faststr.go:120 +0x0\n  runtime.mapaccess1_faststr()\n      /usr/local/go/src/internal/runtime/maps/runtime_faststr.go:115 +0x0\n\nPrevious write"));
    assert!(text.contains("  runtime.mapassign_faststr()\n      /usr/local/go/src/internal/runtime/maps/runtime_faststr.go:261 +0x0\n  main.main.func1()\n      ./prog.go:11 +0xb\n"));
}

#[test]
fn deep_stacks_are_interned_per_goroutine() {
    let mut r = Run::new();
    r.go(MAIN, 2, 3);
    let stack = |line| {
        [
            RawFrame { func: 1, pc: 30 },
            RawFrame { func: 5, pc: 40 },
            RawFrame { func: 6, pc: line },
        ]
    };
    let none =
        r.d.write(2, X, None, &mut |s| stack(50).into_iter().for_each(s));
    assert!(none.is_none());
    let race =
        r.d.read(MAIN, X, None, &mut |s| {
            frame(MAIN, 8).into_iter().for_each(s)
        })
        .expect("race");
    let text = r.d.render(&race, &Syms);
    assert!(text.contains(
        "Previous write at 0x00000060a000 by goroutine 2:\n  main.main.func6()\n      ./prog.go:50 +0x32\n  main.main.func5()\n      ./prog.go:40 +0x28\n  main.main.func1()\n      ./prog.go:30 +0x1e\n\n"
    ));
}

#[test]
fn unknown_goroutines_and_huge_ids_are_ignored() {
    let mut d = Detector::new(MAIN);
    assert!(d
        .write(99, X, None, &mut |s| frame(1, 1).into_iter().for_each(s))
        .is_none());
    d.go_start(MAIN, u64::MAX, frame(1, 2));
    d.acquire(u64::MAX, SyncId::Mutex(0));
    d.release(u64::MAX, SyncId::Mutex(0));
    d.chan_send(MAIN, 1, 0);
    d.chan_recv(MAIN, 1, 0);
    assert!(d
        .read(u64::MAX, X, None, &mut |s| frame(1, 1)
            .into_iter()
            .for_each(s))
        .is_none());
    assert_eq!(d.races(), 0);
}

#[test]
fn pinned_objects_keep_their_address() {
    let mut d = Detector::new(MAIN);
    let a = Rc::new([0u64; 4]);
    let addr = Rc::as_ptr(&a) as *const u8 as usize;
    assert!(d
        .write(MAIN, Loc::elem(addr, 1), Some(&a), &mut |s| frame(1, 1)
            .into_iter()
            .for_each(s))
        .is_none());
    drop(a);
    // The allocation is still held, so a new object gets another address.
    let b = Rc::new([0u64; 4]);
    assert_ne!(Rc::as_ptr(&b) as *const u8 as usize, addr);
}

#[test]
fn dropped_objects_are_swept() {
    let mut d = Detector::new(MAIN);
    d.go_start(MAIN, 2, frame(1, 1));
    for _ in 0..10_000 {
        let a = Rc::new([0u64; 2]);
        let addr = Rc::as_ptr(&a) as *const u8 as usize;
        // Unordered writes by two goroutines, but to a new object each time
        // from the goroutine that made it: never a race.
        assert!(d
            .write(MAIN, Loc::elem(addr, 0), Some(&a), &mut |s| frame(1, 2)
                .into_iter()
                .for_each(s))
            .is_none());
    }
    assert!(
        d.shadow.pins.len() < 10_000 && d.shadow.chunks.len() < 10_000,
        "dead objects were swept"
    );
    let b = Rc::new([0u64; 2]);
    let addr = Rc::as_ptr(&b) as *const u8 as usize;
    assert!(d
        .write(2, Loc::elem(addr, 0), Some(&b), &mut |s| frame(2, 3)
            .into_iter()
            .for_each(s))
        .is_none());
}

#[test]
fn dead_cells_give_back_their_shadow_slots() {
    let mut d = Detector::new(MAIN);
    d.go_start(MAIN, 2, frame(1, 1));
    let mut next_id = 0;
    let kept = crate::vm::new_cell(&mut next_id, crate::vm::value::Value::Nil);
    let kept_loc = Loc::cell(kept.id);
    assert!(d
        .write(MAIN, kept_loc, Some(&kept), &mut |s| frame(1, 2)
            .into_iter()
            .for_each(s))
        .is_none());
    for _ in 0..10_000 {
        let c = crate::vm::new_cell(&mut next_id, crate::vm::value::Value::Nil);
        assert!(d
            .write(MAIN, Loc::cell(c.id), Some(&c), &mut |s| frame(1, 3)
                .into_iter()
                .for_each(s))
            .is_none());
    }
    assert!(d.cells.slots.len() < 10_000, "dead cells were swept");
    // The live cell kept its state through the sweeps.
    assert!(d
        .write(2, kept_loc, Some(&kept), &mut |s| frame(2, 4)
            .into_iter()
            .for_each(s))
        .is_some());
}

#[test]
fn a_stopped_timer_leaves_no_clock() {
    let mut d = Detector::new(MAIN);
    d.timer_set(MAIN, 1, None);
    d.timer_stop(1);
    assert!(d.syncs.is_empty());
}

#[test]
fn a_cells_shadow_slot_costs_normal_mode_nothing() {
    // The slot fits in the padding after the cell's id.
    assert!(std::mem::size_of::<crate::vm::value::Cell>() <= 48);
}
