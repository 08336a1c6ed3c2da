//! The VM state and the scheduler: goroutine slots, run queues per policy,
//! virtual time and timers, channel operations, and how a program ends.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

use super::chan::{Chan, Waiter};
use super::exec::Running;
use super::op::Program;
use super::panic;
use super::procs::Proc;
use super::value::{Cell, Closure, FuncRef, FxMap, Key, Value};
use super::{
    new_cell, Deferred, Defers, Frame, FrameKind, GState, Goid, Goroutine, Status, TraceFrame,
    WaitReason,
};

/// How goroutines are scheduled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Policy {
    /// A model of Go's runtime with `procs` logical processors.
    #[default]
    Go,
    /// A seeded uniform choice among runnable goroutines at every safe point.
    Random,
    /// Strict FIFO, as Go on js/wasm.
    Fifo,
    /// The host picks the goroutine for each step.
    Manual,
}

/// Limits of a run; each ends the program with a plain message.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Statements (safe points) executed before the run is stopped.
    pub max_steps: u64,
    /// Frames per goroutine (Go's 1 GB stack, scaled).
    pub max_depth: usize,
    /// Approximate bytes allocated by the program.
    pub max_alloc: u64,
    /// Go policy: statements per time slice (Go's 10 ms).
    pub time_slice: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 2_000_000_000,
            max_depth: 200_000,
            max_alloc: 1 << 30,
            time_slice: 20_000,
        }
    }
}

/// Events a run keeps: the page's timeline draws the first 400, and the millions of a
/// long run would cost memory and copying. Races are kept beyond it: the page marks each.
pub(crate) const MAX_EVENTS: usize = 10_000;

/// Something that happened, for the host's timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Virtual time (nanoseconds since the start of the run).
    pub time: i64,
    /// Statements executed so far.
    pub step: u64,
    pub goid: Goid,
    pub kind: EventKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    Spawn {
        child: Goid,
        line: u32,
    },
    Block {
        reason: &'static str,
        line: u32,
    },
    Unblock,
    /// A value sent on channel `chan`; `seq` pairs it with its receive.
    Send {
        chan: u32,
        seq: u64,
    },
    Recv {
        chan: u32,
        seq: u64,
    },
    Close {
        chan: u32,
    },
    Exit,
    /// Race mode: the goroutine's access at `line` races with an earlier
    /// access by `prev_goid` at `prev_line`, made at statement `prev_step`
    /// (the two are not ordered by happens-before). Steps count as in every
    /// event: statements executed before the running goroutine's slice began,
    /// so they are exact when the host steps one statement at a time.
    Race {
        line: u32,
        write: bool,
        prev_goid: Goid,
        prev_line: u32,
        prev_write: bool,
        prev_step: u64,
    },
}

/// A piece of output, tagged with its writer and the virtual time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub goid: Goid,
    pub time: i64,
    pub stderr: bool,
    pub text: Vec<u8>,
}

/// A seeded PRNG (splitmix64): small, fast, and the same on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` from the high 32 bits, as Go's `cheaprandn`
    /// (one draw even when `n` is 1, as Go's select shuffle makes).
    pub fn below_go(&mut self, n: u64) -> u64 {
        ((self.next_u64() >> 32) * n.min(u64::from(u32::MAX))) >> 32
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
}

/// What a timer does when it fires.
#[derive(Clone, Debug)]
pub enum TimerAction {
    /// Wake a sleeping goroutine.
    Wake { slot: usize, token: u64 },
    /// Send the current time on a channel without blocking (time.After, Timer.C,
    /// Ticker.C); `period` re-arms a ticker.
    Send {
        chan: Rc<std::cell::RefCell<Chan>>,
        period: i64,
    },
    /// time.AfterFunc: start `f` in its own goroutine.
    Func { f: Value },
}

#[derive(Clone, Debug)]
pub struct Timer {
    pub when: i64,
    pub seq: u64,
    pub action: TimerAction,
}

impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        (self.when, self.seq) == (o.when, o.seq)
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.when, self.seq).cmp(&(o.when, o.seq))
    }
}

/// A processor's goroutines by id, for the host's stepping view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProcQueue {
    pub running: Option<Goid>,
    pub runnext: Option<Goid>,
    pub runq: Vec<Goid>,
}

/// More processors than this are not modelled (they would only sleep).
const MAX_PROCS: usize = 1024;

/// Virtual time a time slice stands for (Go preempts after 10 ms).
const SLICE_NANOS: i64 = 10_000_000;

/// What `exec` reports when it stops running a goroutine.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Stop {
    Budget,
    Blocked,
    Done,
    /// An unrecovered panic: the report must be printed.
    Panicked,
    /// The program is over (os.Exit, fatal error): `Vm::exit` is set.
    Exit,
    /// The scheduler's turn ended and no other started: `run` returns this.
    Ended(Status),
}

