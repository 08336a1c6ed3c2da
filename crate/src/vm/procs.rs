//! The go policy: Go's scheduler in miniature.
//!
//! Each processor (Go's P) has a `runnext` slot and a FIFO run queue. A
//! goroutine made ready (created, or woken by a channel or lock) takes the
//! current processor's `runnext` and the old occupant moves to the tail of
//! the queue; a processor looks in `runnext`, its queue, the global queue
//! (first, every 61st time), then steals half of another's queue (running
//! the last goroutine it took, as `runqsteal` does) and, as a last resort and
//! only after backing off, another's `runnext`. Making work ready wakes one
//! idle processor (`wakep`), which starts looking some microseconds later.
//!
//! With one processor that is all, and runs are exactly Go's at
//! GOMAXPROCS=1. With several, each processor has a clock of machine time:
//! statements and the runtime's costly operations (go statements, writes to
//! stdout, parking, switching, waking a thread) advance it by about what
//! they take in the real runtime, and the processor furthest behind runs
//! next, so the processors' instruction streams interleave as their costs
//! say. A thread's first goroutine is slow (a cold thread), and a woken
//! thread sometimes preempts its waker's thread instead of running on a
//! CPU of its own (the machine is shared), though never inside a burst of
//! go statements: that is where real Go's rarer orders come from. The seed jitters every cost and latency, which is
//! where different runs get different orders; the constants below were
//! tuned on the corpus' nondeterministic programs against real Go's
//! GOMAXPROCS=2 distributions and timings taken inside real Go runs.

use std::collections::VecDeque;

use super::{GState, Goid, Vm};

/// Output a cold thread is still formatting: it shows at machine time `at`.
#[derive(Clone, Debug)]
pub(super) struct HeldWrite {
    at: u64,
    goid: Goid,
    stderr: bool,
    text: Vec<u8>,
}

/// A logical processor of the go policy.
#[derive(Clone, Debug, Default)]
pub(super) struct Proc {
    pub runnext: Option<usize>,
    pub runq: VecDeque<usize>,
    /// The goroutine it runs.
    pub cur: Option<usize>,
    /// Statements left in the running goroutine's time slice.
    pub slice_left: u64,
    /// Goroutines it has started (every 61st looks at the global queue first).
    pub schedtick: u64,
    /// Machine time (ns) its instruction stream has reached (several
    /// processors only).
    pub now: u64,
    /// Without a goroutine: when it next looks for work (None: its thread
    /// sleeps until a `wakep`).
    pub wake_at: Option<u64>,
    /// Woken by `wakep` and looking for work (Go's spinning M): no other
    /// processor is woken meanwhile.
    pub spinning: bool,
    /// Looks a spinning processor has left before it goes back to sleep.
    pub spins: u8,
    /// Backing off before stealing this goroutine from another's `runnext`.
    pub steal_next: Option<usize>,
    /// Its thread has run a goroutine besides main (its cold start is paid).
    pub warm: bool,
    /// Its thread has written output (fmt's first use is paid).
    pub wrote: bool,
    /// Woken onto the CPU of this processor's thread, which it holds.
    pub holds: Option<usize>,
    /// Its CPU is taken by a woken thread from the first machine time to
    /// the second (moved earlier when that thread sleeps).
    pub held: Option<(u64, u64)>,
}

