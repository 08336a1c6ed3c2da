//! The bytecode: a register machine.
//!
//! Why registers: dispatch (the indirect jump of a Rust `match`, and its
//! mispredictions) is the dominant cost of this interpreter, and on
//! compute-bound Go a register form dispatches about half as many
//! instructions.
//! `benches/dispatch.rs` counts every instruction the VM dispatches on the
//! benchmark programs and prices the same executions in a stack encoding of
//! the same operations (named variables loaded and stored explicitly,
//! temporaries left on the operand stack): fib(30) dispatches 2.75
//! instructions per Go statement here against 5.5 for the stack form, the
//! arithmetic loop 3.5 against 8 (ARCHITECTURE.md has the table). A
//! statement like `x = a + b*c` is two register instructions instead of six
//! stack ones, locals never move, and a statement start fuses with the
//! compare-and-branch that begins it (`LineJumpCmpIK`), which a stack form
//! cannot do (the operand loads come between them).
//!
//! Operands are register numbers relative to the frame base (`R`), indexes
//! into the program's constant pool (`K`), or jump offsets relative to the
//! next instruction. A call places its arguments in consecutive registers
//! starting at `a`; the callee's frame starts there and its results come back
//! in the same registers. `vm::verify` checks every operand before a program
//! runs, so the dispatch loop can index without failing.

use super::value::{FuncId, FuncRef, RtType, Value};

pub type R = u16;
/// "No register" (optional operands such as a slice expression's `max`).
pub const NOREG: R = u16::MAX;

/// Narrowing applied after integer arithmetic or conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    #[inline]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
            IntKind::I64 | IntKind::U64 => v,
        }
    }

    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64
        )
    }

    pub fn bits(self) -> u32 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::U64 => 64,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
}

/// Complex arithmetic (`ComplexOp`): rare, so one instruction for all of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CplxOp {
    Add,
    Sub,
    Mul,
    /// Go's runtime complex128div (Inf and NaN as C99 wants, no panic).
    Div,
    /// `-x` (the second operand is ignored).
    Neg,
    /// complex(x, y) of two floats.
    Make,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Cmp {
    /// The comparison that is true exactly when `self` is false (on
    /// integers; NaN makes floats different).
    pub fn negate(self) -> Cmp {
        match self {
            Cmp::Eq => Cmp::Ne,
            Cmp::Ne => Cmp::Eq,
            Cmp::Lt => Cmp::Ge,
            Cmp::Le => Cmp::Gt,
            Cmp::Gt => Cmp::Le,
            Cmp::Ge => Cmp::Lt,
        }
    }

    /// The comparison with its operands swapped (`k < x` is `x > k`).
    pub fn swap(self) -> Cmp {
        match self {
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
            c => c,
        }
    }
}