/// A goroutine's turn to run: the scheduler's state between quanta. `exec`
/// holds it, so that when a goroutine yields, blocks, finishes or spends its
/// quantum the next one starts without leaving the dispatch loop (leaving and
/// entering `exec` was a fifth of a goroutine switch).
pub(super) struct Turn {
    /// The running goroutine, out of its slot (`Vm::cur_slot`).
    pub g: Option<Box<Goroutine>>,
    pub quantum: u64,
    /// Statements left of the host's budget.
    left: u64,
}

/// The whole machine.
pub struct Vm {
    pub prog: Rc<Program>,
    pub globals: Vec<Rc<Cell>>,
    pub gs: Vec<Option<Box<Goroutine>>>,
    free_slots: Vec<usize>,
    next_goid: Goid,
    pub(super) next_token: u64,
    pub next_cell: u32,
    next_chan: u32,
    pub policy: Policy,
    pub(super) procs: Vec<Proc>,
    pub(super) global_q: VecDeque<usize>,
    /// The processor whose goroutine is running (go policy).
    pub(super) cur_p: usize,
    /// Virtual time in nanoseconds since 2009-11-10 23:00:00 UTC.
    pub clock: i64,
    timers: BinaryHeap<Reverse<Timer>>,
    timer_seq: u64,
    /// Stopped timers (by seq), skipped when they come due.
    pub stopped_timers: crate::types::FastSet<u64>,
    /// Timers that have neither fired nor been stopped (by seq).
    active_timers: crate::types::FastSet<u64>,
    pub rng: Rng,
    /// The go policy's own stream (costs, latencies, steal order), so that
    /// program-visible randomness does not depend on the scheduling model.
    pub(super) sched_rng: Rng,
    /// Machine time (ns) the running goroutine has spent on costly
    /// operations during its quantum (go policy, several processors).
    pub(super) cost: u64,
    /// A costly operation ran: the quantum ends at the next statement.
    pub cut: bool,
    /// The budget left when a quantum was cut.
    pub cut_left: Option<u64>,
    /// The processor a `wakep` woke during the quantum.
    pub(super) woken: Option<usize>,
    /// Writes shown later (go policy, several processors).
    pub(super) held_writes: Vec<super::procs::HeldWrite>,
    /// The whole output, unless a host streams it (`streamed`).
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Output chunks not yet dropped; the first is number `chunks_base` of the run.
    pub chunks: Vec<Chunk>,
    pub chunks_base: usize,
    /// Chunks (of `chunks`) the host has read: writes no longer extend them.
    pub chunks_read: usize,
    /// A host reads the output as it goes and keeps it: `stdout`/`stderr` stay empty and
    /// read chunks are dropped, so a program printing without end holds no memory for it.
    pub streamed: bool,
    pub events: Vec<Event>,
    /// Events that happened, kept or not (see MAX_EVENTS).
    pub events_total: u64,
    pub record_events: bool,
    pub limits: Limits,
    pub steps: u64,
    pub alloc: u64,
    pub exit: Option<i32>,
    /// The host's choices (step, goroutine): with the seed, policy and
    /// processors they determine the run (the schedule record).
    pub choices: Vec<(u64, Goid)>,
    /// Choices to replay (a recorded schedule); consumed front to back.
    pub replay: VecDeque<(u64, Goid)>,
    /// A goroutine the host asked to run next (manual policy, step-goroutine).
    pub forced: Option<Goid>,
    /// Goroutines parked on sync primitives, keyed by the primitive's address.
    pub sync_waiters: FxMap<Key, VecDeque<(usize, u64)>>,
    pub live: usize,
    pub nan_keys: u64,
    /// The goroutine currently executing (for output tagging).
    pub cur_goid: Goid,
    pub go_version_minor: u32,
    /// The slot of the goroutine being executed (it is out of `gs` meanwhile).
    pub cur_slot: usize,
    /// State of sync primitives by address.
    pub sync_state: FxMap<Key, super::natives::SyncState>,
    /// WaitGroups to signal when a goroutine ends (WaitGroup.Go).
    pub on_exit: FxMap<Goid, Key>,
    /// The running goroutine asked to yield (Gosched).
    pub yielded: bool,
    /// A native call's arguments (a buffer kept between calls).
    pub(super) native_args: Vec<Value>,
    /// The next raised panic is runtime.Goexit.
    pub goexit: bool,
    /// math/rand generators (0: the top-level functions', seeded from the run's seed).
    rands: Vec<crate::runtime::rand::Rand>,
    /// Main called runtime.Goexit: the program goes on without it.
    pub main_exited: bool,
    /// The data race detector (race mode only; see race::vm_glue).
    pub race: Option<Box<crate::race::Detector>>,
    /// Instructions dispatched, by function and pc (benches/dispatch.rs).
    #[cfg(feature = "op-counts")]
    pub op_counts: Vec<Vec<u64>>,
}

