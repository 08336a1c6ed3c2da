//! Expressions: identifiers, literals, operators, selectors, indexing,
//! slicing, assertions, composite and function literals.

use super::checker::Checker;
use super::operand::{OpMode, Operand};
use super::{expr_string, ObjKind, SelKind};
use crate::runtime::unicode;
use crate::syntax::ast::{BinOp, Expr, ExprKind, Ident, LitKind, UnOp};
use crate::types::constant::{Op, Value, MAX_INT_BITS};
use crate::types::{BasicKind as B, LookupResult, SelectionKind, Type, TypeId};

pub(super) const INVALID_OP: &str = "invalid operation: ";

impl<'a, 'p> Checker<'a, 'p> {
    /// Checks an expression that must be a single value.
    pub(super) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        self.single_value(x)
    }

    /// Like `expr`, with a type hint for elided composite literal types.
    pub(super) fn expr_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.raw_expr(e, hint);
        self.single_value(x)
    }

    pub(super) fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        match x.mode {
            OpMode::NoValue => {
                let s = self.operand_string(&x);
                self.errorf(x.pos(), format_args!("{s} used as value"));
                x.mode = OpMode::Invalid;
            }
            OpMode::TypeExpr => {
                let s = self.operand_string(&x);
                self.errorf(x.pos(), format_args!("{s} is not an expression"));
                x.mode = OpMode::Invalid;
            }
            OpMode::Builtin(_) => {
                let s = self.operand_string(&x);
                self.errorf(x.pos(), format_args!("{s} must be called"));
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let Type::Tuple(v) = self.prog.types.get(x.ty) {
                    if v.len() != 1 {
                        let s = self.operand_string(&x);
                        self.errorf(
                            x.pos(),
                            format_args!("multiple-value {s} in single-value context"),
                        );
                        x.mode = OpMode::Invalid;
                    }
                }
            }
        }
        x
    }

    /// Checks any expression (value, type, builtin, tuple) and records it.
    pub(super) fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr_inner(e, hint);
        x.expr = Some(e);
        if x.mode != OpMode::Invalid {
            self.record(e.id, x.mode.public(), x.ty, x.val.clone());
        }
        x
    }

    #[inline(never)]
    fn val(&self, e: &'a Expr, mode: OpMode, ty: TypeId) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val: None,
            expr: Some(e),
        }
    }

    fn raw_expr_inner(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Bad => Operand::bad(e),
            ExprKind::Name(id) => self.ident(e, id),
            ExprKind::BasicLit(lit) => {
                if lit.bad {
                    return Operand::bad(e);
                }
                let (ty, v) = match lit.kind {
                    LitKind::Int => (B::UntypedInt, Value::from_number(&lit.raw, false)),
                    LitKind::Float => (
                        B::UntypedFloat,
                        Value::from_number(&lit.raw, false).to_float(),
                    ),
                    LitKind::Imag => (B::UntypedComplex, Value::from_number(&lit.raw, true)),
                    LitKind::Rune => (B::UntypedRune, Value::int(i64::from(lit.rune))),
                    LitKind::String => (B::UntypedString, Value::string(&lit.bytes)),
                };
                if matches!(v, Value::Unknown) {
                    // `0b2i`: the scanner leaves imaginary literals' digits to this check.
                    self.errorf(e.span.lo, format_args!("malformed constant: {}", lit.raw));
                    return Operand::bad(e);
                }
                Operand {
                    mode: OpMode::Constant,
                    ty: ty.id(),
                    val: Some(v),
                    expr: Some(e),
                }
            }
            ExprKind::CompositeLit {
                typ, elems, rbrace, ..
            } => self.composite_lit(e, typ.as_deref(), elems, *rbrace, hint),
            ExprKind::KeyValue { .. } => {
                self.error(e.span.lo, "unexpected key:value expression");
                Operand::bad(e)
            }
            ExprKind::FuncLit(fl) => {
                let (sig, body) = (&fl.sig, &fl.body);
                let saved = self.scope;
                self.push_scope();
                let t = self.func_type(sig);
                self.func_body(t, None, sig, body);
                self.pop_scope();
                self.scope = saved;
                self.val(e, OpMode::Value, t)
            }
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint);
                Operand { expr: Some(e), ..x }
            }
            ExprKind::Selector { x, sel, .. } => self.selector(e, x, sel),
            ExprKind::Index { x, indices, .. } => self.index_expr(e, x, indices),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                full,
                ..
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *full),
            ExprKind::TypeAssert { x, typ, .. } => {
                let xo = self.expr(x);
                if xo.invalid() {
                    return Operand::bad(e);
                }
                let Some(typ) = typ else {
                    self.error(
                        e.span.lo,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::bad(e);
                };
                let t = self.typexpr(typ);
                if !self.prog.types.is_interface(xo.ty) || self.prog.types.is_type_param(xo.ty) {
                    let s = self.operand_string(&xo);
                    self.errorf(
                        x.span.lo,
                        format_args!("{INVALID_OP}{s} is not an interface"),
                    );
                    return Operand::bad(e);
                }
                if t == B::Invalid.id() {
                    return Operand::bad(e);
                }
                self.check_assertable(e, xo.ty, t, typ.span.lo);
                self.val(e, OpMode::CommaOk, t)
            }
            ExprKind::Call { .. } => self.call(e, hint),
            ExprKind::Star { x, .. } => {
                let xo = self.raw_expr(x, None);
                match xo.mode {
                    OpMode::Invalid => Operand::bad(e),
                    OpMode::TypeExpr => {
                        let t = self.types().pointer(xo.ty);
                        self.val(e, OpMode::TypeExpr, t)
                    }
                    OpMode::Nil => {
                        self.errorf(e.span.lo, format_args!("{INVALID_OP}cannot indirect nil"));
                        Operand::bad(e)
                    }
                    _ => {
                        let xo = self.single_value(xo);
                        if xo.invalid() {
                            return Operand::bad(e);
                        }
                        let u = self.prog.types.core(xo.ty);
                        match self.prog.types.get(u) {
                            Type::Pointer(elem) => {
                                let elem = *elem;
                                self.val(e, OpMode::Variable, elem)
                            }
                            _ => {
                                let s = self.operand_string(&xo);
                                self.errorf(
                                    xo.pos(),
                                    format_args!("{INVALID_OP}cannot indirect {s}"),
                                );
                                Operand::bad(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x, .. } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y, op_pos } => self.binary(e, *op, x, y, *op_pos),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. } => {
                let t = self.type_literal(e);
                if t == B::Invalid.id() {
                    return Operand::bad(e);
                }
                self.val(e, OpMode::TypeExpr, t)
            }
            ExprKind::Dots(_) => {
                self.error(e.span.lo, "invalid use of ...");
                Operand::bad(e)
            }
        }
    }

    fn check_assertable(&mut self, e: &'a Expr, iface: TypeId, t: TypeId, _pos: u32) {
        if self.prog.types.is_interface(t) {
            return;
        }
        if let Some(cause) = self.implements(t, iface) {
            // types2 words it as "impossible type assertion: x.(T)\n\tT does not implement I (...)".
            let es = expr_string(e);
            self.errorf(
                e.span.lo,
                format_args!("impossible type assertion: {es}\n\t{cause}"),
            );
        }
    }

    /// An identifier use.
    fn ident(&mut self, e: &'a Expr, id: &'a Ident) -> Operand<'a> {
        if id.is_blank() {
            self.error(id.span.lo, "cannot use _ as value or type");
            return Operand::bad(e);
        }
        // The lexer already reported identifiers with invalid characters.
        if !id
            .name
            .chars()
            .all(|c| c == '_' || unicode::is_letter(c as i32) || unicode::is_digit(c as i32))
        {
            return Operand::bad(e);
        }
        let Some(obj) = self.lookup(&id.name) else {
            self.errorf(id.span.lo, format_args!("undefined: {}", id.name));
            return Operand::bad(e);
        };
        self.info.uses.insert(id.id, obj);
        if let Some(&imp) = self.dot_imports.get(&obj) {
            self.mark_used(imp);
        }
        if self.decls.contains_key(&obj) {
            self.obj_decl(obj);
            if let Some(cur) = self.cur_decl {
                let d = self.deps.entry(cur).or_default();
                if !d.contains(&obj) {
                    d.push(obj);
                }
            }
        }
        let o = self.obj(obj).clone();
        match o.kind {
            ObjKind::PkgName(_) => {
                self.mark_used(obj);
                self.errorf(
                    id.span.lo,
                    format_args!("use of package {} without selector", id.name),
                );
                Operand::bad(e)
            }
            ObjKind::Const(v) => {
                self.mark_used(obj);
                if o.ty == B::Invalid.id() {
                    return Operand::bad(e);
                }
                let v = if &*o.name == "iota" && o.pkg == super::checker::UNIVERSE_PKG {
                    match &self.iota {
                        Some(v) => v.clone(),
                        None => {
                            self.error(id.span.lo, "cannot use iota outside constant declaration");
                            return Operand::bad(e);
                        }
                    }
                } else {
                    v
                };
                Operand {
                    mode: OpMode::Constant,
                    ty: o.ty,
                    val: Some(v),
                    expr: Some(e),
                }
            }
            ObjKind::TypeName => {
                self.mark_used(obj);
                if o.ty == B::Invalid.id() {
                    return Operand::bad(e);
                }
                self.val(e, OpMode::TypeExpr, o.ty)
            }
            ObjKind::Var { .. } => {
                self.mark_used(obj);
                if o.ty == B::Invalid.id() {
                    return Operand::bad(e);
                }
                self.val(e, OpMode::Variable, o.ty)
            }
            ObjKind::Func { .. } => {
                self.mark_used(obj);
                if o.ty == B::Invalid.id() {
                    return Operand::bad(e);
                }
                self.val(e, OpMode::Value, o.ty)
            }
            ObjKind::Builtin(b) => self.val(e, OpMode::Builtin(b), B::Invalid.id()),
            ObjKind::Nil => self.val(e, OpMode::Nil, B::UntypedNil.id()),
            ObjKind::Label => {
                self.errorf(id.span.lo, format_args!("undefined: {}", id.name));
                Operand::bad(e)
            }
        }
    }

    fn selector(&mut self, e: &'a Expr, x: &'a Expr, sel: &'a Ident) -> Operand<'a> {
        // Qualified identifier pkg.Name.
        if let ExprKind::Name(pid) = &x.kind {
            if let Some(obj) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(pi) = self.obj(obj).kind {
                    self.mark_used(obj);
                    self.info.uses.insert(pid.id, obj);
                    let pkg = self.prog.packages.get(pi as usize);
                    let target = pkg.and_then(|p| p.scope.get(&sel.name).copied());
                    let exported = crate::types::is_exported(&sel.name);
                    let Some(target) = target.filter(|_| exported) else {
                        if !exported {
                            self.errorf(
                                sel.span.lo,
                                format_args!(
                                    "name {} not exported by package {}",
                                    sel.name, pid.name
                                ),
                            );
                        } else {
                            self.errorf(
                                sel.span.lo,
                                format_args!("undefined: {}.{}", pid.name, sel.name),
                            );
                        }
                        return Operand::bad(e);
                    };
                    self.info.uses.insert(sel.id, target);
                    let o = self.obj(target).clone();
                    let (mode, val) = match o.kind {
                        ObjKind::Const(v) => (OpMode::Constant, Some(v)),
                        ObjKind::TypeName => (OpMode::TypeExpr, None),
                        ObjKind::Var { .. } => (OpMode::Variable, None),
                        _ => (OpMode::Value, None),
                    };
                    if o.ty == B::Invalid.id() {
                        return Operand::bad(e);
                    }
                    self.record(sel.id, mode.public(), o.ty, val.clone());
                    return Operand {
                        mode,
                        ty: o.ty,
                        val,
                        expr: Some(e),
                    };
                }
            }
        }
        let xo = self.raw_expr(x, None);
        match xo.mode {
            OpMode::Invalid => return Operand::bad(e),
            OpMode::TypeExpr => return self.method_expr(e, xo.ty, sel),
            OpMode::NoValue | OpMode::Builtin(_) | OpMode::Nil => {
                let xo = self.single_value(xo);
                if !xo.invalid() {
                    let s = self.operand_string(&xo);
                    self.errorf(sel.span.lo, format_args!("{s}.{} undefined", sel.name));
                }
                return Operand::bad(e);
            }
            _ => {}
        }
        let xo = self.single_value(xo);
        if xo.invalid() {
            return Operand::bad(e);
        }
        let t = xo.ty;
        let res = self.prog.types.lookup(t, &sel.name);
        let sel_res = match res {
            LookupResult::Found(s) => s,
            LookupResult::Ambiguous => {
                self.errorf(
                    sel.span.lo,
                    format_args!("ambiguous selector {}", expr_string(e)),
                );
                return Operand::bad(e);
            }
            LookupResult::NotFound => {
                self.missing_field_error(e, t, sel);
                return Operand::bad(e);
            }
        };
        // Unexported names of other packages cannot be selected.
        if !crate::types::is_exported(&sel.name) {
            let owner = match &sel_res.kind {
                SelectionKind::Field => self.field_owner_pkg(t, &sel_res.path),
                SelectionKind::Method { recv, .. } => {
                    self.prog.types.named(*recv).map(|n| n.pkg.clone())
                }
                SelectionKind::IfaceMethod { iface, .. } => {
                    self.prog.types.named(*iface).map(|n| n.pkg.clone())
                }
            };
            if owner.is_some_and(|p| p != self.pkg_path && !p.is_empty()) {
                let what = if sel_res.kind == SelectionKind::Field {
                    "field"
                } else {
                    "method"
                };
                let es = expr_string(e);
                self.errorf(
                    sel.span.lo,
                    format_args!(
                        "{es} undefined (cannot refer to unexported {what} {})",
                        sel.name
                    ),
                );
                return Operand::bad(e);
            }
        }
        // Pointers to pointers / interfaces do not auto-dereference.
        if let Type::Pointer(inner) = self.prog.types.get(t) {
            if self.prog.types.is_interface(*inner) {
                self.missing_field_error(e, t, sel);
                return Operand::bad(e);
            }
        }
        let mut addr_recv = false;
        let (mode, kind) = match sel_res.kind {
            SelectionKind::Field => {
                let mode = if xo.mode == OpMode::Variable || sel_res.indirect {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                (mode, SelKind::FieldVal)
            }
            SelectionKind::Method {
                ptr_recv,
                recv,
                index,
            } => {
                self.method_dep(recv, index);
                let is_ptr = matches!(self.prog.types.get(t), Type::Pointer(_));
                if ptr_recv && !is_ptr && !sel_res.indirect {
                    if xo.mode != OpMode::Variable {
                        self.error(
                            sel.span.lo,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.ty_str(t)
                            ),
                        );
                        return Operand::bad(e);
                    }
                    addr_recv = true;
                }
                (OpMode::Value, SelKind::MethodVal)
            }
            SelectionKind::IfaceMethod { .. } => (OpMode::Value, SelKind::MethodVal),
        };
        let ty = sel_res.ty;
        self.info.selections.insert(
            e.id,
            super::Selection {
                kind,
                sel: sel_res,
                addr_recv,
            },
        );
        self.record(sel.id, mode.public(), ty, None);
        self.val(e, mode, ty)
    }

    /// The package that declared the field at the end of `path`.
    fn field_owner_pkg(&self, t: TypeId, path: &[usize]) -> Option<String> {
        let types = &self.prog.types;
        let mut cur = t;
        let mut owner = None;
        for &i in path {
            if let Type::Pointer(p) = types.get(cur) {
                cur = *p;
            }
            let Type::Struct(fields) = types.get(types.underlying(cur)) else {
                return owner;
            };
            let f = fields.get(i)?;
            owner = f.pkg.clone();
            cur = f.ty;
        }
        owner
    }

    /// Records that the current declaration uses a method (initialization
    /// order follows method bodies too).
    fn method_dep(&mut self, recv: TypeId, index: usize) {
        let Some(m) = self
            .prog
            .types
            .named(recv)
            .and_then(|n| n.methods.get(index))
        else {
            return;
        };
        let obj = super::ObjId(m.obj);
        if let (Some(cur), true) = (self.cur_decl, self.decls.contains_key(&obj)) {
            let d = self.deps.entry(cur).or_default();
            if !d.contains(&obj) {
                d.push(obj);
            }
        }
    }

    fn missing_field_error(&mut self, e: &'a Expr, t: TypeId, sel: &'a Ident) {
        let es = expr_string(e);
        let ts = self.ty_str(t);
        // Hint at a differently capitalized field or method.
        let name = &*sel.name;
        let mut alt = String::new();
        let changed: String = {
            let mut cs = name.chars();
            match cs.next() {
                Some(c) if unicode::is_lower(c as i32) => case_changed(unicode::to_upper, c, cs),
                Some(c) => case_changed(unicode::to_lower, c, cs),
                None => String::new(),
            }
        };
        if let LookupResult::Found(s) = self.prog.types.lookup(t, &changed) {
            let what = if s.kind == SelectionKind::Field {
                "field"
            } else {
                "method"
            };
            alt = format!(", but does have {what} {changed}");
        }
        let what = "field or method";
        if let Type::Pointer(inner) = self.prog.types.get(t) {
            if self.prog.types.is_interface(*inner) {
                self.errorf(
                    sel.span.lo,
                    format_args!(
                        "{es} undefined (type {ts} is pointer to interface, not interface)"
                    ),
                );
                return;
            }
        }
        self.errorf(
            sel.span.lo,
            format_args!("{es} undefined (type {ts} has no {what} {name}{alt})"),
        );
    }

    /// `T.M` / `(*T).M`: a function taking the receiver first.
    fn method_expr(&mut self, e: &'a Expr, t: TypeId, sel: &'a Ident) -> Operand<'a> {
        let res = self.prog.types.lookup(t, &sel.name);
        let LookupResult::Found(s) = res else {
            let es = expr_string(e);
            let ts = self.ty_str(t);
            self.errorf(
                sel.span.lo,
                format_args!("{es} undefined (type {ts} has no method {})", sel.name),
            );
            return Operand::bad(e);
        };
        if s.kind == SelectionKind::Field {
            let es = expr_string(e);
            let ts = self.ty_str(t);
            self.errorf(
                sel.span.lo,
                format_args!("{es} undefined (type {ts} has no method {})", sel.name),
            );
            return Operand::bad(e);
        }
        if let SelectionKind::Method { ptr_recv: true, .. } = s.kind {
            if !matches!(self.prog.types.get(t), Type::Pointer(_)) && !s.indirect {
                let ts = self.ty_str(t);
                self.errorf(
                    sel.span.lo,
                    format_args!(
                        "invalid method expression {} (needs pointer receiver (*{ts}).{})",
                        expr_string(e),
                        sel.name
                    ),
                );
                return Operand::bad(e);
            }
        }
        let Some(sig) = self.prog.types.signature(s.ty).cloned() else {
            return Operand::bad(e);
        };
        let mut params = vec![crate::types::Param { name: None, ty: t }];
        params.extend(sig.params.iter().cloned());
        let ft = self.types().func(params, sig.results.clone(), sig.variadic);
        self.info.selections.insert(
            e.id,
            super::Selection {
                kind: SelKind::MethodExpr,
                sel: s,
                addr_recv: false,
            },
        );
        self.val(e, OpMode::Value, ft)
    }

    fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, indices: &'a [Expr]) -> Operand<'a> {
        let xo = self.raw_expr(x, None);
        match xo.mode {
            OpMode::Invalid => {
                for i in indices {
                    self.raw_expr(i, None);
                }
                return Operand::bad(e);
            }
            OpMode::TypeExpr => {
                let t = self.instantiate_type(e, xo.ty, indices);
                if t == B::Invalid.id() {
                    return Operand::bad(e);
                }
                return self.val(e, OpMode::TypeExpr, t);
            }
            _ => {}
        }
        if self.is_generic_func_operand(&xo) {
            return self.explicit_instantiation(e, &xo, indices);
        }
        let xo = self.single_value(xo);
        if xo.invalid() {
            return Operand::bad(e);
        }
        let Some(index) = indices.first() else {
            return Operand::bad(e);
        };
        if indices.len() > 1 {
            self.errorf(
                indices[1].span.lo,
                format_args!("{INVALID_OP}more than one index"),
            );
            return Operand::bad(e);
        }
        let types = &self.prog.types;
        let u = types.core(xo.ty);
        let (elem, mode, length) = match types.get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                let len = xo
                    .val
                    .as_ref()
                    .and_then(|v| v.as_bytes().map(|b| b.len() as u64));
                let mode = OpMode::Value;
                (B::Uint8.id(), mode, len)
            }
            Type::Array(n, el) => {
                let mode = if xo.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                (el, mode, Some(n))
            }
            Type::Pointer(p) => match self.prog.types.get(self.prog.types.core(p)).clone() {
                Type::Array(n, el) => (el, OpMode::Variable, Some(n)),
                _ => return self.cannot_index(e, &xo),
            },
            Type::Slice(el) => (el, OpMode::Variable, None),
            Type::Map(k, v) => {
                let mut ko = self.expr(index);
                self.assignment(&mut ko, Some(k), "map index");
                return self.val(e, OpMode::MapIndex, v);
            }
            _ => return self.cannot_index(e, &xo),
        };
        let idx = self.index_value(index, length);
        // Constant string indexed by constant: still a value (not constant).
        let _ = idx;
        self.val(e, mode, elem)
    }

    fn cannot_index(&mut self, e: &'a Expr, xo: &Operand) -> Operand<'a> {
        let s = self.operand_string(xo);
        self.errorf(xo.pos(), format_args!("{INVALID_OP}cannot index {s}"));
        Operand::bad(e)
    }

    /// Checks an index (integer, non-negative, < length if constant).
    pub(super) fn index_value(&mut self, index: &'a Expr, length: Option<u64>) -> Option<i64> {
        let mut x = self.expr(index);
        if x.invalid() {
            return None;
        }
        if self.prog.types.is_untyped(x.ty) {
            // An untyped index is given type int (`1.5 ... truncated to int`).
            self.convert_untyped_op(&mut x, B::Int.id());
            if x.invalid() {
                return None;
            }
        }
        if !self.prog.types.is_integer(x.ty) {
            let s = self.operand_string(&x);
            self.errorf(
                x.pos(),
                format_args!("invalid argument: index {s} must be integer"),
            );
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
            let n = v.as_i64()?;
            if let Some(len) = length {
                if n as u64 >= len {
                    let es = expr_string(index);
                    self.errorf(
                        x.pos(),
                        format_args!("invalid argument: index {es} out of bounds [0:{len}]"),
                    );
                    return None;
                }
            }
            return Some(n);
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        full: bool,
    ) -> Operand<'a> {
        let xo = self.expr(x);
        if xo.invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return Operand::bad(e);
        }
        let u = self.prog.types.core(xo.ty);
        let (result, length) = match self.prog.types.get(u).clone() {
            Type::Basic(k) if k.is_string() => {
                if full {
                    self.errorf(
                        e.span.lo,
                        format_args!("{INVALID_OP}3-index slice of string"),
                    );
                    return Operand::bad(e);
                }
                let len = xo
                    .val
                    .as_ref()
                    .and_then(|v| v.as_bytes().map(|b| b.len() as u64));
                let t = if self.prog.types.is_untyped(xo.ty) {
                    B::String.id()
                } else {
                    xo.ty
                };
                (t, len)
            }
            Type::Array(n, el) => {
                if xo.mode != OpMode::Variable {
                    let s = self.operand_string(&xo);
                    self.errorf(
                        e.span.lo,
                        format_args!("{INVALID_OP}{s} (slice of unaddressable value)"),
                    );
                    return Operand::bad(e);
                }
                (self.types().slice(el), Some(n + 1))
            }
            Type::Pointer(p) => match self.prog.types.get(self.prog.types.core(p)).clone() {
                Type::Array(n, el) => (self.types().slice(el), Some(n + 1)),
                _ => return self.cannot_slice(e, &xo),
            },
            Type::Slice(_) => (xo.ty, None),
            _ => return self.cannot_slice(e, &xo),
        };
        let mut consts = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            consts.push(self.index_value(i, length));
        }
        // Constant indices must be non-decreasing.
        let mut known: Vec<i64> = Vec::new();
        for c in &consts {
            known.extend(*c);
        }
        for w in known.windows(2) {
            if w[0] > w[1] {
                self.errorf(
                    e.span.lo,
                    format_args!("invalid slice indices: {} < {}", w[1], w[0]),
                );
                break;
            }
        }
        self.val(e, OpMode::Value, result)
    }

    fn cannot_slice(&mut self, e: &'a Expr, xo: &Operand) -> Operand<'a> {
        let s = self.operand_string(xo);
        self.errorf(xo.pos(), format_args!("cannot slice {s}"));
        Operand::bad(e)
    }

    fn unary(&mut self, e: &'a Expr, op: UnOp, x: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match op {
            UnOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { .. } = &inner.kind {
                    let elem_hint =
                        hint.and_then(|h| match self.prog.types.get(self.prog.types.core(h)) {
                            Type::Pointer(p) => Some(*p),
                            _ => None,
                        });
                    let xo = self.expr_hint(x, elem_hint);
                    if xo.invalid() {
                        return Operand::bad(e);
                    }
                    let t = self.types().pointer(xo.ty);
                    return self.val(e, OpMode::Value, t);
                }
                let xo = self.expr(x);
                if xo.invalid() {
                    return Operand::bad(e);
                }
                if xo.mode != OpMode::Variable {
                    let s = self.operand_string(&xo);
                    self.errorf(
                        xo.pos(),
                        format_args!("{INVALID_OP}cannot take address of {s}"),
                    );
                    return Operand::bad(e);
                }
                let t = self.types().pointer(xo.ty);
                self.val(e, OpMode::Value, t)
            }
            UnOp::Recv => {
                let xo = self.expr(x);
                if xo.invalid() {
                    return Operand::bad(e);
                }
                let u = self.prog.types.core(xo.ty);
                match self.prog.types.get(u).clone() {
                    Type::Chan(dir, elem) => {
                        if dir == crate::types::ChanDir::Send {
                            let s = self.operand_string(&xo);
                            let ts = self.ty_str(xo.ty);
                            self.errorf(
                                xo.pos(),
                                format_args!(
                                    "{INVALID_OP}cannot receive from send-only channel {ts} {s}"
                                ),
                            );
                            return Operand::bad(e);
                        }
                        self.val(e, OpMode::CommaOk, elem)
                    }
                    _ => {
                        let s = self.operand_string(&xo);
                        let ts = self.ty_str(xo.ty);
                        self.errorf(
                            xo.pos(),
                            format_args!("{INVALID_OP}cannot receive from non-channel {ts} {s}"),
                        );
                        Operand::bad(e)
                    }
                }
            }
            UnOp::Tilde => {
                self.error(e.span.lo, "invalid use of ~ outside of a constraint");
                Operand::bad(e)
            }
            UnOp::Pos | UnOp::Neg | UnOp::Not | UnOp::Xor => {
                let mut xo = self.expr(x);
                if xo.invalid() {
                    return Operand::bad(e);
                }
                let types = &self.prog.types;
                let ok = match op {
                    UnOp::Pos | UnOp::Neg => types.is_numeric(xo.ty),
                    UnOp::Xor => types.is_integer(xo.ty),
                    _ => types.is_boolean(xo.ty),
                };
                if !ok {
                    let s = self.operand_string(&xo);
                    self.errorf(
                        xo.pos(),
                        format_args!("{INVALID_OP}operator {} not defined on {s}", op.as_str()),
                    );
                    return Operand::bad(e);
                }
                if xo.mode == OpMode::Constant {
                    let v = xo.val.clone().unwrap_or(Value::Unknown);
                    let unsigned = if types.is_unsigned(xo.ty) {
                        types.basic_kind(xo.ty).map(|k| {
                            if k == B::Uint || k == B::Uintptr {
                                64
                            } else {
                                k.bits()
                            }
                        })
                    } else {
                        None
                    };
                    let c = match op {
                        UnOp::Pos => '+',
                        UnOp::Neg => '-',
                        UnOp::Xor => '^',
                        _ => '!',
                    };
                    xo.val = Some(v.unary(c, unsigned));
                    xo.expr = Some(e);
                    self.overflow(&mut xo, e.span.lo);
                    return xo;
                }
                xo.mode = OpMode::Value;
                xo.expr = Some(e);
                xo
            }
        }
    }

    /// Typed constants must be representable; untyped ones bounded.
    pub(super) fn overflow(&mut self, x: &mut Operand<'a>, op_pos: u32) {
        let Some(v) = &x.val else { return };
        if matches!(v, Value::Unknown) {
            return;
        }
        if !self.prog.types.is_untyped(x.ty) {
            if let Some(k) = self.prog.types.basic_kind(x.ty) {
                match v.representable(k) {
                    Some(r) => x.val = Some(r),
                    None => {
                        let s = self.operand_string(x);
                        let ts = self.ty_str(self.prog.types.underlying(x.ty));
                        let verb = if v.to_int().is_none() && k.is_integer() {
                            "truncated to"
                        } else if v.to_int().is_some() || k.is_numeric() {
                            "overflows"
                        } else {
                            "cannot be converted to"
                        };
                        self.errorf(x.pos(), format_args!("{s} {verb} {ts}"));
                        x.mode = OpMode::Invalid;
                    }
                }
            }
            return;
        }
        if v.bit_len() > MAX_INT_BITS {
            let op = match x.expr.map(|e| &e.kind) {
                Some(ExprKind::Binary { op: BinOp::Add, .. }) => "addition ",
                Some(ExprKind::Binary { op: BinOp::Sub, .. }) => "subtraction ",
                Some(ExprKind::Binary { op: BinOp::Mul, .. }) => "multiplication ",
                Some(ExprKind::Binary { op: BinOp::Shl, .. }) => "shift ",
                _ => "",
            };
            self.errorf(op_pos, format_args!("constant {op}overflow"));
            x.val = Some(Value::Unknown);
        }
    }

    fn binary(
        &mut self,
        e: &'a Expr,
        op: BinOp,
        xe: &'a Expr,
        ye: &'a Expr,
        op_pos: u32,
    ) -> Operand<'a> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.invalid() || y.invalid() {
            return Operand::bad(e);
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, x, y, op, op_pos);
        }
        let cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        self.match_types_in(&mut x, &mut y, cmp);
        if x.invalid() || y.invalid() {
            return Operand::bad(e);
        }
        if cmp {
            return self.comparison(e, x, y, op, None);
        }
        let types = &self.prog.types;
        if !types.identical(x.ty, y.ty) {
            if x.ty != B::Invalid.id() && y.ty != B::Invalid.id() {
                let es = expr_string(e);
                let (a, b) = (self.ty_str(x.ty), self.ty_str(y.ty));
                self.errorf(
                    x.pos(),
                    format_args!("{INVALID_OP}{es} (mismatched types {a} and {b})"),
                );
            }
            return Operand::bad(e);
        }
        let ok = match op {
            BinOp::Add => types.is_numeric(x.ty) || types.is_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => types.is_numeric(x.ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                types.is_integer(x.ty)
            }
            BinOp::AndAnd | BinOp::OrOr => types.is_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let s = self.operand_string(&x);
            self.errorf(
                x.pos(),
                format_args!("{INVALID_OP}operator {} not defined on {s}", op.as_str()),
            );
            return Operand::bad(e);
        }
        if matches!(op, BinOp::Div | BinOp::Rem)
            && (x.mode == OpMode::Constant || types.is_integer(x.ty))
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(|v| v.is_zero())
        {
            self.errorf(y.pos(), format_args!("{INVALID_OP}division by zero"));
            return Operand::bad(e);
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let (a, b) = Value::match_kinds(
                x.val.as_ref().unwrap_or(&Value::Unknown),
                y.val.as_ref().unwrap_or(&Value::Unknown),
            );
            let is_int = types.is_integer(x.ty);
            let cop = match op {
                BinOp::Add => Op::Add,
                BinOp::Sub => Op::Sub,
                BinOp::Mul => Op::Mul,
                BinOp::Div if is_int => Op::Quo,
                BinOp::Div => Op::Div,
                BinOp::Rem => Op::Rem,
                BinOp::And | BinOp::AndAnd => Op::And,
                BinOp::Or | BinOp::OrOr => Op::Or,
                BinOp::Xor => Op::Xor,
                _ => Op::AndNot,
            };
            let (a, b) = if !is_int && matches!(cop, Op::Div) && matches!(a, Value::Int(_)) {
                (a.to_float(), b.to_float())
            } else {
                (a, b)
            };
            let v = a.binary(cop, &b).unwrap_or(Value::Unknown);
            let mut r = Operand {
                mode: OpMode::Constant,
                ty: x.ty,
                val: Some(v),
                expr: Some(e),
            };
            self.overflow(&mut r, op_pos);
            return r;
        }
        Operand {
            mode: OpMode::Value,
            ty: x.ty,
            val: None,
            expr: Some(e),
        }
    }

    /// types2's matchTypes: converts an untyped operand to the other's type.
    pub(super) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        self.match_types_in(x, y, false)
    }

    /// `comparison`: an untyped operand compared with an interface converts
    /// (to its default type); in arithmetic it does not.
    fn match_types_in(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>, comparison: bool) {
        let types = &self.prog.types;
        let may = |a: &Operand, b: &Operand| -> bool {
            if !types.is_untyped(a.ty) && !types.is_untyped(b.ty) {
                return false;
            }
            let iface = |t: TypeId| types.is_interface(t) && !types.is_type_param(t);
            if comparison && (iface(a.ty) || iface(b.ty)) {
                return true;
            }
            let basic = |t: TypeId| {
                types.basic_kind(t).is_some() && !types.is_type_param(t)
                    || types.is_type_param(t) && types.is_numeric(t)
            };
            if basic(a.ty) != basic(b.ty) && !a.is_nil() && !b.is_nil() {
                return false;
            }
            if types.is_boolean(a.ty) != types.is_boolean(b.ty) {
                return false;
            }
            if types.is_string(a.ty) != types.is_string(b.ty) {
                return false;
            }
            if a.is_nil() {
                return types.has_nil(b.ty);
            }
            if b.is_nil() {
                return types.has_nil(a.ty);
            }
            if matches!(types.get(types.core(a.ty)), Type::Pointer(_))
                || matches!(types.get(types.core(b.ty)), Type::Pointer(_))
            {
                return false;
            }
            true
        };
        if may(x, y) {
            let yt = y.ty;
            self.convert_untyped_op(x, yt);
            if x.invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped_op(y, xt);
            if y.invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// types2's convertUntyped with invalidConversion's wording.
    pub(super) fn convert_untyped_op(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                if t != x.ty {
                    x.ty = t;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t);
                    }
                }
            }
            Err(suffix) => {
                let t = if self.prog.types.is_type_param(target) {
                    target
                } else {
                    self.prog.types.underlying(target)
                };
                let s = self.operand_string(x);
                let ts = self.ty_str(t);
                let msg = match suffix {
                    " (truncated)" => format!("{s} truncated to {ts}"),
                    " (overflows)" => format!("{s} overflows {ts}"),
                    _ => format!("cannot convert {s} to type {ts}"),
                };
                self.error(x.pos(), msg);
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// A comparison; `switch_case` holds the tag expression for case errors.
    pub(super) fn comparison(
        &mut self,
        e: &'a Expr,
        x: Operand<'a>,
        y: Operand<'a>,
        op: BinOp,
        switch_case: Option<&'a Expr>,
    ) -> Operand<'a> {
        let ok = self.assignable_to(&x, y.ty).is_ok() || self.assignable_to(&y, x.ty).is_ok();
        let types = &self.prog.types;
        let mut err_op = &y;
        let mut cause = String::new();
        let mut failed = false;
        if !ok {
            cause = format!(
                "mismatched types {} and {}",
                self.ty_str(x.ty),
                self.ty_str(y.ty)
            );
            failed = true;
        } else if matches!(op, BinOp::Eq | BinOp::Ne) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() { y.ty } else { x.ty };
                if !types.has_nil(t) || (x.is_nil() && y.is_nil()) {
                    failed = true;
                }
            } else if !types.comparable(x.ty) {
                err_op = &x;
                cause = self.incomparable_cause(x.ty);
                failed = true;
            } else if !types.comparable(y.ty) {
                cause = self.incomparable_cause(y.ty);
                failed = true;
            }
        } else if !types.is_ordered(x.ty) {
            err_op = &x;
            failed = true;
        } else if !types.is_ordered(y.ty) {
            failed = true;
        }
        if failed {
            if cause.is_empty() {
                if types.is_type_param(x.ty) || types.is_type_param(y.ty) {
                    let t = if !types.is_type_param(x.ty) {
                        y.ty
                    } else {
                        err_op.ty
                    };
                    cause = format!(
                        "type parameter {} cannot use operator {}",
                        self.ty_str(t),
                        op.as_str()
                    );
                } else {
                    let what = match self.prog.types.named(err_op.ty) {
                        Some(_) => self.composite_kind_name(err_op.ty),
                        None => String::new(),
                    };
                    let what = if what.is_empty() {
                        if err_op.is_nil() {
                            "nil".to_string()
                        } else {
                            self.ty_str(err_op.ty)
                        }
                    } else {
                        what
                    };
                    cause = format!("operator {} not defined on {what}", op.as_str());
                }
            }
            match switch_case {
                Some(tag) => {
                    let (xs, ys) = (
                        x.expr.map(expr_string).unwrap_or_default(),
                        expr_string(tag),
                    );
                    self.errorf(
                        x.pos(),
                        format_args!("invalid case {xs} in switch on {ys} ({cause})"),
                    );
                }
                None => {
                    let (xs, ys) = (
                        x.expr.map(expr_string).unwrap_or_default(),
                        y.expr.map(expr_string).unwrap_or_default(),
                    );
                    let pos = err_op.pos();
                    let pos = if x.is_nil() && y.is_nil() {
                        x.pos()
                    } else {
                        pos
                    };
                    self.errorf(
                        pos,
                        format_args!("{INVALID_OP}{xs} {} {ys} ({cause})", op.as_str()),
                    );
                }
            }
            return Operand::bad(e);
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let (a, b) = (
                x.val.clone().unwrap_or(Value::Unknown),
                y.val.clone().unwrap_or(Value::Unknown),
            );
            let v = a
                .compare(op.as_str(), &b)
                .map_or(Value::Unknown, Value::Bool);
            return Operand {
                mode: OpMode::Constant,
                ty: B::UntypedBool.id(),
                val: Some(v),
                expr: Some(e),
            };
        }
        for o in [&x, &y] {
            if let Some(ex) = o.expr {
                let d = self.prog.types.default_type(o.ty);
                if !o.is_nil() {
                    self.update_expr_type(ex, d);
                }
            }
        }
        Operand {
            mode: OpMode::Value,
            ty: B::UntypedBool.id(),
            val: None,
            expr: Some(e),
        }
    }

    fn composite_kind_name(&self, t: TypeId) -> String {
        match self.prog.types.get(self.prog.types.core(t)) {
            Type::Basic(_) => String::new(),
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => String::new(),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        let types = &self.prog.types;
        match types.get(types.core(t)) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map(..) => "map can only be compared to nil".into(),
            Type::Func(_) => "func can only be compared to nil".into(),
            Type::Struct(fields) => {
                for f in fields {
                    if !types.comparable(f.ty) {
                        return format!(
                            "struct containing {} cannot be compared",
                            self.ty_str(f.ty)
                        );
                    }
                }
                String::new()
            }
            Type::Array(_, el) if !types.comparable(*el) => {
                format!("{} cannot be compared", self.ty_str(t))
            }
            _ => {
                if types.is_type_param(t) {
                    return "incomparable types in type set".into();
                }
                String::new()
            }
        }
    }

    fn shift(
        &mut self,
        e: &'a Expr,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        op: BinOp,
        op_pos: u32,
    ) -> Operand<'a> {
        let types = &self.prog.types;
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(|v| v.to_int())
        } else {
            None
        };
        if !(types.is_integer(x.ty) || types.is_untyped(x.ty) && xval.is_some()) {
            let s = self.operand_string(&x);
            self.errorf(
                x.pos(),
                format_args!("{INVALID_OP}shifted operand {s} must be integer"),
            );
            return Operand::bad(e);
        }
        let mut yval = None;
        if y.mode == OpMode::Constant {
            yval = y.val.as_ref().and_then(|v| v.to_int());
            if yval.as_ref().is_some_and(|v| v.is_negative()) {
                let s = self.operand_string(&y);
                self.errorf(
                    y.pos(),
                    format_args!("{INVALID_OP}negative shift count {s}"),
                );
                return Operand::bad(e);
            }
            if self.prog.types.is_untyped(y.ty) {
                if y.val
                    .as_ref()
                    .and_then(|v| v.representable(B::Uint))
                    .is_none()
                {
                    self.convert_untyped_op(&mut y, B::Uint.id());
                    if y.invalid() {
                        return Operand::bad(e);
                    }
                }
            } else if !self.prog.types.is_integer(y.ty) {
                let s = self.operand_string(&y);
                self.errorf(
                    y.pos(),
                    format_args!("{INVALID_OP}shift count {s} must be integer"),
                );
                return Operand::bad(e);
            }
        } else if self.prog.types.is_integer(y.ty) {
        } else if self.prog.types.is_untyped(y.ty) {
            self.convert_untyped_op(&mut y, B::Uint.id());
            if y.invalid() {
                return Operand::bad(e);
            }
        } else {
            let s = self.operand_string(&y);
            self.errorf(
                y.pos(),
                format_args!("{INVALID_OP}shift count {s} must be integer"),
            );
            return Operand::bad(e);
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let s = yval.as_ref().and_then(|v| v.as_u64());
                let Some(s) = s.filter(|&s| s <= SHIFT_BOUND) else {
                    let ys = self.operand_string(&y);
                    self.errorf(
                        y.pos(),
                        format_args!("{INVALID_OP}invalid shift count {ys}"),
                    );
                    return Operand::bad(e);
                };
                if !self.prog.types.is_integer(x.ty) {
                    x.ty = B::UntypedInt.id();
                }
                let v = xval.unwrap_or(Value::Unknown).shift(op == BinOp::Shl, s);
                let mut r = Operand {
                    mode: OpMode::Constant,
                    ty: x.ty,
                    val: Some(v),
                    expr: Some(e),
                };
                self.overflow(&mut r, op_pos);
                return r;
            }
            if self.prog.types.is_untyped(x.ty) {
                return Operand {
                    mode: OpMode::Value,
                    ty: x.ty,
                    val: None,
                    expr: Some(e),
                };
            }
        }
        if !self.prog.types.is_integer(x.ty) {
            let s = self.operand_string(&x);
            self.errorf(
                x.pos(),
                format_args!("{INVALID_OP}shifted operand {s} must be integer"),
            );
            return Operand::bad(e);
        }
        Operand {
            mode: OpMode::Value,
            ty: x.ty,
            val: None,
            expr: Some(e),
        }
    }

    fn composite_lit(
        &mut self,
        e: &'a Expr,
        typ: Option<&'a Expr>,
        elems: &'a [Expr],
        rbrace: u32,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let (t, base) = match typ {
            Some(te) => {
                if let ExprKind::ArrayType { len: None, elem } = &te.kind {
                    // [...]T{...}: the length is the literal's size.
                    let el = self.typexpr(elem);
                    let n = self.array_lit_len(elems, el);
                    let t = self.types().array(n, el);
                    self.record(te.id, super::Mode::TypeExpr, t, None);
                    (t, t)
                } else {
                    let t = self.typexpr(te);
                    (t, t)
                }
            }
            None => match hint {
                Some(h) => {
                    // An elided &T becomes T.
                    match self.prog.types.get(self.prog.types.core(h)) {
                        Type::Pointer(p) if self.prog.types.named(h).is_none() => (*p, h),
                        _ => (h, h),
                    }
                }
                None => {
                    self.error(e.span.lo, "invalid composite literal type: missing type");
                    return Operand::bad(e);
                }
            },
        };
        if t == B::Invalid.id() {
            for el in elems {
                let v = match &el.kind {
                    ExprKind::KeyValue { value, .. } => value,
                    _ => el,
                };
                self.raw_expr(v, None);
            }
            return Operand::bad(e);
        }
        let u = self.prog.types.core(t);
        match self.prog.types.get(u).clone() {
            Type::Struct(fields) => {
                if elems.is_empty() {
                } else if matches!(elems[0].kind, ExprKind::KeyValue { .. }) {
                    let mut seen: Vec<usize> = Vec::new();
                    for el in elems {
                        let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                            self.error(
                                el.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(el);
                            continue;
                        };
                        let ExprKind::Name(kid) = &key.kind else {
                            self.errorf(
                                key.span.lo,
                                format_args!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| *f.name == *kid.name) else {
                            let ts = self.ty_str(t);
                            self.errorf(
                                kid.span.lo,
                                format_args!(
                                    "unknown field {} in struct literal of type {ts}",
                                    kid.name
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        if seen.contains(&i) {
                            self.errorf(
                                kid.span.lo,
                                format_args!("duplicate field name {} in struct literal", kid.name),
                            );
                            self.expr(value);
                            continue;
                        }
                        seen.push(i);
                        self.record(key.id, super::Mode::Value, fields[i].ty, None);
                        let mut v = self.expr_hint(value, Some(fields[i].ty));
                        self.assignment(&mut v, Some(fields[i].ty), "struct literal");
                    }
                } else {
                    let mut bad = false;
                    for (i, el) in elems.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error(
                                el.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(value);
                            bad = true;
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            let ts = self.ty_str(t);
                            self.errorf(
                                el.span.lo,
                                format_args!("too many values in struct literal of type {ts}"),
                            );
                            bad = true;
                            break;
                        };
                        let mut v = self.expr_hint(el, Some(f.ty));
                        self.assignment(&mut v, Some(f.ty), "struct literal");
                    }
                    if !bad && elems.len() < fields.len() {
                        let ts = self.ty_str(t);
                        self.errorf(
                            rbrace,
                            format_args!("too few values in struct literal of type {ts}"),
                        );
                    }
                }
            }
            Type::Array(n, el) => {
                self.indexed_elems(elems, el, Some(n), "array or slice literal");
            }
            Type::Slice(el) => {
                self.indexed_elems(elems, el, None, "array or slice literal");
            }
            Type::Map(k, v) => {
                let mut keys: Vec<(Value, TypeId)> = Vec::new();
                for el in elems {
                    let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                        self.error(el.span.lo, "missing key in map literal");
                        self.expr(el);
                        continue;
                    };
                    let mut ko = self.expr_hint(key, Some(k));
                    if self.assignment(&mut ko, Some(k), "map literal")
                        && ko.mode == OpMode::Constant
                    {
                        if let Some(kv) = ko.val.clone() {
                            if keys
                                .iter()
                                .any(|(pv, pt)| *pv == kv && self.prog.types.identical(*pt, ko.ty))
                            {
                                self.errorf(
                                    key.span.lo,
                                    format_args!("duplicate key {kv} in map literal"),
                                );
                            } else {
                                keys.push((kv, ko.ty));
                            }
                        }
                    }
                    let mut vo = self.expr_hint(value, Some(v));
                    self.assignment(&mut vo, Some(v), "map literal");
                }
            }
            _ => {
                let ts = self.ty_str(t);
                self.errorf(
                    e.span.lo,
                    format_args!("invalid composite literal type {ts}"),
                );
                return Operand::bad(e);
            }
        }
        self.val(e, OpMode::Value, base)
    }

    fn array_lit_len(&self, elems: &[Expr], _el: TypeId) -> u64 {
        // Keys are constant indices; the length is max index + 1.
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for el in elems {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                if let ExprKind::BasicLit(l) = &key.kind {
                    if let Some(v) = Value::from_number(&l.raw, false).as_u64() {
                        idx = v;
                    }
                }
            }
            idx = idx.saturating_add(1);
            max = max.max(idx);
        }
        max
    }

    fn indexed_elems(&mut self, elems: &'a [Expr], el: TypeId, len: Option<u64>, ctx: &str) {
        let mut idx: u64 = 0;
        let mut seen: Vec<u64> = Vec::new();
        for e in elems {
            let value = match &e.kind {
                ExprKind::KeyValue { key, value, .. } => {
                    if let Some(i) = self.index_value(key, len) {
                        idx = i as u64;
                    }
                    value
                }
                _ => {
                    if let Some(n) = len {
                        if idx >= n {
                            self.errorf(
                                e.span.lo,
                                format_args!("index {idx} is out of bounds (>= {n})"),
                            );
                        }
                    }
                    e
                }
            };
            if seen.contains(&idx) {
                self.errorf(
                    e.span.lo,
                    format_args!("duplicate index {idx} in array or slice literal"),
                );
            }
            seen.push(idx);
            let mut v = self.expr_hint(value, Some(el));
            self.assignment(&mut v, Some(el), ctx);
            idx = idx.saturating_add(1);
        }
    }
}

/// `c` mapped by `to` (one of Go's `unicode.To*`), then the rest of the name.
fn case_changed(to: fn(i32) -> i32, c: char, rest: std::str::Chars) -> String {
    let first = char::from_u32(to(c as i32) as u32).unwrap_or(c);
    let mut s = String::from(first);
    s.push_str(rest.as_str());
    s
}