/// How a conversion changes the representation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    IntToInt(IntKind),
    IntToFloat,
    UintToFloat,
    FloatToInt(IntKind),
    FloatToF32,
    /// complex128 to complex64: both parts rounded to float32.
    ComplexToC64,
    /// real(z), imag(z).
    Real,
    Imag,
    /// string(rune)
    RuneToStr,
    StrToBytes,
    BytesToStr,
    StrToRunes,
    RunesToStr,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Statement start: a safe point (preemption, stepping, budget).
    Line(u32),
    Const(R, u32),
    /// A fresh copy of an aggregate constant (zero values of arrays/structs).
    ConstCopy(R, u32),
    Int(R, i32),
    Nil(R),
    Move(R, R),
    /// Go's copy of an array/struct value.
    Copy(R, R),
    LoadGlobal(R, u32),
    StoreGlobal(u32, R),
    /// The address of a global variable.
    GlobalAddr(R, u32),
    /// `regs[a] = captures[b]` of the running closure.
    Capture(R, u16),

    // Integer arithmetic on int/int64 and (followed by Narrow) smaller kinds.
    AddI(R, R, R),
    SubI(R, R, R),
    MulI(R, R, R),
    AddIK(R, R, i16),
    /// `IntOp` with a constant right operand (`i*3`, `x>>2`, `n%10`).
    IntOpK(BinOp, IntKind, R, R, i16),
    // The commonest 64-bit operations get their own instructions: the
    // generic ones above dispatch a second time on the operator.
    /// `&`, `|`, `^` (any integer kind: they keep values normalised).
    AndI(R, R, R),
    OrI(R, R, R),
    XorI(R, R, R),
    MulIK(R, R, i16),
    AndIK(R, R, i16),
    /// `<<` and `>>` of an int/int64 by a constant 0..63.
    ShlIK(R, R, i16),
    ShrIK(R, R, i16),
    /// Integer binary op with the given kind (division checks, unsigned ops,
    /// shifts, narrowing).
    IntOp(BinOp, IntKind, R, R, R),
    FloatOp(BinOp, bool, R, R, R),
    /// Complex arithmetic; `true`: complex64 (parts rounded to float32).
    ComplexOp(CplxOp, bool, R, R, R),
    NegI(IntKind, R, R),
    NegF(R, R),
    /// Bitwise complement.
    Compl(IntKind, R, R),
    Not(R, R),
    CmpI(Cmp, R, R, R),
    CmpU(Cmp, R, R, R),
    CmpF(Cmp, R, R, R),
    CmpS(Cmp, R, R, R),
    /// Generic `==`/`!=` (structs, interfaces, pointers...).
    Eq(R, R, R),
    Ne(R, R, R),
    Concat(R, R, R),
    Convert(Conv, R, R),
    /// regs[a] = [n]T(regs[b]): a copy of the slice's first n elements
    /// (panics when the slice is shorter).
    SliceToArray(R, R, u32),
    /// regs[a] = (*[n]T)(regs[b]): a pointer to a cell holding a length-n
    /// window on the slice's backing array (nil for a nil slice).
    SliceToArrayPtr(R, R, u32),

    Jump(i32),
    JumpIf(R, i32),
    JumpIfNot(R, i32),
    /// `if regs[x] <c> regs[y] goto` on signed integers: a loop or `if`
    /// test in one instruction.
    JumpCmpI(Cmp, R, R, i32),
    /// `if regs[x] <c> k goto` with an integer constant.
    JumpCmpIK(Cmp, R, i32, i32),
    /// A statement start (as `Line`) fused with the compare-and-branch that
    /// begins the statement: a loop test or `if n < 2`.
    LineJumpCmpI(Cmp, R, R, i32),
    LineJumpCmpIK(Cmp, R, i32, i32),
    /// `regs[a] += k`, a 3-clause loop's post statement, right before the
    /// loop's test (a `LineJumpCmpI`/`LineJumpCmpIK`, which the loop's entry
    /// jumps to): the VM runs the test in the same dispatch when the budget
    /// allows, and otherwise lets it run (and stop) as the next instruction.
    LoopAddIK(R, i16),

    // Aggregates.
    /// regs[a] = new struct/array of regs[b..b+n].
    MakeStruct(R, R, u16),
    MakeArray(R, R, u16),
    /// Slice literal of regs[b..b+n].
    MakeSliceLit(R, R, u16),
    /// make([]T, len=b, cap=c) with element zero constant k.
    MakeSlice(R, R, R, u32),
    MakeMap(R),
    /// make(chan T, cap=b) (NOREG: unbuffered) with element zero constant k.
    MakeChan(R, R, u32),
    Field(R, R, u16),
    SetField(R, u16, R),
    FieldAddr(R, R, u16),
    /// regs[a] = regs[b][regs[c]] for arrays and slices.
    Index(R, R, R),
    SetIndex(R, R, R),
    IndexAddr(R, R, R),
    /// A byte of a string.
    IndexStr(R, R, R),
    /// regs[a] = m[k] or the zero constant z.
    MapGet(R, R, R, u32),
    /// regs[a], regs[a+1] = m[k] (zero constant z), ok.
    MapGet2(R, R, R, u32),
    MapSet(R, R, R),
    MapDelete(R, R),
    /// regs[a] = regs[b][lo:hi:max] (NOREG for absent bounds).
    SliceExpr(R, R, R, R, R),
    Len(R, R),
    Cap(R, R),
    /// regs[a] = append(regs[a], regs[b..b+n]...); the last operand is the
    /// element size (high bit: has pointers) for gc's capacity growth.
    Append(R, R, u16, u16),
    /// regs[a] = append(regs[a], regs[b]...) (b a slice or string).
    AppendSpread(R, R, u16),
    /// Before `regs[a] = append(regs[a], n values)`: gc's 32-byte stack
    /// buffer (compile/slicebuf.rs), remembered in regs[b]. `c` packs n-1
    /// (bits 0-4), the element size - 1 (bits 5-9) and step mode (bit 10).
    AppendBuf(R, R, u16),
    /// gc's move2heap: if regs[a] still uses the stack buffer in regs[b], its
    /// capacity becomes the size class of its length (element size c).
    MoveToHeap(R, R, u16),
    /// regs[a] = copy(regs[b], regs[c])
    CopySlice(R, R, R),
    /// clear(m) or clear(s) (element zero constant k).
    Clear(R, u32),
    /// regs[a] = new cell holding a copy of constant k (new(T), escaped vars).
    NewCell(R, u32),
    /// regs[a] = new cell holding regs[b].
    Box(R, R),
    Load(R, R),
    Store(R, R),

    // Range support.
    /// regs[a] = snapshot iterator of map regs[b]; regs[a+1] index.
    MapIter(R, R),
    /// Advance map iterator at regs[it]: key to regs[a], value to regs[a+1]; jump if done.
    MapNext(R, R, i32),
    /// Decode the rune at byte offset regs[b] of string regs[s]: rune to regs[a], width to regs[a+1].
    DecodeRune(R, R, R),

    // Interfaces.
    /// regs[a] = interface holding regs[b] with dynamic type t.
    ToIface(R, R, RtType),
    /// x.(T) described by `Program::asserts[d]`; the comma-ok form writes ok to regs[a+1].
    Assert(R, R, u32),
    /// Method call through an interface: receiver at regs[a], `n` args after;
    /// the method is symbol `s` (`Program::syms`).
    CallIface(R, u32, u16),
    /// regs[a] = method value `s` of the interface in regs[b].
    IfaceMethod(R, R, u32),
    /// regs[a] = the function constant k bound to receiver regs[b] (a method value).
    Bind(R, R, u32),

    // Calls.
    Call(R, R, u16),
    CallStatic(FuncId, R),
    CallNative(u32, R, u16),
    /// regs[a] = closure of function f capturing regs[b..b+n].
    Closure(R, FuncId, R, u16),
    /// Results in regs[a..a+n].
    Return(R, u16),
    /// Run pending defers one by one (re-executed until none are left).
    RunDefers,
    /// defer regs[f](regs[a..a+n])
    Defer(R, R, u16),
    /// `defer` from a range-over-func body: onto the frame at depth regs[d]
    /// (the function around the loop; see `FrameDepth`).
    DeferAt(R, R, u16, R),
    /// regs[a] = the running frame's depth.
    FrameDepth(R),
    Go(R, R, u16),
    Panic(R),
    Recover(R),

    // Concurrency.
    Send(R, R),
    Recv(R, R, bool),
    Close(R),
    /// select over `n` case descriptors starting at regs[a] (see vm::select);
    /// chosen index to regs[a], received value to regs[a+1], ok to regs[a+2].
    Select(R, u16, bool),
}