impl Vm {
    pub fn new(prog: Program, policy: Policy, procs: u32, seed: u64) -> Vm {
        let prog = Rc::new(prog);
        let mut next_cell = 0;
        let globals = prog
            .globals
            .iter()
            .map(|v| new_cell(&mut next_cell, v.deep_copy()))
            .collect();
        let mut vm = Vm {
            prog: prog.clone(),
            globals,
            gs: Vec::new(),
            free_slots: Vec::new(),
            next_goid: 1,
            next_token: 1,
            next_cell,
            next_chan: 0,
            policy,
            procs: vec![Proc::default(); procs.clamp(1, MAX_PROCS as u32) as usize],
            global_q: VecDeque::new(),
            cur_p: 0,
            clock: 0,
            timers: BinaryHeap::new(),
            timer_seq: 0,
            stopped_timers: Default::default(),
            active_timers: Default::default(),
            rng: Rng::new(seed),
            sched_rng: Rng::new(seed.rotate_left(32) ^ 0x05ee_d0f5_c4ed),
            cost: 0,
            cut: false,
            cut_left: None,
            woken: None,
            held_writes: Vec::new(),
            stdout: Vec::new(),
            stderr: Vec::new(),
            chunks: Vec::new(),
            chunks_base: 0,
            chunks_read: 0,
            streamed: false,
            events: Vec::new(),
            events_total: 0,
            record_events: true,
            limits: Limits::default(),
            steps: 0,
            alloc: 0,
            exit: None,
            choices: Vec::new(),
            replay: VecDeque::new(),
            forced: None,
            sync_waiters: Default::default(),
            live: 0,
            nan_keys: 0,
            cur_goid: 1,
            go_version_minor: 22,
            cur_slot: 0,
            sync_state: Default::default(),
            on_exit: Default::default(),
            race: None,
            yielded: false,
            native_args: Vec::new(),
            goexit: false,
            main_exited: false,
            rands: Vec::new(),
            #[cfg(feature = "op-counts")]
            op_counts: Vec::new(),
        };
        let main = Value::Func(Rc::new(Closure::new(FuncRef::Go(prog.entry))));
        vm.spawn(main, Vec::new(), None);
        vm.boot();
        vm
    }

    /// The value of package variable `pkg.Name` (natives returning sentinels).
    pub fn global_value(&self, qualified: &str) -> Value {
        self.prog
            .global_names
            .iter()
            .position(|n| n == qualified)
            .and_then(|i| self.globals.get(i))
            .map(|c| c.v.borrow().clone())
            .unwrap_or_default()
    }

    /// A math/rand generator by index (index 0 is created on first use).
    pub fn rand(&mut self, id: usize) -> &mut crate::runtime::rand::Rand {
        if self.rands.is_empty() {
            let seed = self.rng.next_u64() as i64;
            self.rands.push(crate::runtime::rand::Rand::new(seed));
        }
        let i = if id < self.rands.len() { id } else { 0 };
        &mut self.rands[i]
    }

    /// A new math/rand generator; returns its index.
    pub fn new_rand(&mut self, seed: i64) -> usize {
        self.rand(0);
        self.rands.push(crate::runtime::rand::Rand::new(seed));
        self.rands.len() - 1
    }

    pub fn nprocs(&self) -> usize {
        self.procs.len()
    }

    pub fn func_name(&self, f: u32) -> &str {
        self.prog
            .funcs
            .get(f as usize)
            .map(|p| p.name.as_str())
            .unwrap_or("?")
    }

    /// Starts a goroutine running `f(args)`; returns its id.
    pub fn spawn(&mut self, f: Value, args: Vec<Value>, creator: Option<(Goid, u32, u32)>) -> Goid {
        let goid = self.next_goid;
        // Go 1.27 at GOMAXPROCS=1 gives the first user goroutine id 6
        // (2..5 are runtime goroutines); goplay numbers the same way.
        self.next_goid = if goid == 1 { 6 } else { goid + 1 };
        let go_func = match &f {
            Value::Func(c) => match c.func {
                FuncRef::Go(id) => Some((id, c.clone())),
                FuncRef::Native(_) => None,
            },
            _ => None,
        };
        let mut g = match go_func {
            Some((func, closure)) => {
                // Just the arguments: the other registers come with the
                // first run (`next_turn`), so the many goroutines a loop
                // starts before they get to run hold no more than that.
                let regs = args;
                let closure = closure.has_captures().then_some(closure);
                let frame = Frame {
                    func,
                    pc: 0,
                    base: 0,
                    kind: FrameKind::Normal,
                    closure,
                    defers: Defers::NONE,
                };
                Goroutine::new(goid, regs.into_boxed_slice(), frame)
            }
            None => {
                // A native started with `go` (e.g. `go fmt.Println(x)`), or a
                // nil func with arguments: run it through a trampoline frame.
                let mut regs = Vec::with_capacity(args.len() + 1);
                regs.push(f);
                regs.extend(args);
                let frame = Frame {
                    func: u32::MAX,
                    pc: 0,
                    base: 0,
                    kind: FrameKind::Normal,
                    closure: None,
                    defers: Defers::NONE,
                };
                Goroutine::new(goid, regs.into_boxed_slice(), frame)
            }
        };
        if let Some(c) = creator {
            g.origin = c;
        }
        let slot = match self.free_slots.pop() {
            Some(s) => {
                self.gs[s] = Some(Box::new(g));
                s
            }
            None => {
                self.gs.push(Some(Box::new(g)));
                self.gs.len() - 1
            }
        };
        self.live += 1;
        if creator.is_some() {
            self.newproc();
        }
        if let Some((parent, _, line)) = creator {
            self.event(parent, super::EventKind::Spawn { child: goid, line });
        }
        self.make_ready(slot);
        goid
    }