/// Machine-time costs in nanoseconds (each jittered by the seed to 50..150%).
mod cost {
    /// A statement.
    pub const STMT: u64 = 10;
    /// Switching to a goroutine and starting it.
    pub const SCHED: u64 = 300;
    /// A goroutine's first run, a thread's first goroutine, and a thread's
    /// first print, whose text shows only once it is formatted (real Go at
    /// GOMAXPROCS=2, timed: a thread's first goroutine starts some 6-15 us
    /// after it is picked and its first Println takes about 20 us; later
    /// ones 1.5 us).
    pub const COLD: u64 = 1_000;
    pub const FIRST: u64 = 6_000;
    pub const FIRST_WRITE: u64 = 18_000;
    /// Waking an idle thread: the waker's futex call.
    pub const WAKEP: u64 = 1_000;
    /// How long the woken thread takes to run: WAKE_MIN + uniform(WAKE_SPREAD),
    /// or in EARLY_PERMILLE of wake-ups (its CPU was still awake) EARLY_MIN +
    /// uniform(EARLY_SPREAD).
    pub const WAKE_MIN: u64 = 35_000;
    pub const WAKE_SPREAD: u64 = 50_000;
    pub const EARLY_PERMILLE: u64 = 120;
    pub const EARLY_MIN: u64 = 2_000;
    pub const EARLY_SPREAD: u64 = 2_500;
    /// Per mille of wake-ups where the other CPU is busy (the machine is
    /// shared) and the woken thread preempts its waker on the waker's CPU:
    /// it runs after TAKE_LATENCY and the waker's processor stands still
    /// until the woken thread sleeps, or for at most HOLD. (Timed in real
    /// Go: in the runs where the lesson's goroutines print 1, 2, 3, main's
    /// thread stops for some 80 us while the woken thread runs 1 and 2.)
    pub const TAKE_PERMILLE: u64 = 200;
    pub const TAKE_LATENCY: u64 = 3_000;
    pub const HOLD: u64 = 1_000_000;
    /// The preempted thread getting its CPU back.
    pub const RESUME: u64 = 5_000;
    /// A thread switch lands at least this long after the thread's last go
    /// statement: a loop of go statements takes well under a microsecond in
    /// Go, and no run of the lesson's Go 1.21 loop trap (1000 at
    /// GOMAXPROCS=2) showed a goroutine reading the loop variable between
    /// two of them, except right after the first (the one that woke the
    /// other thread).
    pub const BURST_GAP: u64 = 1_000;
    /// A spinning thread's pause between looks for work, and its looks.
    pub const SPIN: u64 = 1_000;
    pub const SPINS: u8 = 3;
    /// `runqgrab`'s `usleep(3)` before stealing a running processor's
    /// `runnext` (Linux's timer slack makes it longer).
    pub const BACKOFF: u64 = 50_000;
}

/// A go statement (newproc), in ns of machine time.
const SPAWN_NS: u64 = 400;
/// A write to stdout or stderr (a syscall).
const WRITE_NS: u64 = 1_500;
/// Parking a goroutine and entering the scheduler.
pub(super) const PARK_NS: u64 = 200;

/// A goroutine that has not run yet.
fn fresh(g: &super::Goroutine) -> bool {
    matches!(g.frames.as_slice(), [f] if f.pc == 0)
}

/// What a processor looking for work found.
enum Found {
    Run(usize),
    /// Only another running processor's `runnext`: back off, then retry.
    Backoff(usize),
    Nothing,
}

impl Vm {
    /// Several processors interleave by machine time.
    fn timed(&self) -> bool {
        self.procs.len() > 1
    }

    fn jitter(&mut self, ns: u64) -> u64 {
        ns / 2 + self.sched_rng.below(ns + 1)
    }

    /// The running goroutine did something costing about `ns` of machine
    /// time: its processor's clock advances by that after the quantum, which
    /// ends at the next statement so the other processors catch up first.
    pub(super) fn charge(&mut self, ns: u64) {
        if self.timed() && self.policy == super::Policy::Go {
            let ns = self.jitter(ns);
            self.cost += ns;
            self.cut = true;
        }
    }

    /// The running goroutine's processor's current machine time.
    fn time_now(&self) -> u64 {
        self.procs[self.cur_p].now + self.cost
    }

    /// A go statement: its cost, and a pending takeover of this processor's
    /// CPU waits until the burst of go statements is over.
    pub(super) fn newproc(&mut self) {
        self.charge(SPAWN_NS);
        if !self.timed() {
            return;
        }
        let earliest = self.time_now() + cost::BURST_GAP;
        if let Some((from, until)) = self.procs[self.cur_p].held.as_mut() {
            let late = earliest.saturating_sub(*from);
            *from += late;
            *until += late;
        }
    }

    /// Go's `ready`/`newproc`: into the current processor's `runnext`,
    /// kicking the old occupant to the tail of its queue; then `wakep`.
    pub(super) fn ready_go(&mut self, slot: usize) {
        let pi = self.cur_p.min(self.procs.len() - 1);
        let p = &mut self.procs[pi];
        if let Some(old) = p.runnext.replace(slot) {
            p.runq.push_back(old);
        }
        if p.cur.is_none() && p.wake_at.is_none() {
            // Work landed on an idle processor (a timer fired): it looks now.
            p.wake_at = Some(p.now);
        }
        self.wakep();
    }

