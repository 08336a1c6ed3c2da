//! The dispatch loop: runs one goroutine until its budget is spent, it
//! blocks, it finishes or it panics. Calls push frames; nothing recurses.

use std::rc::Rc;

use super::hot;
use super::op::{BinOp, Cmp, Conv, CplxOp, IntKind, Op, NOREG};
use super::panic::{self, builtin_types};
use super::sched::{stack_trace, Stop, TimerAction, Turn};
use super::value::{equal, store_into, Closure, FuncRef, Key, Ptr, Slice, Str, Value};
use super::{
    Deferred, Frame, FrameKind, GState, Goroutine, PanicRecord, TraceFrame, Vm, WaitReason,
};
use crate::race::vm_glue::MapOp;
use crate::vm::chan::Waiter;

type ChanRef = Rc<std::cell::RefCell<super::chan::Chan>>;

/// What a native returns.
pub enum Ret {
    None,
    One(Value),
    Many(Vec<Value>),
    /// The native parked the goroutine (it resumes after the call).
    Blocked,
    /// The native ended the program (`Vm::exit` is set).
    Exit,
    /// The goroutine yields (runtime.Gosched): it goes to the back of the queue.
    Yield,
}

/// Result of starting a call.
enum Called {
    /// A Go frame was pushed: reload the frame state.
    Pushed,
    /// A native finished; its results are in place.
    Done,
    Blocked,
    Exit,
    Yield,
}

/// A new frame's fields, pushed as a constant and then filled in place:
/// building the frame on the stack and copying it into the Vec stalled store
/// forwarding on every call.
pub(super) const NEW_FRAME: Frame = Frame {
    func: 0,
    pc: 0,
    base: 0,
    closure: None,
    defers: super::Defers::NONE,
    kind: FrameKind::Normal,
};

