//! The hot instructions' loop: integer and float arithmetic, compares,
//! branches, moves, statement starts, static calls and plain returns.
//!
//! Why a loop of its own: the general dispatch loop (`exec.rs`) has a hundred
//! arms that call into the VM with the whole goroutine, so the compiler kept
//! its state (pc, the register file's address and length, the budget) in
//! memory and reloaded it on every instruction; this loop borrows only the
//! register file, the frame stack and the code, and keeps them in machine
//! registers (the arithmetic loop ran ~57 machine instructions per bytecode
//! instruction before, see BENCHMARKS.md). It hands any other instruction
//! (and the slow cases of its own: a stop at a safe point, a call that needs
//! a larger register file or hits the depth limit, a division by zero) to
//! `exec`, which runs that one instruction and comes back here.

use super::exec::{cmp, int_op, NEW_FRAME};
use super::op::{BinOp, Conv, FuncProto, Op, Program};
use super::value::Value;
use super::{Frame, FrameKind};

/// Where the running goroutine is (function, next instruction, frame base)
/// and the statement starts its budget has left.
pub(super) struct Cursor {
    pub fid: u32,
    pub pc: usize,
    pub base: usize,
    pub budget: u64,
}

/// The instructions only `run` runs: `exec` has no code of its own for them.
macro_rules! hot_only {
    () => {
        Op::Line(_)
            | Op::LineJumpCmpI(..)
            | Op::LineJumpCmpIK(..)
            | Op::LoopAddIK(..)
            | Op::Const(..)
            | Op::Int(..)
            | Op::Nil(_)
            | Op::Move(..)
            | Op::AddI(..)
            | Op::SubI(..)
            | Op::MulI(..)
            | Op::AddIK(..)
            | Op::AndI(..)
            | Op::OrI(..)
            | Op::XorI(..)
            | Op::MulIK(..)
            | Op::AndIK(..)
            | Op::ShlIK(..)
            | Op::ShrIK(..)
            | Op::FloatOp(..)
            | Op::NegI(..)
            | Op::NegF(..)
            | Op::Len(..)
            | Op::Cap(..)
            | Op::Compl(..)
            | Op::Not(..)
            | Op::CmpI(..)
            | Op::CmpU(..)
            | Op::CmpF(..)
            | Op::CmpS(..)
            | Op::Jump(_)
            | Op::JumpIf(..)
            | Op::JumpIfNot(..)
            | Op::JumpCmpI(..)
            | Op::JumpCmpIK(..)
    };
}
pub(super) use hot_only;

/// Whether `run` runs `op` (handing back only its slow cases): `exec` enters
/// the loop only for these, so a stretch of other instructions (calls into
/// natives, maps, channels) does not enter and leave it for nothing.
pub(super) fn handles(op: &Op) -> bool {
    matches!(
        op,
        hot_only!()
            | Op::IntOp(..)
            | Op::IntOpK(..)
            | Op::Convert(Conv::IntToInt(_), ..)
            | Op::CallStatic(..)
            | Op::Return(..)
    )
}