    /// Go's `wakep`: unless a thread is already spinning, wake an idle
    /// processor, which looks for work after the thread's wake-up latency.
    pub(super) fn wakep(&mut self) {
        if !self.timed() || self.procs.iter().any(|p| p.spinning) {
            return;
        }
        let Some(i) = self.procs.iter().position(|p| {
            p.cur.is_none() && p.wake_at.is_none() && p.runnext.is_none() && p.runq.is_empty()
        }) else {
            return;
        };
        let w = self.cur_p;
        let take = self.procs[w].cur.is_some()
            && self.procs[w].holds.is_none()
            && self.sched_rng.below(1000) < cost::TAKE_PERMILLE;
        let latency = if take {
            self.jitter(cost::TAKE_LATENCY)
        } else if self.sched_rng.below(1000) < cost::EARLY_PERMILLE {
            cost::EARLY_MIN + self.sched_rng.below(cost::EARLY_SPREAD)
        } else {
            cost::WAKE_MIN + self.sched_rng.below(cost::WAKE_SPREAD)
        };
        let at = self.time_now() + latency;
        self.charge(cost::WAKEP);
        let p = &mut self.procs[i];
        p.spinning = true;
        p.spins = cost::SPINS;
        p.wake_at = Some(at);
        p.steal_next = None;
        p.holds = None;
        if take {
            let hold = self.jitter(cost::HOLD);
            self.procs[i].holds = Some(w);
            self.procs[w].held = Some((at, at + hold));
        }
        self.woken = Some(i);
    }

    /// The running goroutine stopped (blocked, finished, yielded): its
    /// processor looks for other work right away.
    pub(super) fn release_p(&mut self) {
        if self.policy == super::Policy::Go {
            let p = &mut self.procs[self.cur_p];
            p.cur = None;
            p.wake_at = Some(p.now);
            p.spins = 0;
        }
    }

    /// Statements the go policy lets the chosen goroutine run: its slice,
    /// and with several processors only until the next processor's turn.
    pub(super) fn quantum_go(&mut self, left: u64) -> u64 {
        self.cut = false;
        self.woken = None;
        let me = self.cur_p;
        let p = &self.procs[me];
        let mut q = p.slice_left.min(left);
        if self.timed() {
            let now = p.now;
            let next = (0..self.procs.len())
                .filter(|&i| i != me)
                .filter_map(|i| self.turn(i))
                .min();
            if let Some(t) = next {
                q = q.min(t.saturating_sub(now) / cost::STMT + 1);
            }
        }
        q.max(1)
    }

    /// After a quantum of `used` statements: the processor's clock moves on,
    /// and a processor woken during it wakes relative to when that happened.
    pub(super) fn account_quantum(&mut self, used: u64) {
        let p = &mut self.procs[self.cur_p];
        p.slice_left = p.slice_left.saturating_sub(used);
        if !self.timed() {
            return;
        }
        let stmts = used.saturating_mul(cost::STMT);
        let p = &mut self.procs[self.cur_p];
        p.now += stmts + self.cost;
        if let Some(i) = self.woken.take() {
            let p = &mut self.procs[i];
            if let Some(w) = p.wake_at.as_mut() {
                *w += stmts;
            }
            if let Some(h) = p.holds {
                if let Some((from, until)) = self.procs[h].held.as_mut() {
                    *from += stmts;
                    *until += stmts;
                }
            }
        }
        self.cost = 0;
    }

    /// When processor `i` acts next: now if it runs a goroutine, at its
    /// wake-up if it is about to look for work, never if it sleeps.
    fn turn(&self, i: usize) -> Option<u64> {
        let p = &self.procs[i];
        let t = if p.cur.is_some() {
            Some(p.now)
        } else {
            p.wake_at.map(|w| w.max(p.now))
        };
        match (t, p.held) {
            (Some(t), Some((from, until))) if t >= from => Some(t.max(until)),
            _ => t,
        }
    }

