//! The data race detector behind `--race`: happens-before by vector clocks,
//! FastTrack epochs per memory location (Flanagan & Freund, PLDI 2009), and
//! reports in `go run -race`'s layout.
//!
//! The VM owns nothing of this: it calls [`Detector`] on every access to
//! shared memory and on every synchronising operation, only when race mode is
//! on. Goroutines are identified by the VM's goroutine ids, which are small
//! and dense (main is 1, then creation order), so they index vectors directly.
//!
//! Happens-before edges follow Go's race runtime (runtime/chan.go, sync/*.go):
//! - `go`: the parent's clock before the child's first step ([`Detector::go_start`]);
//! - channels: an unbuffered rendezvous orders both sides both ways
//!   ([`Detector::chan_handoff`]); a buffered channel orders through its slots,
//!   so send k before receive k, and receive k before send k+cap
//!   ([`Detector::chan_send`], [`Detector::chan_recv`]); close before a
//!   receive that observes it ([`Detector::chan_close`], [`Detector::chan_recv_closed`]);
//! - locks, WaitGroup, Once: [`Detector::release`] / [`Detector::acquire`] on a
//!   [`SyncId`] (see its variants for which call goes where);
//! - atomics: [`Detector::atomic`] acquires and releases the location's clock.
//!
//! `time.Sleep` and goroutine exit create no edge.
//!
//! ## What the VM calls (race mode only: `Option<Box<Detector>>`, one branch)
//! - Start: `Detector::new(1)`. `go` statement: [`Detector::go_start`] with the
//!   parent's frames (outermost first, `(func, pc)`, the go instruction's pc
//!   last). Goroutine end: [`Detector::exit`].
//! - Accesses, with a lazy frame closure (outermost first, current pc last):
//!   globals `Loc::global(i)`, cells `Loc::cell(id)`, fields/elements through
//!   pointers and slice/array elements `Loc::elem(Rc::as_ptr(box) as usize, i)`
//!   with `Some(&box)` as owner (struct copies read every field), map `m[k]`
//!   as a runtime read of `Loc::map_header` (Origin::MapAccess1/2) plus a read
//!   of `Loc::map_entry`; `m[k] = v` and delete as a runtime write of the
//!   header (MapAssign/MapDelete) plus a write of the entry; range over a map
//!   reads the header (MapRange). Frame-local registers are never shared.
//! - Channels: unbuffered rendezvous `chan_handoff(sender, receiver, id)`;
//!   buffered: `chan_send(g, id, cap)` when a value enters the buffer and
//!   `chan_recv(g, id, cap)` when one leaves it (a direct handoff on a
//!   buffered channel is both, sender first); `chan_close`; a receive that
//!   sees the channel closed (incl. a range ending) `chan_recv_closed`. select
//!   calls the same for the case it takes.
//! - sync (ids from the primitive's address, `Ptr::addr`): see [`SyncId`].
//! - sync/atomic: [`Detector::atomic`] with the location the operation uses.
//! - A `Some(race)` result: print [`Detector::render`] to stderr at once (Go
//!   interleaves reports with output); [`Detector::race_lines`] gives both
//!   lines for the page. At exit, [`Detector::finish`] with the exit code.

mod clock;
mod report;
mod stack;
pub mod vm_glue;

#[cfg(test)]
mod tests;

use std::any::Any;
use std::rc::{Rc, Weak};

pub use clock::VClock;
pub use report::{Race, Symbols};
pub use stack::{RawFrame, Site};

use stack::StackTable;

use crate::types::{FastMap, FastSet};

/// The heap object behind an access's location, as the detector needs it:
/// a trait object, so the access path is compiled once for every kind of
/// object (cells, boxes, maps).
pub trait Owner {
    /// The object's address (what [`Loc::elem`] and map locations hold).
    fn addr(&self) -> usize;
    /// A handle that keeps the allocation (not the value) alive.
    fn pin(&self) -> Weak<dyn Any>;
    /// The shadow slot of a heap cell, if the object is one.
    fn cell_slot(&self) -> Option<&std::cell::Cell<u32>>;
}

impl<T: Any> Owner for Rc<T> {
    fn addr(&self) -> usize {
        Rc::as_ptr(self) as *const u8 as usize
    }
    fn pin(&self) -> Weak<dyn Any> {
        Rc::downgrade(self) as Weak<dyn Any>
    }
    fn cell_slot(&self) -> Option<&std::cell::Cell<u32>> {
        vm_glue::cell_slot(&**self)
    }
}