/// Runs instructions from `at` (in function `proto`) until one that `exec`
/// must run, which is then at `at.pc`. `at.budget` counts statement starts as in
/// `exec`.
#[inline(never)]
pub(super) fn run(
    prog: &Program,
    proto: &FuncProto,
    regs: &mut [Value],
    frames: &mut Vec<Frame>,
    max_depth: usize,
    at: &mut Cursor,
    #[cfg(feature = "op-counts")] counts: &mut Vec<Vec<u64>>,
) {
    // The function and frame base are the top frame's (kept there rather
    // than in locals: fewer live values keep the loop's state in registers).
    let mut pc = at.pc;
    let mut left = at.budget;
    let mut code = &proto.code[..];
    // The frame's registers: the verifier checked that every operand is
    // below `nregs`, and a frame is pushed only when the file has room, so
    // indexing the window fails only on a broken invariant.
    let len = regs.len();
    let window = |base: usize, fid: u32| -> Option<std::ops::Range<usize>> {
        let n = prog.funcs.get(fid as usize)?.nregs as usize;
        (base + n <= len).then_some(base..base + n)
    };
    let Some(mut r) = regs.get_mut(at.base..at.base + proto.nregs as usize) else {
        return;
    };

    // An integer operand: `Value::as_int` tests for a bool first.
    macro_rules! int {
        ($i:expr) => {
            match r[$i as usize] {
                Value::Int(v) => v,
                ref other => not_int(other),
            }
        };
    }
    // Integer and boolean results overwrite a register of the same kind in
    // place: building a whole 32-byte Value and copying it stalls store
    // forwarding.
    macro_rules! set_int {
        ($i:expr, $v:expr) => {{
            let v: i64 = $v;
            match &mut r[$i as usize] {
                Value::Int(x) => *x = v,
                slot => *slot = Value::Int(v),
            }
        }};
    }
    macro_rules! set_bool {
        ($i:expr, $v:expr) => {{
            let v: bool = $v;
            match &mut r[$i as usize] {
                Value::Bool(x) => *x = v,
                slot => *slot = Value::Bool(v),
            }
        }};
    }
    macro_rules! jump {
        ($off:expr) => {
            pc = (pc as i64 + $off as i64) as usize
        };
    }
    // Hands the instruction just fetched to `exec`.
    macro_rules! bail {
        () => {{
            pc -= 1;
            #[cfg(feature = "op-counts")]
            uncount_op(counts, frames.last().map_or(0, |f| f.func), pc);
            break;
        }};
    }
    // A statement start: `exec` stops there when the budget is spent.
    macro_rules! safe_point {
        () => {{
            if left == 0 {
                bail!()
            }
            left -= 1;
        }};
    }

    // Matching through the reference (not a copy of the instruction) leaves
    // each arm to load the operands it uses: a copy had every operand decoded
    // before the jump, which took the registers the loop's state needs.
    while let Some(op) = code.get(pc) {
        #[cfg(feature = "op-counts")]
        super::exec::count_op(counts, frames.last().map_or(0, |f| f.func), pc);
        pc += 1;
        match *op {
            Op::Line(_) => safe_point!(),
            Op::LineJumpCmpI(c, x, y, off) => {
                safe_point!();
                if cmp(c, &int!(x), &int!(y)) {
                    jump!(off)
                }
            }
            Op::LineJumpCmpIK(c, x, k, off) => {
                safe_point!();
                if cmp(c, &int!(x), &i64::from(k)) {
                    jump!(off)
                }
            }
            Op::LoopAddIK(a, k) => {
                set_int!(a, int!(a).wrapping_add(i64::from(k)));
                // The loop test after it (the target of the loop's entry
                // jump) in the same dispatch. When the budget is spent the
                // test runs as the next instruction, which stops there.
                if left > 0 {
                    match code.get(pc) {
                        Some(&Op::LineJumpCmpIK(c, x, k, off)) => {
                            left -= 1;
                            pc += 1;
                            if cmp(c, &int!(x), &i64::from(k)) {
                                jump!(off)
                            }
                        }
                        Some(&Op::LineJumpCmpI(c, x, y, off)) => {
                            left -= 1;
                            pc += 1;
                            if cmp(c, &int!(x), &int!(y)) {
                                jump!(off)
                            }
                        }
                        _ => {}
                    }
                }
            }
            // (The verifier checked `k`.)
            Op::Const(a, k) => {
                r[a as usize] = prog.consts.get(k as usize).cloned().unwrap_or_default()
            }
            Op::Int(a, i) => set_int!(a, i64::from(i)),
            Op::Nil(a) => r[a as usize] = Value::Nil,
            Op::Move(a, b) => match r[b as usize] {
                Value::Int(i) => set_int!(a, i),
                ref other => {
                    let v = other.clone();
                    r[a as usize] = v;
                }
            },
            Op::AddI(a, b, c) => set_int!(a, int!(b).wrapping_add(int!(c))),
            Op::SubI(a, b, c) => set_int!(a, int!(b).wrapping_sub(int!(c))),
            Op::MulI(a, b, c) => set_int!(a, int!(b).wrapping_mul(int!(c))),
            Op::AddIK(a, b, k) => set_int!(a, int!(b).wrapping_add(i64::from(k))),
            Op::AndI(a, b, c) => set_int!(a, int!(b) & int!(c)),
            Op::OrI(a, b, c) => set_int!(a, int!(b) | int!(c)),
            Op::XorI(a, b, c) => set_int!(a, int!(b) ^ int!(c)),
            Op::MulIK(a, b, k) => set_int!(a, int!(b).wrapping_mul(i64::from(k))),
            Op::AndIK(a, b, k) => set_int!(a, int!(b) & i64::from(k)),
            Op::ShlIK(a, b, k) => set_int!(a, int!(b) << (k & 63)),
            Op::ShrIK(a, b, k) => set_int!(a, int!(b) >> (k & 63)),
            Op::IntOp(bop, kind, a, b, c) => match int_op(bop, kind, int!(b), int!(c)) {
                Ok(v) => set_int!(a, kind.wrap(v)),
                // `exec` raises the panic.
                Err(_) => bail!(),
            },
            Op::IntOpK(bop, kind, a, b, k) => match int_op(bop, kind, int!(b), i64::from(k)) {
                Ok(v) => set_int!(a, kind.wrap(v)),
                Err(_) => bail!(),
            },
            Op::FloatOp(bop, f32_, a, b, c) => {
                let (x, y) = (r[b as usize].as_float(), r[c as usize].as_float());
                let v = match bop {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::Mul => x * y,
                    _ => x / y,
                };
                r[a as usize] = Value::Float(if f32_ { v as f32 as f64 } else { v });
            }
            Op::NegI(kind, a, b) => set_int!(a, kind.wrap(int!(b).wrapping_neg())),
            Op::NegF(a, b) => r[a as usize] = Value::Float(-r[b as usize].as_float()),
            Op::Convert(Conv::IntToInt(kind), a, b) => set_int!(a, kind.wrap(int!(b))),
            Op::Len(a, b) => set_int!(a, r[b as usize].len()),
            Op::Cap(a, b) => set_int!(a, r[b as usize].cap()),
            Op::Compl(kind, a, b) => set_int!(a, kind.wrap(!int!(b))),
            Op::Not(a, b) => set_bool!(a, !r[b as usize].as_bool()),
            Op::CmpI(c, a, x, y) => set_bool!(a, cmp(c, &int!(x), &int!(y))),
            Op::CmpU(c, a, x, y) => set_bool!(a, cmp(c, &(int!(x) as u64), &(int!(y) as u64))),
            Op::CmpF(c, a, x, y) => {
                let (p, q) = (r[x as usize].as_float(), r[y as usize].as_float());
                // `cmp` on floats is IEEE's (NaN compares false, != true).
                set_bool!(a, cmp(c, &p, &q))
            }
            Op::CmpS(c, a, x, y) => {
                let v = cmp(c, r[x as usize].as_bytes(), r[y as usize].as_bytes());
                set_bool!(a, v)
            }
            Op::Jump(off) => jump!(off),
            Op::JumpIf(c, off) => {
                if r[c as usize].as_bool() {
                    jump!(off)
                }
            }
            Op::JumpIfNot(c, off) => {
                if !r[c as usize].as_bool() {
                    jump!(off)
                }
            }
            Op::JumpCmpI(c, x, y, off) => {
                if cmp(c, &int!(x), &int!(y)) {
                    jump!(off)
                }
            }
            Op::JumpCmpIK(c, x, k, off) => {
                if cmp(c, &int!(x), &i64::from(k)) {
                    jump!(off)
                }
            }
            Op::CallStatic(callee, a) => {
                let at = frames.last().map_or(0, |f| f.base as usize) + a as usize;
                if frames.len() >= max_depth {
                    bail!()
                }
                let Some(range) = window(at, callee) else {
                    bail!()
                };
                let Some(callee_code) = prog.funcs.get(callee as usize).map(|f| &f.code[..]) else {
                    bail!()
                };
                if let Some(f) = frames.last_mut() {
                    f.pc = pc as u32;
                }
                frames.push(NEW_FRAME);
                if let Some(f) = frames.last_mut() {
                    f.func = callee;
                    f.base = at as u32;
                }
                r = &mut regs[range];
                code = callee_code;
                pc = 0;
            }
            Op::Return(a, n) => {
                // A plain return to a Go caller: results down to the frame
                // base, pop, resume the caller. Others (defers, the last
                // frame, a nested call's boundary) are `exec`'s.
                let [.., caller, done] = &frames[..] else {
                    bail!()
                };
                if done.kind != FrameKind::Normal {
                    bail!()
                }
                let (cfid, cpc, cbase) = (caller.func, caller.pc as usize, caller.base as usize);
                let Some(range) = window(cbase, cfid) else {
                    bail!()
                };
                let Some(caller_code) = prog.funcs.get(cfid as usize).map(|f| &f.code[..]) else {
                    bail!()
                };
                if a != 0 {
                    for i in 0..n as usize {
                        r.swap(i, a as usize + i);
                    }
                }
                if let Some(done) = frames.pop() {
                    // A plain call's frame owns nothing: skip the drop glue.
                    if done.closure.is_none() && done.defers.is_empty() {
                        std::mem::forget(done);
                    }
                }
                r = &mut regs[range];
                code = caller_code;
                pc = cpc;
            }
            _ => bail!(),
        }
    }
    at.pc = pc;
    if let Some(f) = frames.last() {
        at.fid = f.func;
        at.base = f.base as usize;
    }
    at.budget = left;
}

