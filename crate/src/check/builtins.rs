//! Calls of the predeclared functions.

use super::checker::Checker;
use super::expr::INVALID_OP;
use super::operand::{OpMode, Operand};
use super::{expr_string, Builtin};
use crate::syntax::ast::Expr;
use crate::types::constant::Value;
use crate::types::{BasicKind as B, ChanDir, Param, Type, TypeId};

impl<'a, 'p> Checker<'a, 'p> {
    pub(super) fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        dots: Option<u32>,
        _hint: Option<TypeId>,
    ) -> Operand<'a> {
        let name = b.name();
        // These take ordinary values, so `complex(f())` spreads f's results (types2 counts
        // the arguments after that).
        let values = (matches!(b, Builtin::Complex | Builtin::Real | Builtin::Imag)
            && dots.is_none())
        .then(|| self.call_args(args));
        if values
            .as_ref()
            .is_some_and(|xs| xs.iter().any(|x| x.invalid()))
        {
            return Operand::bad(e);
        }
        let n = values.as_ref().map_or(args.len(), Vec::len);
        let es = expr_string(e);
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append | Builtin::Print | Builtin::Println | Builtin::Clear => (
                if b == Builtin::Append || b == Builtin::Clear {
                    1
                } else {
                    0
                },
                if b == Builtin::Clear { Some(1) } else { None },
            ),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Close
            | Builtin::New
            | Builtin::Panic
            | Builtin::Real
            | Builtin::Imag => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Recover => (0, Some(0)),
        };
        if let Some(d) = dots {
            if b != Builtin::Append {
                self.errorf(
                    d,
                    format_args!("{INVALID_OP}invalid use of ... with built-in {name}"),
                );
                self.use_exprs(args);
                return Operand::bad(e);
            }
        }
        if n < min || max.is_some_and(|m| n > m) {
            let q = if n < min { "not enough" } else { "too many" };
            let at = e.span.lo;
            if b == Builtin::Make {
                self.errorf(
                    e.span.lo,
                    format_args!("{INVALID_OP}{es} expects 2 or 3 arguments; found {n}"),
                );
            } else {
                let want = min;
                self.errorf(
                    at,
                    format_args!("{INVALID_OP}{q} arguments for {es} (expected {want}, found {n})"),
                );
            }
            if values.is_none() {
                self.use_exprs(args);
            }
            return Operand::bad(e);
        }
        let value = |ty: TypeId| Operand {
            mode: OpMode::Value,
            ty,
            val: None,
            expr: Some(e),
        };
        let novalue = Operand {
            mode: OpMode::NoValue,
            ty: self.prog.types.empty_tuple,
            val: None,
            expr: Some(e),
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.invalid() {
                    return Operand::bad(e);
                }
                let types = &self.prog.types;
                let mut u = types.core(x.ty);
                if let Type::Pointer(p) = types.get(u) {
                    if let Type::Array(..) = types.get(types.core(*p)) {
                        u = types.underlying(*p);
                    }
                }
                let ok = match types.get(u) {
                    Type::Basic(k) => k.is_string() && b == Builtin::Len,
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => types.is_type_param(x.ty),
                };
                if !ok {
                    let s = self.operand_string(&x);
                    self.errorf(
                        x.pos(),
                        format_args!("invalid argument: {s} for built-in {name}"),
                    );
                    return Operand::bad(e);
                }
                // Constant for constant strings and arrays (without calls/receives).
                let cval = match self.prog.types.get(u) {
                    Type::Basic(_) if x.mode == OpMode::Constant => x
                        .val
                        .as_ref()
                        .and_then(|v| v.as_bytes())
                        .map(|s| s.len() as i64),
                    Type::Array(n, _) if !contains_call_or_recv(&args[0]) => Some(*n as i64),
                    _ => None,
                };
                if let Some(c) = cval {
                    return Operand {
                        mode: OpMode::Constant,
                        ty: B::Int.id(),
                        val: Some(Value::int(c)),
                        expr: Some(e),
                    };
                }
                value(B::Int.id())
            }
            Builtin::Append => {
                let mut argv = self.call_args(args);
                if argv.iter().any(|a| a.invalid()) {
                    return Operand::bad(e);
                }
                let s = argv.remove(0);
                if s.is_nil() {
                    self.error(
                        s.pos(),
                        "first argument to append must be a typed slice; found untyped nil",
                    );
                    return Operand::bad(e);
                }
                let Type::Slice(el) = self.prog.types.get(self.prog.types.core(s.ty)).clone()
                else {
                    let st = self.operand_string(&s);
                    self.errorf(
                        s.pos(),
                        format_args!("invalid append: argument must be a slice; have {st}"),
                    );
                    return Operand::bad(e);
                };
                // append([]byte, string...)
                if dots.is_some()
                    && argv.len() == 1
                    && self.prog.types.basic_kind(el) == Some(B::Uint8)
                    && self.prog.types.is_string(argv[0].ty)
                {
                    let mut a = argv.remove(0);
                    self.use_default(&mut a);
                    return value(s.ty);
                }
                let slice_param = self.types().slice(el);
                let sig = crate::types::Signature {
                    params: vec![
                        Param {
                            name: None,
                            ty: s.ty,
                        },
                        Param {
                            name: None,
                            ty: slice_param,
                        },
                    ],
                    results: vec![Param {
                        name: None,
                        ty: s.ty,
                    }],
                    variadic: true,
                };
                let mut all = vec![s.clone()];
                all.extend(argv);
                self.arguments(e, callee(e), &sig, all, dots);
                value(s.ty)
            }
            Builtin::Copy => {
                let mut dst = self.expr(&args[0]);
                let mut src = self.expr(&args[1]);
                if dst.invalid() || src.invalid() {
                    return Operand::bad(e);
                }
                let types = &self.prog.types;
                let Type::Slice(de) = types.get(types.core(dst.ty)).clone() else {
                    let s = self.operand_string(&dst);
                    self.errorf(
                        dst.pos(),
                        format_args!("invalid copy: argument must be a slice; have {s}"),
                    );
                    return Operand::bad(e);
                };
                self.use_default(&mut src);
                let types = &self.prog.types;
                let ok = match types.get(types.core(src.ty)) {
                    Type::Slice(se) => types.identical(de, *se),
                    Type::Basic(k) => k.is_string() && types.basic_kind(de) == Some(B::Uint8),
                    _ => false,
                };
                if !ok {
                    let (a, bs) = (self.operand_string(&dst), self.operand_string(&src));
                    self.error(dst.pos(), format!("invalid copy: arguments {a} and {bs} have different element types {} and {}", self.ty_str(de), self.elem_name(src.ty)));
                    return Operand::bad(e);
                }
                dst.mode = OpMode::Value;
                value(B::Int.id())
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                if m.invalid() {
                    self.expr(&args[1]);
                    return Operand::bad(e);
                }
                let Type::Map(k, _) = self.prog.types.get(self.prog.types.core(m.ty)).clone()
                else {
                    let s = self.operand_string(&m);
                    self.errorf(m.pos(), format_args!("invalid argument: {s} is not a map"));
                    self.expr(&args[1]);
                    return Operand::bad(e);
                };
                let mut key = self.expr(&args[1]);
                if key.invalid() {
                    return Operand::bad(e);
                }
                if !self.assignment_quiet(&mut key, k) {
                    let (ks, ms) = (self.operand_string(&key), self.ty_str(k));
                    let mt = self.ty_str(m.ty);
                    let _ = mt;
                    self.errorf(
                        key.pos(),
                        format_args!("cannot use {ks} as {ms} value in argument to delete"),
                    );
                    return Operand::bad(e);
                }
                novalue
            }
            Builtin::Make => {
                let t = self.typexpr(&args[0]);
                if t == B::Invalid.id() {
                    self.use_exprs(&args[1..]);
                    return Operand::bad(e);
                }
                let types = &self.prog.types;
                let min_args = match types.get(types.core(t)) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(..) => 1,
                    _ => {
                        let ts = self.ty_str(t);
                        self.errorf(args[0].span.lo, format_args!("invalid argument: cannot make {ts}: type must be slice, map, or channel"));
                        self.use_exprs(&args[1..]);
                        return Operand::bad(e);
                    }
                };
                if n < min_args || n > 3 || (min_args == 1 && n > 2) {
                    let ts = self.ty_str(t);
                    let _ = ts;
                    let want = if min_args == 2 { "2 or 3" } else { "1 or 2" };
                    self.errorf(
                        e.span.lo,
                        format_args!("{INVALID_OP}{es} expects {want} arguments; found {n}"),
                    );
                    self.use_exprs(&args[1..]);
                    return Operand::bad(e);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let [Some(l), Some(c)] = sizes.as_slice() {
                    if l > c {
                        self.error(
                            args[1].span.lo,
                            "invalid argument: length and capacity swapped",
                        );
                        return Operand::bad(e);
                    }
                }
                value(t)
            }
            Builtin::New => {
                let x = self.raw_expr(&args[0], None);
                if x.invalid() {
                    return Operand::bad(e);
                }
                let t = if x.mode == OpMode::TypeExpr {
                    x.ty
                } else {
                    if self.go.minor < 26 {
                        self.error(e.span.lo, format!("new({}) requires go1.26 or later (-lang was set to {}; check go.mod)", expr_string(&args[0]), self.go));
                        return Operand::bad(e);
                    }
                    let mut x = self.single_value(x);
                    if x.invalid() {
                        return Operand::bad(e);
                    }
                    self.use_default(&mut x);
                    x.ty
                };
                let p = self.types().pointer(t);
                value(p)
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.prog.types.any;
                self.assignment(&mut x, Some(any), "argument to panic");
                novalue
            }
            Builtin::Print | Builtin::Println => {
                let argv = self.call_args(args);
                for mut a in argv {
                    if a.invalid() {
                        continue;
                    }
                    if a.is_nil() {
                        self.errorf(
                            a.pos(),
                            format_args!("use of untyped nil in argument to built-in {name}"),
                        );
                        continue;
                    }
                    self.use_default(&mut a);
                }
                novalue
            }
            Builtin::Recover => {
                // gc's recover returns `interface{}` (not the alias `any`).
                let empty = self.types().interface(Vec::new(), &[]);
                value(empty)
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.invalid() {
                    return Operand::bad(e);
                }
                match self.prog.types.get(self.prog.types.core(x.ty)) {
                    Type::Chan(ChanDir::Recv, _) => {
                        let s = self.operand_string(&x);
                        self.errorf(
                            x.pos(),
                            format_args!("{INVALID_OP}cannot close receive-only channel {s}"),
                        );
                        Operand::bad(e)
                    }
                    Type::Chan(..) => novalue,
                    _ => {
                        let s = self.operand_string(&x);
                        self.errorf(
                            x.pos(),
                            format_args!("{INVALID_OP}cannot close non-channel {s}"),
                        );
                        Operand::bad(e)
                    }
                }
            }
            Builtin::Clear => {
                if self.go.minor < 21 {
                    self.error(
                        e.span.lo,
                        format!(
                            "clear requires go1.21 or later (-lang was set to {}; check go.mod)",
                            self.go
                        ),
                    );
                    self.use_exprs(args);
                    return Operand::bad(e);
                }
                let x = self.expr(&args[0]);
                if x.invalid() {
                    return Operand::bad(e);
                }
                if !matches!(
                    self.prog.types.get(self.prog.types.core(x.ty)),
                    Type::Map(..) | Type::Slice(_)
                ) {
                    let s = self.operand_string(&x);
                    self.errorf(x.pos(), format_args!("invalid argument: {s} cannot be cleared: argument must be (or constrained by) map or slice"));
                    return Operand::bad(e);
                }
                novalue
            }
            Builtin::Min | Builtin::Max => self.min_max(e, args, name),
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.complex_builtin(b, e, values.unwrap_or_default())
            }
        }
    }

    /// complex(x, y floatT) complexT, real(complexT) floatT, imag(complexT) floatT,
    /// as types2 checks them (constant arguments give a constant).
    fn complex_builtin(
        &mut self,
        b: Builtin,
        e: &'a Expr,
        mut xs: Vec<Operand<'a>>,
    ) -> Operand<'a> {
        if xs.len() < if b == Builtin::Complex { 2 } else { 1 } {
            return Operand::bad(e);
        }
        let types = &self.prog.types;
        let mut x = xs.remove(0);
        let untyped_num = |t: TypeId| types.is_untyped(t) && types.is_numeric(t);
        let (t, val) = if b == Builtin::Complex {
            let mut y = xs.remove(0);
            match (types.is_untyped(x.ty), types.is_untyped(y.ty)) {
                (false, false) => {}
                (true, false) => self.convert_untyped_op(&mut x, y.ty),
                (false, true) => self.convert_untyped_op(&mut y, x.ty),
                (true, true) if x.mode == OpMode::Constant && y.mode == OpMode::Constant => {
                    for o in [&mut x, &mut y] {
                        let real =
                            matches!(o.val.as_ref().map(|v| v.to_float()), Some(Value::Float(_)));
                        if untyped_num(o.ty) && real {
                            o.ty = B::UntypedFloat.id();
                        }
                    }
                }
                (true, true) => {
                    self.convert_untyped_op(&mut x, B::Float64.id());
                    self.convert_untyped_op(&mut y, B::Float64.id());
                }
            }
            if x.invalid() || y.invalid() {
                return Operand::bad(e);
            }
            if !self.prog.types.identical(x.ty, y.ty) {
                let (a, b) = (self.ty_str(x.ty), self.ty_str(y.ty));
                let call = expr_string(e);
                self.errorf(
                    x.pos(),
                    format_args!("invalid operation: {call} (mismatched types {a} and {b})"),
                );
                return Operand::bad(e);
            }
            let parts = (
                x.val.as_ref().map(|v| v.to_float()),
                y.val.as_ref().map(|v| v.to_float()),
            );
            let val = match parts {
                (Some(Value::Float(re)), Some(Value::Float(im))) => Some(Value::Complex(re, im)),
                _ => None,
            };
            (self.complex_result(b, &x), val)
        } else {
            if types.is_untyped(x.ty) {
                if x.mode == OpMode::Constant {
                    if untyped_num(x.ty) {
                        x.ty = B::UntypedComplex.id();
                    }
                } else {
                    self.convert_untyped_op(&mut x, B::Complex128.id());
                    if x.invalid() {
                        return Operand::bad(e);
                    }
                }
            }
            let val = match x.val.as_ref().map(|v| v.to_complex()) {
                Some(Value::Complex(re, im)) => {
                    Some(Value::Float(if b == Builtin::Real { re } else { im }))
                }
                _ => None,
            };
            (self.complex_result(b, &x), val)
        };
        let Some(t) = t else {
            return Operand::bad(e);
        };
        Operand {
            mode: if val.is_some() {
                OpMode::Constant
            } else {
                OpMode::Value
            },
            ty: t.id(),
            val,
            expr: Some(e),
        }
    }

    /// The result type of complex/real/imag for an argument of x's type, or the error.
    fn complex_result(&mut self, b: Builtin, x: &Operand<'a>) -> Option<B> {
        let types = &self.prog.types;
        let result = |t: TypeId| {
            Some(match (b, types.basic_kind(types.underlying(t))?) {
                (Builtin::Complex, B::Float32) => B::Complex64,
                (Builtin::Complex, B::Float64) => B::Complex128,
                (Builtin::Complex, B::UntypedFloat) => B::UntypedComplex,
                (Builtin::Real | Builtin::Imag, B::Complex64) => B::Float32,
                (Builtin::Real | Builtin::Imag, B::Complex128) => B::Float64,
                (Builtin::Real | Builtin::Imag, B::UntypedComplex) => B::UntypedFloat,
                _ => return None,
            })
        };
        let ts = self.ty_str(x.ty);
        let msg = if types.is_type_param(x.ty)
            && types
                .interface_of(x.ty)
                .and_then(|i| i.terms.as_ref())
                .is_some_and(|ts| !ts.is_empty() && ts.iter().all(|t| result(t.ty).is_some()))
        {
            // types2 reports this as a soft error (go.dev/issue/50937).
            let s = self.operand_string(x);
            let name = b.name();
            format!("{s} not supported as argument to built-in {name} for go1.18 (see go.dev/issue/50937)")
        } else if let (false, Some(t)) = (types.is_type_param(x.ty), result(x.ty)) {
            return Some(t);
        } else if b == Builtin::Complex {
            format!("invalid argument: arguments have type {ts}, expected floating-point")
        } else {
            format!("invalid argument: argument has type {ts}, expected complex type")
        };
        self.error(x.pos(), msg);
        None
    }

    fn elem_name(&self, t: TypeId) -> String {
        match self.prog.types.get(self.prog.types.core(t)) {
            Type::Slice(e) => self.ty_str(*e),
            _ => self.ty_str(t),
        }
    }

    fn assignment_quiet(&mut self, x: &mut Operand<'a>, t: TypeId) -> bool {
        if self.prog.types.is_untyped(x.ty) {
            match self.implicit_type(x, t) {
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                    x.ty = nt;
                    if let Some(ex) = x.expr {
                        self.update_expr_type(ex, nt);
                    }
                }
                Err(_) => return false,
            }
        }
        self.assignable_to(x, t).is_ok()
    }

    /// A make size argument: integer, non-negative; its constant value.
    fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.invalid() {
            return None;
        }
        if self.prog.types.is_untyped(x.ty) && x.mode == OpMode::Constant {
            if x.val.as_ref().and_then(|v| v.to_int()).is_none() {
                let s = self.operand_string(&x);
                self.errorf(x.pos(), format_args!("{s} truncated to int"));
                return None;
            }
            self.convert_untyped_op(&mut x, B::Int.id());
            if x.invalid() {
                return None;
            }
        } else if !self.prog.types.is_integer(x.ty) {
            if self.prog.types.is_untyped(x.ty) {
                self.convert_untyped_op(&mut x, B::Int.id());
                return None;
            }
            let s = self.operand_string(&x);
            self.errorf(x.pos(), format_args!("cannot convert {s} to type int"));
            return None;
        }
        if x.mode == OpMode::Constant {
            let v = x.val.as_ref()?;
            if v.is_negative() {
                let s = self.operand_string(&x);
                self.errorf(
                    x.pos(),
                    format_args!("invalid argument: index {s} must not be negative"),
                );
                return None;
            }
            return v.as_i64();
        }
        None
    }

    fn min_max(&mut self, e: &'a Expr, args: &'a [Expr], name: &str) -> Operand<'a> {
        if self.go.minor < 21 {
            self.error(
                e.span.lo,
                format!(
                    "built-in {name} requires go1.21 or later (-lang was set to {}; check go.mod)",
                    self.go
                ),
            );
            self.use_exprs(args);
            return Operand::bad(e);
        }
        let mut xs = crate::types::map_vec(args, |a| self.expr(a));
        if xs.iter().any(|x| x.invalid()) {
            return Operand::bad(e);
        }
        for x in &xs {
            if !self.prog.types.is_ordered(x.ty) {
                let s = self.operand_string(x);
                self.errorf(
                    x.pos(),
                    format_args!("invalid argument: {s} cannot be ordered"),
                );
                return Operand::bad(e);
            }
        }
        let mut acc = xs.remove(0);
        for mut y in xs {
            self.match_types(&mut acc, &mut y);
            if acc.invalid() || y.invalid() {
                return Operand::bad(e);
            }
            if !self.prog.types.identical(acc.ty, y.ty) {
                let (a, b) = (self.ty_str(acc.ty), self.ty_str(y.ty));
                let ys = y.expr.map(expr_string).unwrap_or_default();
                self.errorf(y.pos(), format_args!("invalid argument: mismatched types {a} (previous argument) and {b} (type of {ys})"));
                return Operand::bad(e);
            }
            if acc.mode == OpMode::Constant && y.mode == OpMode::Constant {
                let (a, b) = (
                    acc.val.clone().unwrap_or(Value::Unknown),
                    y.val.clone().unwrap_or(Value::Unknown),
                );
                let take_y = match a.compare("<", &b) {
                    Some(lt) => (name == "max") == lt,
                    None => false,
                };
                if take_y {
                    acc.val = Some(b);
                }
            } else {
                acc.mode = OpMode::Value;
                acc.val = None;
            }
        }
        if acc.mode != OpMode::Constant {
            self.use_default(&mut acc);
            acc.mode = OpMode::Value;
        }
        acc.expr = Some(e);
        acc
    }
}

fn callee(e: &Expr) -> &Expr {
    match &e.kind {
        crate::syntax::ast::ExprKind::Call { fun, .. } => fun,
        _ => e,
    }
}

/// len/cap of an array is constant unless the expression has calls or receives.
fn contains_call_or_recv(e: &Expr) -> bool {
    use crate::syntax::ast::{ExprKind as K, UnOp};
    match &e.kind {
        K::Call { .. } => true,
        K::Unary { op: UnOp::Recv, .. } => true,
        K::Paren(x) | K::Star { x, .. } | K::Unary { x, .. } | K::Selector { x, .. } => {
            contains_call_or_recv(x)
        }
        K::Index { x, indices, .. } => {
            contains_call_or_recv(x) || indices.iter().any(contains_call_or_recv)
        }
        K::Binary { x, y, .. } => contains_call_or_recv(x) || contains_call_or_recv(y),
        _ => false,
    }
}