/// Passes the frames of an access to its argument, outermost first (called
/// only when the shadow state changes).
pub type FramesFn<'a> = &'a mut dyn FnMut(&mut dyn FnMut(RawFrame));

/// A goroutine id as the VM numbers them (main is 1).
pub type Goid = u64;

/// The crate's one hasher (see [`crate::types::FastHasher`]).
pub use crate::types::FastHasher as FxHasher;

/// A memory location: an object and a slot in it. Locations are word-sized
/// variables as Go's detector sees them: a struct field, an array or slice
/// element, a global, a captured variable's cell, a map entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    obj: u64,
    slot: u64,
}

const TAG_SHIFT: u32 = 60;
/// The tag of [`Loc::elem`].
const ELEM_TAG: u64 = 3;
/// Element slots per [`MapShadows`] chunk.
const CHUNK: u64 = 32;
const ADDR_MASK: u64 = (1 << TAG_SHIFT) - 1;

impl Loc {
    /// Package-level variable number `index`.
    pub fn global(index: u32) -> Loc {
        Loc {
            obj: 1 << TAG_SHIFT,
            slot: u64::from(index),
        }
    }

    /// The heap cell of a captured or address-taken variable (cell ids are
    /// stable for the run, never reused).
    pub fn cell(id: u32) -> Loc {
        Loc {
            obj: (2 << TAG_SHIFT) | u64::from(id),
            slot: 0,
        }
    }

    /// Element or field `slot` of a heap object (array, slice backing array,
    /// struct) identified by `addr` (e.g. `Rc::as_ptr` as an integer). The
    /// object must be passed to the access as its owner so the detector can
    /// keep the address from being reused while it has shadow state for it.
    pub fn elem(addr: usize, slot: u32) -> Loc {
        Loc {
            obj: (ELEM_TAG << TAG_SHIFT) | (addr as u64 & ADDR_MASK),
            slot: u64::from(slot),
        }
    }

    /// A map's header: every lookup reads it and every insert or delete
    /// writes it (Go's runtime does the same), so two inserts of different
    /// keys race, as in real Go.
    pub fn map_header(addr: usize) -> Loc {
        Loc {
            obj: (4 << TAG_SHIFT) | (addr as u64 & ADDR_MASK),
            slot: 0,
        }
    }

    /// The value slot of one map entry, keyed by a 64-bit hash of the key:
    /// Go reports a race on a map value separately from the header race
    /// (a read and a write of the same key give two reports), and per-entry
    /// granularity keeps reads of other keys from being flagged. Hash
    /// collisions could merge two keys; at 64 bits that is negligible.
    pub fn map_entry(addr: usize, key_hash: u64) -> Loc {
        Loc {
            obj: (5 << TAG_SHIFT) | (addr as u64 & ADDR_MASK),
            slot: key_hash,
        }
    }

    /// The heap object a location belongs to (see [`Detector`]'s pins).
    fn heap_addr(&self) -> Option<usize> {
        (self.obj >> TAG_SHIFT >= 3).then_some((self.obj & ADDR_MASK) as usize)
    }

    /// A stable fake address for reports (`0x00c000...` heap style, globals
    /// low as in a Go binary's data segment).
    pub fn address(&self) -> u64 {
        let tag = self.obj >> TAG_SHIFT;
        let low = self.obj & ADDR_MASK;
        let slot = self.slot;
        match tag {
            1 => 0x60_a000 + slot * 8,
            2 => 0xc0_0001_0000 + (low & 0xf_ffff) * 16,
            // Heap objects: a stable scramble of the object, then the slot.
            _ => {
                0xc0_0000_0000
                    + ((low.wrapping_mul(0x9e37_79b9) >> 8) & 0xff_f000)
                    + (slot & 0x1ff) * 8
            }
        }
    }
}