    pub(crate) fn event(&mut self, goid: Goid, kind: EventKind) {
        if !self.record_events {
            return;
        }
        self.events_total += 1;
        if self.events.len() < MAX_EVENTS || matches!(kind, EventKind::Race { .. }) {
            self.events.push(Event {
                time: self.clock,
                step: self.steps,
                goid,
                kind,
            });
        }
    }

    /// Puts a runnable goroutine where the policy wants it.
    pub(super) fn make_ready(&mut self, slot: usize) {
        if let Some(Some(g)) = self.gs.get_mut(slot) {
            g.state = GState::Runnable;
        }
        match self.policy {
            Policy::Go => self.ready_go(slot),
            _ => self.global_q.push_back(slot),
        }
    }

    /// Parks goroutine `g` (taken out of its slot while it runs).
    pub(super) fn park(&mut self, g: &mut Goroutine, reason: WaitReason) -> u64 {
        g.state = GState::Waiting(reason);
        self.charge(super::procs::PARK_NS);
        let token = self.next_token;
        self.next_token += 1;
        g.wait_token = token;
        if self.record_events {
            let line = current_line(&self.prog, g);
            let reason = reason.text();
            self.event(g.id, EventKind::Block { reason, line });
        }
        token
    }

    /// Wakes a parked goroutine if `token` is still current. Returns the
    /// goroutine so the caller can deliver values into its registers.
    pub(super) fn wake(&mut self, slot: usize, token: u64) -> bool {
        let ok = match self.gs.get_mut(slot) {
            Some(Some(g)) if g.wait_token == token && matches!(g.state, GState::Waiting(_)) => {
                g.wait_token = 0;
                let id = g.id;
                self.event(id, EventKind::Unblock);
                true
            }
            _ => false,
        };
        if ok {
            self.make_ready(slot);
        }
        ok
    }

    pub(super) fn is_waiting(&self, w: &Waiter) -> bool {
        matches!(self.gs.get(w.slot as usize), Some(Some(g)) if g.wait_token == w.token && matches!(g.state, GState::Waiting(_)))
    }

    /// Writes into a parked goroutine's registers.
    pub(super) fn deliver(&mut self, slot: usize, reg: u32, v: Value) {
        if let Some(Some(g)) = self.gs.get_mut(slot) {
            if let Some(r) = g.regs.get_mut(reg as usize) {
                *r = v;
            }
        }
    }

    pub fn new_chan(&mut self, cap: usize, zero: Value) -> Value {
        self.next_chan += 1;
        Value::Chan(Rc::new(std::cell::RefCell::new(Chan::new(
            self.next_chan,
            cap,
            zero,
        ))))
    }

    pub fn add_timer(&mut self, when: i64, action: TimerAction) -> u64 {
        self.timer_seq += 1;
        let seq = self.timer_seq;
        self.timers.push(Reverse(Timer { when, seq, action }));
        self.active_timers.insert(seq);
        if self.policy == Policy::Go {
            // Go's wakeNetPoller: a new timer wakes an idle processor to
            // watch it, which then finds any queued goroutines.
            self.wakep();
        }
        seq
    }

    /// Stops a pending timer; false if it already fired or was stopped.
    pub fn stop_timer(&mut self, id: u64) -> bool {
        if self.active_timers.remove(&id) {
            self.stopped_timers.insert(id);
            true
        } else {
            false
        }
    }

    /// Stops a pending timer and returns what it would have done.
    pub fn take_timer(&mut self, id: u64) -> Option<TimerAction> {
        if !self.stop_timer(id) {
            return None;
        }
        self.timers
            .iter()
            .find(|t| t.0.seq == id)
            .map(|t| t.0.action.clone())
    }

    /// Writes program output, tagged with the running goroutine (the go
    /// policy may hold it back a while: procs.rs).
    pub fn write_out(&mut self, stderr: bool, text: &[u8]) {
        if !self.write_later(stderr, text) {
            self.show(self.cur_goid, stderr, text);
        }
    }