/// The goroutine `exec` runs.
pub(super) enum Running<'a> {
    /// The scheduler's turn: when the goroutine stops, `exec` files it and
    /// goes on with the next itself (`Vm::end_turn`, `Vm::next_turn`).
    Turn(&'a mut Turn),
    /// A native's nested call into Go: runs only this goroutine.
    Nested(&'a mut Goroutine),
}

impl Vm {
    pub(super) fn exec(&mut self, run: &mut Running<'_>, budget: &mut u64) -> Stop {
        let prog = self.prog.clone();
        // Why the goroutine stopped, for the code at the top of the loop.
        let mut stopped: Option<Stop> = None;
        // A goroutine (re)starts: see the `resume` check below.
        let mut starts = true;
        'frame: loop {
            let g: &mut Goroutine = match run {
                Running::Turn(t) => {
                    // The scheduler's work between two quanta, here rather
                    // than in `run`'s loop.
                    if let Some(s) = stopped.take() {
                        self.end_turn(t, s, *budget);
                    }
                    if t.g.is_none() {
                        if let Err(status) = self.next_turn(t) {
                            return Stop::Ended(status);
                        }
                        *budget = t.quantum;
                        starts = true;
                    }
                    match t.g.as_deref_mut() {
                        Some(g) => g,
                        None => return Stop::Done,
                    }
                }
                Running::Nested(g) => {
                    if let Some(s) = stopped.take() {
                        return s;
                    }
                    g
                }
            };
            // The goroutine stops: at the scheduler's turn the next one
            // starts at the top of this loop.
            macro_rules! stop {
                ($s:expr) => {{
                    stopped = Some($s);
                    continue 'frame;
                }};
            }
            // A sender woken by close resumes into its panic.
            if std::mem::take(&mut starts)
                && matches!(g.panics().last(), Some(p) if p.defer_depth == usize::MAX)
            {
                if let Some(p) = g.pop_panic() {
                    if let Some(s) = self.raise(g, p.value) {
                        stop!(s)
                    }
                }
            }
            let Some(fr) = g.frames.last() else {
                stop!(Stop::Done)
            };
            let mut fid = fr.func;
            if fid == u32::MAX {
                // Trampoline for `go nativeFunc(args)`.
                let f = g.regs.first().cloned().unwrap_or_default();
                let n = g.regs.len().saturating_sub(1) as u16;
                g.frames.clear();
                if let Err(v) = self.call_value(g, &f, 1, n, FrameKind::Normal) {
                    // The call failed in Go's `gowrap` wrapper (a nil func).
                    let stop = self.raise(g, v);
                    if let Some((_, caller, line)) = g.created_by() {
                        let func = super::sched::gowrap_name(&prog, caller, line);
                        g.set_panic_trace(Box::new([super::TraceFrame {
                            func,
                            line,
                            args: false,
                        }]));
                    }
                    if let Some(s) = stop {
                        stop!(s)
                    }
                }
                if self.exit.is_some() {
                    stop!(Stop::Exit)
                }
                if g.state != GState::Running {
                    stop!(Stop::Blocked)
                }
                continue 'frame;
            }
            let mut proto: &super::op::FuncProto = &prog.funcs[fid as usize];
            let mut code: &[Op] = &proto.code;
            let mut pc = fr.pc as usize;
            let mut base = fr.base as usize;

            macro_rules! r {
                ($i:expr) => {
                    g.regs[base + $i as usize]
                };
            }
            // Integer and boolean results overwrite a register of the same
            // kind in place: building a whole 32-byte Value on the stack and
            // copying it stalls store forwarding, which cost more than the
            // arithmetic in loops.
            macro_rules! set_int {
                ($i:expr, $v:expr) => {{
                    let v: i64 = $v;
                    match &mut g.regs[base + $i as usize] {
                        Value::Int(x) => *x = v,
                        slot => *slot = Value::Int(v),
                    }
                }};
            }
            macro_rules! save_pc {
                () => {
                    if let Some(f) = g.frames.last_mut() {
                        f.pc = pc as u32;
                    }
                };
            }
            macro_rules! throw {
                ($v:expr) => {{
                    let v = $v;
                    save_pc!();
                    if let Some(s) = self.raise(g, v) {
                        stop!(s)
                    }
                    continue 'frame;
                }};
            }
            macro_rules! call {
                ($f:expr, $a:expr, $n:expr, $kind:expr) => {{
                    save_pc!();
                    let called = self.call_value(g, &$f, base + $a as usize, $n, $kind);
                    called!(called)
                }};
            }
            macro_rules! called {
                ($called:expr) => {{
                    match $called {
                        Ok(Called::Pushed) => continue 'frame,
                        Ok(Called::Done) => cut!(),
                        Ok(Called::Blocked) => stop!(Stop::Blocked),
                        Ok(Called::Exit) => stop!(Stop::Exit),
                        Ok(Called::Yield) => stop!(Stop::Budget),
                        Err(v) => throw!(v),
                    }
                }};
            }
            // A costly operation (go policy, several processors) ends the
            // quantum at the next statement: see procs.rs.
            macro_rules! cut {
                () => {
                    if std::mem::take(&mut self.cut) {
                        self.cut_left = Some(*budget);
                        *budget = 0;
                    }
                };
            }
            macro_rules! jump {
                ($off:expr) => {
                    pc = (pc as i64 + $off as i64) as usize
                };
            }

            loop {
                if code.get(pc).is_some_and(hot::handles) {
                    let mut at = hot::Cursor {
                        fid,
                        pc,
                        base,
                        budget: *budget,
                    };
                    hot::run(
                        &prog,
                        proto,
                        &mut g.regs,
                        &mut g.frames,
                        self.limits.max_depth,
                        &mut at,
                        #[cfg(feature = "op-counts")]
                        &mut self.op_counts,
                    );
                    if at.fid != fid {
                        fid = at.fid;
                        proto = &prog.funcs[fid as usize];
                        code = &proto.code;
                    }
                    pc = at.pc;
                    base = at.base;
                    *budget = at.budget;
                }
                let Some(op) = code.get(pc) else {
                    // Falling off the end: a function without results.
                    save_pc!();
                    match self.do_return(g, 0, 0) {
                        Some(s) => stop!(s),
                        None => continue 'frame,
                    }
                };
                #[cfg(feature = "op-counts")]
                count_op(&mut self.op_counts, fid, pc);
                pc += 1;
                match *op {
                    // A statement start reaches this loop when the budget
                    // is spent (`hot::run` runs it otherwise).
                    Op::Line(_) | Op::LineJumpCmpI(..) | Op::LineJumpCmpIK(..) if *budget == 0 => {
                        pc -= 1;
                        save_pc!();
                        stop!(Stop::Budget)
                    }
                    // `hot::run` runs these; it hands one over only when the
                    // frame's registers are missing, a broken invariant.
                    hot::hot_only!() => {
                        throw!(panic::runtime_error(
                            "goplay internal error: frame registers"
                        ))
                    }
                    Op::ConstCopy(a, k) => r!(a) = prog.consts[k as usize].deep_copy(),
                    Op::Copy(a, b) => {
                        if self.race.is_some() {
                            self.race_copy(g, pc - 1, &r!(b));
                        }
                        r!(a) = r!(b).copy_aggregate()
                    }
                    Op::LoadGlobal(a, i) => {
                        if self.race.is_some() {
                            self.race_global(g, pc - 1, i as usize, false);
                        }
                        r!(a) = self.globals[i as usize].v.borrow().clone()
                    }
                    Op::StoreGlobal(i, b) => {
                        if self.race.is_some() {
                            self.race_global(g, pc - 1, i as usize, true);
                        }
                        let v = r!(b).clone();
                        store_into(&mut self.globals[i as usize].v.borrow_mut(), v);
                    }
                    Op::GlobalAddr(a, i) => {
                        r!(a) = Value::Ptr(Ptr::Cell(self.globals[i as usize].clone()))
                    }
                    Op::Capture(a, i) => {
                        let v = g
                            .frames
                            .last()
                            .and_then(|f| f.closure.as_ref())
                            .and_then(|c| c.capture(i as usize))
                            .unwrap_or_default();
                        r!(a) = v;
                    }
                    Op::IntOp(bop, kind, a, b, c) => {
                        let (x, y) = (r!(b).as_int(), r!(c).as_int());
                        let v = match int_op(bop, kind, x, y) {
                            Ok(v) => v,
                            Err(e) => throw!(e),
                        };
                        set_int!(a, kind.wrap(v));
                    }
                    Op::IntOpK(bop, kind, a, b, k) => {
                        let v = match int_op(bop, kind, r!(b).as_int(), i64::from(k)) {
                            Ok(v) => v,
                            Err(e) => throw!(e),
                        };
                        set_int!(a, kind.wrap(v));
                    }
                    Op::ComplexOp(op, c64, a, b, c) => r!(a) = complex_op(op, c64, &r!(b), &r!(c)),
                    Op::Eq(a, x, y) | Op::Ne(a, x, y) => {
                        if self.race.is_some() {
                            // Comparing structs or arrays reads every word.
                            self.race_copy(g, pc - 1, &r!(x));
                            self.race_copy(g, pc - 1, &r!(y));
                        }
                        let eq = match equal(&r!(x), &r!(y)) {
                            Ok(v) => v,
                            Err(u) => throw!(panic::runtime_error(format!(
                                "comparing uncomparable type {}",
                                self.type_name(u.0)
                            ))),
                        };
                        r!(a) = Value::Bool(eq == matches!(op, Op::Eq(..)));
                    }
                    Op::Concat(a, x, y) => {
                        let (p, q) = (r!(x).as_bytes(), r!(y).as_bytes());
                        let mut s = Vec::with_capacity(p.len() + q.len());
                        s.extend_from_slice(p);
                        s.extend_from_slice(q);
                        if let Err(e) = self.account(s.len() as u64) {
                            stop!(e)
                        }
                        r!(a) = Value::Str(Str::from(s));
                    }
                    Op::Convert(c, a, b) => {
                        let v = convert(c, &r!(b));
                        r!(a) = v;
                    }
                    Op::SliceToArray(a, b, n) => {
                        let elems = r!(b).elems();
                        if elems.len() < n as usize {
                            throw!(panic::slice_to_array(elems.len(), n))
                        }
                        let v: Vec<Value> = elems
                            .iter()
                            .take(n as usize)
                            .map(Value::deep_copy)
                            .collect();
                        r!(a) = Value::Array(Value::new_box(v));
                    }
                    Op::SliceToArrayPtr(a, b, n) => {
                        let v = match &r!(b) {
                            Value::Slice(s) if s.len >= n => {
                                let window = Value::Slice(Slice {
                                    arr: s.arr.clone(),
                                    off: s.off,
                                    len: n,
                                    cap: n,
                                });
                                Value::Ptr(Ptr::Cell(self.new_cell(window)))
                            }
                            Value::Slice(s) => throw!(panic::slice_to_array(s.len as usize, n)),
                            _ if n > 0 => throw!(panic::slice_to_array(0, n)),
                            _ => Value::Nil,
                        };
                        r!(a) = v;
                    }
                    Op::MakeStruct(a, b, n) => {
                        let v: Vec<Value> =
                            g.regs[base + b as usize..base + b as usize + n as usize].to_vec();
                        r!(a) = Value::Struct(Value::new_box(v));
                    }
                    Op::MakeArray(a, b, n) => {
                        let v: Vec<Value> =
                            g.regs[base + b as usize..base + b as usize + n as usize].to_vec();
                        r!(a) = Value::Array(Value::new_box(v));
                    }
                    Op::MakeSliceLit(a, b, n) => {
                        let v: Vec<Value> =
                            g.regs[base + b as usize..base + b as usize + n as usize].to_vec();
                        r!(a) = Value::slice_of(v);
                    }
                    Op::MakeSlice(a, l, c, z) => {
                        let len = r!(l).as_int();
                        let cap = if c == NOREG { len } else { r!(c).as_int() };
                        if !(0..=1 << 40).contains(&len) {
                            throw!(panic::runtime_error("makeslice: len out of range"))
                        }
                        if cap < len || cap > 1 << 40 {
                            throw!(panic::runtime_error("makeslice: cap out of range"))
                        }
                        if let Err(e) = self.account(cap as u64 * 16) {
                            stop!(e)
                        }
                        let zero = &prog.consts[z as usize];
                        let v: Vec<Value> = (0..cap).map(|_| zero.deep_copy()).collect();
                        r!(a) = Value::Slice(Slice {
                            arr: Value::new_box(v),
                            off: 0,
                            len: len as u32,
                            cap: cap as u32,
                        });
                    }
                    Op::MakeMap(a) => r!(a) = Value::Map(Default::default()),
                    Op::MakeChan(a, c, z) => {
                        let cap = if c == NOREG { 0 } else { r!(c).as_int() };
                        if cap < 0 {
                            throw!(panic::runtime_error("makechan: size out of range"))
                        }
                        let zero = prog.consts[z as usize].clone();
                        r!(a) = self.new_chan(cap as usize, zero);
                    }
                    Op::Field(a, b, i) => {
                        if let (Value::Struct(s), true) = (&r!(b), self.race.is_some()) {
                            self.race_elem(g, pc - 1, s, i as usize, false);
                        }
                        let v = match &r!(b) {
                            Value::Struct(s) => {
                                s.borrow().get(i as usize).cloned().unwrap_or_default()
                            }
                            _ => throw!(panic::nil_deref()),
                        };
                        r!(a) = v;
                    }
                    Op::SetField(a, i, c) => {
                        if let (Value::Struct(s), true) = (&r!(a), self.race.is_some()) {
                            self.race_elem(g, pc - 1, s, i as usize, true);
                        }
                        let v = r!(c).clone();
                        match &r!(a) {
                            Value::Struct(s) => {
                                if let Some(slot) = s.borrow_mut().get_mut(i as usize) {
                                    store_into(slot, v);
                                }
                            }
                            _ => throw!(panic::nil_deref()),
                        }
                    }
                    Op::FieldAddr(a, b, i) => {
                        let v = match &r!(b) {
                            Value::Struct(s) => Value::Ptr(Ptr::Elem(s.clone(), u32::from(i))),
                            _ => throw!(panic::nil_deref()),
                        };
                        r!(a) = v;
                    }
                    Op::Index(a, b, c) => {
                        let i = r!(c).as_int();
                        let v = match index(&r!(b), i) {
                            Ok((arr, at)) => {
                                if self.race.is_some() {
                                    self.race_elem(g, pc - 1, &arr, at, false);
                                }
                                arr.borrow()[at].clone()
                            }
                            Err(e) => throw!(e),
                        };
                        r!(a) = v;
                    }
                    Op::SetIndex(a, b, c) => {
                        let i = r!(b).as_int();
                        let v = r!(c).clone();
                        match index(&r!(a), i) {
                            Ok((arr, at)) => {
                                if self.race.is_some() {
                                    self.race_elem(g, pc - 1, &arr, at, true);
                                }
                                store_into(&mut arr.borrow_mut()[at], v)
                            }
                            Err(e) => throw!(e),
                        }
                    }
                    Op::IndexAddr(a, b, c) => {
                        let i = r!(c).as_int();
                        let v = match index(&r!(b), i) {
                            Ok((arr, at)) => Value::Ptr(Ptr::Elem(arr, at as u32)),
                            Err(e) => throw!(e),
                        };
                        r!(a) = v;
                    }
                    Op::IndexStr(a, b, c) => {
                        let i = r!(c).as_int();
                        let s = r!(b).as_bytes();
                        let v = match usize::try_from(i).ok().and_then(|i| s.get(i)) {
                            Some(&byte) => Value::Int(i64::from(byte)),
                            None => throw!(panic::index_out_of_range(i, s.len() as i64)),
                        };
                        r!(a) = v;
                    }
                    Op::MapGet(a, m, k, z) | Op::MapGet2(a, m, k, z) => {
                        let key = match Key::from_value(&r!(k), &mut self.nan_keys) {
                            Ok(key) => key,
                            Err(u) => throw!(self.unhashable(u.0)),
                        };
                        if let (Value::Map(map), true) = (&r!(m), self.race.is_some()) {
                            let comma_ok = matches!(op, Op::MapGet2(..));
                            self.race_map(g, pc - 1, map, Some(&key), MapOp::Get { comma_ok });
                        }
                        let found = match &r!(m) {
                            Value::Map(map) => map.borrow().get(&key).cloned(),
                            _ => None,
                        };
                        let ok = found.is_some();
                        r!(a) = found.unwrap_or_else(|| prog.consts[z as usize].deep_copy());
                        if let Op::MapGet2(..) = op {
                            r!(a + 1) = Value::Bool(ok);
                        }
                    }
                    Op::MapSet(m, k, v) => {
                        let key = match Key::from_value(&r!(k), &mut self.nan_keys) {
                            Ok(key) => key,
                            Err(u) => throw!(self.unhashable(u.0)),
                        };
                        let (kv, vv) = (r!(k).clone(), r!(v).clone());
                        if let (Value::Map(map), true) = (&r!(m), self.race.is_some()) {
                            self.race_map(g, pc - 1, map, Some(&key), MapOp::Set);
                        }
                        match &r!(m) {
                            Value::Map(map) => map.borrow_mut().insert(key, kv, vv),
                            _ => throw!(panic::plain_error("assignment to entry in nil map")),
                        }
                        if let Err(e) = self.account(48) {
                            stop!(e)
                        }
                    }
                    Op::MapDelete(m, k) => {
                        let key = match Key::from_value(&r!(k), &mut self.nan_keys) {
                            Ok(key) => key,
                            Err(u) => throw!(self.unhashable(u.0)),
                        };
                        if let Value::Map(map) = &r!(m) {
                            if self.race.is_some() {
                                self.race_map(g, pc - 1, map, Some(&key), MapOp::Delete);
                            }
                            map.borrow_mut().remove(&key);
                        }
                    }
                    Op::SliceExpr(a, b, lo, hi, max) => {
                        let lo = if lo == NOREG {
                            None
                        } else {
                            Some(r!(lo).as_int())
                        };
                        let hi = if hi == NOREG {
                            None
                        } else {
                            Some(r!(hi).as_int())
                        };
                        let max = if max == NOREG {
                            None
                        } else {
                            Some(r!(max).as_int())
                        };
                        let v = match slice_expr(&r!(b), lo, hi, max) {
                            Ok(v) => v,
                            Err(e) => throw!(e),
                        };
                        r!(a) = v;
                    }
                    Op::Append(a, b, n, esize) => {
                        let extra = &g.regs[base + b as usize..base + b as usize + n as usize];
                        let (v, grown) = append(&g.regs[base + a as usize], extra, esize);
                        if let Err(e) = self.account(grown) {
                            stop!(e)
                        }
                        if self.race.is_some() {
                            self.race_append(g, pc - 1, &r!(a), &v);
                        }
                        r!(a) = v;
                    }
                    Op::AppendSpread(a, b, esize) => {
                        let extra: Vec<Value> = match &r!(b) {
                            Value::Str(s) => s.iter().map(|&c| Value::Int(i64::from(c))).collect(),
                            other => other.elems(),
                        };
                        let (v, grown) = append(&r!(a), &extra, esize);
                        if let Err(e) = self.account(grown) {
                            stop!(e)
                        }
                        if self.race.is_some() {
                            self.race_append(g, pc - 1, &r!(a), &v);
                        }
                        r!(a) = v;
                    }
                    Op::AppendBuf(a, b, packed) => {
                        if let Some((v, buf)) = stack_buf(&r!(a), &r!(b), packed) {
                            r!(a) = v;
                            if let Some(buf) = buf {
                                r!(b) = buf;
                            }
                        }
                    }
                    Op::MoveToHeap(a, b, size) => {
                        if let (Value::Slice(s), Value::Slice(buf)) = (&r!(a), &r!(b)) {
                            if Rc::ptr_eq(&s.arr, &buf.arr) {
                                let size = u64::from(size.max(1));
                                let cap = round_up_size(u64::from(s.len) * size, false) / size;
                                r!(a) = resized(s, cap as u32);
                            }
                        }
                    }
                    Op::CopySlice(a, b, c) => {
                        if self.race.is_some() {
                            self.race_copy_slice(g, pc - 1, &r!(b), &r!(c));
                        }
                        let src: Vec<Value> = match &r!(c) {
                            Value::Str(s) => s.iter().map(|&c| Value::Int(i64::from(c))).collect(),
                            other => other.elems(),
                        };
                        let n = match &r!(b) {
                            Value::Slice(d) => {
                                let n = (d.len as usize).min(src.len());
                                let mut arr = d.arr.borrow_mut();
                                for (i, v) in src.into_iter().take(n).enumerate() {
                                    if let Some(slot) = arr.get_mut(d.off as usize + i) {
                                        store_into(slot, v);
                                    }
                                }
                                n
                            }
                            _ => 0,
                        };
                        r!(a) = Value::Int(n as i64);
                    }
                    Op::Clear(a, z) => match &r!(a) {
                        Value::Map(m) => m.borrow_mut().clear(),
                        Value::Slice(s) => {
                            let mut arr = s.arr.borrow_mut();
                            for i in s.off..s.off + s.len {
                                if let Some(slot) = arr.get_mut(i as usize) {
                                    *slot = prog.consts[z as usize].deep_copy();
                                }
                            }
                        }
                        _ => {}
                    },
                    Op::NewCell(a, k) => {
                        let c = self.new_cell(prog.consts[k as usize].deep_copy());
                        if let Err(e) = self.account(32) {
                            stop!(e)
                        }
                        r!(a) = Value::Ptr(Ptr::Cell(c));
                    }
                    Op::Box(a, b) => {
                        let c = self.new_cell(r!(b).clone());
                        if let Err(e) = self.account(32) {
                            stop!(e)
                        }
                        r!(a) = Value::Ptr(Ptr::Cell(c));
                    }
                    Op::Load(a, b) => {
                        let v = match &r!(b) {
                            Value::Ptr(p) => {
                                if self.race.is_some() {
                                    self.race_ptr(g, Some(pc - 1), p, false);
                                }
                                p.load()
                            }
                            _ => throw!(panic::nil_deref()),
                        };
                        r!(a) = v;
                    }
                    Op::Store(a, b) => {
                        let v = r!(b).clone();
                        match &r!(a) {
                            Value::Ptr(p) => {
                                if self.race.is_some() {
                                    self.race_ptr(g, Some(pc - 1), p, true);
                                }
                                p.store(v)
                            }
                            _ => throw!(panic::nil_deref()),
                        }
                    }
                    Op::MapIter(a, b) => {
                        let m = r!(b).clone();
                        if let (Value::Map(map), true) = (&m, self.race.is_some()) {
                            self.race_map(g, pc - 1, map, None, MapOp::Range);
                        }
                        let start = self.rng.next_u64();
                        let keys: Vec<Value> = match &m {
                            Value::Map(map) => map
                                .borrow()
                                .keys_from(start)
                                .into_iter()
                                .map(|(_, kv)| kv)
                                .collect(),
                            _ => Vec::new(),
                        };
                        r!(a) = m;
                        r!(a + 1) = Value::Tuple(Rc::from(keys));
                        r!(a + 2) = Value::Int(0);
                    }
                    Op::MapNext(it, dst, off) => {
                        let mut done = true;
                        loop {
                            let i = r!(it + 2).as_int() as usize;
                            let k = match &r!(it + 1) {
                                Value::Tuple(keys) => keys.get(i).cloned(),
                                _ => None,
                            };
                            let Some(k) = k else { break };
                            r!(it + 2) = Value::Int(i as i64 + 1);
                            let Ok(key) = Key::from_value(&k, &mut self.nan_keys) else {
                                continue;
                            };
                            let v = match &r!(it) {
                                Value::Map(m) => m.borrow().get(&key).cloned(),
                                _ => None,
                            };
                            if let Some(v) = v {
                                r!(dst) = k;
                                r!(dst + 1) = v;
                                done = false;
                                break;
                            }
                        }
                        if done {
                            jump!(off)
                        }
                    }
                    Op::DecodeRune(a, s, i) => {
                        let at = r!(i).as_int().max(0) as usize;
                        let (rune, w) = decode_rune(r!(s).as_bytes().get(at..).unwrap_or(&[]));
                        r!(a) = Value::Int(i64::from(rune));
                        r!(a + 1) = Value::Int(w as i64);
                    }
                    Op::ToIface(a, b, t) => {
                        let v = r!(b).clone();
                        r!(a) = Value::Iface(Rc::new((t, v)));
                    }
                    Op::Assert(a, b, d) => {
                        let desc = &prog.asserts[d as usize];
                        let x = r!(b).clone();
                        let dyn_t = match &x {
                            Value::Iface(i) => Some(i.0),
                            _ => None,
                        };
                        let ok = match (dyn_t, desc.is_iface) {
                            (None, _) => false,
                            (Some(t), false) => t == desc.target,
                            (Some(t), true) => self.implements(t, desc.target).is_none(),
                        };
                        if desc.comma_ok {
                            r!(a) = if ok {
                                if desc.is_iface {
                                    x
                                } else {
                                    unwrap_iface(x)
                                }
                            } else if desc.is_iface {
                                Value::Nil
                            } else {
                                prog.consts[desc.zero as usize].deep_copy()
                            };
                            r!(a + 1) = Value::Bool(ok);
                        } else if ok {
                            r!(a) = if desc.is_iface { x } else { unwrap_iface(x) };
                        } else {
                            throw!(self.assert_error(dyn_t, desc))
                        }
                    }
                    Op::CallIface(a, sym, n) => {
                        let recv = std::mem::take(&mut r!(a));
                        let (t, inner) = match recv {
                            Value::Iface(i) => (i.0, i.1.deep_copy()),
                            _ => throw!(panic::nil_deref()),
                        };
                        let Some(m) = self.method_of(t, sym) else {
                            throw!(panic::runtime_error("missing method"))
                        };
                        r!(a) = inner;
                        let f = Value::Func(Rc::new(Closure::new(m)));
                        call!(f, a, n + 1, FrameKind::Normal)
                    }
                    Op::IfaceMethod(a, b, sym) => {
                        let (t, inner) = match &r!(b) {
                            Value::Iface(i) => (i.0, i.1.deep_copy()),
                            _ => throw!(panic::nil_deref()),
                        };
                        let Some(m) = self.method_of(t, sym) else {
                            throw!(panic::runtime_error("missing method"))
                        };
                        r!(a) = Value::Func(Rc::new(Closure::method(m, inner)));
                    }
                    Op::Bind(a, b, k) => {
                        let recv = r!(b).clone();
                        let func = match &prog.consts[k as usize] {
                            Value::Func(c) => c.func,
                            _ => throw!(panic::nil_deref()),
                        };
                        r!(a) = Value::Func(Rc::new(Closure::method(func, recv)));
                    }
                    Op::Call(f, a, n) => {
                        let fv = r!(f).clone();
                        call!(fv, a, n, FrameKind::Normal)
                    }
                    // `hot::run` makes the calls that need no larger register
                    // file and stay below the depth limit.
                    Op::CallStatic(callee, a) => {
                        save_pc!();
                        if let Err(s) =
                            self.push_frame(g, callee, base + a as usize, None, FrameKind::Normal)
                        {
                            stop!(s)
                        }
                        continue 'frame;
                    }
                    Op::CallNative(id, a, n) => {
                        save_pc!();
                        let called = self.call_native(g, id, base + a as usize, n as usize);
                        called!(called)
                    }
                    Op::Closure(a, fid, b, n) => {
                        let caps = &g.regs[base + b as usize..base + b as usize + n as usize];
                        let c = Closure::with_captures(FuncRef::Go(fid), caps);
                        r!(a) = Value::Func(Rc::new(c));
                    }
                    Op::Return(a, n) => {
                        save_pc!();
                        match self.do_return(g, a, n) {
                            Some(s) => stop!(s),
                            None => continue 'frame,
                        }
                    }
                    Op::RunDefers => {
                        let d = g.frames.last_mut().and_then(|f| f.defers.pop());
                        if let Some(d) = d {
                            pc -= 1;
                            save_pc!();
                            match self.call_deferred(g, d, FrameKind::Defer) {
                                Ok(Called::Pushed) => continue 'frame,
                                Ok(Called::Done) => continue 'frame,
                                Ok(Called::Blocked) => stop!(Stop::Blocked),
                                Ok(Called::Exit) => stop!(Stop::Exit),
                                Ok(Called::Yield) => stop!(Stop::Budget),
                                Err(v) => {
                                    pc += 1;
                                    throw!(v)
                                }
                            }
                        }
                    }
                    Op::Defer(f, a, n) => {
                        let d = Deferred {
                            f: r!(f).clone(),
                            args: g.regs[base + a as usize..base + a as usize + n as usize].into(),
                            line: proto.lines.get(pc - 1).copied().unwrap_or(0),
                        };
                        Vm::push_defer(g, d);
                    }
                    Op::DeferAt(f, a, n, d) => {
                        let at = (r!(d).as_int() as usize).wrapping_sub(1);
                        let d = Deferred {
                            f: r!(f).clone(),
                            args: g.regs[base + a as usize..base + a as usize + n as usize].into(),
                            line: proto.lines.get(pc - 1).copied().unwrap_or(0),
                        };
                        if let Some(fr) = g.frames.get_mut(at) {
                            fr.defers.push(d);
                        }
                    }
                    Op::FrameDepth(a) => r!(a) = Value::Int(g.frames.len() as i64),
                    Op::Go(f, a, n) => {
                        let fv = r!(f).clone();
                        if matches!(fv, Value::Nil) && n == 0 {
                            save_pc!();
                            self.fatal_in(g, "go of nil func value");
                            stop!(Stop::Exit)
                        }
                        let args =
                            g.regs[base + a as usize..base + a as usize + n as usize].to_vec();
                        let line = proto.lines.get(pc - 1).copied().unwrap_or(0);
                        let (fv, args) = bind_recv(fv, args);
                        let wrapped = !args.is_empty();
                        let child = self.spawn(fv, args, Some((g.id, fid, line)));
                        if self.race.is_some() {
                            self.race_go(g, Some(pc - 1), child, wrapped);
                        }
                        cut!();
                    }
                    Op::Panic(a) => {
                        let v = r!(a).clone();
                        let v = if matches!(v, Value::Nil) {
                            panic::panic_nil()
                        } else {
                            v
                        };
                        throw!(v)
                    }
                    Op::Recover(a) => {
                        let depth = g.frames.len();
                        let kind = g.frames.last().map(|f| f.kind);
                        let v = match g.last_panic_mut() {
                            Some(p)
                                if kind == Some(FrameKind::PanicDefer)
                                    && !p.recovered
                                    && !p.goexit
                                    && p.defer_depth + 1 == depth =>
                            {
                                p.recovered = true;
                                p.value.clone()
                            }
                            _ => Value::Nil,
                        };
                        r!(a) = v;
                    }
                    Op::Send(c, v) => {
                        let ch = chan_of(&r!(c));
                        save_pc!();
                        match self.chan_send(g, ch.as_ref(), (base + v as usize) as u32) {
                            Ok(true) => cut!(),
                            Ok(false) => stop!(Stop::Blocked),
                            Err(e) => throw!(e),
                        }
                    }
                    Op::Recv(a, c, want_ok) => {
                        let ch = chan_of(&r!(c));
                        save_pc!();
                        match self.chan_recv(g, ch.as_ref(), (base + a as usize) as u32, want_ok) {
                            Ok(true) => cut!(),
                            Ok(false) => stop!(Stop::Blocked),
                            Err(e) => throw!(e),
                        }
                    }
                    Op::Close(c) => {
                        let ch = r!(c).clone();
                        if let Err(e) = self.chan_close(g, &ch) {
                            throw!(e)
                        }
                        cut!();
                    }
                    Op::Select(a, n, has_default) => {
                        save_pc!();
                        match self.select(g, base + a as usize, n, has_default) {
                            Ok(true) => cut!(),
                            Ok(false) => stop!(Stop::Blocked),
                            Err(e) => throw!(e),
                        }
                    }
                }
            }
        }
    }

    /// Pushes a frame for Go function `fid` whose arguments are at `at`.
    #[inline]
    fn push_frame(
        &mut self,
        g: &mut Goroutine,
        fid: u32,
        at: usize,
        closure: Option<Rc<Closure>>,
        kind: FrameKind,
    ) -> Result<(), Stop> {
        if g.frames.len() >= self.limits.max_depth {
            self.stack_overflow(g, fid);
            return Err(Stop::Exit);
        }
        let nregs = self.prog.funcs[fid as usize].nregs as usize;
        if g.regs.len() < at + nregs {
            let want = (at + nregs).max(g.regs.len() * 2);
            self.account(((want - g.regs.len()) * 24) as u64)?;
            g.grow_regs(want);
        }
        g.frames.push(NEW_FRAME);
        if let Some(f) = g.frames.last_mut() {
            f.func = fid;
            f.base = at as u32;
            f.closure = closure;
            f.kind = kind;
        }
        Ok(())
    }

    /// Calls function value `f` with `n` arguments at absolute register `at`.
    fn call_value(
        &mut self,
        g: &mut Goroutine,
        f: &Value,
        at: usize,
        n: u16,
        kind: FrameKind,
    ) -> Result<Called, Value> {
        let Value::Func(c) = f else {
            return Err(panic::nil_deref());
        };
        let mut n = n as usize;
        if let Some(recv) = c.recv() {
            // A method value: the receiver goes first.
            if g.regs.len() < at + n + 1 {
                g.grow_regs(at + n + 1);
            }
            g.regs[at..at + n + 1].rotate_right(1);
            g.regs[at] = recv.clone();
            n += 1;
        }
        match c.func {
            FuncRef::Go(fid) => {
                let closure = c.has_captures().then(|| c.clone());
                match self.push_frame(g, fid, at, closure, kind) {
                    Ok(()) => Ok(Called::Pushed),
                    Err(_) => Ok(Called::Exit),
                }
            }
            FuncRef::Native(id) => self.call_native(g, id, at, n),
        }
    }

    /// Calls native `id` with the `n` arguments at `at`; results go to `at`.
    /// (Inlined: a `runtime.Gosched` switch spent a tenth of its time
    /// entering and leaving it.)
    #[inline(always)]
    fn call_native(
        &mut self,
        g: &mut Goroutine,
        id: u32,
        at: usize,
        n: usize,
    ) -> Result<Called, Value> {
        let Some(native) = self.prog.natives.get(id as usize).copied() else {
            return Err(panic::runtime_error("unknown native"));
        };
        let ret = if n == 0 {
            native(self, g, &[])
        } else {
            // The native gets the goroutine, which owns the registers, so
            // the arguments are copied: into a buffer kept for the next call.
            let mut args = std::mem::take(&mut self.native_args);
            args.extend_from_slice(g.regs.get(at..at + n).unwrap_or_default());
            let ret = native(self, g, &args);
            args.clear();
            self.native_args = args;
            ret
        };
        let results = match ret? {
            Ret::None => return Ok(Called::Done),
            Ret::One(v) => {
                if g.regs.len() <= at {
                    g.grow_regs(at + 1);
                }
                g.regs[at] = v;
                return Ok(Called::Done);
            }
            Ret::Many(v) => v,
            Ret::Blocked => return Ok(Called::Blocked),
            Ret::Exit => return Ok(Called::Exit),
            Ret::Yield => return Ok(Called::Yield),
        };
        if g.regs.len() < at + results.len() {
            g.grow_regs(at + results.len());
        }
        for (i, v) in results.into_iter().enumerate() {
            g.regs[at + i] = v;
        }
        Ok(Called::Done)
    }

    /// The first register above the current frame's window: where a call
    /// made from Rust (a deferred call, a callback) puts its frame.
    fn regs_top(&self, g: &Goroutine) -> usize {
        g.frames.last().map_or(0, |f| {
            f.base as usize
                + self
                    .prog
                    .funcs
                    .get(f.func as usize)
                    .map_or(0, |p| p.nregs as usize)
        })
    }

    /// Starts a deferred call above the current frame's registers.
    fn call_deferred(
        &mut self,
        g: &mut Goroutine,
        d: Deferred,
        kind: FrameKind,
    ) -> Result<Called, Value> {
        let top = self.regs_top(g);
        let n = d.args.len();
        if g.regs.len() < top + n + 1 {
            g.grow_regs(top + n + 1);
        }
        for (i, v) in d.args.into_vec().into_iter().enumerate() {
            g.regs[top + i] = v;
        }
        self.call_value(g, &d.f, top, n as u16, kind)
    }

    /// Returns from the top frame with results at `a..a+n`. `Some` when the
    /// goroutine stops.
    #[inline]
    fn do_return(&mut self, g: &mut Goroutine, a: u16, n: u16) -> Option<Stop> {
        let Some(fr) = g.frames.pop() else {
            return Some(Stop::Done);
        };
        let base = fr.base as usize;
        if a != 0 {
            for i in 0..n as usize {
                g.regs.swap(base + i, base + a as usize + i);
            }
        }
        match fr.kind {
            FrameKind::Normal | FrameKind::Defer => {
                if g.frames.is_empty() {
                    return Some(Stop::Done);
                }
                None
            }
            FrameKind::Boundary => Some(Stop::Done),
            FrameKind::PanicDefer => {
                let recovered = matches!(g.panics().last(), Some(p) if p.recovered);
                if recovered {
                    g.pop_panic();
                    // The frame that deferred the recovering call returns
                    // normally through its epilogue.
                    if let Some(f) = g.frames.last_mut() {
                        match self
                            .prog
                            .funcs
                            .get(f.func as usize)
                            .and_then(|p| p.epilogue)
                        {
                            Some(e) => f.pc = e,
                            None => {
                                f.pc = u32::MAX;
                            }
                        }
                    }
                    return None;
                }
                self.unwind(g)
            }
        }
    }

    /// Raises a panic: starts unwinding. `Some` when the goroutine stops.
    pub(super) fn raise(&mut self, g: &mut Goroutine, v: Value) -> Option<Stop> {
        g.set_panic_trace(stack_trace(&self.prog, g).into_boxed_slice());
        let mut repanicked = false;
        if let Some(last) = g.last_panic_mut() {
            if last.recovered && super::value::equal(&last.value, &v).unwrap_or(false) {
                // `panic(recover())`: Go prints one line marked repanicked.
                last.repanicked = true;
                repanicked = true;
            }
        }
        if !repanicked {
            g.push_panic(PanicRecord {
                value: v,
                recovered: false,
                repanicked: false,
                defer_depth: 0,
                goexit: std::mem::take(&mut self.goexit),
            });
        } else if let Some(last) = g.last_panic_mut() {
            last.recovered = false;
        }
        self.unwind(g)
    }

    /// Runs the next deferred call of the panicking goroutine, popping
    /// frames that have none left.
    fn unwind(&mut self, g: &mut Goroutine) -> Option<Stop> {
        loop {
            let Some(f) = g.frames.last_mut() else {
                if g.panics().last().is_some_and(|p| p.goexit) {
                    g.take_panics();
                    return Some(Stop::Done);
                }
                return Some(Stop::Panicked);
            };
            if f.kind == FrameKind::Boundary {
                return Some(Stop::Panicked);
            }
            if let Some(d) = f.defers.pop() {
                let depth = g.frames.len();
                if let Some(p) = g.last_panic_mut() {
                    p.defer_depth = depth;
                }
                match self.call_deferred(g, d, FrameKind::PanicDefer) {
                    Ok(Called::Pushed) => return None,
                    Ok(Called::Done) => continue,
                    Ok(Called::Blocked) => return Some(Stop::Blocked),
                    Ok(Called::Exit) => return Some(Stop::Exit),
                    Ok(Called::Yield) => continue,
                    Err(v) => {
                        g.push_panic(PanicRecord {
                            value: v,
                            recovered: false,
                            repanicked: false,
                            defer_depth: 0,
                            goexit: false,
                        });
                        continue;
                    }
                }
            }
            g.frames.pop();
        }
    }

    /// Go's fatal `stack overflow` report: the runtime's own lines, the
    /// overflowing goroutine (its top frame is `callee` at its `func` line,
    /// where the stack check fails; 50 frames at each end), then every other
    /// goroutine by id, the runtime's four included, in the "system"
    /// traceback form (frame pointers, `runtime.goexit` at the bottom).
    fn stack_overflow(&mut self, g: &mut Goroutine, callee: u32) {
        let mut text = String::from(
            "runtime: goroutine stack exceeds 1000000000-byte limit\n\
             runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n\
             fatal error: stack overflow\n\n\
             runtime stack:\n\
             runtime.throw({0x4a3c1d?, 0x0?})\n\t/usr/local/go/src/runtime/panic.go:1243\n\
             runtime.newstack()\n\t/usr/local/go/src/runtime/stack.go:1207\n\
             runtime.morestack()\n\t/usr/local/go/src/runtime/asm_amd64.s:650 \
             +0x7b fp=0x7ffcdddcd440 sp=0x7ffcdddcd438 pc=0x47cb7b\n\n",
        );
        text.push_str(&format!(
            "goroutine {} gp=0xc000002380 m=0 mp=0x5753e0 [running]:\n",
            g.id
        ));
        let mut trace = stack_trace(&self.prog, g);
        if let Some(p) = self.prog.funcs.get(callee as usize) {
            trace.insert(
                0,
                TraceFrame {
                    func: p.name.clone(),
                    line: p.decl_line,
                    args: p.nparams > 0,
                },
            );
        }
        // runtime.goexit (and runtime.main under goroutine 1) end the trace.
        let n = trace.len();
        let tail = if g.id == 1 { 48 } else { 49 };
        if n > 50 + tail {
            text.push_str(&self.trace_text_frames(&trace[..50]));
            text.push_str(&format!("...{} frames elided...\n", n - 50 - tail));
            text.push_str(&self.system_trace(g, &trace[n - tail..]));
        } else {
            text.push_str(&self.system_trace(g, &trace));
        }
        let mut others: Vec<(u64, String)> = [
            (2, "force gc (idle)"),
            (3, "GC sweep wait"),
            (4, "GC scavenge wait"),
            (5, "finalizer wait"),
        ]
        .into_iter()
        .map(|(id, state)| {
            let park = "runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)\n\
                        \t/usr/local/go/src/runtime/proc.go:474\n";
            let head = format!("goroutine {id} gp=0xc0000021c0 m=nil [{state}]:\n");
            (id, head + park + GOEXIT_FRAME)
        })
        .collect();
        for o in self.gs.iter().flatten() {
            if o.id == g.id || o.state == GState::Dead {
                continue;
            }
            let state = match &o.state {
                GState::Waiting(r) => r.text(),
                _ => "runnable",
            };
            let head = format!("goroutine {} gp=0xc000003000 m=nil [{state}]:\n", o.id);
            others.push((
                o.id,
                head + &self.system_trace(o, &stack_trace(&self.prog, o)),
            ));
        }
        others.sort_by_key(|o| o.0);
        for (_, t) in others {
            text.push('\n');
            text.push_str(&t);
        }
        self.write_out(true, text.as_bytes());
        self.exit = Some(2);
    }

    /// A goroutine's frames down to `runtime.goexit`, then `created by`.
    fn system_trace(&self, g: &Goroutine, frames: &[TraceFrame]) -> String {
        let mut s = self.trace_text_frames(frames);
        if g.id == 1 {
            s.push_str("runtime.main()\n\t/usr/local/go/src/runtime/proc.go:302\n");
        }
        s.push_str(GOEXIT_FRAME);
        let with_creator = self.trace_text(g, &[]);
        s.push_str(&with_creator);
        s
    }

    /// Counts `bytes` of allocation against the limit.
    pub(super) fn account(&mut self, bytes: u64) -> Result<(), Stop> {
        self.alloc += bytes;
        if self.alloc > self.limits.max_alloc {
            self.fatal("runtime: out of memory");
            return Err(Stop::Exit);
        }
        Ok(())
    }

    pub fn type_name(&self, t: u32) -> String {
        self.prog
            .types
            .get(t as usize)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    }

    fn unhashable(&self, t: u32) -> Value {
        panic::runtime_error(format!("hash of unhashable type {}", self.type_name(t)))
    }

    /// The method `sym` of dynamic type `t`.
    pub fn method_of(&self, t: u32, sym: u32) -> Option<FuncRef> {
        let d = self.prog.types.get(t as usize)?;
        d.methods.iter().find(|(s, _)| *s == sym).map(|(_, f)| *f)
    }

    /// `None` if type `t` implements interface `iface`, else the missing method.
    pub fn implements(&self, t: u32, iface: u32) -> Option<u32> {
        let want = &self.prog.types.get(iface as usize)?.iface_methods;
        let sigs = self
            .prog
            .types
            .get(t as usize)
            .map_or(&[][..], |d| &d.method_sigs[..]);
        want.iter()
            .find(|&&(m, sig)| {
                self.method_of(t, m).is_none() || sigs.iter().any(|&(s, g)| s == m && g != sig)
            })
            .map(|&(m, _)| m)
    }

    fn assert_error(&self, dyn_t: Option<u32>, desc: &super::op::AssertDesc) -> Value {
        let src = self.type_name(desc.iface);
        let msg = match dyn_t {
            // Go names no interface type in this message.
            None => format!(
                "interface conversion: interface is nil, not {}",
                self.type_name(desc.target)
            ),
            Some(t) if desc.is_iface => {
                let missing = self.implements(t, desc.target).unwrap_or(0);
                format!(
                    "interface conversion: {} is not {}: missing method {}",
                    self.type_name(t),
                    self.type_name(desc.target),
                    self.prog
                        .syms
                        .get(missing as usize)
                        .map(String::as_str)
                        .unwrap_or("?")
                )
            }
            Some(t) => format!(
                "interface conversion: {} is {}, not {}",
                src,
                self.type_name(t),
                self.type_name(desc.target)
            ),
        };
        // Go's *runtime.TypeAssertionError prints without the prefix.
        panic::plain_error_typed(&msg)
    }

    /// Prints an unrecovered panic as Go's runtime does.
    pub(super) fn report_panic(&mut self, g: &mut Goroutine) {
        let records = g.take_panics();
        let mut text = String::new();
        let mut segv = false;
        for (i, p) in records.iter().enumerate() {
            let shown = self.panic_value_text(g, &p.value);
            segv |= shown.ends_with("nil pointer dereference") && is_runtime_error(&p.value);
            if i > 0 {
                text.push('\t');
            }
            text.push_str("panic: ");
            text.push_str(&shown);
            if p.repanicked {
                text.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                text.push_str(" [recovered]");
            }
            text.push('\n');
        }
        if segv {
            text.push_str(panic::SIGSEGV_LINE);
            text.push('\n');
        }
        text.push_str(&format!("\ngoroutine {} [running]:\n", g.id));
        let trace = g.take_panic_trace();
        text.push_str(&self.trace_text(g, &trace));
        self.write_out(true, text.as_bytes());
    }

    /// A panic value as printpanicval shows it.
    fn panic_value_text(&mut self, g: &mut Goroutine, v: &Value) -> String {
        String::from_utf8_lossy(&super::natives::panic_text(self, g, v)).into_owned()
    }

    /// Calls Go function `f` from a native and runs it to completion
    /// (a nested dispatch loop). Blocking inside is not supported.
    pub fn call_sync(
        &mut self,
        g: &mut Goroutine,
        f: FuncRef,
        args: Vec<Value>,
    ) -> Result<Vec<Value>, Value> {
        let fv = Value::Func(Rc::new(Closure::new(f)));
        self.call_closure_sync(g, &fv, args)
    }

    pub fn call_closure_sync(
        &mut self,
        g: &mut Goroutine,
        f: &Value,
        args: Vec<Value>,
    ) -> Result<Vec<Value>, Value> {
        let top = self.regs_top(g);
        let n = args.len();
        if g.regs.len() < top + n + 1 {
            g.grow_regs(top + n + 1);
        }
        for (i, v) in args.into_iter().enumerate() {
            g.regs[top + i] = v;
        }
        let depth = g.frames.len();
        match self.call_value(g, f, top, n as u16, FrameKind::Boundary)? {
            Called::Done => {}
            Called::Pushed => {
                let mut budget = u64::MAX / 2;
                let saved_state = g.state.clone();
                g.state = GState::Running;
                let stop = self.exec(&mut Running::Nested(g), &mut budget);
                g.state = saved_state;
                if stop != Stop::Done || g.frames.len() != depth {
                    g.frames.truncate(depth);
                    let v = g.pop_panic().map(|p| p.value);
                    return Err(v.unwrap_or_else(|| {
                        panic::runtime_error("blocking call inside a callback")
                    }));
                }
            }
            _ => return Err(panic::runtime_error("blocking call inside a callback")),
        }
        let nres = match f {
            Value::Func(c) => match c.func {
                FuncRef::Go(fid) => self
                    .prog
                    .funcs
                    .get(fid as usize)
                    .map_or(0, |p| p.nresults as usize),
                FuncRef::Native(_) => 1,
            },
            _ => 0,
        };
        Ok(g.regs
            .get(top..top + nres)
            .map(|s| s.to_vec())
            .unwrap_or_default())
    }

    // Channel operations. `Ok(true)`: completed; `Ok(false)`: parked.

    /// Sends the value in register `src` (absolute); a parked sender's value
    /// stays there until a receiver takes it.
    fn chan_send(
        &mut self,
        g: &mut Goroutine,
        ch: Option<&ChanRef>,
        src: u32,
    ) -> Result<bool, Value> {
        let v = |g: &Goroutine| g.regs.get(src as usize).cloned().unwrap_or_default();
        let Some(c) = ch else {
            self.park(g, WaitReason::ChanSendNil);
            return Ok(false);
        };
        let mut chan = c.borrow_mut();
        if chan.closed {
            return Err(panic::plain_error("send on closed channel"));
        }
        let id = chan.id;
        while let Some(w) = chan.recvq.pop_front() {
            if self.is_waiting(&w) {
                chan.sent += 1;
                chan.received += 1;
                let seq = chan.sent;
                let cap = chan.cap;
                drop(chan);
                if self.race.is_some() {
                    let receiver = self.race_goid(w.slot as usize);
                    self.race_chan_pass(g.id, receiver, id, cap);
                }
                self.event(g.id, super::EventKind::Send { chan: id, seq });
                self.complete_recv(&w, v(g), true);
                return Ok(true);
            }
        }
        if chan.buf.len() < chan.cap {
            chan.buf.push_back(v(g));
            chan.sent += 1;
            let seq = chan.sent;
            let cap = chan.cap;
            drop(chan);
            self.race_sync(|d| d.chan_send(g.id, u64::from(id), cap as u64));
            self.event(g.id, super::EventKind::Send { chan: id, seq });
            return Ok(true);
        }
        drop(chan);
        let token = self.park(g, WaitReason::ChanSend);
        c.borrow_mut().sendq.push_back(Waiter {
            slot: self.slot_of_running(g),
            token,
            dst: src,
            case: None,
            want_ok: false,
        });
        Ok(false)
    }

    /// The slot of the running goroutine (it is out of `gs` while running).
    fn slot_of_running(&self, _g: &Goroutine) -> u32 {
        self.cur_slot as u32
    }

    /// A parked sender's value, still in its registers.
    fn sent_value(&self, w: &Waiter) -> Value {
        match self.gs.get(w.slot as usize) {
            Some(Some(g)) => g.regs.get(w.send_src()).cloned().unwrap_or_default(),
            _ => Value::Nil,
        }
    }

    fn chan_recv(
        &mut self,
        g: &mut Goroutine,
        ch: Option<&ChanRef>,
        dst: u32,
        want_ok: bool,
    ) -> Result<bool, Value> {
        let Some(c) = ch else {
            self.park(g, WaitReason::ChanReceiveNil);
            return Ok(false);
        };
        match self.try_recv(g, c)? {
            Some((v, ok)) => {
                g.regs[dst as usize] = v;
                if want_ok {
                    g.regs[dst as usize + 1] = Value::Bool(ok);
                }
                Ok(true)
            }
            None => {
                let token = self.park(g, WaitReason::ChanReceive);
                c.borrow_mut().recvq.push_back(Waiter {
                    slot: self.slot_of_running(g),
                    token,
                    dst,
                    case: None,
                    want_ok,
                });
                Ok(false)
            }
        }
    }

    /// A receive that does not block: `None` if it would.
    fn try_recv(&mut self, g: &Goroutine, c: &ChanRef) -> Result<Option<(Value, bool)>, Value> {
        let mut chan = c.borrow_mut();
        let id = chan.id;
        if let Some(v) = chan.buf.pop_front() {
            chan.received += 1;
            let seq = chan.received;
            // A parked sender moves its value into the freed slot.
            let mut woken = None;
            while let Some(w) = chan.sendq.pop_front() {
                if self.is_waiting(&w) {
                    chan.buf.push_back(self.sent_value(&w));
                    chan.sent += 1;
                    woken = Some(w);
                    break;
                }
            }
            let cap = chan.cap as u64;
            drop(chan);
            if self.race.is_some() {
                self.race_sync(|d| d.chan_recv(g.id, u64::from(id), cap));
                if let Some(w) = &woken {
                    let sender = self.race_goid(w.slot as usize);
                    self.race_sync(|d| d.chan_send(sender, u64::from(id), cap));
                }
            }
            self.event(g.id, super::EventKind::Recv { chan: id, seq });
            if let Some(w) = woken {
                self.complete_send(&w, false);
            }
            return Ok(Some((v, true)));
        }
        while let Some(w) = chan.sendq.pop_front() {
            if self.is_waiting(&w) {
                chan.sent += 1;
                chan.received += 1;
                let seq = chan.received;
                let cap = chan.cap;
                drop(chan);
                if self.race.is_some() {
                    let sender = self.race_goid(w.slot as usize);
                    self.race_chan_pass(sender, g.id, id, cap);
                }
                if self.record_events {
                    self.event(w_goid(self, &w), super::EventKind::Send { chan: id, seq });
                    self.event(g.id, super::EventKind::Recv { chan: id, seq });
                }
                let v = self.sent_value(&w);
                self.complete_send(&w, false);
                return Ok(Some((v, true)));
            }
        }
        if chan.closed {
            self.race_sync(|d| d.chan_recv_closed(g.id, u64::from(id)));
            return Ok(Some((chan.zero.deep_copy(), false)));
        }
        Ok(None)
    }

    fn chan_close(&mut self, g: &Goroutine, ch: &Value) -> Result<(), Value> {
        let Value::Chan(c) = ch else {
            return Err(panic::plain_error("close of nil channel"));
        };
        let mut chan = c.borrow_mut();
        if chan.closed {
            return Err(panic::plain_error("close of closed channel"));
        }
        chan.closed = true;
        let id = chan.id;
        let zero = chan.zero.clone();
        let recvs: Vec<Waiter> = chan.recvq.drain(..).collect();
        let sends: Vec<Waiter> = chan.sendq.drain(..).collect();
        drop(chan);
        self.event(g.id, super::EventKind::Close { chan: id });
        self.race_sync(|d| d.chan_close(g.id, u64::from(id)));
        for w in recvs {
            if self.is_waiting(&w) {
                if self.race.is_some() {
                    let receiver = self.race_goid(w.slot as usize);
                    self.race_sync(|d| d.chan_recv_closed(receiver, u64::from(id)));
                }
                self.complete_recv(&w, zero.deep_copy(), false);
            }
        }
        for w in sends {
            if self.is_waiting(&w) {
                self.complete_send(&w, true);
            }
        }
        Ok(())
    }

    /// select: `n` cases at absolute registers `at..`: each case is three
    /// registers (kind: 0 recv / 1 send, channel, value to send). The chosen
    /// case index goes to regs[at], a received value to regs[at+1], ok to
    /// regs[at+2]; no ready case and a default gives index -1.
    fn select(
        &mut self,
        g: &mut Goroutine,
        at: usize,
        n: u16,
        has_default: bool,
    ) -> Result<bool, Value> {
        let n = n as usize;
        // (is a send, channel); a send's value stays in its register.
        let cases: Vec<(bool, Value)> = (0..n)
            .map(|i| {
                let b = at + 3 * i;
                (g.regs[b].as_int() == 1, g.regs[b + 1].clone())
            })
            .collect();
        // Go polls the cases in a random order, shuffled as selectgo does:
        // one draw per case with a channel. (A one-case select compiles to
        // a plain or non-blocking channel operation: no draw.)
        let mut order: Vec<usize> = Vec::with_capacity(n);
        for (i, c) in cases.iter().enumerate() {
            if n > 1 && matches!(c.1, Value::Chan(_)) {
                let j = self.rng.below_go(order.len() as u64 + 1) as usize;
                order.push(i);
                let last = order.len() - 1;
                order.swap(last, j.min(last));
            } else {
                order.push(i);
            }
        }
        for &i in &order {
            let (is_send, ch) = &cases[i];
            let Value::Chan(c) = ch else { continue };
            if *is_send {
                let ready = {
                    let chan = c.borrow();
                    chan.closed
                        || chan.buf.len() < chan.cap
                        || chan.recvq.iter().any(|w| self.is_waiting(w))
                };
                if ready {
                    self.chan_send(g, Some(c), (at + 3 * i + 2) as u32)?;
                    g.regs[at] = Value::Int(i as i64);
                    return Ok(true);
                }
            } else if let Some((v, ok)) = self.try_recv(g, c)? {
                g.regs[at] = Value::Int(i as i64);
                g.regs[at + 1] = v;
                g.regs[at + 2] = Value::Bool(ok);
                return Ok(true);
            }
        }
        if has_default {
            g.regs[at] = Value::Int(-1);
            return Ok(true);
        }
        let reason = match cases.as_slice() {
            [] => WaitReason::SelectNoCases,
            // Go compiles a one-case select to the plain channel operation.
            [(is_send, ch)] => match (*is_send, matches!(ch, Value::Chan(_))) {
                (true, true) => WaitReason::ChanSend,
                (true, false) => WaitReason::ChanSendNil,
                (false, true) => WaitReason::ChanReceive,
                (false, false) => WaitReason::ChanReceiveNil,
            },
            _ => WaitReason::Select,
        };
        let token = self.park(g, reason);
        let slot = self.slot_of_running(g);
        for (i, (is_send, ch)) in cases.into_iter().enumerate() {
            let Value::Chan(c) = ch else { continue };
            let w = Waiter {
                slot,
                token,
                dst: at as u32,
                case: Some(i as u16),
                want_ok: true,
            };
            if is_send {
                c.borrow_mut().sendq.push_back(w);
            } else {
                c.borrow_mut().recvq.push_back(w);
            }
        }
        Ok(false)
    }

    /// Parks the running goroutine for `d` nanoseconds of virtual time.
    pub fn sleep(&mut self, g: &mut Goroutine, d: i64) {
        let token = self.park(g, WaitReason::Sleep);
        let slot = self.cur_slot;
        self.add_timer(self.clock + d.max(0), TimerAction::Wake { slot, token });
    }
}