/// A synchronisation object's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyncId {
    /// sync.Mutex: `release` at Unlock, `acquire` when Lock returns.
    Mutex(u64),
    /// sync.RWMutex readers' side: `acquire` when RLock or Lock returns,
    /// `release` at Unlock.
    RwReaders(u64),
    /// sync.RWMutex writer's side: `release` at RUnlock, `acquire` when
    /// Lock returns (so every RUnlock happens before the next Lock).
    RwWriters(u64),
    /// sync.WaitGroup: `release` at Done (Add with a negative delta),
    /// `acquire` when Wait returns.
    WaitGroup(u64),
    /// sync.Once: `release` when the function passed to Do returns,
    /// `acquire` when any Do returns.
    Once(u64),
    /// A channel's close (use [`Detector::chan_close`]).
    ChanClose(u64),
    /// Slot `k` of a buffered channel (use [`Detector::chan_send`]).
    ChanSlot(u64, u32),
    /// The clock of an atomically accessed location (use [`Detector::atomic`]).
    Atomic(Loc),
    /// A pending time.AfterFunc timer, by the VM's timer id (use
    /// [`Detector::timer_set`]).
    Timer(u64),
}

/// The runtime function an access was made in, when Go's report shows
/// runtime frames for it (e.g. `runtime.mapassign_faststr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Origin {
    /// Plain Go code.
    #[default]
    Go,
    /// A map lookup `m[k]` (Go's report shows only runtime frames for it).
    MapAccess1 { str_key: bool },
    /// A map lookup `v, ok := m[k]`.
    MapAccess2 { str_key: bool },
    /// A map insert or update.
    MapAssign { str_key: bool },
    /// delete(m, k).
    MapDelete { str_key: bool },
    /// A range over a map.
    MapRange,
    /// A sync/atomic function or method.
    Atomic(AtomicOp),
    /// The go statement in time.AfterFunc's timer (`time.goFunc`).
    TimerGo,
}

/// The sync/atomic operations, by what they do to the location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    Load,
    Store,
    Add,
    Swap,
    CompareAndSwap,
    And,
    Or,
}

impl AtomicOp {
    /// The operation of a sync/atomic function or method by its name.
    pub fn from_name(name: &str) -> AtomicOp {
        let op = name.rsplit('.').next().unwrap_or("");
        [
            ("CompareAndSwap", AtomicOp::CompareAndSwap),
            ("Load", AtomicOp::Load),
            ("Store", AtomicOp::Store),
            ("Swap", AtomicOp::Swap),
            ("Add", AtomicOp::Add),
            ("And", AtomicOp::And),
            ("Or", AtomicOp::Or),
        ]
        .into_iter()
        .find(|(p, _)| op.starts_with(p))
        .map_or(AtomicOp::Load, |(_, o)| o)
    }

