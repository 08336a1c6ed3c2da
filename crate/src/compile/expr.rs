//! Expressions, calls, builtins, conversions and assignable places.

use super::func::{Fn, Loc};
use super::{fail, Fail};
use crate::check::{Builtin, Mode, ObjId, ObjKind, SelKind};
use crate::syntax::ast::{self, BinOp as AB, Expr, ExprKind, UnOp};
use crate::types::constant::Value as CV;
use crate::types::SelectionKind;
use crate::types::{BasicKind as B, Type, TypeId};
use crate::vm::op::{BinOp, Cmp, Conv, CplxOp, IntKind, Op, NOREG, R};
use crate::vm::value::{FuncRef, Value};

/// An assignable place, with its operands already evaluated.
#[derive(Clone, Debug)]
pub enum LValue {
    Blank,
    Var(Loc),
    Field(R, u16),
    Index(R, R),
    MapIndex(R, R),
    Deref(R),
}

/// What is being called.
enum Callee {
    Static(FuncRef),
    Value(R),
    Iface(u32),
}

impl<'c, 'p> Fn<'c, 'p> {
    /// Evaluates `e` into some register (a variable's own register when possible).
    pub fn expr(&mut self, e: &'p Expr) -> Result<R, Fail> {
        if let Some(v) = self.const_of(e) {
            let d = self.alloc();
            self.load_const(d, v);
            return Ok(d);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Name(id) => {
                let Some(&o) = self.pkg.info.uses.get(&id.id) else {
                    return Err(fail(format!("unresolved name {}", id.name)));
                };
                self.name_value(o, e)
            }
            ExprKind::Call { .. }
                if self
                    .pkg
                    .info
                    .expr(e.id)
                    .is_some_and(|i| i.mode != Mode::TypeExpr) =>
            {
                self.call(e, 1)
            }
            _ => {
                let d = self.alloc();
                self.expr_into(e, d)?;
                Ok(d)
            }
        }
    }

    /// A value to store somewhere: aggregates read from variables are copied.
    pub fn value(&mut self, e: &'p Expr) -> Result<R, Fail> {
        let r = self.expr(e)?;
        let t = self.ty(e);
        if self.is_struct_or_array(t) && is_place(e) {
            let d = self.alloc();
            self.emit(Op::Copy(d, r));
            return Ok(d);
        }
        Ok(r)
    }

    /// A value converted for assignment to type `t` (interface boxing).
    pub fn value_as(&mut self, e: &'p Expr, t: TypeId) -> Result<R, Fail> {
        if self.is_nil(e) {
            let d = self.alloc();
            self.emit(Op::Nil(d));
            return Ok(d);
        }
        let r = self.value(e)?;
        let from = self.ty(e);
        Ok(self.convert_assign(r, from, t))
    }

    /// Boxes a concrete value into an interface when assigning to one.
    pub fn convert_assign(&mut self, r: R, from: TypeId, to: TypeId) -> R {
        if to == TypeId(0) || from == TypeId(0) || !self.c.is_iface(to) || self.c.is_iface(from) {
            return r;
        }
        if matches!(self.c.types.basic_kind(from), Some(B::UntypedNil)) {
            return r;
        }
        let t = self.c.rt_type(from);
        let d = self.alloc();
        self.emit(Op::ToIface(d, r, t));
        d
    }

    /// An integer constant that fits an AddIK immediate.
    pub fn small_const(&self, e: &Expr) -> Option<i16> {
        match self.const_of(e)? {
            v @ CV::Int(_) => v
                .as_i64()
                .and_then(|i| i16::try_from(i).ok())
                .filter(|&i| i != i16::MIN),
            _ => None,
        }
    }