    /// Appends output written by goroutine `goid`.
    pub(super) fn show(&mut self, goid: Goid, stderr: bool, text: &[u8]) {
        if !self.streamed {
            let all = if stderr {
                &mut self.stderr
            } else {
                &mut self.stdout
            };
            all.extend_from_slice(text);
        }
        let time = self.clock;
        let unread = self.chunks.len() > self.chunks_read;
        match self.chunks.last_mut() {
            Some(c) if unread && c.goid == goid && c.time == time && c.stderr == stderr => {
                c.text.extend_from_slice(text)
            }
            _ => self.chunks.push(Chunk {
                goid,
                time,
                stderr,
                text: text.to_vec(),
            }),
        }
    }

    /// Ends the program with a fatal error message (no goroutine dump).
    pub fn fatal(&mut self, msg: &str) {
        let text = format!("fatal error: {msg}\n");
        self.write_out(true, text.as_bytes());
        self.exit = Some(2);
    }

    /// A fatal error thrown by running goroutine `g` (Go's `throw`): the
    /// message and `g`'s trace.
    pub fn fatal_in(&mut self, g: &Goroutine, msg: &str) {
        let mut text = format!("fatal error: {msg}\n\ngoroutine {} [running]:\n", g.id);
        text.push_str(&self.trace_text(g, &stack_trace(&self.prog, g)));
        self.write_out(true, text.as_bytes());
        self.exit = Some(2);
    }

    /// Runs for at most `budget` statements.
    pub fn run(&mut self, budget: u64) -> Status {
        let mut turn = Turn {
            g: None,
            quantum: 0,
            left: budget,
        };
        // `exec` picks the goroutines (`next_turn`) and files them
        // (`end_turn`) itself, so that a goroutine switch does not leave
        // the dispatch loop.
        match self.exec(&mut Running::Turn(&mut turn), &mut 0) {
            Stop::Ended(status) => status,
            // (`exec` ends a turn's every other stop itself.)
            _ => Status::Budget,
        }
    }

    /// Picks the goroutine to run next per policy and takes it out of its
    /// slot into `turn`; `Err` when `run` returns to the host.
    pub(super) fn next_turn(&mut self, turn: &mut Turn) -> Result<(), Status> {
        loop {
            if let Some(code) = self.exit {
                self.settle_writes();
                let code = self.race_finish(code);
                self.exit = Some(code);
                return Err(Status::Exited(code));
            }
            if turn.left == 0 {
                return Err(Status::Budget);
            }
            let Some(slot) = self.pick() else {
                if self.policy == Policy::Manual && self.forced.is_none() && self.any_runnable() {
                    return Err(Status::NeedsChoice);
                }
                self.align_clocks();
                if !self.fire_timers() {
                    self.deadlock();
                }
                continue;
            };
            let quantum = match self.policy {
                Policy::Go => self.quantum_go(turn.left),
                Policy::Random | Policy::Manual => 1,
                Policy::Fifo => self.limits.time_slice.min(turn.left),
            };
            let Some(Some(mut g)) = self.gs.get_mut(slot).map(Option::take) else {
                // Nothing ran; the turn still counts against the budget.
                turn.left = turn.left.saturating_sub(1);
                continue;
            };
            g.state = GState::Running;
            self.cur_goid = g.id;
            self.cur_slot = slot;
            if let [f @ Frame { pc: 0, .. }] = g.frames.as_slice() {
                if let Some(p) = self.prog.funcs.get(f.func as usize) {
                    // A first run: the rest of the register file (see `spawn`).
                    g.grow_regs(p.nregs as usize);
                }
            }
            turn.g = Some(g);
            turn.quantum = quantum;
            return Ok(());
        }
    }

    fn any_runnable(&self) -> bool {
        !self.global_q.is_empty()
    }