    fn writes(self) -> bool {
        !matches!(self, AtomicOp::Load)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Epoch {
    tid: u32,
    clock: u32,
}

#[derive(Clone, Copy, Debug)]
struct Access {
    at: Epoch,
    site: Site,
    /// [`Detector::step`] at the access, so the page can draw it.
    step: u32,
}

impl Access {
    fn atomic(&self) -> bool {
        matches!(self.site.origin, Origin::Atomic(_))
    }
}

/// FastTrack's state of one location.
#[derive(Clone, Debug, Default)]
struct Shadow {
    write: Option<Access>,
    reads: Reads,
}

#[derive(Clone, Debug, Default)]
enum Reads {
    #[default]
    None,
    /// The last read, which happened after every earlier read.
    One(Access),
    /// Two concurrent reads by different goroutines (a loop variable read by
    /// the goroutine it was captured for and by the loop): no allocation.
    Two([Access; 2]),
    /// Concurrent reads: the last one of each goroutine, in a short list
    /// (most shared variables have a few readers: no hashing).
    Few(Vec<Access>),
    /// The same, by goroutine, once there are more than [`FEW`] of them (a
    /// variable read by 100,000 goroutines must not cost O(n) per read).
    Many(FastMap<u32, Access>),
}

/// The longest list of [`Reads::Few`].
const FEW: usize = 8;

impl Reads {
    /// The last read of goroutine `tid`, in the read-shared states.
    fn shared(&self, tid: u32) -> Option<&Access> {
        match self {
            Reads::Two(rs) => rs.iter().find(|r| r.at.tid == tid),
            Reads::Few(rs) => rs.iter().find(|r| r.at.tid == tid),
            Reads::Many(rs) => rs.get(&tid),
            _ => None,
        }
    }

    /// Adds or replaces `a` as its goroutine's last read, `prev` being the
    /// last read while there was one: FastTrack's read-shared transitions
    /// (`ordered`: the reader's clock covers `prev`, so it stays one read).
    fn add(self, a: Access, ordered: impl Fn(&Access) -> bool) -> Reads {
        match self {
            Reads::None => Reads::One(a),
            Reads::One(r) if r.at.tid == a.at.tid || ordered(&r) => Reads::One(a),
            Reads::One(r) => Reads::Two([r, a]),
            Reads::Two(mut rs) => match rs.iter_mut().find(|r| r.at.tid == a.at.tid) {
                Some(r) => {
                    *r = a;
                    Reads::Two(rs)
                }
                None => {
                    let [x, y] = rs;
                    Reads::Few(vec![x, y, a])
                }
            },
            Reads::Few(mut rs) => {
                let n = rs.len();
                match rs.iter_mut().find(|r| r.at.tid == a.at.tid) {
                    Some(r) => *r = a,
                    None if n < FEW => rs.push(a),
                    None => {
                        let mut m: FastMap<u32, Access> =
                            rs.into_iter().map(|r| (r.at.tid, r)).collect();
                        m.insert(a.at.tid, a);
                        return Reads::Many(m);
                    }
                }
                Reads::Few(rs)
            }
            Reads::Many(mut rs) => {
                rs.insert(a.at.tid, a);
                Reads::Many(rs)
            }
        }
    }
}

struct Thread {
    vc: VClock,
    clock: u32,
    /// The creating goroutine and the site of its go statement.
    created: Option<(Goid, Site)>,
    finished: bool,
    stack_cache: Vec<(RawFrame, u32)>,
    /// A frame under the goroutine's own (Go's `gowrap` wrapper).
    bottom: Option<RawFrame>,
}

/// The race detector of one run.
#[derive(Default)]
pub struct Detector {
    threads: Vec<Option<Thread>>,
    /// Shadow state of heap cells, in a slab.
    cells: CellShadows,
    /// Shadow state of every other location.
    shadow: MapShadows,
    syncs: FastMap<SyncId, VClock>,
    /// Sends and receives so far per buffered channel (which slot is next).
    chan_counts: FastMap<u64, (u64, u64)>,
    stacks: StackTable,
    reported_sites: FastSet<(Site, Site)>,
    reported_locs: FastSet<Loc>,
    races: usize,
    /// Names of frames the VM has no function for (`main.main.gowrap1`),
    /// numbered down from `u32::MAX`.
    synthetic: Vec<String>,
    /// The host's position in the run (the VM's statement count), set before
    /// accesses: a report gives it for both sides.
    pub step: u32,
}

/// Goroutine ids past this are not tracked (a dense table would be too big).
const MAX_GOID: u64 = 1 << 26;

fn tid(g: Goid) -> Option<u32> {
    (g < MAX_GOID).then_some(g as u32)
}

impl Detector {
    /// A detector whose main goroutine (id `main`) has started.
    pub fn new(main: Goid) -> Detector {
        let mut d = Detector::default();
        d.start_thread(main, VClock::default(), None);
        d
    }

    fn start_thread(&mut self, g: Goid, mut vc: VClock, created: Option<(Goid, Site)>) {
        let Some(t) = tid(g) else { return };
        vc.set(t, 1);
        let i = t as usize;
        if self.threads.len() <= i {
            self.threads.resize_with(i + 1, || None);
        }
        self.threads[i] = Some(Thread {
            vc,
            clock: 1,
            created,
            finished: false,
            stack_cache: Vec::new(),
            bottom: None,
        });
    }

    fn thread(&mut self, g: Goid) -> Option<&mut Thread> {
        self.threads.get_mut(g as usize).and_then(Option::as_mut)
    }

    /// Advances `g`'s own clock after a release, so its later accesses are
    /// not covered by what it released.
    fn tick(&mut self, g: Goid) {
        if let (Some(t), Some(th)) = (tid(g), self.thread(g)) {
            th.clock = th.clock.saturating_add(1);
            let c = th.clock;
            th.vc.set(t, c);
        }
    }

    /// Number of races reported so far.
    pub fn races(&self) -> usize {
        self.races
    }

    /// `parent` executes a go statement (at the site `frames` describe, its
    /// stack, outermost first) that creates `child`.
    pub fn go_start(
        &mut self,
        parent: Goid,
        child: Goid,
        frames: impl IntoIterator<Item = RawFrame>,
    ) {
        let Some(th) = self
            .threads
            .get_mut(parent as usize)
            .and_then(Option::as_mut)
        else {
            return;
        };
        let mut frames = Some(th.bottom.into_iter().chain(frames));
        let site = self.stacks.site(
            &mut th.stack_cache,
            &mut |sink| frames.take().into_iter().flatten().for_each(sink),
            Origin::Go,
        );
        // The child's own entry then costs no tree write.
        th.vc.make_room();
        let vc = th.vc.clone();
        self.start_thread(child, vc, Some((parent, site)));
        self.tick(parent);
    }

    /// `g` calls time.AfterFunc (or resets its timer), creating timer
    /// `timer` (replacing `previous`): Go's runtime releases the timer's
    /// clock there and acquires it when the timer runs, so the call happens
    /// before the function's goroutine starts.
    pub fn timer_set(&mut self, g: Goid, timer: u64, previous: Option<u64>) {
        if let Some(vc) = previous.and_then(|p| self.syncs.remove(&SyncId::Timer(p))) {
            self.syncs.insert(SyncId::Timer(timer), vc);
        }
        self.release(g, SyncId::Timer(timer));
    }

    /// Timer `timer` was stopped (or never set one): its clock goes.
    pub fn timer_stop(&mut self, timer: u64) {
        self.syncs.remove(&SyncId::Timer(timer));
    }

    /// Timer `timer` fired and started `child` (time.AfterFunc's function):
    /// created by the runtime (`time.goFunc`), after what set the timer.
    pub fn timer_go_start(&mut self, child: Goid, timer: u64) {
        let site = Site {
            callers: stack::ROOT,
            top: RawFrame { func: 0, pc: 0 },
            origin: Origin::TimerGo,
        };
        let vc = self.syncs.remove(&SyncId::Timer(timer)).unwrap_or_default();
        self.start_thread(child, vc, Some((0, site)));
    }

    /// Go runs `go f(x)` through a wrapper function named `<caller>.gowrapN`
    /// that shows under `f` in `g`'s stacks, at the go statement's `line`.
    pub fn wrapper_frame(&mut self, g: Goid, name: &str, line: u32) {
        let func = match self.synthetic.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.synthetic.push(name.to_string());
                self.synthetic.len() - 1
            }
        };
        let func = u32::MAX - u32::try_from(func).unwrap_or(0);
        if let Some(th) = self.thread(g) {
            th.bottom = Some(RawFrame { func, pc: line });
        }
    }

