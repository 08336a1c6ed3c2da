//! Register or stack bytecode: instructions dispatched per Go statement.
//!
//!     cargo bench -p goplay --bench dispatch --features op-counts [NAME...]
//!
//! Runs each program of benches/programs/ with the VM counting every
//! instruction it dispatches (by function and pc), then prices the same
//! executions in a stack encoding of the same operations: one instruction per
//! operation (including the fused compare-and-branch and call/return), plus a
//! load for every named variable an operation reads, a store for every named
//! variable it writes, and a push for every constant operand. Expression
//! temporaries cost nothing there (they stay on the operand stack), and
//! `x++` on a local is one instruction (like the JVM's `iinc`): the rules
//! favour the stack machine. Statement counts are the `Line` safe points.
//!
//! `--dump` also prints the bytecode of every function that ran, each
//! instruction with the number of times it was dispatched: where to look for
//! instructions to fuse.

use goplay::driver::Session;
use goplay::vm::op::{FuncProto, Op, R};
use goplay::RunConfig;

mod program_list;
use program_list::{bench_args, program_names, programs_dir};

/// Dispatches of one executed instruction in the stack encoding.
fn stack_cost(op: &Op, f: &FuncProto, callee_params: impl Fn(u32) -> u16) -> u64 {
    let named = |r: R| u64::from(f.locals.iter().any(|&(_, l)| l == r));
    let span = |r: R, n: u16| (0..n).map(|i| named(r.wrapping_add(i))).sum::<u64>();
    use Op::*;
    // (operation) + loads + stores + constant pushes
    1 + match *op {
        Line(_) | Jump(_) | RunDefers => 0,
        Const(a, _) | ConstCopy(a, _) | Int(a, _) | Nil(a) | MakeMap(a) | NewCell(a, _) => named(a),
        LoadGlobal(a, _) | GlobalAddr(a, _) | Capture(a, _) | Recover(a) | FrameDepth(a) => {
            named(a)
        }
        StoreGlobal(_, b) | JumpIf(b, _) | JumpIfNot(b, _) | Panic(b) | Close(b) => named(b),
        // A move is only data movement: a load and/or a store, no operation.
        Move(a, b) => return named(a) + named(b),
        Copy(a, b)
        | NegI(_, a, b)
        | NegF(a, b)
        | Compl(_, a, b)
        | Not(a, b)
        | Convert(_, a, b)
        | SliceToArray(a, b, _)
        | SliceToArrayPtr(a, b, _)
        | AppendBuf(a, b, _)
        | MoveToHeap(a, b, _)
        | Len(a, b)
        | Cap(a, b)
        | Box(a, b)
        | Load(a, b)
        | ToIface(a, b, _)
        | Assert(a, b, _)
        | IfaceMethod(a, b, _)
        | Bind(a, b, _)
        | Field(a, b, _)
        | FieldAddr(a, b, _)
        | MapIter(a, b)
        | Recv(a, b, _) => named(a) + named(b),
        // `x++` on a local, then the loop test after it, which this
        // dispatch runs (priced as the loop's statement in `count`).
        LoopAddIK(a, _) => 1 - named(a),
        AddIK(a, b, _) if a == b && named(a) == 1 => 0,
        AddIK(a, b, _)
        | IntOpK(_, _, a, b, _)
        | MulIK(a, b, _)
        | AndIK(a, b, _)
        | ShlIK(a, b, _)
        | ShrIK(a, b, _) => named(a) + named(b) + 1,
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
        | IndexAddr(a, b, c)
        | IndexStr(a, b, c)
        | CopySlice(a, b, c)
        | DecodeRune(a, b, c)
        | MapGet(a, b, c, _)
        | MapGet2(a, b, c, _) => named(a) + named(b) + named(c),
        SetIndex(a, b, c) | MapSet(a, b, c) => named(a) + named(b) + named(c),
        SetField(a, _, b) | Store(a, b) | MapDelete(a, b) | Send(a, b) => named(a) + named(b),
        JumpCmpI(_, x, y, _) => named(x) + named(y),
        JumpCmpIK(_, x, _, _) => named(x) + 1,
        // The statement start cannot fuse with the branch there: the
        // operand loads come between them.
        LineJumpCmpI(_, x, y, _) => 1 + named(x) + named(y),
        LineJumpCmpIK(_, x, _, _) => 1 + named(x) + 1,
        MakeSlice(a, l, c, _) => named(a) + named(l) + if c == u16::MAX { 0 } else { named(c) },
        MakeChan(a, c, _) => named(a) + if c == u16::MAX { 0 } else { named(c) },
        SliceExpr(a, b, lo, hi, max) => [a, b, lo, hi, max]
            .iter()
            .filter(|&&r| r != u16::MAX)
            .map(|&r| named(r))
            .sum(),
        MapNext(it, dst, _) => named(it) + span(dst, 2),
        MakeStruct(a, b, n) | MakeArray(a, b, n) | MakeSliceLit(a, b, n) | Closure(a, _, b, n) => {
            named(a) + span(b, n)
        }
        Append(a, b, n, _) => 2 * named(a) + span(b, n),
        AppendSpread(a, b, _) => 2 * named(a) + named(b),
        Clear(a, _) => named(a),
        Call(fr, a, n) | Defer(fr, a, n) | Go(fr, a, n) => named(fr) + span(a, n),
        DeferAt(fr, a, n, d) => named(fr) + span(a, n) + named(d),
        CallStatic(fid, a) => span(a, callee_params(fid)),
        CallNative(_, a, n) | Return(a, n) => span(a, n),
        CallIface(a, _, n) => span(a, n + 1),
        Select(a, n, _) => span(a, n),
    }
}