    /// Processor `i`'s thread sleeps at machine time `t`: the thread whose
    /// CPU it took gets it back.
    fn release_cpu(&mut self, i: usize, t: u64) {
        if let Some(h) = self.procs[i].holds.take() {
            let back = t + self.jitter(cost::RESUME);
            if let Some((_, until)) = self.procs[h].held.as_mut() {
                *until = back.min(*until);
            }
        }
    }

    /// Go policy: the goroutine to run next. With several processors, the
    /// processor furthest behind in machine time acts (ties by the seed):
    /// it runs its goroutine, or looks for one.
    pub(super) fn pick_go(&mut self) -> Option<usize> {
        if !self.timed() {
            if let Some(s) = self.procs[0].cur {
                return Some(s);
            }
            return match self.find_runnable(0, false) {
                Found::Run(s) => Some(self.take(0, s)),
                _ => None,
            };
        }
        let n = self.procs.len();
        // Each round moves some processor forward; the bound is a safety net.
        for _ in 0..4 * n + 64 {
            let mut best: Option<(u64, usize)> = None;
            let mut ties = 0;
            for i in 0..n {
                let Some(t) = self.turn(i) else { continue };
                match best {
                    Some((bt, _)) if t > bt => {}
                    Some((bt, _)) if t == bt => {
                        ties += 1;
                        if self.sched_rng.below(ties + 1) == 0 {
                            best = Some((t, i));
                        }
                    }
                    _ => {
                        best = Some((t, i));
                        ties = 0;
                    }
                }
            }
            let Some((t, i)) = best else { break };
            self.show_writes(t);
            self.cur_p = i;
            let p = &mut self.procs[i];
            p.now = t;
            if let Some(s) = p.cur {
                return Some(s);
            }
            p.wake_at = None;
            match self.find_runnable(i, true) {
                // It runs once the switch's cost is behind it and no other
                // processor is further behind.
                Found::Run(s) => {
                    self.take(i, s);
                }
                Found::Backoff(s) => {
                    let at = t + self.jitter(cost::BACKOFF);
                    let p = &mut self.procs[i];
                    p.steal_next = Some(s);
                    p.wake_at = Some(at);
                    self.release_cpu(i, t);
                }
                Found::Nothing => {
                    let p = &mut self.procs[i];
                    p.steal_next = None;
                    if p.spins > 0 {
                        p.spins -= 1;
                        p.wake_at = Some(t + cost::SPIN);
                    } else {
                        p.spinning = false;
                        self.release_cpu(i, t);
                    }
                }
            }
        }
        // Every processor sleeps but work is queued (GOMAXPROCS changed):
        // the first free processor takes it.
        for i in 0..n {
            if self.procs[i].cur.is_none() {
                if let Found::Run(s) = self.find_runnable(i, false) {
                    self.cur_p = i;
                    return Some(self.take(i, s));
                }
            }
        }
        None
    }

    /// Processor `i` starts goroutine `s`.
    #[inline(always)]
    fn take(&mut self, i: usize, s: usize) -> usize {
        let time_slice = self.limits.time_slice;
        let switch = if self.timed() {
            let mut ns = self.jitter(cost::SCHED);
            if self
                .gs
                .get(s)
                .and_then(Option::as_ref)
                .is_some_and(|g| g.id != 1 && fresh(g))
            {
                // A goroutine's first run touches a new stack (page faults);
                // a thread's first one also runs code it did not run yet.
                ns += self.jitter(cost::COLD);
                if !std::mem::replace(&mut self.procs[i].warm, true) {
                    ns += self.jitter(cost::FIRST);
                }
            }
            ns
        } else {
            0
        };
        let p = &mut self.procs[i];
        p.cur = Some(s);
        p.wake_at = None;
        p.steal_next = None;
        p.slice_left = time_slice;
        p.schedtick += 1;
        p.now += switch;
        let was_spinning = std::mem::take(&mut p.spinning);
        if let Some(Some(g)) = self.gs.get_mut(s) {
            g.p = u16::try_from(i).unwrap_or(u16::MAX);
        }
        if was_spinning {
            // Go's resetspinning: the next spinning thread may be woken.
            self.cur_p = i;
            self.wakep();
            self.woken = None;
        }
        s
    }