    fn synthetic_name(&self, func: u32) -> Option<&str> {
        self.synthetic
            .get((u32::MAX - func) as usize)
            .map(String::as_str)
    }

    /// `g` has exited (no edge; reports then say "finished").
    pub fn exit(&mut self, g: Goid) {
        if let Some(th) = self.thread(g) {
            // A finished goroutine never synchronises again: what others
            // learned from it lives in their own clocks.
            th.finished = true;
            th.stack_cache = Vec::new();
            th.vc = VClock::default();
        }
    }

    /// `g` acquires the clock of `s` (lock acquired, Wait returned, ...).
    pub fn acquire(&mut self, g: Goid, s: SyncId) {
        let Some(vc) = self.syncs.get(&s) else { return };
        if let Some(th) = self.threads.get_mut(g as usize).and_then(Option::as_mut) {
            th.vc.join(vc);
        }
    }

    /// `g` releases into `s` (merging with earlier releases).
    pub fn release(&mut self, g: Goid, s: SyncId) {
        let Some(th) = self.threads.get(g as usize).and_then(Option::as_ref) else {
            return;
        };
        match self.syncs.get_mut(&s) {
            Some(vc) => vc.join(&th.vc),
            None => {
                self.syncs.insert(s, th.vc.clone());
            }
        }
        self.tick(g);
    }

    /// Acquire then release: both directions through one clock (a buffered
    /// channel slot, as Go's `racenotify`).
    fn release_acquire(&mut self, g: Goid, s: SyncId) {
        self.acquire(g, s);
        self.release(g, s);
    }

    /// `g` puts a value into buffered channel `ch` of capacity `cap` (also
    /// when a waiting receiver takes it at once: then call [`Self::chan_recv`]
    /// for the receiver right after).
    pub fn chan_send(&mut self, g: Goid, ch: u64, cap: u64) {
        let counts = self.chan_counts.entry(ch).or_default();
        let slot = (counts.0 % cap.max(1)) as u32;
        counts.0 = counts.0.wrapping_add(1);
        self.release_acquire(g, SyncId::ChanSlot(ch, slot));
    }