struct Counts {
    statements: u64,
    register: u64,
    stack: u64,
}

fn count(src: &str, dump: bool) -> Option<Counts> {
    let config = RunConfig {
        max_steps: u64::MAX,
        procs: 1,
        ..RunConfig::default()
    };
    let mut s = Session::start(src, &config).ok()?;
    s.vm.record_events = false;
    while s.exited().is_none() {
        s.run(1 << 20);
    }
    let prog = s.vm.prog.clone();
    let params = |fid: u32| prog.funcs.get(fid as usize).map_or(0, |f| f.nparams);
    let mut c = Counts {
        statements: 0,
        register: 0,
        stack: 0,
    };
    for (fid, row) in s.vm.op_counts.iter().enumerate() {
        let Some(f) = prog.funcs.get(fid) else {
            continue;
        };
        if dump && row.iter().any(|&n| n > 0) {
            println!("{} (func {fid}, {} registers):", f.name, f.nregs);
            for (pc, op) in f.code.iter().enumerate() {
                let n = row.get(pc).copied().unwrap_or(0);
                println!("{n:>12}  {pc:>4}  {op:?}");
            }
        }
        for (pc, &n) in row.iter().enumerate() {
            let Some(op) = f.code.get(pc) else { continue };
            c.register += n;
            c.stack += n * stack_cost(op, f, params);
            if op.is_safe_point() {
                c.statements += n;
            }
            // A loop's `i++` also runs the loop test after it (but for the
            // rare test that stops at the end of a budget slice).
            if let (Op::LoopAddIK(..), Some(test)) = (op, f.code.get(pc + 1)) {
                c.statements += n;
                c.stack += n * stack_cost(test, f, params);
            }
        }
    }
    Some(c)
}

fn main() {
    let mut args = bench_args();
    let dump = args.iter().any(|a| a == "--dump");
    args.retain(|a| a != "--dump");
    let dir = programs_dir();
    let names = program_names(&args);
    println!("| program | statements | register instrs | per statement | stack instrs | per statement | stack / register |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for name in &names {
        let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).unwrap_or_default();
        let Some(c) = count(&src, dump) else {
            println!("| {name} | does not build | | | | | |");
            continue;
        };
        let per = |n: u64| n as f64 / c.statements.max(1) as f64;
        println!(
            "| {name} | {} | {} | {:.2} | {} | {:.2} | {:.2}x |",
            c.statements,
            c.register,
            per(c.register),
            c.stack,
            per(c.stack),
            c.stack as f64 / c.register.max(1) as f64
        );
    }
}
