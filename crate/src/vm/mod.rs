//! The stackless VM: values, heap, goroutines, scheduler.
//!
//! A goroutine is data ([`Goroutine`]: a register file and a stack of
//! [`Frame`]s). [`Vm::run`] executes goroutines for an instruction budget and
//! returns to the host; nothing in here recurses in Rust per Go call (the one
//! exception is a native that calls back into Go, e.g. fmt calling a
//! `String()` method, which runs a nested dispatch loop).

pub mod chan;
mod exec;
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

#[derive(Clone, Debug)]
pub struct Frame {
    pub func: u32,
    /// The next instruction to execute.
    pub pc: u32,
    pub base: u32,
    pub closure: Option<Rc<Closure>>,
    pub defers: Vec<Deferred>,
    pub kind: FrameKind,
}

/// A pending deferred call: the function value and its evaluated arguments.
#[derive(Clone, Debug)]
pub struct Deferred {
    pub f: Value,
    pub args: Vec<Value>,
    pub line: u32,
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

#[derive(Debug)]
pub struct Goroutine {
    pub id: Goid,
    pub regs: Vec<Value>,
    pub frames: Vec<Frame>,
    pub state: GState,
    pub panics: Vec<PanicRecord>,
    /// (creator id, creator function, line of the go statement).
    pub created_by: Option<(Goid, u32, u32)>,
    /// The function the goroutine was started with.
    pub start_func: u32,
    /// Incremented whenever the goroutine blocks, so stale wait-queue entries
    /// (other cases of a select) can be recognised.
    pub wait_token: u64,
    /// Trace captured when the current panic was raised.
    pub panic_trace: Box<[TraceFrame]>,
    /// The processor (go policy) this goroutine last ran on. (Small fields
    /// keep a goroutine at 136 bytes: 100,000 of them must fit in 40 MB.)
    pub p: u16,
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
    fn new(id: Goid, start_func: u32) -> Goroutine {
        Goroutine {
            id,
            regs: Vec::new(),
            frames: Vec::new(),
            state: GState::Runnable,
            panics: Vec::new(),
            created_by: None,
            start_func,
            wait_token: 0,
            panic_trace: Box::default(),
            p: 0,
        }
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