    /// Go's findRunnable for processor `pi`. `patient`: back off before
    /// stealing a busy processor's `runnext`. (Inlined: its own queues are
    /// a goroutine switch's common case; stealing is `steal`.)
    #[inline(always)]
    fn find_runnable(&mut self, pi: usize, patient: bool) -> Found {
        let tick = self.procs[pi].schedtick;
        if tick.is_multiple_of(61) && tick > 0 {
            if let Some(s) = self.global_q.pop_front() {
                return Found::Run(s);
            }
        }
        let p = &mut self.procs[pi];
        if let Some(s) = p.runnext.take() {
            return Found::Run(s);
        }
        if let Some(s) = p.runq.pop_front() {
            return Found::Run(s);
        }
        if let Some(s) = self.global_q.pop_front() {
            return Found::Run(s);
        }
        if self.procs.len() < 2 {
            return Found::Nothing;
        }
        self.steal(pi, patient)
    }

    /// Processor `pi` steals from the others (`runqsteal`).
    fn steal(&mut self, pi: usize, patient: bool) -> Found {
        let n = self.procs.len();
        let start = self.sched_rng.below(n as u64) as usize;
        let victims = (0..n).map(|k| (start + k) % n).filter(|&v| v != pi);
        // Half of a queue (rounded up); the last one taken runs.
        for v in victims.clone() {
            let take = self.procs[v].runq.len().div_ceil(2);
            if take > 0 {
                let mut stolen: Vec<usize> = self.procs[v].runq.drain(..take).collect();
                let last = stolen.pop();
                self.procs[pi].runq.extend(stolen);
                if let Some(s) = last {
                    return Found::Run(s);
                }
            }
        }
        for v in victims {
            let Some(s) = self.procs[v].runnext else {
                continue;
            };
            let busy = self.procs[v].cur.is_some() || self.procs[v].wake_at.is_some();
            if patient && busy && self.procs[pi].steal_next != Some(s) {
                return Found::Backoff(s);
            }
            self.procs[v].runnext = None;
            return Found::Run(s);
        }
        Found::Nothing
    }

    /// The program starts: main is on processor 0's `runnext` and every
    /// other processor sleeps (no thread is spinning when main.main starts).
    pub(super) fn boot(&mut self) {
        for p in self.procs.iter_mut().skip(1) {
            p.wake_at = None;
            p.spinning = false;
        }
        self.cost = 0;
        self.cut = false;
        self.woken = None;
    }

    /// Virtual time jumps while every processor is idle: their clocks meet.
    pub(super) fn align_clocks(&mut self) {
        self.show_writes(u64::MAX);
        let t = self.procs.iter().map(|p| p.now).max().unwrap_or(0);
        for p in &mut self.procs {
            p.now = t;
            p.held = None;
            p.holds = None;
        }
    }

    /// A write to stdout or stderr (a syscall). Held writes due by now show
    /// first; a thread's first print to stdout is held until fmt has
    /// formatted it (true: the caller must not show it). The runtime's own
    /// messages on stderr (panics, fatal errors) are never held.
    pub(super) fn write_later(&mut self, stderr: bool, text: &[u8]) -> bool {
        let cold = !stderr && !std::mem::replace(&mut self.procs[self.cur_p].wrote, true);
        if !self.timed() || self.policy != super::Policy::Go {
            return false;
        }
        let now = self.time_now();
        self.show_writes(now);
        self.charge(WRITE_NS);
        if cold {
            let format = self.jitter(cost::FIRST_WRITE);
            self.cost += format;
            self.held_writes.push(HeldWrite {
                at: now + format,
                goid: self.cur_goid,
                stderr,
                text: text.to_vec(),
            });
        }
        cold
    }

    /// Shows the held writes due by machine time `t`, earliest first.
    fn show_writes(&mut self, t: u64) {
        while let Some((i, _)) = self
            .held_writes
            .iter()
            .enumerate()
            .filter(|(_, w)| w.at <= t)
            .min_by_key(|(_, w)| w.at)
        {
            let w = self.held_writes.swap_remove(i);
            self.show(w.goid, w.stderr, &w.text);
        }
    }