    /// Ends the running goroutine's quantum, which stopped as `stop` says
    /// with `budget` left, and files the goroutine.
    pub(super) fn end_turn(&mut self, turn: &mut Turn, stop: Stop, budget: u64) {
        let Some(mut g) = turn.g.take() else {
            return;
        };
        let (slot, quantum) = (self.cur_slot, turn.quantum);
        // A cut quantum (procs.rs) stopped with this much budget left.
        let used = quantum - self.cut_left.take().unwrap_or(budget).min(quantum);
        self.steps += used;
        let goid = g.id;
        if self.policy == Policy::Go {
            self.account_quantum(used);
        }
        match stop {
            Stop::Budget if std::mem::take(&mut self.yielded) => {
                // Gosched: Go puts the goroutine on the global run queue.
                g.state = GState::Runnable;
                self.gs[slot] = Some(g);
                self.release_p();
                self.global_q.push_back(slot);
            }
            Stop::Budget => {
                g.state = GState::Runnable;
                self.gs[slot] = Some(g);
                match self.policy {
                    Policy::Go => {
                        if self.procs[self.cur_p].slice_left == 0 {
                            // Preempted: Go puts it on the global run queue.
                            self.release_p();
                            self.global_q.push_back(slot);
                            self.slice_elapsed();
                        }
                    }
                    Policy::Fifo => {
                        if budget == 0 && used >= self.limits.time_slice {
                            self.global_q.push_back(slot);
                            self.slice_elapsed();
                        } else {
                            self.global_q.push_front(slot);
                        }
                    }
                    Policy::Random | Policy::Manual => self.global_q.push_back(slot),
                }
            }
            Stop::Blocked => {
                self.gs[slot] = Some(g);
                self.release_p();
            }
            Stop::Done => {
                self.race_sync(|d| d.exit(goid));
                if let Some(k) = self.on_exit.remove(&goid) {
                    self.race_release(goid, crate::race::SyncId::WaitGroup, &k);
                    if let Err(v) = super::natives::wg_add_delta(self, k, -1) {
                        let _ = v;
                        self.fatal("sync: negative WaitGroup counter");
                    }
                }
                self.event(goid, EventKind::Exit);
                self.release_p();
                self.free_slots.push(slot);
                self.live -= 1;
                if goid == 1 && !self.main_exited {
                    self.exit = Some(0);
                }
            }
            Stop::Panicked => {
                self.report_panic(&mut g);
                self.exit = Some(2);
                self.gs[slot] = Some(g);
            }
            // (`run` handles `Ended` itself.)
            Stop::Exit | Stop::Ended(_) => {
                self.gs[slot] = Some(g);
            }
        }
        if self.steps > self.limits.max_steps && self.exit.is_none() {
            let msg = format!(
                "goplay: program stopped after {} statements (the run's step limit)\n",
                self.limits.max_steps
            );
            self.write_out(true, msg.as_bytes());
            self.exit = Some(2);
        }
        turn.left = turn.left.saturating_sub(used.max(1));
    }

    /// The next goroutine to run, per policy (None: nothing runnable).
    fn pick(&mut self) -> Option<usize> {
        if self
            .replay
            .front()
            .is_some_and(|&(step, _)| step == self.steps)
        {
            self.forced = self.replay.pop_front().map(|(_, g)| g);
        }
        let want = self.forced.take();
        if let Some(goid) = want {
            let slot = self.slot_of(goid)?;
            if let Some(i) = self.global_q.iter().position(|&s| s == slot) {
                self.global_q.remove(i);
            }
            for p in &mut self.procs {
                if p.runnext == Some(slot) {
                    p.runnext = None;
                }
                if let Some(i) = p.runq.iter().position(|&s| s == slot) {
                    p.runq.remove(i);
                }
                if p.cur == Some(slot) {
                    p.cur = None;
                }
            }
            if !matches!(self.gs.get(slot), Some(Some(g)) if g.state == GState::Runnable) {
                return None;
            }
            if self.policy == Policy::Go {
                // A free processor runs it; a busy one's goroutine waits at
                // the head of its queue.
                let pi = (0..self.procs.len())
                    .find(|&i| self.procs[i].cur.is_none())
                    .unwrap_or(self.cur_p);
                self.cur_p = pi;
                let p = &mut self.procs[pi];
                if let Some(old) = p.cur.replace(slot) {
                    p.runq.push_front(old);
                }
                p.wake_at = None;
                p.slice_left = self.limits.time_slice;
            }
            self.choices.push((self.steps, goid));
            return Some(slot);
        }
        let slot = match self.policy {
            Policy::Go => self.pick_go()?,
            Policy::Fifo => self.global_q.pop_front()?,
            Policy::Random => {
                let n = self.global_q.len() as u64;
                if n == 0 {
                    return None;
                }
                let i = self.rng.below(n) as usize;
                self.global_q.remove(i)?
            }
            Policy::Manual => {
                if self.global_q.len() == 1 {
                    self.global_q.pop_front()?
                } else {
                    return None;
                }
            }
        };
        self.gs.get(slot).and_then(|g| g.as_ref())?;
        Some(slot)
    }

    /// The go policy's processors and the global run queue (every policy's
    /// queue), as goroutine ids.
    pub fn run_queues(&self) -> (Vec<ProcQueue>, Vec<Goid>) {
        let id = |slot: &usize| self.gs.get(*slot).and_then(Option::as_ref).map(|g| g.id);
        let procs = self
            .procs
            .iter()
            .map(|p| ProcQueue {
                running: p.cur.as_ref().and_then(id),
                runnext: p.runnext.as_ref().and_then(id),
                runq: p.runq.iter().filter_map(id).collect(),
            })
            .collect();
        (procs, self.global_q.iter().filter_map(id).collect())
    }

    pub fn slot_of(&self, goid: Goid) -> Option<usize> {
        self.gs
            .iter()
            .position(|g| matches!(g, Some(g) if g.id == goid && g.state != GState::Dead))
    }

    /// A full time slice ran (a busy goroutine): 10 ms of virtual time pass
    /// and timers due by then fire, so sleepers are not starved.
    fn slice_elapsed(&mut self) {
        let until = self.clock + SLICE_NANOS;
        if self.timers.peek().is_some_and(|t| t.0.when <= until) {
            self.fire_timers();
        } else {
            self.clock = until;
        }
    }