    fn const_of(&self, e: &Expr) -> Option<&'p CV> {
        let info = self.pkg.info.expr(e.id)?;
        if info.mode != Mode::Constant {
            return None;
        }
        match &info.value {
            Some(CV::Unknown) | None => None,
            Some(v) => Some(v),
        }
    }

    fn load_const(&mut self, d: R, v: &CV) {
        match v {
            CV::Bool(b) => {
                let k = self.c.konst(Value::Bool(*b));
                self.emit(Op::Const(d, k));
            }
            CV::String(s) => {
                let k = self.c.konst(Value::Str(s.clone().into()));
                self.emit(Op::Const(d, k));
            }
            CV::Int(_) => {
                let i = v
                    .as_i64()
                    .or_else(|| v.as_u64().map(|u| u as i64))
                    .unwrap_or(0);
                if let Ok(small) = i32::try_from(i) {
                    self.emit(Op::Int(d, small));
                } else {
                    let k = self.c.konst(Value::Int(i));
                    self.emit(Op::Const(d, k));
                }
            }
            CV::Complex(..) => {
                let (re, im) = v.as_complex().unwrap_or_default();
                let k = self.c.konst(Value::Complex(re, im));
                self.emit(Op::Const(d, k));
            }
            _ => {
                let f = v.as_f64().unwrap_or(0.0);
                let k = self.c.konst(Value::Float(f));
                self.emit(Op::Const(d, k));
            }
        }
    }

    /// A constant expression as its type's representation.
    fn typed_const(&mut self, e: &'p Expr, d: R) -> bool {
        let Some(v) = self.const_of(e) else {
            return false;
        };
        let t = self.ty(e);
        let is_float = self.c.types.is_float(t);
        match v {
            _ if self.c.types.is_complex(t) => {
                let (re, im) = v.as_complex().unwrap_or_default();
                let k = self.c.konst(Value::Complex(re, im));
                self.emit(Op::Const(d, k));
            }
            CV::Int(_) if is_float => {
                let f = v.as_f64().unwrap_or(0.0);
                let k = self.c.konst(Value::Float(f));
                self.emit(Op::Const(d, k));
            }
            CV::Float(_) if !is_float && self.c.int_kind(t).is_some() => {
                let i = v.as_i64().unwrap_or(0);
                let k = self.c.konst(Value::Int(i));
                self.emit(Op::Const(d, k));
            }
            _ => self.load_const(d, v),
        }
        let narrow = match self.c.types.basic_kind(t) {
            Some(B::Float32) => Some(Conv::FloatToF32),
            Some(B::Complex64) => Some(Conv::ComplexToC64),
            _ => None,
        };
        if let Some(c) = narrow {
            self.emit(Op::Convert(c, d, d));
        }
        true
    }

    fn name_value(&mut self, o: ObjId, e: &'p Expr) -> Result<R, Fail> {
        let obj = self.c.prog.object(o).ok_or_else(|| fail("bad object"))?;
        match &obj.kind {
            ObjKind::Var { .. } => {
                let loc = self
                    .loc_of(o)
                    .ok_or_else(|| fail(format!("variable {} has no location", obj.name)))?;
                if let Loc::Reg(r) = loc {
                    return Ok(r);
                }
                let d = self.alloc();
                self.load_loc(loc, d);
                Ok(d)
            }
            ObjKind::Func { .. } => {
                let targs = self.instance_args(e);
                let f = self.c.func_ref(o, targs);
                let k = self.func_const(f);
                let d = self.alloc();
                self.emit(Op::Const(d, k));
                Ok(d)
            }
            ObjKind::Nil => {
                let d = self.alloc();
                self.emit(Op::Nil(d));
                Ok(d)
            }
            ObjKind::Const(v) => {
                let v = v.clone();
                let d = self.alloc();
                if !self.typed_const(e, d) {
                    self.load_const(d, &v);
                }
                Ok(d)
            }
            _ => Err(fail(format!("{} is not a value", obj.name))),
        }
    }

    fn instance_args(&mut self, e: &Expr) -> Vec<TypeId> {
        let id = match &e.unparen().kind {
            ExprKind::Selector { sel, .. } => sel.id,
            ExprKind::Index { x, .. } => return self.instance_args(x),
            _ => e.id,
        };
        let targs = self
            .pkg
            .info
            .instances
            .get(&id)
            .map(|i| i.targs.clone())
            .unwrap_or_default();
        self.subs(&targs)
    }

    /// Evaluates `e` into register `d`.
    pub fn expr_into(&mut self, e: &'p Expr, d: R) -> Result<(), Fail> {
        if self.typed_const(e, d) {
            return Ok(());
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, d),
            ExprKind::Name(_) => {
                let r = self.expr(e)?;
                if r != d {
                    self.emit(Op::Move(d, r));
                }
                Ok(())
            }
            ExprKind::FuncLit(fl) => self.func_lit(e, &fl.sig, &fl.body, d),
            ExprKind::CompositeLit { elems, .. } => {
                let t = self.ty(e);
                self.composite(t, elems, d)
            }
            ExprKind::Selector { x, sel, .. } => self.selector(e, x, sel, d),
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                if self.c.types.signature(xt).is_some()
                    || self.pkg.info.expr(x.id).is_some_and(|i| {
                        i.mode == Mode::Value && self.c.types.signature(i.ty).is_some()
                    }) && indices.iter().all(|i| {
                        self.pkg
                            .info
                            .expr(i.id)
                            .is_some_and(|i| i.mode == Mode::TypeExpr)
                    })
                {
                    // A generic function instantiation used as a value.
                    let r = self.expr(x)?;
                    self.emit(Op::Move(d, r));
                    return Ok(());
                }
                self.index(x, &indices[0], d, false)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let xt = self.ty(x);
                let mut base = self.expr(x)?;
                if matches!(self.c.types.get(self.c.under(xt)), Type::Pointer(_)) {
                    let t = self.alloc();
                    self.emit(Op::Load(t, base));
                    base = t;
                }
                let b = |f: &mut Self, v: &'p Option<Box<Expr>>| -> Result<R, Fail> {
                    match v {
                        Some(x) => f.expr(x),
                        None => Ok(NOREG),
                    }
                };
                let l = b(self, lo)?;
                let h = b(self, hi)?;
                let m = b(self, max)?;
                self.emit(Op::SliceExpr(d, base, l, h, m));
                Ok(())
            }
            ExprKind::TypeAssert { x, .. } => {
                let t = self.ty(e);
                let xt = self.ty(x);
                let giface = self.c.rt_type(xt);
                let desc = self.assert_desc(t, giface, false);
                let r = self.expr(x)?;
                self.emit(Op::Assert(d, r, desc));
                Ok(())
            }
            ExprKind::Call { .. } => {
                let a = self.call(e, 1)?;
                if a != d {
                    self.emit(Op::Move(d, a));
                }
                Ok(())
            }
            ExprKind::Star { x, .. } => {
                let p = self.expr(x)?;
                self.emit(Op::Load(d, p));
                Ok(())
            }
            ExprKind::Unary { op, x, .. } => self.unary(*op, x, e, d),
            ExprKind::Binary { op, x, y, .. } => self.binary(*op, x, y, e, d),
            ExprKind::KeyValue { .. } | ExprKind::BasicLit(_) | ExprKind::Bad => {
                Err(fail("unexpected expression"))
            }
            _ => Err(fail("type used as a value")),
        }
    }

    fn unary(&mut self, op: UnOp, x: &'p Expr, e: &'p Expr, d: R) -> Result<(), Fail> {
        let t = self.ty(e);
        match op {
            UnOp::Pos => self.expr_into(x, d),
            UnOp::Neg => {
                let r = self.expr(x)?;
                if self.c.types.is_float(t) {
                    self.emit(Op::NegF(d, r));
                } else if self.c.types.is_complex(t) {
                    self.emit(Op::ComplexOp(CplxOp::Neg, false, d, r, r));
                } else {
                    let k = self.c.int_kind(t).unwrap_or(IntKind::I64);
                    self.emit(Op::NegI(k, d, r));
                }
                Ok(())
            }
            UnOp::Not => {
                let r = self.expr(x)?;
                self.emit(Op::Not(d, r));
                Ok(())
            }
            UnOp::Xor => {
                let r = self.expr(x)?;
                let k = self.c.int_kind(t).unwrap_or(IntKind::I64);
                self.emit(Op::Compl(k, d, r));
                Ok(())
            }
            UnOp::Addr => self.addr_of(x, d),
            UnOp::Recv => {
                let c = self.expr(x)?;
                self.emit(Op::Recv(d, c, false));
                Ok(())
            }
            UnOp::Tilde => Err(fail("~ outside a constraint")),
        }
    }

    fn binary(&mut self, op: AB, x: &'p Expr, y: &'p Expr, e: &'p Expr, d: R) -> Result<(), Fail> {
        match op {
            AB::AndAnd | AB::OrOr => {
                let t = self.alloc();
                self.expr_into(x, t)?;
                let j = if op == AB::AndAnd {
                    self.emit(Op::JumpIfNot(t, 0))
                } else {
                    self.emit(Op::JumpIf(t, 0))
                };
                self.expr_into(y, t)?;
                let here = self.here();
                self.patch(j, here);
                self.emit(Op::Move(d, t));
                Ok(())
            }
            AB::Eq | AB::Ne | AB::Lt | AB::Le | AB::Gt | AB::Ge => {
                let (xt, yt) = (self.ty(x), self.ty(y));
                let (a, b, t) = if self.is_nil(x) {
                    let n = self.alloc();
                    self.emit(Op::Nil(n));
                    (n, self.expr(y)?, yt)
                } else if self.is_nil(y) {
                    let n = self.alloc();
                    self.emit(Op::Nil(n));
                    (self.expr(x)?, n, xt)
                } else if self.c.is_iface(xt) && !self.c.is_iface(yt) {
                    let a = self.expr(x)?;
                    let b = self.value_as(y, xt)?;
                    (a, b, xt)
                } else if self.c.is_iface(yt) && !self.c.is_iface(xt) {
                    let a = self.value_as(x, yt)?;
                    let b = self.expr(y)?;
                    (a, b, yt)
                } else {
                    (self.expr(x)?, self.expr(y)?, xt)
                };
                self.compare(op, t, d, a, b)
            }
            _ => {
                let t = self.ty(e);
                let a = self.expr(x)?;
                if self
                    .small_const(y)
                    .is_some_and(|k| self.binop_k(op, t, d, a, k))
                {
                    return Ok(());
                }
                let b = self.expr(y)?;
                self.binop(op, t, d, a, b)
            }
        }
    }

    /// Integer arithmetic `dst = x op k` with a constant `k` in one
    /// instruction; false (nothing emitted) for other types.
    pub fn binop_k(&mut self, op: AB, t: TypeId, d: R, x: R, k: i16) -> bool {
        if self.c.types.is_string(t) || self.c.types.is_float(t) {
            return false;
        }
        let Some(kind) = self.c.int_kind(t) else {
            return false;
        };
        let Some(bop) = arith_op(op) else {
            return false;
        };
        let wide = matches!(kind, IntKind::I64 | IntKind::U64);
        match bop {
            BinOp::Add | BinOp::Sub if wide => {
                self.emit(Op::AddIK(d, x, if bop == BinOp::Sub { -k } else { k }))
            }
            BinOp::Mul if wide => self.emit(Op::MulIK(d, x, k)),
            // A non-negative mask keeps any kind's values normalised.
            BinOp::And if k >= 0 => self.emit(Op::AndIK(d, x, k)),
            BinOp::Shl | BinOp::Shr if kind == IntKind::I64 && (0..64).contains(&k) => {
                if bop == BinOp::Shl {
                    self.emit(Op::ShlIK(d, x, k))
                } else {
                    self.emit(Op::ShrIK(d, x, k))
                }
            }
            _ => self.emit(Op::IntOpK(bop, kind, d, x, k)),
        };
        true
    }

    /// An integer constant that fits a compare-and-branch immediate.
    pub fn int32_const(&self, e: &Expr) -> Option<i32> {
        match self.const_of(e)? {
            v @ CV::Int(_) => v.as_i64().and_then(|i| i32::try_from(i).ok()),
            _ => None,
        }
    }

    /// Arithmetic `dst = x op y` for operands of type `t`.
    pub fn binop(&mut self, op: AB, t: TypeId, d: R, x: R, y: R) -> Result<(), Fail> {
        let bop = arith_op(op).ok_or_else(|| fail("not arithmetic"))?;
        if self.c.types.is_string(t) {
            self.emit(Op::Concat(d, x, y));
            return Ok(());
        }
        if self.c.types.is_float(t) {
            let f32_ = self.c.types.basic_kind(t) == Some(B::Float32);
            self.emit(Op::FloatOp(bop, f32_, d, x, y));
            return Ok(());
        }
        if self.c.types.is_complex(t) {
            let op = match bop {
                BinOp::Add => CplxOp::Add,
                BinOp::Sub => CplxOp::Sub,
                BinOp::Mul => CplxOp::Mul,
                _ => CplxOp::Div,
            };
            let c64 = self.c.types.basic_kind(t) == Some(B::Complex64);
            self.emit(Op::ComplexOp(op, c64, d, x, y));
            return Ok(());
        }
        let k = self.c.int_kind(t).unwrap_or(IntKind::I64);
        let wide = matches!(k, IntKind::I64 | IntKind::U64);
        match (bop, wide) {
            (BinOp::Add, true) => self.emit(Op::AddI(d, x, y)),
            (BinOp::Sub, true) => self.emit(Op::SubI(d, x, y)),
            (BinOp::Mul, true) => self.emit(Op::MulI(d, x, y)),
            (BinOp::And, _) => self.emit(Op::AndI(d, x, y)),
            (BinOp::Or, _) => self.emit(Op::OrI(d, x, y)),
            (BinOp::Xor, _) => self.emit(Op::XorI(d, x, y)),
            _ => self.emit(Op::IntOp(bop, k, d, x, y)),
        };
        Ok(())
    }

    pub fn compare(&mut self, op: AB, t: TypeId, d: R, x: R, y: R) -> Result<(), Fail> {
        let c = match op {
            AB::Eq => Cmp::Eq,
            AB::Ne => Cmp::Ne,
            AB::Lt => Cmp::Lt,
            AB::Le => Cmp::Le,
            AB::Gt => Cmp::Gt,
            _ => Cmp::Ge,
        };
        let u = self.c.under(t);
        match self.c.types.get(u) {
            Type::Basic(k) if k.is_string() => self.emit(Op::CmpS(c, d, x, y)),
            Type::Basic(k) if k.is_float() => self.emit(Op::CmpF(c, d, x, y)),
            Type::Basic(k) if k.is_integer() => {
                if k.is_unsigned() {
                    self.emit(Op::CmpU(c, d, x, y))
                } else {
                    self.emit(Op::CmpI(c, d, x, y))
                }
            }
            _ => match c {
                Cmp::Ne => self.emit(Op::Ne(d, x, y)),
                _ => self.emit(Op::Eq(d, x, y)),
            },
        };
        Ok(())
    }

    /// `x.sel` as a value.
    fn selector(
        &mut self,
        e: &'p Expr,
        x: &'p Expr,
        sel: &'p ast::Ident,
        d: R,
    ) -> Result<(), Fail> {
        let Some(s) = self.pkg.info.selections.get(&e.id).cloned() else {
            // A qualified identifier `pkg.Name`.
            let o = *self
                .pkg
                .info
                .uses
                .get(&sel.id)
                .ok_or_else(|| fail(format!("unresolved {}", sel.name)))?;
            let r = self.name_value(o, e)?;
            if r != d {
                self.emit(Op::Move(d, r));
            }
            return Ok(());
        };
        match (s.kind, &s.sel.kind) {
            (SelKind::FieldVal, _) => {
                let xt = self.ty(x);
                let mut v = self.expr(x)?;
                let mut t = xt;
                for &i in &s.sel.path {
                    let (nv, nt) = self.field_step(v, t, i)?;
                    v = nv;
                    t = nt;
                }
                if v != d {
                    self.emit(Op::Move(d, v));
                }
                Ok(())
            }
            (
                SelKind::MethodExpr,
                SelectionKind::Method {
                    recv,
                    index,
                    ptr_recv,
                },
            ) => {
                let recv = self.sub(*recv);
                let f = self.method_ref(recv, *index)?;
                let xt = self.ty(x);
                let is_ptr_t = matches!(self.c.types.get(xt), Type::Pointer(_));
                let f = match f {
                    FuncRef::Go(id) if is_ptr_t && !*ptr_recv => {
                        let sig = s.sel.ty;
                        FuncRef::Go(self.c_deref_wrapper(id, sig))
                    }
                    f => f,
                };
                let k = self.func_const(f);
                self.emit(Op::Const(d, k));
                Ok(())
            }
            (SelKind::MethodExpr, SelectionKind::IfaceMethod { .. }) => {
                Err(fail("interface method expressions are not supported"))
            }
            (_, SelectionKind::IfaceMethod { .. }) => {
                let r = self.iface_recv(x, &s.sel.path)?;
                let sym = self.c.sym(&sel.name);
                self.emit(Op::IfaceMethod(d, r, sym));
                Ok(())
            }
            (
                _,
                SelectionKind::Method {
                    recv,
                    index,
                    ptr_recv,
                },
            ) => {
                let recv = self.sub(*recv);
                let f = self.method_ref(recv, *index)?;
                let r = self.recv_value(x, &s.sel.path, *ptr_recv, s.addr_recv)?;
                let k = self.func_const(f);
                self.emit(Op::Bind(d, r, k));
                Ok(())
            }
            _ => Err(fail("bad selector")),
        }
    }

    fn c_deref_wrapper(&mut self, id: u32, sig: TypeId) -> u32 {
        let (np, nr) = self.c.sig_counts(sig);
        let w = self.c.out.funcs.len() as u32;
        self.c.out.funcs.push(std::rc::Rc::new(Default::default()));
        self.c.pending.push(super::Pending::DerefWrapper {
            id: w,
            target: id,
            nparams: np + 1,
            nresults: nr,
        });
        w
    }

    /// One step of a field path: dereferences pointers, then reads field `i`.
    fn field_step(&mut self, v: R, t: TypeId, i: usize) -> Result<(R, TypeId), Fail> {
        let (v, st) = self.deref_if_ptr(v, t);
        let ft = match self.c.types.get(self.c.under(st)) {
            Type::Struct(fields) => fields
                .get(i)
                .map(|f| f.ty)
                .ok_or_else(|| fail("bad field"))?,
            _ => return Err(fail("field of non-struct")),
        };
        let d = self.alloc();
        self.emit(Op::Field(d, v, i as u16));
        Ok((d, ft))
    }

    fn deref_if_ptr(&mut self, v: R, t: TypeId) -> (R, TypeId) {
        match self.c.types.get(self.c.under(t)).clone() {
            Type::Pointer(e) => {
                let d = self.alloc();
                self.emit(Op::Load(d, v));
                (d, e)
            }
            _ => (v, t),
        }
    }

    pub fn method_ref(&mut self, recv: TypeId, index: usize) -> Result<FuncRef, Fail> {
        let n = self
            .c
            .types
            .named(recv)
            .cloned()
            .ok_or_else(|| fail("method of unnamed type"))?;
        let m = n
            .methods
            .get(index)
            .ok_or_else(|| fail("bad method index"))?;
        let targs = self.subs(&n.targs);
        Ok(self.c.method_func(ObjId(m.obj), &targs))
    }

    /// The receiver of an interface method: a type parameter's value is boxed
    /// with its type argument's descriptor so the call dispatches on it.
    fn iface_recv(&mut self, x: &'p Expr, path: &[usize]) -> Result<R, Fail> {
        let t = self.ty(x);
        if !path.is_empty() || self.c.is_iface(t) {
            return self.recv_value(x, path, false, false);
        }
        let r = self.value(x)?;
        let rt = self.c.rt_type(t);
        let d = self.alloc();
        self.emit(Op::ToIface(d, r, rt));
        Ok(d)
    }

    /// The receiver for a method call: walks embedded fields, then takes the
    /// address or dereferences/copies as the method wants.
    fn recv_value(
        &mut self,
        x: &'p Expr,
        path: &[usize],
        want_ptr: bool,
        addr_recv: bool,
    ) -> Result<R, Fail> {
        if want_ptr && addr_recv && path.is_empty() {
            let d = self.alloc();
            self.addr_of(x, d)?;
            return Ok(d);
        }
        if let (true, Some((&last, init))) = (want_ptr, path.split_last()) {
            // The method's pointer is the last embedded field's address, or
            // its value when that field is itself an embedded pointer.
            let (mut v, mut t) = (self.expr(x)?, self.ty(x));
            for &i in init {
                (v, t) = self.field_step(v, t, i)?;
            }
            let (sv, st) = self.deref_if_ptr(v, t);
            let ft = match self.c.types.get(self.c.under(st)) {
                Type::Struct(fields) => fields
                    .get(last)
                    .map(|f| f.ty)
                    .ok_or_else(|| fail("bad field"))?,
                _ => return Err(fail("field of non-struct")),
            };
            let d = self.alloc();
            if matches!(self.c.types.get(self.c.under(ft)), Type::Pointer(_)) {
                self.emit(Op::Field(d, sv, last as u16));
            } else {
                self.emit(Op::FieldAddr(d, sv, last as u16));
            }
            return Ok(d);
        }
        let (mut v, mut t) = (self.expr(x)?, self.ty(x));
        for &i in path {
            let (nv, nt) = self.field_step(v, t, i)?;
            v = nv;
            t = nt;
        }
        let is_ptr = matches!(self.c.types.get(self.c.under(t)), Type::Pointer(_));
        if !want_ptr && is_ptr && !self.c.is_iface(t) {
            let d = self.alloc();
            self.emit(Op::Load(d, v));
            v = d;
            if let Type::Pointer(e) = self.c.types.get(self.c.under(t)).clone() {
                t = e;
            }
        }
        if !want_ptr && self.is_struct_or_array(t) {
            let d = self.alloc();
            self.emit(Op::Copy(d, v));
            v = d;
        }
        Ok(v)
    }

    /// `x[i]` (read); `comma_ok` for `v, ok := m[k]` (writes ok to d+1).
    fn index(&mut self, x: &'p Expr, i: &'p Expr, d: R, comma_ok: bool) -> Result<(), Fail> {
        let xt = self.ty(x);
        let u = self.c.under(xt);
        match self.c.types.get(u).clone() {
            Type::Map(kt, vt) => {
                let m = self.expr(x)?;
                let k = self.value_as(i, kt)?;
                let z = self.c.zero_const(vt);
                if comma_ok {
                    self.emit(Op::MapGet2(d, m, k, z));
                } else {
                    self.emit(Op::MapGet(d, m, k, z));
                }
            }
            Type::Basic(_) => {
                let s = self.expr(x)?;
                let ix = self.expr(i)?;
                self.emit(Op::IndexStr(d, s, ix));
            }
            Type::Pointer(_) => {
                let p = self.expr(x)?;
                let a = self.alloc();
                self.emit(Op::Load(a, p));
                let ix = self.expr(i)?;
                self.emit(Op::Index(d, a, ix));
            }
            _ => {
                let s = self.expr(x)?;
                let ix = self.expr(i)?;
                self.emit(Op::Index(d, s, ix));
            }
        }
        Ok(())
    }

    /// `&x` into `d`.
    pub fn addr_of(&mut self, x: &'p Expr, d: R) -> Result<(), Fail> {
        match &x.unparen().kind {
            ExprKind::CompositeLit { elems, .. } => {
                let t = self.ty(x);
                let v = self.alloc();
                self.composite(t, elems, v)?;
                self.emit(Op::Box(d, v));
                Ok(())
            }
            ExprKind::Name(id) => {
                let loc = self.var_loc(self.pkg.info.uses.get(&id.id).copied())?;
                self.addr_loc(loc, d);
                Ok(())
            }
            ExprKind::Star { x: p, .. } => self.expr_into(p, d),
            _ => match self.lvalue(x)? {
                LValue::Field(b, i) => {
                    self.emit(Op::FieldAddr(d, b, i));
                    Ok(())
                }
                LValue::Index(c, i) => {
                    self.emit(Op::IndexAddr(d, c, i));
                    Ok(())
                }
                LValue::Var(loc) => {
                    self.addr_loc(loc, d);
                    Ok(())
                }
                LValue::Deref(p) => {
                    self.emit(Op::Move(d, p));
                    Ok(())
                }
                _ => Err(fail("cannot take address")),
            },
        }
    }

    /// Where the variable `o` (an identifier's object, if resolved) lives.
    fn var_loc(&mut self, o: Option<ObjId>) -> Result<Loc, Fail> {
        let o = o.ok_or_else(|| fail("unresolved"))?;
        self.loc_of(o).ok_or_else(|| fail("no location"))
    }

    /// Evaluates the operands of an assignable place.
    pub fn lvalue(&mut self, e: &'p Expr) -> Result<LValue, Fail> {
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Name(id) => {
                if id.is_blank() {
                    return Ok(LValue::Blank);
                }
                let info = &self.pkg.info;
                let o = info.uses.get(&id.id).or_else(|| info.defs.get(&id.id));
                Ok(LValue::Var(self.var_loc(o.copied())?))
            }
            ExprKind::Selector { x, sel, .. } => {
                let Some(s) = self.pkg.info.selections.get(&e.id).cloned() else {
                    let o = self.pkg.info.uses.get(&sel.id).copied();
                    return Ok(LValue::Var(self.var_loc(o)?));
                };
                let (mut v, mut t) = (self.expr(x)?, self.ty(x));
                let path = &s.sel.path;
                let last = *path.last().ok_or_else(|| fail("empty field path"))?;
                for &i in &path[..path.len() - 1] {
                    let (nv, nt) = self.field_step(v, t, i)?;
                    v = nv;
                    t = nt;
                }
                let (v, _) = self.deref_if_ptr(v, t);
                Ok(LValue::Field(self.pinned(v), last as u16))
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                let u = self.c.under(xt);
                match self.c.types.get(u).clone() {
                    Type::Map(kt, _) => {
                        let m = self.expr(x)?;
                        let k = self.value_as(&indices[0], kt)?;
                        Ok(LValue::MapIndex(self.pinned(m), self.pinned(k)))
                    }
                    Type::Pointer(_) => {
                        let p = self.expr(x)?;
                        let a = self.alloc();
                        self.emit(Op::Load(a, p));
                        let i = self.expr(&indices[0])?;
                        Ok(LValue::Index(a, self.pinned(i)))
                    }
                    _ => {
                        let c = self.expr(x)?;
                        let i = self.expr(&indices[0])?;
                        Ok(LValue::Index(self.pinned(c), self.pinned(i)))
                    }
                }
            }
            ExprKind::Star { x, .. } => {
                let p = self.expr(x)?;
                Ok(LValue::Deref(self.pinned(p)))
            }
            _ => Err(fail("not assignable")),
        }
    }

    /// Operands of a place are evaluated before any assignment happens: a
    /// variable's own register is copied so a parallel assignment to that
    /// variable cannot change the place (`i, x[i] = 1, 9`).
    fn pinned(&mut self, r: R) -> R {
        let is_var = self
            .vars
            .values()
            .any(|l| matches!(l, Loc::Reg(x) | Loc::Cell(x) if *x == r));
        if !is_var {
            return r;
        }
        let t = self.alloc();
        self.emit(Op::Move(t, r));
        t
    }

    pub fn store(&mut self, lv: LValue, v: R) {
        match lv {
            LValue::Blank => {}
            LValue::Var(loc) => self.store_loc(loc, v),
            LValue::Field(b, i) => {
                self.emit(Op::SetField(b, i, v));
            }
            LValue::Index(c, i) => {
                self.emit(Op::SetIndex(c, i, v));
            }
            LValue::MapIndex(m, k) => {
                self.emit(Op::MapSet(m, k, v));
            }
            LValue::Deref(p) => {
                self.emit(Op::Store(p, v));
            }
        }
    }

    pub fn load_lvalue(&mut self, lv: &LValue) -> R {
        match *lv {
            LValue::Var(Loc::Reg(r)) => r,
            LValue::Var(loc) => {
                let d = self.alloc();
                self.load_loc(loc, d);
                d
            }
            LValue::Field(b, i) => {
                let d = self.alloc();
                self.emit(Op::Field(d, b, i));
                d
            }
            LValue::Index(c, i) => {
                let d = self.alloc();
                self.emit(Op::Index(d, c, i));
                d
            }
            LValue::MapIndex(m, k) => {
                let d = self.alloc();
                let z = self.c.konst(Value::Int(0));
                self.emit(Op::MapGet(d, m, k, z));
                d
            }
            LValue::Deref(p) => {
                let d = self.alloc();
                self.emit(Op::Load(d, p));
                d
            }
            LValue::Blank => {
                let d = self.alloc();
                self.emit(Op::Nil(d));
                d
            }
        }
    }

    /// A composite literal of type `t` into `d`.
    fn composite(&mut self, t: TypeId, elems: &'p [Expr], d: R) -> Result<(), Fail> {
        let u = self.c.under(t);
        match self.c.types.get(u).clone() {
            Type::Pointer(inner) => {
                let v = self.alloc();
                self.composite(inner, elems, v)?;
                self.emit(Op::Box(d, v));
            }
            Type::Struct(fields) => {
                let b = self.alloc_n(fields.len() as u16);
                let mut set = vec![false; fields.len()];
                for (i, el) in elems.iter().enumerate() {
                    let (fi, ve) = match &el.kind {
                        ExprKind::KeyValue { key, value, .. } => {
                            let name = match &key.kind {
                                ExprKind::Name(id) => id.name.clone(),
                                _ => return Err(fail("bad field key")),
                            };
                            (
                                fields
                                    .iter()
                                    .position(|f| *f.name == *name)
                                    .ok_or_else(|| fail("unknown field"))?,
                                &**value,
                            )
                        }
                        _ => (i, el),
                    };
                    let ft = fields
                        .get(fi)
                        .map(|f| f.ty)
                        .ok_or_else(|| fail("too many values"))?;
                    let r = self.elem_value(ve, ft)?;
                    self.emit(Op::Move(b + fi as u16, r));
                    set[fi] = true;
                }
                for (fi, f) in fields.iter().enumerate() {
                    if !set[fi] {
                        let z = self.c.zero_const(f.ty);
                        self.emit(Op::ConstCopy(b + fi as u16, z));
                    }
                }
                self.emit(Op::MakeStruct(d, b, fields.len() as u16));
            }
            Type::Array(_, et) | Type::Slice(et) => {
                let is_slice = matches!(self.c.types.get(u), Type::Slice(_));
                let keyed = elems
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::KeyValue { .. }));
                if !keyed {
                    let n = match self.c.types.get(u) {
                        Type::Array(n, _) => *n as usize,
                        _ => elems.len(),
                    };
                    let b = self.alloc_n(n as u16);
                    for (i, el) in elems.iter().enumerate() {
                        let r = self.elem_value(el, et)?;
                        self.emit(Op::Move(b + i as u16, r));
                    }
                    for i in elems.len()..n {
                        let z = self.c.zero_const(et);
                        self.emit(Op::ConstCopy(b + i as u16, z));
                    }
                    if is_slice {
                        self.emit(Op::MakeSliceLit(d, b, n as u16));
                    } else {
                        self.emit(Op::MakeArray(d, b, n as u16));
                    }
                    return Ok(());
                }
                // Keyed: find the length, then set elements.
                let mut idx: i64 = 0;
                let mut max_len: i64 = 0;
                let mut keys = Vec::new();
                for el in elems {
                    if let ExprKind::KeyValue { key, .. } = &el.kind {
                        idx = self.const_of(key).and_then(|v| v.as_i64()).unwrap_or(idx);
                    }
                    keys.push(idx);
                    idx += 1;
                    max_len = max_len.max(idx);
                }
                let len = match self.c.types.get(u) {
                    Type::Array(n, _) => *n as i64,
                    _ => max_len,
                };
                let z = self.c.zero_const(et);
                let tmp = self.alloc();
                if is_slice {
                    let l = self.alloc();
                    let k = self.c.konst(Value::Int(len));
                    self.emit(Op::Const(l, k));
                    self.emit(Op::MakeSlice(tmp, l, NOREG, z));
                } else {
                    let zk = self.c.zero_const(t);
                    self.emit(Op::ConstCopy(tmp, zk));
                }
                for (el, k) in elems.iter().zip(keys) {
                    let ve = match &el.kind {
                        ExprKind::KeyValue { value, .. } => &**value,
                        _ => el,
                    };
                    let r = self.elem_value(ve, et)?;
                    let ki = self.alloc();
                    let kk = self.c.konst(Value::Int(k));
                    self.emit(Op::Const(ki, kk));
                    self.emit(Op::SetIndex(tmp, ki, r));
                }
                self.emit(Op::Move(d, tmp));
            }
            Type::Map(kt, vt) => {
                let tmp = self.alloc();
                self.emit(Op::MakeMap(tmp));
                for el in elems {
                    let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                        return Err(fail("map literal without key"));
                    };
                    let k = self.elem_value(key, kt)?;
                    let v = self.elem_value(value, vt)?;
                    self.emit(Op::MapSet(tmp, k, v));
                }
                self.emit(Op::Move(d, tmp));
            }
            _ => return Err(fail("bad composite literal type")),
        }
        Ok(())
    }

    /// An element of a composite literal (elided types take `t`).
    fn elem_value(&mut self, e: &'p Expr, t: TypeId) -> Result<R, Fail> {
        if let ExprKind::CompositeLit {
            typ: None, elems, ..
        } = &e.kind
        {
            let d = self.alloc();
            let lt = self.ty(e);
            let lt = if lt == TypeId(0) { t } else { lt };
            self.composite(lt, elems, d)?;
            return Ok(self.convert_assign(d, lt, t));
        }
        if let ExprKind::Unary {
            op: UnOp::Addr, x, ..
        } = &e.kind
        {
            if let ExprKind::CompositeLit { typ: None, .. } = &x.kind {
                let d = self.alloc();
                self.addr_of(x, d)?;
                return Ok(d);
            }
        }
        self.value_as(e, t)
    }

    /// A builtin's only argument when it is a call with several results
    /// (`println(f())`): the registers holding them and their types.
    fn spread_call(&mut self, args: &'p [Expr]) -> Result<Option<(R, Vec<TypeId>)>, Fail> {
        let [one] = args else {
            return Ok(None);
        };
        let t = self.ty(one);
        let tys = self.c.types.tuple_elems(t);
        if tys.len() < 2 || !matches!(one.unparen().kind, ExprKind::Call { .. }) {
            return Ok(None);
        }
        Ok(Some((self.multi(one, tys.len() as u16)?, tys)))
    }

    /// Evaluates a multi-valued expression into `n` consecutive registers.
    pub fn multi(&mut self, e: &'p Expr, n: u16) -> Result<R, Fail> {
        match &e.unparen().kind {
            ExprKind::Call { .. } => self.call(e, n),
            ExprKind::Index { x, indices, .. } => {
                let d = self.alloc_n(2);
                self.index(x, &indices[0], d, true)?;
                Ok(d)
            }
            ExprKind::TypeAssert { x, .. } => {
                let d = self.alloc_n(2);
                let t = self.ty(e);
                let t = self.c.types.tuple_elems(t).first().copied().unwrap_or(t);
                let xt = self.ty(x);
                let giface = self.c.rt_type(xt);
                let desc = self.assert_desc(t, giface, true);
                let r = self.expr(x)?;
                self.emit(Op::Assert(d, r, desc));
                Ok(d)
            }
            ExprKind::Unary {
                op: UnOp::Recv, x, ..
            } => {
                let d = self.alloc_n(2);
                let c = self.expr(x)?;
                self.emit(Op::Recv(d, c, true));
                Ok(d)
            }
            _ => Err(fail("not a multi-valued expression")),
        }
    }

    /// The type of result `i` of a multi-valued expression.
    pub fn multi_elem_type(&mut self, e: &'p Expr, i: usize) -> TypeId {
        let t = self.ty(e);
        let elems = self.c.types.tuple_elems(t);
        if elems.len() > 1 {
            return elems.get(i).copied().unwrap_or(TypeId(0));
        }
        if i == 0 {
            match &e.unparen().kind {
                ExprKind::Unary {
                    op: UnOp::Recv, x, ..
                } => {
                    let ct = self.ty(x);
                    return self.chan_elem(ct);
                }
                _ => return elems.first().copied().unwrap_or(t),
            }
        }
        B::Bool.id()
    }

    /// Compiles a call; results are left in consecutive registers (returned).
    pub fn call(&mut self, e: &'p Expr, want: u16) -> Result<R, Fail> {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.unparen().kind
        else {
            return Err(fail("not a call"));
        };
        let fun_u = fun.unparen();
        let finfo_mode = self.pkg.info.expr(fun_u.id).map(|i| i.mode);
        if finfo_mode == Some(Mode::TypeExpr) {
            let d = self.alloc();
            let t = self.ty(e);
            self.conversion(&args[0], t, d)?;
            return Ok(d);
        }
        if let Some(b) = self.builtin_of(fun_u) {
            return self.builtin(b, e, args, dots.is_some(), want);
        }
        let (callee, recv, sig) = self.callee(fun_u)?;
        let sig = self
            .c
            .types
            .signature(sig)
            .cloned()
            .ok_or_else(|| fail("call of non-function"))?;
        let nres = sig.results.len() as u16;
        let nparams = sig.params.len() as u16 + recv.is_some() as u16;
        let a = self.alloc_n(nparams.max(nres).max(want).max(1));
        let mut k = 0u16;
        if let Some(r) = recv {
            self.emit(Op::Move(a, r));
            k = 1;
        }
        self.args(&sig, args, dots.is_some(), a + k)?;
        match callee {
            Callee::Static(FuncRef::Go(f)) => self.emit(Op::CallStatic(f, a)),
            Callee::Static(FuncRef::Native(n)) => self.emit(Op::CallNative(n, a, nparams)),
            Callee::Value(f) => self.emit(Op::Call(f, a, nparams)),
            Callee::Iface(sym) => self.emit(Op::CallIface(a, sym, nparams - 1)),
        };
        self.next = a + nres.max(want).max(1);
        Ok(a)
    }

    /// Places converted arguments at `a..` (packing variadic ones).
    fn args(
        &mut self,
        sig: &crate::types::Signature,
        args: &'p [Expr],
        spread: bool,
        a: R,
    ) -> Result<(), Fail> {
        let np = sig.params.len();
        let ptypes = self.subs(&crate::types::param_types(&sig.params));
        // f(g()) with a multi-valued g.
        if args.len() == 1 && (np > 1 || sig.variadic) {
            if let ExprKind::Call { .. } = &args[0].unparen().kind {
                let at = self.ty(&args[0]);
                let k = self.c.types.tuple_elems(at).len();
                if k > 1 {
                    let r = self.multi(&args[0], k as u16)?;
                    let fixed = if sig.variadic { np - 1 } else { np };
                    for (i, pt) in ptypes.iter().take(fixed).enumerate() {
                        let src = self.multi_elem_type(&args[0], i);
                        let c = self.convert_assign(r + i as u16, src, *pt);
                        self.emit(Op::Move(a + i as u16, c));
                    }
                    if sig.variadic {
                        let et = match self.c.types.get(self.c.under(ptypes[np - 1])) {
                            Type::Slice(e) => *e,
                            _ => TypeId(0),
                        };
                        let extra = k.saturating_sub(fixed) as u16;
                        let b = self.alloc_n(extra.max(1));
                        for j in 0..extra {
                            let i = fixed + j as usize;
                            let src = self.multi_elem_type(&args[0], i);
                            let c = self.convert_assign(r + i as u16, src, et);
                            self.emit(Op::Move(b + j, c));
                        }
                        self.emit(Op::MakeSliceLit(a + fixed as u16, b, extra));
                    }
                    return Ok(());
                }
            }
        }
        let fixed = if sig.variadic && !spread { np - 1 } else { np };
        for (i, arg) in args.iter().take(fixed).enumerate() {
            let at = self.ty(arg);
            let boxes = self.c.is_iface(ptypes[i]) && !self.c.is_iface(at);
            let copies = self.is_struct_or_array(at) && is_place(arg);
            let plain = !self.is_nil(arg) && !boxes && !copies;
            if plain {
                // Straight into the argument register.
                self.expr_into(arg, a + i as u16)?;
                continue;
            }
            let r = self.value_as(arg, ptypes[i])?;
            self.emit(Op::Move(a + i as u16, r));
        }
        if sig.variadic && !spread {
            let st = ptypes[np - 1];
            let et = match self.c.types.get(self.c.under(st)) {
                Type::Slice(e) => *e,
                _ => TypeId(0),
            };
            let extra = &args[fixed.min(args.len())..];
            if extra.is_empty() {
                self.emit(Op::Nil(a + fixed as u16));
            } else {
                let b = self.alloc_n(extra.len() as u16);
                for (i, arg) in extra.iter().enumerate() {
                    let r = self.value_as(arg, et)?;
                    self.emit(Op::Move(b + i as u16, r));
                }
                self.emit(Op::MakeSliceLit(a + fixed as u16, b, extra.len() as u16));
            }
        }
        Ok(())
    }

    fn builtin_of(&self, f: &Expr) -> Option<Builtin> {
        let ExprKind::Name(id) = &f.kind else {
            return None;
        };
        let o = self.pkg.info.uses.get(&id.id)?;
        match self.c.prog.object(*o)?.kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// Resolves the callee: (how to call, receiver register, signature type).
    fn callee(&mut self, f: &'p Expr) -> Result<(Callee, Option<R>, TypeId), Fail> {
        let ft = self.ty(f);
        if let ExprKind::Selector { x, sel, .. } = &f.kind {
            if let Some(s) = self.pkg.info.selections.get(&f.id).cloned() {
                match (s.kind, &s.sel.kind) {
                    (
                        SelKind::MethodVal,
                        SelectionKind::Method {
                            recv,
                            index,
                            ptr_recv,
                        },
                    ) => {
                        let recv = self.sub(*recv);
                        let fr = self.method_ref(recv, *index)?;
                        let r = self.recv_value(x, &s.sel.path, *ptr_recv, s.addr_recv)?;
                        return Ok((Callee::Static(fr), Some(r), ft));
                    }
                    (SelKind::MethodVal, SelectionKind::IfaceMethod { .. }) => {
                        let r = self.iface_recv(x, &s.sel.path)?;
                        let sym = self.c.sym(&sel.name);
                        return Ok((Callee::Iface(sym), Some(r), ft));
                    }
                    _ => {}
                }
            } else if let Some(&o) = self.pkg.info.uses.get(&sel.id) {
                if let Some(ObjKind::Func { .. }) = self.c.prog.object(o).map(|o| &o.kind) {
                    let targs = self.instance_args(f);
                    return Ok((Callee::Static(self.c.func_ref(o, targs)), None, ft));
                }
            }
        }
        let name_id = match &f.kind {
            ExprKind::Name(id) => Some(id.id),
            ExprKind::Index { x, .. } => match &x.unparen().kind {
                ExprKind::Name(id) => Some(id.id),
                ExprKind::Selector { sel, .. } => Some(sel.id),
                _ => None,
            },
            _ => None,
        };
        if let Some(id) = name_id {
            if let Some(&o) = self.pkg.info.uses.get(&id) {
                if let Some(ObjKind::Func { .. }) = self.c.prog.object(o).map(|o| &o.kind) {
                    let targs = self.instance_args(f);
                    return Ok((Callee::Static(self.c.func_ref(o, targs)), None, ft));
                }
            }
        }
        let r = self.expr(f)?;
        let fr = self.alloc();
        self.emit(Op::Move(fr, r));
        Ok((Callee::Value(fr), None, ft))
    }

    /// For `go`/`defer`: the function value and its evaluated arguments.
    pub fn call_parts(&mut self, e: &'p Expr) -> Result<(R, R, u16), Fail> {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.unparen().kind
        else {
            return Err(fail("expression in go/defer must be function call"));
        };
        let fun_u = fun.unparen();
        if let Some(b) = self.builtin_of(fun_u) {
            // Wrap the builtin in a closure taking its arguments.
            let f = self.builtin_thunk(b)?;
            let fr = self.alloc();
            let k = self.func_const(FuncRef::Go(f));
            self.emit(Op::Const(fr, k));
            let a = self.alloc_n(args.len().max(1) as u16);
            for (i, arg) in args.iter().enumerate() {
                let t = if b == Builtin::Panic {
                    self.c.types.any
                } else {
                    self.ty(arg)
                };
                let r = self.value_as(arg, t)?;
                self.emit(Op::Move(a + i as u16, r));
            }
            return Ok((fr, a, args.len() as u16));
        }
        let (callee, recv, sig) = self.callee(fun_u)?;
        let sig = self
            .c
            .types
            .signature(sig)
            .cloned()
            .ok_or_else(|| fail("call of non-function"))?;
        let fr = match callee {
            Callee::Value(r) => r,
            Callee::Static(f) => {
                let k = self.func_const(f);
                let r = self.alloc();
                self.emit(Op::Const(r, k));
                r
            }
            Callee::Iface(sym) => {
                let r = self.alloc();
                self.emit(Op::IfaceMethod(
                    r,
                    recv.ok_or_else(|| fail("no receiver"))?,
                    sym,
                ));
                let n = sig.params.len() as u16;
                let a = self.alloc_n(n.max(1));
                self.args(&sig, args, dots.is_some(), a)?;
                return Ok((r, a, n));
            }
        };
        let n = sig.params.len() as u16 + recv.is_some() as u16;
        let a = self.alloc_n(n.max(1));
        let mut k = 0;
        if let Some(r) = recv {
            self.emit(Op::Move(a, r));
            k = 1;
        }
        self.args(&sig, args, dots.is_some(), a + k)?;
        Ok((fr, a, n))
    }

    /// A tiny function running builtin `b` on its parameters (for go/defer).
    fn builtin_thunk(&mut self, b: Builtin) -> Result<u32, Fail> {
        let (code, nparams) = match b {
            Builtin::Close => (vec![Op::Close(0), Op::Return(0, 0)], 1),
            Builtin::Panic => (vec![Op::Panic(0), Op::Return(0, 0)], 1),
            Builtin::Copy => (vec![Op::CopySlice(2, 0, 1), Op::Return(0, 0)], 2),
            Builtin::Delete => (vec![Op::MapDelete(0, 1), Op::Return(0, 0)], 2),
            _ => return Err(fail(format!("go/defer of {} is not supported", b.name()))),
        };
        let id = self.c.out.funcs.len() as u32;
        let n = code.len();
        self.c
            .out
            .funcs
            .push(std::rc::Rc::new(crate::vm::op::FuncProto {
                name: format!("builtin.{}", b.name()),
                code,
                lines: vec![self.line; n],
                nparams,
                nregs: 3,
                ..Default::default()
            }));
        Ok(id)
    }

    fn builtin(
        &mut self,
        b: Builtin,
        e: &'p Expr,
        args: &'p [Expr],
        spread: bool,
        want: u16,
    ) -> Result<R, Fail> {
        let d = self.alloc_n(want.max(1));
        match b {
            Builtin::Len | Builtin::Cap => {
                let xt = self.ty(&args[0]);
                let mut r = self.expr(&args[0])?;
                if matches!(self.c.types.get(self.c.under(xt)), Type::Pointer(_)) {
                    let t = self.alloc();
                    self.emit(Op::Load(t, r));
                    r = t;
                }
                if b == Builtin::Len {
                    self.emit(Op::Len(d, r));
                } else {
                    self.emit(Op::Cap(d, r));
                }
            }
            Builtin::Append => {
                let st = self.ty(e);
                let et = match self.c.types.get(self.c.under(st)) {
                    Type::Slice(e) => *e,
                    _ => TypeId(0),
                };
                let es = self.c.elem_size(et);
                if let Some((r, tys)) = self.spread_call(args)? {
                    // append(f()): the slice and the elements are f's results.
                    self.emit(Op::Move(d, r));
                    let n = tys.len() as u16 - 1;
                    self.stack_buf(e, d, n as usize, es);
                    let b0 = self.alloc_n(n);
                    for (i, &t) in tys.iter().enumerate().skip(1) {
                        let v = self.convert_assign(r + i as u16, t, et);
                        self.emit(Op::Move(b0 + i as u16 - 1, v));
                    }
                    self.emit(Op::Append(d, b0, n, es));
                    return Ok(d);
                }
                let s = self.expr(&args[0])?;
                self.emit(Op::Move(d, s));
                if !spread {
                    self.stack_buf(e, d, args.len() - 1, es);
                }
                if spread {
                    let t = self.expr(&args[1])?;
                    self.emit(Op::AppendSpread(d, t, es));
                } else if args.len() > 1 {
                    let n = args.len() as u16 - 1;
                    let b0 = self.alloc_n(n);
                    for (i, a) in args[1..].iter().enumerate() {
                        let r = self.value_as(a, et)?;
                        self.emit(Op::Move(b0 + i as u16, r));
                    }
                    self.emit(Op::Append(d, b0, n, es));
                }
            }
            Builtin::Make => {
                let t = self.ty(e);
                match self.c.types.get(self.c.under(t)).clone() {
                    Type::Slice(et) => {
                        let l = self.expr(&args[1])?;
                        let c = if args.len() > 2 {
                            self.expr(&args[2])?
                        } else {
                            NOREG
                        };
                        let z = self.c.zero_const(et);
                        self.emit(Op::MakeSlice(d, l, c, z));
                    }
                    Type::Map(..) => {
                        self.emit(Op::MakeMap(d));
                    }
                    Type::Chan(_, et) => {
                        let c = if args.len() > 1 {
                            self.expr(&args[1])?
                        } else {
                            NOREG
                        };
                        let z = self.c.zero_const(et);
                        self.emit(Op::MakeChan(d, c, z));
                    }
                    _ => return Err(fail("bad make")),
                }
            }
            Builtin::New => {
                let t = self.ty(e);
                let et = match self.c.types.get(self.c.under(t)) {
                    Type::Pointer(p) => *p,
                    _ => TypeId(0),
                };
                let z = self.c.zero_const(et);
                self.emit(Op::NewCell(d, z));
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let kt = match self.c.types.get(self.c.under(mt)) {
                    Type::Map(k, _) => *k,
                    _ => TypeId(0),
                };
                let m = self.expr(&args[0])?;
                let k = self.value_as(&args[1], kt)?;
                self.emit(Op::MapDelete(m, k));
            }
            Builtin::Copy => {
                let x = self.expr(&args[0])?;
                let y = self.expr(&args[1])?;
                self.emit(Op::CopySlice(d, x, y));
            }
            Builtin::Close => {
                let c = self.expr(&args[0])?;
                self.emit(Op::Close(c));
            }
            Builtin::Panic => {
                let any = self.c.types.any;
                let v = self.value_as(&args[0], any)?;
                self.emit(Op::Panic(v));
            }
            Builtin::Recover => {
                self.emit(Op::Recover(d));
            }
            Builtin::Clear => {
                let t = self.ty(&args[0]);
                let et = match self.c.types.get(self.c.under(t)) {
                    Type::Slice(e) => *e,
                    _ => TypeId(0),
                };
                let z = self.c.zero_const(et);
                let x = self.expr(&args[0])?;
                self.emit(Op::Clear(x, z));
            }
            Builtin::Min | Builtin::Max => {
                let t = self.ty(e);
                let first = self.value_as(&args[0], t)?;
                self.emit(Op::Move(d, first));
                // Floats need Go's NaN and signed-zero rules: a native per pair.
                let float = if !self.c.types.is_float(t) {
                    None
                } else if b == Builtin::Min {
                    Some(self.c.native("builtin.fmin"))
                } else {
                    Some(self.c.native("builtin.fmax"))
                };
                for a in &args[1..] {
                    let r = self.value_as(a, t)?;
                    if let Some(FuncRef::Native(id)) = float {
                        let b0 = self.alloc_n(2);
                        self.emit(Op::Move(b0, d));
                        self.emit(Op::Move(b0 + 1, r));
                        self.emit(Op::CallNative(id, b0, 2));
                        self.emit(Op::Move(d, b0));
                        continue;
                    }
                    let c = self.alloc();
                    let op = if b == Builtin::Min { AB::Lt } else { AB::Gt };
                    self.compare(op, t, c, r, d)?;
                    let j = self.emit(Op::JumpIfNot(c, 0));
                    self.emit(Op::Move(d, r));
                    let here = self.here();
                    self.patch(j, here);
                }
            }
            Builtin::Print | Builtin::Println => {
                let any = self.c.types.any;
                let spread = self.spread_call(args)?;
                let n = spread.as_ref().map_or(args.len(), |(_, tys)| tys.len()) as u16;
                let b0 = self.alloc_n(n.max(1));
                for i in 0..n {
                    let r = match (&spread, args.get(i as usize)) {
                        (Some((r, tys)), _) => {
                            let t = tys.get(i as usize).copied().unwrap_or(any);
                            self.convert_assign(r + i, t, any)
                        }
                        (None, Some(a)) => self.value_as(a, any)?,
                        (None, None) => return Err(fail("print: argument count")),
                    };
                    self.emit(Op::Move(b0 + i, r));
                }
                let w = self.alloc();
                self.emit(Op::MakeSliceLit(w, b0, n));
                let name = if b == Builtin::Println {
                    "builtin.println"
                } else {
                    "builtin.print"
                };
                let FuncRef::Native(id) = self.c.native(name) else {
                    return Err(fail("print"));
                };
                self.emit(Op::CallNative(id, w, 1));
            }
            Builtin::Complex => {
                let t = self.ty(e);
                let c64 = self.c.types.basic_kind(t) == Some(B::Complex64);
                let ft = if c64 { B::Float32 } else { B::Float64 }.id();
                let (x, y) = match args {
                    [f] => {
                        let r = self.multi(f, 2)?;
                        (r, r + 1)
                    }
                    [x, y] => (self.value_as(x, ft)?, self.value_as(y, ft)?),
                    _ => return Err(fail("complex: wrong argument count")),
                };
                self.emit(Op::ComplexOp(CplxOp::Make, c64, d, x, y));
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0])?;
                let c = if b == Builtin::Real {
                    Conv::Real
                } else {
                    Conv::Imag
                };
                self.emit(Op::Convert(c, d, x));
            }
        }
        Ok(d)
    }

    /// `T(x)` into `d`.
    fn conversion(&mut self, x: &'p Expr, to: TypeId, d: R) -> Result<(), Fail> {
        if self.typed_const(x, d) && self.pkg.info.expr(x.id).is_some_and(|i| i.value.is_some()) {
            let from = self.ty(x);
            let fu = self.c.under(from);
            let tu = self.c.under(to);
            if self.c.types.is_string(tu) && self.c.types.is_integer(fu) {
                self.emit(Op::Convert(Conv::RuneToStr, d, d));
            } else if self.c.is_iface(to) {
                let r = self.convert_assign(d, from, to);
                self.emit(Op::Move(d, r));
            } else if let (Some(k), true) = (self.c.int_kind(tu), self.c.types.is_integer(fu)) {
                self.emit(Op::Convert(Conv::IntToInt(k), d, d));
            } else if self.c.types.is_float(tu) && self.c.types.is_integer(fu) {
                self.emit(Op::Convert(Conv::IntToFloat, d, d));
            } else if self.c.types.is_byte_or_rune_slice(tu) && self.c.types.is_string(fu) {
                let bytes = matches!(self.c.types.get(tu), Type::Slice(e) if self.c.int_kind(*e) == Some(IntKind::U8));
                self.emit(Op::Convert(
                    if bytes {
                        Conv::StrToBytes
                    } else {
                        Conv::StrToRunes
                    },
                    d,
                    d,
                ));
            }
            return Ok(());
        }
        let from = self.ty(x);
        if self.is_nil(x) {
            self.emit(Op::Nil(d));
            return Ok(());
        }
        let r = self.value(x)?;
        if self.c.is_iface(to) {
            let c = self.convert_assign(r, from, to);
            self.emit(Op::Move(d, c));
            return Ok(());
        }
        let fu = self.c.under(from);
        let tu = self.c.under(to);
        if let (Type::Slice(_), Type::Array(n, _)) = (self.c.types.get(fu), self.c.types.get(tu)) {
            let n = u32::try_from(*n).map_err(|_| fail("array too large"))?;
            self.emit(Op::SliceToArray(d, r, n));
            return Ok(());
        }
        if let (Type::Slice(_), Type::Pointer(p)) = (self.c.types.get(fu), self.c.types.get(tu)) {
            if let Type::Array(n, _) = self.c.types.get(self.c.under(*p)) {
                let n = u32::try_from(*n).map_err(|_| fail("array too large"))?;
                self.emit(Op::SliceToArrayPtr(d, r, n));
                return Ok(());
            }
        }
        let t = &self.c.types;
        let conv = if t.is_integer(fu) && t.is_integer(tu) {
            self.c.int_kind(tu).map(Conv::IntToInt)
        } else if t.is_integer(fu) && t.is_float(tu) {
            Some(
                if t.is_unsigned(fu) && self.c.int_kind(fu) == Some(IntKind::U64) {
                    Conv::UintToFloat
                } else {
                    Conv::IntToFloat
                },
            )
        } else if t.is_float(fu) && t.is_integer(tu) {
            Some(Conv::FloatToInt(
                self.c.int_kind(tu).unwrap_or(IntKind::I64),
            ))
        } else if t.is_float(fu) && t.is_float(tu) {
            (t.basic_kind(tu) == Some(B::Float32)).then_some(Conv::FloatToF32)
        } else if t.is_complex(fu) && t.is_complex(tu) {
            (t.basic_kind(tu) == Some(B::Complex64)).then_some(Conv::ComplexToC64)
        } else if t.is_integer(fu) && t.is_string(tu) {
            Some(Conv::RuneToStr)
        } else if t.is_string(fu) && t.is_byte_or_rune_slice(tu) {
            let bytes =
                matches!(t.get(tu), Type::Slice(e) if self.c.int_kind(*e) == Some(IntKind::U8));
            Some(if bytes {
                Conv::StrToBytes
            } else {
                Conv::StrToRunes
            })
        } else if t.is_byte_or_rune_slice(fu) && t.is_string(tu) {
            let bytes =
                matches!(t.get(fu), Type::Slice(e) if self.c.int_kind(*e) == Some(IntKind::U8));
            Some(if bytes {
                Conv::BytesToStr
            } else {
                Conv::RunesToStr
            })
        } else {
            None
        };
        match conv {
            Some(c) => self.emit(Op::Convert(c, d, r)),
            None => self.emit(Op::Move(d, r)),
        };
        Ok(())
    }
}

/// An expression naming storage (copying it copies an aggregate).
fn is_place(e: &Expr) -> bool {
    match &e.unparen().kind {
        ExprKind::Name(_)
        | ExprKind::Selector { .. }
        | ExprKind::Index { .. }
        | ExprKind::Star { .. } => true,
        ExprKind::TypeAssert { .. } => false,
        _ => false,
    }
}

/// The VM's arithmetic operator for a binary operator, if it is one.
fn arith_op(op: AB) -> Option<BinOp> {
    Some(match op {
        AB::Add => BinOp::Add,
        AB::Sub => BinOp::Sub,
        AB::Mul => BinOp::Mul,
        AB::Div => BinOp::Div,
        AB::Rem => BinOp::Rem,
        AB::And => BinOp::And,
        AB::Or => BinOp::Or,
        AB::Xor => BinOp::Xor,
        AB::AndNot => BinOp::AndNot,
        AB::Shl => BinOp::Shl,
        AB::Shr => BinOp::Shr,
        _ => return None,
    })
}
