//! Channels: a buffer plus queues of parked senders and receivers.
//!
//! The operations themselves live in `sched.rs` (they park and wake
//! goroutines); this module holds the data.

use std::collections::VecDeque;

use super::value::Value;

/// A goroutine parked on a channel (Go's sudog): 24 bytes. `token` must
/// still equal the goroutine's `wait_token` when it is woken (a select parks
/// on several channels; the first to fire invalidates the others).
#[derive(Clone, Debug)]
pub struct Waiter {
    /// The goroutine's slot in `Vm::gs`.
    pub slot: u32,
    /// Register (absolute index in the waiter's register file) receiving the
    /// value; for select, the base of the (case, value, ok) triples.
    pub dst: u32,
    pub token: u64,
    /// For select: the case index to report.
    pub case: Option<u16>,
    /// Receive form `v, ok` (write ok into dst+1).
    pub want_ok: bool,
}

impl Waiter {
    /// The register holding a parked sender's value: the value stays in the
    /// sender's registers until it is taken, as Go's sudog points into the
    /// sender's stack (a plain send's `dst` is its value register; a select
    /// keeps case `i`'s value at `dst + 3i + 2`).
    pub fn send_src(&self) -> usize {
        match self.case {
            Some(i) => self.dst as usize + 3 * usize::from(i) + 2,
            None => self.dst as usize,
        }
    }
}

#[derive(Debug)]
pub struct Chan {
    pub id: u32,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
    /// The element type's zero value (received from a closed channel).
    pub zero: Value,
    /// Count of completed sends and receives (race detector / events pair them).
    pub sent: u64,
    pub received: u64,
    /// A timer's channel: buffered internally but, as since Go 1.23, it looks
    /// unbuffered (len and cap 0) and Stop/Reset drop a pending value.
    pub timer: bool,
}

impl Chan {
    pub fn new(id: u32, cap: usize, zero: Value) -> Chan {
        Chan {
            id,
            cap,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            zero,
            sent: 0,
            received: 0,
            timer: false,
        }
    }

    pub fn len(&self) -> usize {
        if self.timer {
            0
        } else {
            self.buf.len()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }
}