    /// Changes the number of processors (runtime.GOMAXPROCS).
    pub fn set_procs(&mut self, n: usize) {
        let n = n.min(MAX_PROCS);
        if n == 0 || n == self.procs.len() || self.policy != Policy::Go {
            return;
        }
        for p in self
            .procs
            .drain(n.min(self.procs.len())..)
            .collect::<Vec<_>>()
        {
            self.global_q.extend(p.runnext);
            self.global_q.extend(p.runq);
            if let Some(c) = p.cur {
                self.global_q.push_back(c);
            }
        }
        let now = self.procs.iter().map(|p| p.now).max().unwrap_or(0);
        self.procs.resize(
            n,
            Proc {
                now,
                ..Proc::default()
            },
        );
        self.cur_p = self.cur_p.min(n - 1);
    }

    /// Advances virtual time to the next timer and fires every timer due.
    /// Returns false when there is no timer.
    fn fire_timers(&mut self) -> bool {
        let Some(Reverse(first)) = self.timers.peek() else {
            return false;
        };
        let now = first.when.max(self.clock);
        self.clock = now;
        let mut fired = false;
        while let Some(Reverse(t)) = self.timers.peek() {
            if t.when > now {
                break;
            }
            let Some(Reverse(t)) = self.timers.pop() else {
                break;
            };
            if self.stopped_timers.remove(&t.seq) {
                continue;
            }
            if !matches!(t.action, TimerAction::Send { period, .. } if period > 0) {
                self.active_timers.remove(&t.seq);
            }
            fired = true;
            match t.action {
                TimerAction::Wake { slot, token } => {
                    self.timer_target(slot);
                    self.wake(slot, token);
                }
                TimerAction::Send { chan, period } => {
                    let tv = super::natives::time_value(self.clock);
                    self.try_send_nonblocking(&chan, tv);
                    if period > 0 {
                        self.timers.push(Reverse(Timer {
                            when: t.when + period,
                            seq: t.seq,
                            action: TimerAction::Send { chan, period },
                        }));
                    }
                }
                TimerAction::Func { f } => {
                    let child = self.spawn(f, Vec::new(), None);
                    self.race_sync(|d| d.timer_go_start(child, t.seq));
                }
            }
        }
        fired || !self.timers.is_empty()
    }

    /// Nothing can run and no timer is pending.
    fn deadlock(&mut self) {
        let mut text = if self.main_exited && self.live == 0 {
            String::from("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
        } else {
            String::from("fatal error: all goroutines are asleep - deadlock!\n")
        };
        let mut ids: Vec<usize> = (0..self.gs.len())
            .filter(|&s| self.gs[s].is_some())
            .collect();
        crate::sort::sort_by_key(&mut ids, |&s| self.gs[s].as_ref().map(|g| g.id));
        for s in ids {
            let Some(g) = &self.gs[s] else { continue };
            if g.state == GState::Dead {
                continue;
            }
            let reason = match &g.state {
                GState::Waiting(r) => r.text(),
                _ => "runnable",
            };
            text.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, reason));
            text.push_str(&self.trace_text(g, &stack_trace(&self.prog, g)));
        }
        self.write_out(true, text.as_bytes());
        self.exit = Some(2);
    }

    /// Frames plus the `created by` line, as Go prints them.
    pub(super) fn trace_text(&self, g: &Goroutine, frames: &[TraceFrame]) -> String {
        let mut s = self.trace_text_frames(frames);
        if let Some((parent, func, line)) = g.created_by() {
            s.push_str(&format!(
                "created by {} in goroutine {}\n\t./prog.go:{}\n",
                self.func_name(func),
                parent,
                line
            ));
        }
        s
    }

    /// Frames as Go prints them.
    pub(super) fn trace_text_frames(&self, frames: &[TraceFrame]) -> String {
        let mut s = String::new();
        for f in frames {
            s.push_str(&format!(
                "{}({})\n\t{}:{}\n",
                f.func,
                if f.args { "..." } else { "" },
                source_file(&f.func),
                f.line
            ));
        }
        s
    }

    /// A channel send that never blocks (timers): dropped when full.
    fn try_send_nonblocking(&mut self, chan: &Rc<std::cell::RefCell<Chan>>, v: Value) {
        let mut c = chan.borrow_mut();
        while let Some(w) = c.recvq.pop_front() {
            if self.is_waiting(&w) {
                drop(c);
                self.complete_recv(&w, v, true);
                return;
            }
        }
        if c.buf.len() < c.cap {
            c.buf.push_back(v);
        }
    }

    /// Hands a value to a parked receiver and wakes it.
    pub(super) fn complete_recv(&mut self, w: &Waiter, v: Value, ok: bool) {
        match w.case {
            Some(case) => {
                self.deliver(w.slot as usize, w.dst, Value::Int(i64::from(case)));
                self.deliver(w.slot as usize, w.dst + 1, v);
                self.deliver(w.slot as usize, w.dst + 2, Value::Bool(ok));
            }
            None => {
                self.deliver(w.slot as usize, w.dst, v);
                if w.want_ok {
                    self.deliver(w.slot as usize, w.dst + 1, Value::Bool(ok));
                }
            }
        }
        self.wake(w.slot as usize, w.token);
    }

    /// Wakes a parked sender whose value was taken (or panics it on close).
    pub(super) fn complete_send(&mut self, w: &Waiter, closed: bool) {
        if let Some(case) = w.case {
            self.deliver(w.slot as usize, w.dst, Value::Int(i64::from(case)));
        }
        if closed {
            // The sender resumes into a `send on closed channel` panic.
            if let Some(Some(g)) = self.gs.get_mut(w.slot as usize) {
                g.push_panic(super::PanicRecord {
                    value: panic::plain_error("send on closed channel"),
                    recovered: false,
                    repanicked: false,
                    defer_depth: usize::MAX,
                    goexit: false,
                });
            }
        }
        self.wake(w.slot as usize, w.token);
    }

    /// Goroutines for the host, in id order.
    pub fn goroutines(&self) -> Vec<&Goroutine> {
        let mut v: Vec<&Goroutine> = self.gs.iter().flatten().map(|g| g.as_ref()).collect();
        crate::sort::sort_by_key(&mut v, |g| g.id);
        v
    }

    pub fn new_cell(&mut self, v: Value) -> Rc<Cell> {
        new_cell(&mut self.next_cell, v)
    }

    pub(super) fn push_defer(g: &mut Goroutine, d: Deferred) {
        if let Some(f) = g.frames.last_mut() {
            f.defers.push(d);
        }
    }
}

