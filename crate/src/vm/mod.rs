//! The stackless VM: values, heap, goroutines, scheduler.
//!
//! A goroutine is data ([`Goroutine`]: a register file and a stack of
//! [`Frame`]s). [`Vm::run`] executes goroutines for an instruction budget and
//! returns to the host; nothing in here recurses in Rust per Go call (the one
//! exception is a native that calls back into Go, e.g. fmt calling a
//! `String()` method, which runs a nested dispatch loop).

pub mod chan;
mod exec;
mod hot;
pub mod natives;
pub mod op;
pub mod panic;
mod procs;
pub mod sched;
pub mod value;
pub mod verify;

#[cfg(test)]
mod tests;

use std::rc::Rc;

pub use op::{FuncProto, Program};
pub use sched::{Event, EventKind, Limits, Policy};
pub use value::Value;

use value::{Cell, Closure};

/// A goroutine's id as Go prints it (`goroutine 1`); main is 1, others are
/// numbered in creation order from 2 (real Go skips a few ids for runtime
/// goroutines; goplay does not).
pub type Goid = u64;

/// Why a frame exists, which decides what its return does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    Normal,
    /// A deferred call run by `RunDefers` (normal return path).
    Defer,
    /// A deferred call run while panicking; `recover` works here.
    PanicDefer,
    /// The bottom frame of a native's nested call into Go.
    Boundary,
}

/// A call's activation: 32 bytes (a goroutine's first frame shares an
/// allocation size class with nothing else it owns; see `Goroutine`).
#[derive(Clone, Debug)]
pub struct Frame {
    pub func: u32,
    /// The next instruction to execute.
    pub pc: u32,
    pub base: u32,
    pub kind: FrameKind,
    pub closure: Option<Rc<Closure>>,
    pub defers: Defers,
}

/// A pending deferred call: the function value and its evaluated arguments.
#[derive(Clone, Debug)]
pub struct Deferred {
    pub f: Value,
    pub args: Box<[Value]>,
    pub line: u32,
}

/// A frame's pending deferred calls, a list newest first as Go's `_defer`
/// chain: one word in every frame, one allocation per `defer` statement.
#[derive(Default)]
pub struct Defers(Option<Box<DeferNode>>);

struct DeferNode {
    d: Deferred,
    next: Defers,
}

impl Defers {
    pub const NONE: Defers = Defers(None);

    pub fn push(&mut self, d: Deferred) {
        let next = Defers(self.0.take());
        self.0 = Some(Box::new(DeferNode { d, next }));
    }

    /// The newest pending call.
    pub fn pop(&mut self) -> Option<Deferred> {
        let node = self.0.take()?;
        let DeferNode { d, mut next } = *node;
        self.0 = next.0.take();
        Some(d)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    fn iter(&self) -> impl Iterator<Item = &Deferred> {
        std::iter::successors(self.0.as_deref(), |n| n.next.0.as_deref()).map(|n| &n.d)
    }
}

impl Drop for Defers {
    /// Iteratively: a frame may hold a million defers.
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

impl Clone for Defers {
    fn clone(&self) -> Defers {
        let mut all: Vec<&Deferred> = self.iter().collect();
        let mut out = Defers::NONE;
        while let Some(d) = all.pop() {
            out.push(d.clone());
        }
        out
    }
}

impl std::fmt::Debug for Defers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GState {
    Runnable,
    Running,
    Waiting(WaitReason),
    Dead,
}

/// Go's wait reasons, as the deadlock dump prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    ChanReceiveNil,
    ChanSendNil,
    Select,
    SelectNoCases,
    WaitGroup,
    Mutex,
    RWMutexLock,
    RWMutexRLock,
    Cond,
    Sleep,
}

impl WaitReason {
    pub fn text(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNil => "chan receive (nil chan)",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::WaitGroup => "sync.WaitGroup.Wait",
            WaitReason::Mutex => "sync.Mutex.Lock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::Cond => "sync.Cond.Wait",
            WaitReason::Sleep => "sleep",
        }
    }
}

/// One panic of a goroutine's panic chain (Go prints them all).
#[derive(Clone, Debug)]
pub struct PanicRecord {
    pub value: Value,
    pub recovered: bool,
    pub repanicked: bool,
    /// The frame depth of the deferred call that may recover it.
    pub defer_depth: usize,
    /// runtime.Goexit: runs the defers, cannot be recovered, ends the goroutine.
    pub goexit: bool,
}