    /// `g` takes a value out of buffered channel `ch` of capacity `cap`.
    pub fn chan_recv(&mut self, g: Goid, ch: u64, cap: u64) {
        let counts = self.chan_counts.entry(ch).or_default();
        let slot = (counts.1 % cap.max(1)) as u32;
        counts.1 = counts.1.wrapping_add(1);
        self.release_acquire(g, SyncId::ChanSlot(ch, slot));
    }

    /// An unbuffered channel's rendezvous: each side's earlier operations
    /// happen before the other side's later ones (Go's `racesync`).
    pub fn chan_handoff(&mut self, sender: Goid, receiver: Goid, _ch: u64) {
        // Both sides end with the join of the two clocks: the receiver's
        // grows in place (its tree is usually unshared: no node copies) and
        // the sender takes a copy (it usually exits next, dropping it).
        if self.thread(receiver).is_none() {
            return;
        }
        let Some(s) = self.thread(sender) else { return };
        let theirs = std::mem::take(&mut s.vc);
        let joined = match self.thread(receiver) {
            Some(r) => {
                r.vc.join(&theirs);
                r.vc.clone()
            }
            None => theirs,
        };
        if let Some(s) = self.thread(sender) {
            s.vc = joined;
        }
        self.tick(sender);
        self.tick(receiver);
    }

    /// `g` closes `ch`.
    pub fn chan_close(&mut self, g: Goid, ch: u64) {
        self.release(g, SyncId::ChanClose(ch));
    }

    /// `g` receives the zero value from closed `ch` (or a range over it ends).
    pub fn chan_recv_closed(&mut self, g: Goid, ch: u64) {
        self.acquire(g, SyncId::ChanClose(ch));
    }

    /// A plain read of `loc` by `g`. `frames` (outermost first, the reading
    /// frame last) is only called when the shadow state changes; `owner` is
    /// the heap object behind an [`Loc::elem`] or map location.
    pub fn read(
        &mut self,
        g: Goid,
        loc: Loc,
        owner: Option<&dyn Owner>,
        frames: FramesFn<'_>,
    ) -> Option<Race> {
        self.access(g, loc, false, Origin::Go, owner, frames)
    }

    /// A plain write of `loc` by `g` (see [`Self::read`]).
    pub fn write(
        &mut self,
        g: Goid,
        loc: Loc,
        owner: Option<&dyn Owner>,
        frames: FramesFn<'_>,
    ) -> Option<Race> {
        self.access(g, loc, true, Origin::Go, owner, frames)
    }

    /// An access made inside a runtime function (map operations): reports
    /// show that function's frames as Go's do.
    #[allow(clippy::too_many_arguments)]
    pub fn runtime_access(
        &mut self,
        g: Goid,
        loc: Loc,
        write: bool,
        origin: Origin,
        owner: Option<&dyn Owner>,
        frames: FramesFn<'_>,
    ) -> Option<Race> {
        self.access(g, loc, write, origin, owner, frames)
    }

    /// A sync/atomic operation on `loc`: ordered with every other atomic
    /// operation on it (acquire before, release after a write), and racing
    /// with plain accesses that are not ordered with it.
    pub fn atomic(
        &mut self,
        g: Goid,
        loc: Loc,
        op: AtomicOp,
        owner: Option<&dyn Owner>,
        frames: FramesFn<'_>,
    ) -> Option<Race> {
        let s = SyncId::Atomic(loc);
        self.acquire(g, s);
        let race = self.access(g, loc, op.writes(), Origin::Atomic(op), owner, frames);
        if op.writes() {
            self.release(g, s);
        }
        race
    }

    #[allow(clippy::too_many_arguments)]
    fn access(
        &mut self,
        g: Goid,
        loc: Loc,
        write: bool,
        origin: Origin,
        owner: Option<&dyn Owner>,
        frames: FramesFn<'_>,
    ) -> Option<Race> {
        let sh = match owner.and_then(|o| o.cell_slot().map(|s| (o, s))) {
            Some((cell, slot)) => self.cells.shadow(cell, slot)?,
            None => self.shadow.shadow(loc, owner)?,
        };
        let th = self.threads.get_mut(g as usize).and_then(Option::as_mut)?;
        let now = Epoch {
            tid: tid(g)?,
            clock: th.clock,
        };
        let stacks = &mut self.stacks;
        let conflict = check(sh, th, now, write, origin, self.step, |th| {
            let bottom = th.bottom;
            let mut all = |sink: &mut dyn FnMut(RawFrame)| {
                bottom.into_iter().for_each(&mut *sink);
                frames(sink)
            };
            stacks.site(&mut th.stack_cache, &mut all, origin)
        })?;
        self.report(loc, g, write, conflict)
    }

