//! Checks compiled code before it runs, so the dispatch loop can index
//! registers, constants and functions without failing: every register
//! operand is below the function's `nregs`, every constant, function, type
//! and jump target exists.

use super::op::{Op, Program, NOREG, R};

pub fn verify(p: &Program) -> Result<(), String> {
    for f in &p.funcs {
        let n = f.nregs;
        let len = f.code.len() as i64;
        let bad = |what: &str, pc: usize| {
            Err(format!("goplay internal error: {what} at {}+{pc}", f.name))
        };
        for (pc, op) in f.code.iter().enumerate() {
            if regs_of(op)
                .iter()
                .any(|&r| r != u32::from(NOREG) && r >= u32::from(n))
            {
                return bad("register out of range", pc);
            }
            let k = match *op {
                Op::Const(_, k)
                | Op::ConstCopy(_, k)
                | Op::MakeSlice(_, _, _, k)
                | Op::MapGet(_, _, _, k) => Some(k),
                Op::MapGet2(_, _, _, k)
                | Op::MakeChan(_, _, k)
                | Op::Clear(_, k)
                | Op::NewCell(_, k)
                | Op::Bind(_, _, k) => Some(k),
                _ => None,
            };
            if k.is_some_and(|k| k as usize >= p.consts.len()) {
                return bad("constant out of range", pc);
            }
            let fid = match *op {
                Op::CallStatic(f, _) | Op::Closure(_, f, _, _) => Some(f),
                _ => None,
            };
            if fid.is_some_and(|f| f as usize >= p.funcs.len()) {
                return bad("function out of range", pc);
            }
            if let Op::CallNative(id, _, _) = *op {
                if id as usize >= p.natives.len() {
                    return bad("native out of range", pc);
                }
            }
            if let Op::Assert(_, _, d) = *op {
                if d as usize >= p.asserts.len() {
                    return bad("assertion out of range", pc);
                }
            }
            if let Op::LoadGlobal(_, g) | Op::StoreGlobal(g, _) | Op::GlobalAddr(_, g) = *op {
                if g as usize >= p.globals.len() {
                    return bad("global out of range", pc);
                }
            }
            let off = match *op {
                Op::Jump(o)
                | Op::JumpIf(_, o)
                | Op::JumpIfNot(_, o)
                | Op::JumpCmpI(_, _, _, o)
                | Op::JumpCmpIK(_, _, _, o)
                | Op::LineJumpCmpI(_, _, _, o)
                | Op::LineJumpCmpIK(_, _, _, o)
                | Op::MapNext(_, _, o) => Some(o),
                _ => None,
            };
            if let Some(o) = off {
                let t = pc as i64 + 1 + i64::from(o);
                if t < 0 || t > len {
                    return bad("jump out of range", pc);
                }
            }
        }
        if f.lines.len() != f.code.len() {
            return bad("line table mismatch", 0);
        }
    }
    Ok(())
}

/// The highest register each operand of an instruction touches.
fn regs_of(op: &Op) -> Vec<u32> {
    use Op::*;
    let r = |x: R| u32::from(x);
    let span = |x: R, n: u16| {
        if n == 0 {
            0
        } else {
            u32::from(x) + u32::from(n) - 1
        }
    };
    match *op {
        Line(_) | Jump(_) | RunDefers | CallStatic(..) => vec![],
        Const(a, _)
        | ConstCopy(a, _)
        | Int(a, _)
        | Nil(a)
        | LoadGlobal(a, _)
        | GlobalAddr(a, _)
        | Capture(a, _)
        | MakeMap(a)
        | NewCell(a, _)
        | Recover(a)
        | Panic(a)
        | Close(a)
        | Clear(a, _) => vec![r(a)],
        StoreGlobal(_, a) | JumpIf(a, _) | JumpIfNot(a, _) | JumpCmpIK(_, a, _, _) => vec![r(a)],
        LineJumpCmpIK(_, a, _, _) | LoopAddIK(a, _) => vec![r(a)],
        Move(a, b)
        | Copy(a, b)
        | NegF(a, b)
        | Not(a, b)
        | Convert(_, a, b)
        | SliceToArray(a, b, _)
        | SliceToArrayPtr(a, b, _)
        | Len(a, b)
        | Cap(a, b)
        | Box(a, b)
        | Load(a, b)
        | Store(a, b)
        | ToIface(a, b, _)
        | IfaceMethod(a, b, _)
        | Bind(a, b, _)
        | Send(a, b)
        | MapDelete(a, b)
        | AppendSpread(a, b, _)
        | AppendBuf(a, b, _)
        | MoveToHeap(a, b, _)
        | NegI(_, a, b)
        | Compl(_, a, b)
        | AddIK(a, b, _)
        | IntOpK(_, _, a, b, _)
        | MulIK(a, b, _)
        | AndIK(a, b, _)
        | ShlIK(a, b, _)
        | ShrIK(a, b, _)
        | Field(a, b, _)
        | FieldAddr(a, b, _)
        | SetField(a, _, b)
        | MakeChan(a, b, _)
        | JumpCmpI(_, a, b, _)
        | LineJumpCmpI(_, a, b, _) => vec![r(a), r(b)],
        AddI(a, b, c)
        | SubI(a, b, c)
        | MulI(a, b, c)
        | IntOp(_, _, a, b, c)
        | AndI(a, b, c)
        | OrI(a, b, c)
        | XorI(a, b, c)
        | FloatOp(_, _, a, b, c)
        | ComplexOp(_, _, a, b, c)
        | CmpI(_, a, b, c)
        | CmpU(_, a, b, c)
        | CmpF(_, a, b, c)
        | CmpS(_, a, b, c)
        | Eq(a, b, c)
        | Ne(a, b, c)
        | Concat(a, b, c)
        | Index(a, b, c)
        | SetIndex(a, b, c)
        | IndexAddr(a, b, c)
        | IndexStr(a, b, c)
        | MapSet(a, b, c)
        | CopySlice(a, b, c)
        | MapGet(a, b, c, _)
        | MakeSlice(a, b, c, _) => vec![r(a), r(b), r(c)],
        MapGet2(a, b, c, _) | DecodeRune(a, b, c) => vec![r(a) + 1, r(b), r(c)],
        Assert(a, b, _) | Recv(a, b, _) => vec![r(a) + 1, r(b)],
        SliceExpr(a, b, c, d, e) => vec![r(a), r(b), r(c), r(d), r(e)],
        MapIter(a, b) => vec![r(a) + 2, r(b)],
        MapNext(a, b, _) => vec![r(a) + 2, r(b) + 1],
        MakeStruct(a, b, n)
        | MakeArray(a, b, n)
        | MakeSliceLit(a, b, n)
        | Append(a, b, n, _)
        | Closure(a, _, b, n) => vec![r(a), span(b, n)],
        Call(f, a, n) | Defer(f, a, n) | Go(f, a, n) => vec![r(f), span(a, n)],
        DeferAt(f, a, n, d) => vec![r(f), span(a, n), r(d)],
        FrameDepth(a) => vec![r(a)],
        CallIface(a, _, n) => vec![span(a, n + 1)],
        CallNative(_, a, n) | Return(a, n) => vec![span(a, n)],
        Select(a, n, _) => vec![span(a, (3 * n).max(3))],
    }
}