/// The line a goroutine is at (the instruction at its pc, or the call it is in).
pub fn current_line(prog: &Program, g: &Goroutine) -> u32 {
    g.frames
        .last()
        .map(|f| frame_line(prog, f, at_safe_point(g)))
        .unwrap_or(0)
}

/// A runnable goroutine was stopped by the budget before the statement at its
/// pc; a running (panicking) or waiting one is past the op it executes.
fn at_safe_point(g: &Goroutine) -> bool {
    g.state == super::GState::Runnable
}

/// Every frame's pc is past the op it executes (the call, for a caller; the
/// panicking or blocking op, for the top frame), except a top frame stopped
/// at a safe point, which reports the statement it will run next.
fn frame_line(prog: &Program, f: &Frame, safe_point: bool) -> u32 {
    let Some(p) = prog.funcs.get(f.func as usize) else {
        return 0;
    };
    let pc = f.pc as usize;
    let pc = if safe_point && p.code.get(pc).is_some_and(super::op::Op::is_safe_point) {
        pc
    } else {
        pc.saturating_sub(1)
    };
    let pc = pc.min(p.lines.len().saturating_sub(1));
    p.lines.get(pc).copied().unwrap_or(0)
}

/// The file a trace shows for function `func`: the program's own, or the
/// library package's under Go's usual GOROOT (`math/rand.Intn` ->
/// `/usr/local/go/src/math/rand/rand.go`).
fn source_file(func: &str) -> String {
    let slash = func.rfind('/').map_or(0, |i| i + 1);
    let pkg = match func[slash..].find('.') {
        Some(i) => &func[..slash + i],
        None => func,
    };
    if pkg == "main" {
        return String::from("./prog.go");
    }
    let last = &pkg[pkg.rfind('/').map_or(0, |i| i + 1)..];
    format!("/usr/local/go/src/{pkg}/{last}.go")
}

/// `go f(x)` runs through a wrapper Go names `<caller>.gowrapN`, numbered
/// per enclosing function in source order; `line` is the go statement's.
pub(super) fn gowrap_name(prog: &Program, caller: u32, line: u32) -> String {
    let Some(p) = prog.funcs.get(caller as usize) else {
        return String::from("main.main.gowrap1");
    };
    let n = p
        .code
        .iter()
        .zip(&p.lines)
        .filter(|(op, l)| matches!(op, super::op::Op::Go(_, _, n) if *n > 0) && **l <= line)
        .count()
        .max(1);
    format!("{}.gowrap{n}", p.name)
}

/// The goroutine's frames, innermost first.
pub fn stack_trace(prog: &Program, g: &Goroutine) -> Vec<TraceFrame> {
    let n = g.frames.len();
    g.frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| {
            prog.funcs
                .get(f.func as usize)
                .is_some_and(|p| !p.name.is_empty())
        })
        .map(|(i, f)| TraceFrame {
            func: prog
                .funcs
                .get(f.func as usize)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            line: frame_line(prog, f, i + 1 == n && at_safe_point(g)),
            args: prog
                .funcs
                .get(f.func as usize)
                .is_some_and(|p| p.nparams > 0),
        })
        .collect()
}