    /// Decides whether a race is new (Go reports each pair of stacks once,
    /// and each address once) and counts it.
    fn report(
        &mut self,
        loc: Loc,
        g: Goid,
        write: bool,
        (site, prev, prev_write): (Site, Access, bool),
    ) -> Option<Race> {
        let pair = (site, prev.site);
        if self.reported_locs.contains(&loc)
            || self.reported_sites.contains(&pair)
            || self.reported_sites.contains(&(prev.site, site))
        {
            return None;
        }
        self.reported_locs.insert(loc);
        self.reported_sites.insert(pair);
        self.races += 1;
        Some(Race {
            addr: loc.address(),
            cur: report::Side {
                goid: g,
                write,
                site,
                step: self.step,
            },
            prev: report::Side {
                goid: Goid::from(prev.at.tid),
                write: prev_write,
                site: prev.site,
                step: prev.step,
            },
        })
    }

    /// The text to print when the program ends with `exit_code`, and the
    /// exit code to use: Go's race runtime only speaks up (and turns the
    /// status into 66) when the program would have exited with 0.
    pub fn finish(&self, exit_code: i32) -> (Option<String>, i32) {
        if exit_code == 0 && self.races > 0 {
            (Some(format!("Found {} data race(s)\n", self.races)), 66)
        } else {
            (None, exit_code)
        }
    }
}

/// FastTrack's check and update of `sh` for an access by thread `th` at
/// epoch `now`: the earlier access it races with, if any, with the access's
/// site. `site` is only called when the shadow state changes.
fn check(
    sh: &mut Shadow,
    th: &mut Thread,
    now: Epoch,
    write: bool,
    origin: Origin,
    step: u32,
    site: impl FnOnce(&mut Thread) -> Site,
) -> Option<(Site, Access, bool)> {
    // FastTrack's same-epoch fast paths.
    if write {
        if matches!(&sh.write, Some(w) if w.at == now) {
            return None;
        }
    } else {
        match &sh.reads {
            Reads::One(r) if r.at == now => return None,
            rs if rs.shared(now.tid).is_some_and(|r| r.at == now) => return None,
            _ => {}
        }
    }
    let atomic = matches!(origin, Origin::Atomic(_));
    let racy = |vc: &VClock, a: &Access| {
        a.at.tid != now.tid && vc.get(a.at.tid) < a.at.clock && !(atomic && a.atomic())
    };
    let mut conflict: Option<(Access, bool)> =
        sh.write.filter(|w| racy(&th.vc, w)).map(|w| (w, true));
    if write && conflict.is_none() {
        conflict = match &sh.reads {
            Reads::None => None,
            Reads::One(r) => racy(&th.vc, r).then_some(*r),
            Reads::Two(rs) => rs.iter().find(|r| racy(&th.vc, r)).copied(),
            Reads::Few(rs) => rs.iter().find(|r| racy(&th.vc, r)).copied(),
            Reads::Many(rs) => rs.values().find(|r| racy(&th.vc, r)).copied(),
        }
        .map(|r| (r, false));
    }
    let site = site(th);
    let me = Access {
        at: now,
        site,
        step,
    };
    if write {
        sh.write = Some(me);
        sh.reads = Reads::None;
    } else {
        let vc = &th.vc;
        sh.reads = std::mem::take(&mut sh.reads).add(me, |r| vc.get(r.at.tid) >= r.at.clock);
    }
    conflict.map(|(prev, prev_write)| (site, prev, prev_write))
}

/// Shadow state of heap cells (captured and address-taken variables,
/// globals) in a slab: each cell keeps its slot number in its own `race`
/// field, so an access costs no hashing, and a sweep recycles the slots of
/// cells the program has dropped.
#[derive(Default)]
struct CellShadows {
    /// The cell (to tell when it dies) and its state.
    slots: Vec<(Weak<dyn Any>, Shadow)>,
    free: Vec<u32>,
    /// Slab size at which dead cells are next swept.
    next_sweep: usize,
}