fn w_goid(vm: &Vm, w: &Waiter) -> u64 {
    vm.gs
        .get(w.slot as usize)
        .and_then(|g| g.as_ref())
        .map_or(0, |g| g.id)
}

/// A channel operand (None: nil), cloned as the `Rc` it is: a `Value`'s
/// clone and drop are calls, twice per channel operation.
fn chan_of(v: &Value) -> Option<ChanRef> {
    match v {
        Value::Chan(c) => Some(c.clone()),
        _ => None,
    }
}

fn is_runtime_error(v: &Value) -> bool {
    matches!(v, Value::Iface(i) if builtin_types::is_runtime_error(i.0))
}

/// The dynamic value of an interface, copied (arrays and structs in an
/// interface are immutable; the asserted value is a fresh copy).
fn unwrap_iface(v: Value) -> Value {
    match v {
        Value::Iface(i) => i.1.deep_copy(),
        v => v,
    }
}

/// Moves a method value's receiver into the argument list (for `go`).
fn bind_recv(f: Value, mut args: Vec<Value>) -> (Value, Vec<Value>) {
    if let Value::Func(c) = &f {
        if let Some(r) = c.recv() {
            // A method value carries nothing else.
            args.insert(0, r.clone());
            let plain = Value::Func(Rc::new(Closure::new(c.func)));
            return (plain, args);
        }
    }
    (f, args)
}