impl Op {
    /// A statement start: the VM may stop before it (budget, stepping,
    /// preemption) and reports its line.
    pub fn is_safe_point(&self) -> bool {
        matches!(
            self,
            Op::Line(_) | Op::LineJumpCmpI(..) | Op::LineJumpCmpIK(..)
        )
    }
}

/// A compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncProto {
    /// Go's name for traces: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub nparams: u16,
    pub nresults: u16,
    pub nregs: u16,
    /// Where a frame goes after a recovered panic: runs remaining defers and
    /// returns the (named) results.
    pub epilogue: Option<u32>,
    /// Local variable names by register, for the host's frame view.
    pub locals: Vec<(String, R)>,
    /// Names of the captured variables of a closure, by capture index.
    pub captures: Vec<String>,
    pub variadic: bool,
    /// The line of the `func` keyword (where a stack overflow is reported).
    pub decl_line: u32,
}

/// A runtime type descriptor.
#[derive(Clone, Debug, Default)]
pub struct TypeDesc {
    /// As `%T` prints it: `int`, `main.T`, `*main.T`, `[]string`.
    pub name: String,
    pub kind: Kind,
    /// Method set by symbol (value-receiver methods for T; all for *T).
    pub methods: Vec<(u32, FuncRef)>,
    /// For interface types, the methods it requires: (symbol, signature key).
    pub iface_methods: Vec<(u32, u32)>,
    /// Signature keys of compiled methods, by symbol (natives have none and
    /// match by name): `Unwrap() error` must not satisfy `Unwrap() []error`.
    pub method_sigs: Vec<(u32, u32)>,
    /// Field names (structs), element type (pointers, slices, arrays, maps' values), key type.
    pub fields: Vec<(String, RtType, bool)>,
    pub elem: Option<RtType>,
    pub key: Option<RtType>,
    pub len: u32,
    pub named: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Invalid,
    Bool,
    Int(IntKind),
    /// Plain `int`/`uint`/`uintptr` kinds, kept apart for printing.
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Slice,
    Array,
    Struct,
    Map,
    Pointer,
    Interface,
    Func,
    Chan,
    UnsafePointer,
}

/// A type assertion's operands.
#[derive(Clone, Debug, Default)]
pub struct AssertDesc {
    pub target: RtType,
    /// The static (interface) type of the operand, for the panic message.
    pub iface: RtType,
    pub is_iface: bool,
    pub comma_ok: bool,
    /// Zero value constant of the target (comma-ok failure).
    pub zero: u32,
}

/// A compiled program.
#[derive(Debug, Default)]
pub struct Program {
    pub funcs: Vec<std::rc::Rc<FuncProto>>,
    pub consts: Vec<Value>,
    pub types: Vec<TypeDesc>,
    /// Initial values of package-level variables (zero values).
    pub globals: Vec<Value>,
    pub global_names: Vec<String>,
    /// Native functions by index (resolved from qualified names at compile time).
    pub natives: Vec<super::natives::NativeFn>,
    pub native_names: Vec<String>,
    pub asserts: Vec<AssertDesc>,
    /// Method names, indexed by symbol.
    pub syms: Vec<String>,
    /// Runtime types natives construct values of (`*strconv.NumError`).
    pub well_known: crate::types::FastMap<String, RtType>,
    /// The function run as goroutine 1 (package init then main.main).
    pub entry: FuncId,
}