impl CellShadows {
    #[inline]
    fn shadow(&mut self, cell: &dyn Owner, slot: &std::cell::Cell<u32>) -> Option<&mut Shadow> {
        let addr = cell.addr() as *const u8;
        let i = slot.get() as usize;
        // The slot is the cell's own unless another detector numbered it.
        let mine = i
            .checked_sub(1)
            .and_then(|i| self.slots.get(i))
            .is_some_and(|(w, _)| std::ptr::addr_eq(w.as_ptr(), addr));
        if !mine {
            if self.free.is_empty() && self.slots.len() >= self.next_sweep {
                self.sweep();
            }
            let entry = (cell.pin(), Shadow::default());
            let i = match self.free.pop() {
                Some(i) => {
                    if let Some(s) = self.slots.get_mut(i as usize) {
                        *s = entry;
                    }
                    i as usize
                }
                None => {
                    self.slots.push(entry);
                    self.slots.len() - 1
                }
            };
            slot.set(u32::try_from(i + 1).unwrap_or(0));
        }
        let i = (slot.get() as usize).checked_sub(1)?;
        self.slots.get_mut(i).map(|(_, sh)| sh)
    }

    /// Frees the slots of dead cells (amortised: when the slab has doubled;
    /// only when no slot is free, so every slot holds a cell).
    fn sweep(&mut self) {
        for (i, (w, sh)) in self.slots.iter_mut().enumerate() {
            if w.strong_count() == 0 {
                *w = Weak::<()>::new();
                *sh = Shadow::default();
                self.free.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
        }
        self.next_sweep = ((self.slots.len() - self.free.len()) * 2).max(1 << 12);
    }
}

/// Shadow state by location, for everything but heap cells.
#[derive(Default)]
struct MapShadows {
    /// Elements and fields: [`CHUNK`] consecutive slots of an object per
    /// entry, so a loop over a big slice walks a small table, not one
    /// hash-table slot per element (a chunk grows only to the slots used).
    chunks: FastMap<(u64, u64), Vec<Shadow>>,
    /// Map headers and entries, globals.
    map: FastMap<Loc, Shadow>,
    /// Heap objects with shadow state: holding a `Weak` keeps the allocation
    /// (not the value) alive, so its address cannot be reused by a new
    /// object that would inherit stale shadow state.
    pins: FastMap<usize, Weak<dyn Any>>,
    /// Pin count at which dead objects are next swept.
    next_sweep: usize,
    /// The object pinned last (skips a lookup per new location of it).
    last_pin: usize,
}

impl MapShadows {
    fn shadow(&mut self, loc: Loc, owner: Option<&dyn Owner>) -> Option<&mut Shadow> {
        if self.pins.len() >= self.next_sweep {
            self.sweep();
            // A swept address may come back as a new object: pin it again.
            self.last_pin = 0;
        }
        let mut pin = || {
            if let Some(o) = owner {
                let addr = o.addr();
                // Consecutive new locations are mostly one object's.
                if self.last_pin != addr {
                    self.last_pin = addr;
                    self.pins.entry(addr).or_insert_with(|| o.pin());
                }
            }
        };
        if loc.obj >> TAG_SHIFT != ELEM_TAG {
            return Some(self.map.entry(loc).or_insert_with(|| {
                pin();
                Shadow::default()
            }));
        }
        let chunk = self
            .chunks
            .entry((loc.obj, loc.slot / CHUNK))
            .or_insert_with(|| {
                pin();
                Vec::new()
            });
        let i = (loc.slot % CHUNK) as usize;
        if chunk.len() <= i {
            chunk.resize_with(i + 1, Shadow::default);
        }
        chunk.get_mut(i)
    }

    /// Forgets the shadow state of heap objects the program has dropped, and
    /// releases their allocations (so memory stays proportional to live
    /// objects); amortised: when pins have doubled.
    fn sweep(&mut self) {
        let dead: FastSet<usize> = self
            .pins
            .iter()
            .filter(|(_, w)| w.strong_count() == 0)
            .map(|(&a, _)| a)
            .collect();
        if !dead.is_empty() {
            self.map
                .retain(|loc, _| loc.heap_addr().is_none_or(|a| !dead.contains(&a)));
            self.chunks
                .retain(|&(obj, _), _| !dead.contains(&((obj & ADDR_MASK) as usize)));
            self.pins.retain(|a, _| !dead.contains(a));
        }
        self.next_sweep = (self.pins.len() * 2).max(1 << 12);
    }
}