#[inline]
pub(super) fn cmp<T: PartialOrd + ?Sized>(c: Cmp, x: &T, y: &T) -> bool {
    match c {
        Cmp::Eq => x == y,
        Cmp::Ne => x != y,
        Cmp::Lt => x < y,
        Cmp::Le => x <= y,
        Cmp::Gt => x > y,
        Cmp::Ge => x >= y,
    }
}

#[inline(always)]
pub(super) fn int_op(op: BinOp, kind: IntKind, x: i64, y: i64) -> Result<i64, Value> {
    let unsigned64 = kind == IntKind::U64;
    Ok(match op {
        BinOp::Add => x.wrapping_add(y),
        BinOp::Sub => x.wrapping_sub(y),
        BinOp::Mul => x.wrapping_mul(y),
        BinOp::Div => {
            if y == 0 {
                return Err(panic::divide_by_zero());
            }
            if unsigned64 {
                ((x as u64) / (y as u64)) as i64
            } else {
                x.wrapping_div(y)
            }
        }
        BinOp::Rem => {
            if y == 0 {
                return Err(panic::divide_by_zero());
            }
            if unsigned64 {
                ((x as u64) % (y as u64)) as i64
            } else {
                x.wrapping_rem(y)
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::AndNot => x & !y,
        BinOp::Shl => {
            if y < 0 {
                return Err(panic::runtime_error("negative shift amount"));
            }
            if y >= 64 {
                0
            } else {
                x << y
            }
        }
        BinOp::Shr => {
            if y < 0 {
                return Err(panic::runtime_error("negative shift amount"));
            }
            if kind.signed() {
                x >> y.min(63)
            } else if y >= 64 {
                0
            } else {
                ((x as u64) >> y) as i64
            }
        }
    })
}

/// The backing array and position of element `i` of an array or slice.
fn index(v: &Value, i: i64) -> Result<(super::value::Boxed, usize), Value> {
    match v {
        Value::Slice(s) => {
            if i < 0 || i >= i64::from(s.len) {
                return Err(panic::index_out_of_range(i, i64::from(s.len)));
            }
            let at = s.off as usize + i as usize;
            if at >= s.arr.borrow().len() {
                return Err(panic::index_out_of_range(i, i64::from(s.len)));
            }
            Ok((s.arr.clone(), at))
        }
        Value::Array(b) => {
            let len = b.borrow().len() as i64;
            if i < 0 || i >= len {
                return Err(panic::index_out_of_range(i, len));
            }
            Ok((b.clone(), i as usize))
        }
        Value::Nil => Err(panic::index_out_of_range(i, 0)),
        _ => Err(panic::nil_deref()),
    }
}

fn slice_expr(
    v: &Value,
    lo: Option<i64>,
    hi: Option<i64>,
    max: Option<i64>,
) -> Result<Value, Value> {
    match v {
        Value::Str(s) => {
            let len = s.len() as i64;
            let (l, h) = (lo.unwrap_or(0), hi.unwrap_or(len));
            if h < 0 || h > len || l < 0 || l > h {
                return Err(panic::slice_bounds(l, h, None, len, true));
            }
            Ok(Value::Str(s.slice(l as usize, h as usize)))
        }
        Value::Slice(_) | Value::Array(_) | Value::Nil => {
            let (arr, off, len, cap) = match v {
                Value::Slice(s) => (
                    Some(s.arr.clone()),
                    s.off,
                    i64::from(s.len),
                    i64::from(s.cap),
                ),
                Value::Array(b) => {
                    let n = b.borrow().len() as i64;
                    (Some(b.clone()), 0, n, n)
                }
                _ => (None, 0, 0, 0),
            };
            let (l, h) = (lo.unwrap_or(0), hi.unwrap_or(len));
            let m = max.unwrap_or(cap);
            let bad = m < 0 || m > cap || h < 0 || h > m || l < 0 || l > h;
            if bad {
                return Err(panic::slice_bounds(l, h, max, cap, false));
            }
            match arr {
                None => Ok(Value::Nil),
                Some(arr) => Ok(Value::Slice(Slice {
                    arr,
                    off: off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                })),
            }
        }
        _ => Err(panic::nil_deref()),
    }
}

/// The bottom frame of every goroutine in a system traceback.
const GOEXIT_FRAME: &str = "runtime.goexit({})\n\t/usr/local/go/src/runtime/asm_amd64.s:1264 \
                            +0x1 fp=0xc000072fe8 sp=0xc000072fe0 pc=0x47e3e1\n";

/// Go's malloc size classes (bytes), for append's capacity rounding.
const SIZE_CLASSES: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The capacity gc's growslice picks. `esize` is the element size in bytes
/// with the high bit set when elements contain pointers.
pub fn grow_cap(old_cap: u64, new_len: u64, esize: u16) -> u64 {
    let size = u64::from(esize & 0x7fff);
    let pointers = esize & 0x8000 != 0;
    let mut newcap = old_cap;
    let double = old_cap * 2;
    if new_len > double {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = double;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if size == 0 {
        return newcap.max(new_len);
    }
    (round_up_size(newcap * size, pointers) / size).max(new_len)
}

/// The bytes malloc gives a request of `bytes` (Go's roundupsize).
fn round_up_size(bytes: u64, pointers: bool) -> u64 {
    if bytes <= 32768 - 8 {
        let header = if pointers && bytes > 512 { 8 } else { 0 };
        let req = bytes + header;
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|&c| u64::from(c) >= req)
            .unwrap_or(32768);
        u64::from(class) - header
    } else {
        (bytes + 8191) & !8191
    }
}

/// gc's stack buffer for an append (see `Op::AppendBuf`): the slice to
/// append into instead of `s`, and the buffer to remember, if it applies.
fn stack_buf(s: &Value, buf: &Value, packed: u16) -> Option<(Value, Option<Value>)> {
    let n = u32::from(packed & 31) + 1;
    let size = u32::from((packed >> 5) & 31) + 1;
    let step = packed & 1024 != 0;
    let k = 32 / size;
    let (len, cap) = match s {
        Value::Slice(s) => (s.len, s.cap),
        _ => (0, 0),
    };
    let new_len = len + n;
    if new_len <= cap || new_len > k {
        return None;
    }
    if step {
        // growsliceBuf: the next size class up, within the buffer.
        let size = u64::from(size);
        let cap = round_up_size(u64::from(new_len) * size, false) / size;
        let v = match s {
            Value::Slice(sl) => resized(sl, cap as u32),
            _ => Value::Slice(Slice {
                arr: Value::new_box(Vec::new()),
                off: 0,
                len: 0,
                cap: cap as u32,
            }),
        };
        return Some((v, None));
    }
    if len != 0 || !matches!(buf, Value::Nil) {
        return None;
    }
    let v = Value::Slice(Slice {
        arr: Value::new_box(Vec::with_capacity(k as usize)),
        off: 0,
        len: 0,
        cap: k,
    });
    Some((v.clone(), Some(v)))
}

/// A copy of slice `s` with capacity `cap` (at least its length).
fn resized(s: &Slice, cap: u32) -> Value {
    let elems = Value::Slice(s.clone()).elems();
    Value::Slice(Slice {
        arr: Value::new_box(elems),
        off: 0,
        len: s.len,
        cap: cap.max(s.len),
    })
}

/// append(s, extra...): returns the new slice and the bytes newly allocated.
fn append(s: &Value, extra: &[Value], esize: u16) -> (Value, u64) {
    let (arr, off, len, cap) = match s {
        Value::Slice(s) => (Some(&s.arr), s.off, s.len, s.cap),
        _ => (None, 0, 0, 0),
    };
    let n = extra.len() as u32;
    if n == 0 {
        return (s.clone(), 0);
    }
    let new_len = len + n;
    if let Some(arr) = arr {
        if new_len <= cap {
            let mut a = arr.borrow_mut();
            for (i, v) in extra.iter().enumerate() {
                let at = (off + len) as usize + i;
                if at < a.len() {
                    a[at] = v.clone();
                } else {
                    a.push(v.clone());
                }
            }
            drop(a);
            return (
                Value::Slice(Slice {
                    arr: arr.clone(),
                    off,
                    len: new_len,
                    cap,
                }),
                0,
            );
        }
    }
    let new_cap = grow_cap(u64::from(cap), u64::from(new_len), esize) as u32;
    let mut v = Vec::with_capacity(new_cap as usize);
    if let Some(arr) = arr {
        let a = arr.borrow();
        v.extend_from_slice(&a[off as usize..(off + len) as usize]);
    }
    v.extend_from_slice(extra);
    // Elements past len are zero; they are filled lazily by later appends
    // (the backing Vec grows with pushes).
    let grown = u64::from(new_cap) * 24;
    (
        Value::Slice(Slice {
            arr: Value::new_box(v),
            off: 0,
            len: new_len,
            cap: new_cap,
        }),
        grown,
    )
}

/// Decodes one UTF-8 sequence as Go's utf8.DecodeRune: (U+FFFD, 1) for
/// invalid input, (U+FFFD, 0) for empty input.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let Some(&b0) = b.first() else {
        return (0xFFFD, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    let n = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(..n).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next().map_or(0xFFFD, u32::from), n),
        None => (0xFFFD, 1),
    }
}

pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

#[cold]
fn complex_op(op: CplxOp, c64: bool, x: &Value, y: &Value) -> Value {
    let ((a, b), (c, d)) = (x.as_complex(), y.as_complex());
    let (re, im) = match op {
        CplxOp::Add => (a + c, b + d),
        CplxOp::Sub => (a - c, b - d),
        CplxOp::Mul => (a * c - b * d, a * d + b * c),
        CplxOp::Div => crate::runtime::math::complex_div((a, b), (c, d)),
        CplxOp::Neg => (-a, -b),
        CplxOp::Make => (x.as_float(), y.as_float()),
    };
    if c64 {
        Value::Complex(re as f32 as f64, im as f32 as f64)
    } else {
        Value::Complex(re, im)
    }
}

fn convert(c: Conv, v: &Value) -> Value {
    match c {
        Conv::IntToInt(k) => Value::Int(k.wrap(v.as_int())),
        Conv::IntToFloat => Value::Float(v.as_int() as f64),
        Conv::UintToFloat => Value::Float(v.as_int() as u64 as f64),
        Conv::FloatToInt(k) => {
            let f = v.as_float();
            Value::Int(if k == IntKind::U64 {
                f as u64 as i64
            } else {
                k.wrap(f as i64)
            })
        }
        Conv::FloatToF32 => Value::Float(v.as_float() as f32 as f64),
        Conv::ComplexToC64 => {
            let (re, im) = v.as_complex();
            Value::Complex(re as f32 as f64, im as f32 as f64)
        }
        Conv::Real => Value::Float(v.as_complex().0),
        Conv::Imag => Value::Float(v.as_complex().1),
        Conv::RuneToStr => {
            let mut out = Vec::new();
            encode_rune(v.as_int(), &mut out);
            Value::Str(Str::from(out))
        }
        Conv::StrToBytes => Value::byte_slice(v.as_bytes()),
        Conv::BytesToStr => {
            let b = v.byte_vec();
            Value::Str(Str::from(b))
        }
        Conv::StrToRunes => {
            let mut b = v.as_bytes();
            let mut out = Vec::new();
            while !b.is_empty() {
                let (r, w) = decode_rune(b);
                out.push(Value::Int(i64::from(r)));
                b = &b[w.max(1)..];
            }
            Value::slice_of(out)
        }
        Conv::RunesToStr => {
            let mut out = Vec::new();
            for r in v.elems() {
                encode_rune(r.as_int(), &mut out);
            }
            Value::Str(Str::from(out))
        }
    }
}

#[cfg(feature = "op-counts")]
pub(super) fn count_op(counts: &mut Vec<Vec<u64>>, fid: u32, pc: usize) {
    let f = fid as usize;
    if counts.len() <= f {
        counts.resize(f + 1, Vec::new());
    }
    let row = &mut counts[f];
    if row.len() <= pc {
        row.resize(pc + 1, 0);
    }
    row[pc] += 1;
}