#[cfg(feature = "op-counts")]
fn uncount_op(counts: &mut [Vec<u64>], fid: u32, pc: usize) {
    if let Some(n) = counts.get_mut(fid as usize).and_then(|row| row.get_mut(pc)) {
        *n -= 1;
    }
}

/// An integer operand that is not a `Value::Int` (a register not yet
/// written holds `Nil`).
#[cold]
#[inline(never)]
fn not_int(v: &Value) -> i64 {
    v.as_int()
}

#[cfg(test)]
mod tests {
    use crate::driver::Session;
    use crate::RunConfig;

    /// Stepping stops at every statement start in Go's order, with the
    /// loop's index already advanced at the loop's own statement: the fused
    /// `LoopAddIK` runs the loop test's safe point only when the budget
    /// allows.
    #[test]
    fn loops_step_statement_by_statement() {
        let src = "package main

func main() {
	sum := 0
	for i := 0; i < 2; i++ {
		sum += i
	}
	for i := range 2 {
		sum += i
	}
	println(sum)
}
";
        let config = RunConfig {
            procs: 1,
            ..RunConfig::default()
        };
        let Ok(mut s) = Session::start(src, &config) else {
            panic!("does not build")
        };
        let mut stops = Vec::new();
        while s.exited().is_none() && stops.len() < 100 {
            let locals = s
                .frames(1)
                .first()
                .map(|f| {
                    f.locals
                        .iter()
                        .map(|l| format!("{}={}", l.name, l.value))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            let line = s.goroutines().first().map_or(0, |g| g.line);
            stops.push(format!("{line}: {locals}"));
            s.step(None);
        }
        // Before the first step, then at each statement start; the second
        // `i` is the range loop's.
        let want = [
            "0: ",
            "5: sum=0 i=0 i=nil",
            "5: sum=0 i=0 i=nil",
            "5: sum=0 i=0 i=nil",
            "6: sum=0 i=0 i=nil",
            "5: sum=0 i=1 i=nil",
            "6: sum=0 i=1 i=nil",
            "5: sum=1 i=2 i=nil",
            "8: sum=1 i=2 i=nil",
            "8: sum=1 i=2 i=nil",
            "9: sum=1 i=2 i=0",
            "8: sum=1 i=2 i=0",
            "9: sum=1 i=2 i=1",
            "8: sum=2 i=2 i=1",
            "11: sum=2 i=2 i=1",
        ];
        assert_eq!(stops, want);
    }
}