/// A goroutine: 88 bytes (a 96-byte malloc chunk) plus its register file and
/// frame stack; what only a panicking goroutine needs is boxed.
#[derive(Debug)]
pub struct Goroutine {
    pub id: Goid,
    /// Every frame's registers, each frame a window at its `base`. Exactly
    /// as long as needed (a parked goroutine holds no spare capacity); grown
    /// by `grow_regs`.
    pub regs: Box<[Value]>,
    pub frames: Vec<Frame>,
    /// Incremented whenever the goroutine blocks, so stale wait-queue entries
    /// (other cases of a select) can be recognised.
    pub wait_token: u64,
    /// (creator id, creator function, line of the go statement); creator 0:
    /// none (main, a timer's goroutine).
    origin: (Goid, u32, u32),
    panicking: Option<Box<Panicking>>,
    pub state: GState,
    /// The processor (go policy) this goroutine last ran on.
    pub p: u16,
}

/// A panicking goroutine's chain of panics and the trace of the last one.
#[derive(Debug, Default)]
struct Panicking {
    records: Vec<PanicRecord>,
    /// Trace captured when the current panic was raised.
    trace: Box<[TraceFrame]>,
}

/// A frame of a goroutine trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceFrame {
    pub func: String,
    pub line: u32,
    /// Go prints `f(...)` for a function with arguments, `f()` without.
    pub args: bool,
}

/// Why the VM stopped running.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// The budget ran out; call `run` again.
    Budget,
    /// The program ended with this exit code (stdout/stderr are complete).
    Exited(i32),
    /// Manual policy: every runnable goroutine waits for the host's choice.
    NeedsChoice,
}

pub use sched::Vm;

impl Goroutine {
    fn new(id: Goid, regs: Box<[Value]>, frame: Frame) -> Goroutine {
        Goroutine {
            id,
            regs,
            // Room for exactly one frame: most goroutines never call deeper.
            frames: vec![frame],
            wait_token: 0,
            origin: (0, 0, 0),
            panicking: None,
            state: GState::Runnable,
            p: 0,
        }
    }

    /// The go statement that created it: (creator id, creator function, line).
    pub fn created_by(&self) -> Option<(Goid, u32, u32)> {
        (self.origin.0 != 0).then_some(self.origin)
    }

    /// Grows the register file to at least `len` registers (new ones nil),
    /// to exactly `len`: callers that want room to grow ask for it.
    pub fn grow_regs(&mut self, len: usize) {
        if self.regs.len() < len {
            let mut v = std::mem::take(&mut self.regs).into_vec();
            v.reserve_exact(len - v.len());
            v.resize(len, Value::Nil);
            self.regs = v.into_boxed_slice();
        }
    }

    /// The panics in flight, oldest first.
    pub fn panics(&self) -> &[PanicRecord] {
        self.panicking.as_deref().map_or(&[], |p| &p.records)
    }

    pub fn last_panic_mut(&mut self) -> Option<&mut PanicRecord> {
        self.panicking.as_mut()?.records.last_mut()
    }

    pub fn push_panic(&mut self, p: PanicRecord) {
        self.panicking
            .get_or_insert_with(Box::default)
            .records
            .push(p);
    }

    pub fn pop_panic(&mut self) -> Option<PanicRecord> {
        self.panicking.as_mut()?.records.pop()
    }

    pub fn take_panics(&mut self) -> Vec<PanicRecord> {
        self.panicking
            .as_mut()
            .map(|p| std::mem::take(&mut p.records))
            .unwrap_or_default()
    }

    pub fn set_panic_trace(&mut self, trace: Box<[TraceFrame]>) {
        self.panicking.get_or_insert_with(Box::default).trace = trace;
    }

    pub fn take_panic_trace(&mut self) -> Box<[TraceFrame]> {
        self.panicking
            .as_mut()
            .map(|p| std::mem::take(&mut p.trace))
            .unwrap_or_default()
    }
}

/// Creates a heap cell with a fresh stable id.
pub fn new_cell(next_id: &mut u32, v: Value) -> Rc<Cell> {
    *next_id += 1;
    Rc::new(Cell {
        id: *next_id,
        race: std::cell::Cell::new(0),
        v: std::cell::RefCell::new(v),
    })
}