    /// The program exits: writes formatted by then show, the others never
    /// happen.
    pub(super) fn settle_writes(&mut self) {
        if !self.held_writes.is_empty() {
            self.show_writes(self.procs[self.cur_p].now);
            self.held_writes.clear();
        }
    }

    /// A timer wakes the goroutine in `slot` on the processor it last ran on.
    pub(super) fn timer_target(&mut self, slot: usize) {
        if let Some(Some(g)) = self.gs.get(slot) {
            if matches!(g.state, GState::Waiting(_)) {
                self.cur_p = (g.p as usize).min(self.procs.len() - 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::driver::{run, RunConfig};
    use crate::version::GoVersion;

    /// The lesson's program: three goroutines started in a loop while main
    /// then sleeps.
    const THREE: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfor i := 1; i <= 3; i++ {\n\t\tgo func() {\n\t\t\tfmt.Print(i)\n\t\t}()\n\t}\n\ttime.Sleep(10 * time.Millisecond)\n}\n";

    const WORKERS: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar wg sync.WaitGroup\n\tfor id := 1; id <= 4; id++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfmt.Print(id)\n\t\t}()\n\t}\n\twg.Wait()\n}\n";

    /// The lesson's loop trap at Go 1.21: three closures share one `order`.
    const TRAP: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\torders := []int{101, 102, 103}\n\tfor _, order := range orders {\n\t\tgo func() {\n\t\t\tfmt.Print(order, \" \")\n\t\t}()\n\t}\n\ttime.Sleep(50 * time.Millisecond)\n}\n";

    fn output(src: &str, procs: u32, seed: u64) -> String {
        output_at(src, GoVersion::default(), procs, seed)
    }

    fn output_at(src: &str, go: GoVersion, procs: u32, seed: u64) -> String {
        let config = RunConfig {
            go,
            procs,
            seed,
            ..RunConfig::default()
        };
        String::from_utf8_lossy(&run(src, &config).stdout).into_owned()
    }

    /// Real Go at GOMAXPROCS=2 (corpus lesson_loopvar_trap_value_121, 1000
    /// runs): 103 103 103, and 101 103 103 four times; a go statement loop
    /// is never split after its second go statement.
    #[test]
    fn loop_trap_is_not_split() {
        let go = GoVersion::parse("1.21").expect("1.21");
        for seed in 1..=1000 {
            let out = output_at(TRAP, go, 2, seed);
            assert!(
                out == "103 103 103 " || out == "101 103 103 ",
                "seed {seed}: {out}"
            );
        }
    }

    #[test]
    fn one_processor_is_go_at_gomaxprocs_1() {
        for seed in 1..=5 {
            assert_eq!(output(THREE, 1, seed), "312");
            assert_eq!(output(WORKERS, 1, seed), "4123");
        }
    }

    /// Real Go at GOMAXPROCS=2 on the lesson's program (issue 5): 3-1-2 68%,
    /// 1-2-3 21%, 3-2-1 7%, 1-3-2 4%. `cargo test --release -- --nocapture
    /// three_goroutines` prints goplay's (BENCHMARKS.md).
    #[test]
    fn three_goroutines_on_two_processors() {
        const SEEDS: u64 = 1000;
        let mut orders: BTreeMap<String, u64> = BTreeMap::new();
        for seed in 1..=SEEDS {
            *orders.entry(output(THREE, 2, seed)).or_default() += 1;
        }
        for (order, n) in &orders {
            eprintln!("{order}: {:.1}%", *n as f64 * 100.0 / SEEDS as f64);
        }
        let share = |o: &str| orders.get(o).copied().unwrap_or(0) * 100 / SEEDS;
        assert!(share("312") >= 50, "{orders:?}");
        assert!(share("123") >= 10, "{orders:?}");
        assert!(share("321") >= 1 && share("132") >= 1, "{orders:?}");
        assert_eq!(orders.keys().filter(|o| o.len() != 3).count(), 0);
        // A reader clicking Run five times sees two orders in 8 of 10 tries.
        let varied = (0..10)
            .filter(|t| {
                let mut seen: Vec<String> = (1..=5).map(|k| output(THREE, 2, t * 5 + k)).collect();
                seen.sort();
                seen.dedup();
                seen.len() >= 2
            })
            .count();
        assert!(varied >= 8, "{varied} of 10");
    }
}
