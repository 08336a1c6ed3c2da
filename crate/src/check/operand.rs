//! Operands (the result of checking an expression), their description in
//! messages (types2's operand.String), untyped conversion and assignability.

use super::checker::Checker;
use super::{Builtin, Mode};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::constant::Value;
use crate::types::{BasicKind, MissingMethod, Type, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
    Nil,
}

impl OpMode {
    pub fn public(self) -> Mode {
        match self {
            OpMode::Invalid | OpMode::Value => Mode::Value,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::CommaOk => Mode::CommaOk,
            OpMode::Nil => Mode::Nil,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::Nil => "nil",
        }
    }
}

#[derive(Clone, Debug)]
pub(super) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<Value>,
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    /// The values of a multi-value call `expr`, one operand per element type.
    pub fn spread(elems: &[TypeId], expr: Option<&'a Expr>) -> Vec<Operand<'a>> {
        crate::types::map_vec(elems, |&ty| Operand {
            mode: OpMode::Value,
            ty,
            val: None,
            expr,
        })
    }

    pub fn invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }

    // ~130 call sites: a call is smaller than the four stores it inlines to.
    #[inline(never)]
    pub fn bad(expr: &'a Expr) -> Operand<'a> {
        Operand {
            mode: OpMode::Invalid,
            ty: BasicKind::Invalid.id(),
            val: None,
            expr: Some(expr),
        }
    }

    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }

    /// Where gc reports errors about this operand: its start (for a func
    /// type, gc's node position is the parameter list).
    pub fn pos(&self) -> u32 {
        match self.expr.map(|e| (&e.kind, e.span.lo)) {
            Some((ExprKind::FuncType(ft), _)) => ft.lparen,
            Some((_, lo)) => lo,
            None => 0,
        }
    }
}

/// `, ` joined descriptions used in `have (...)` lists: untyped constants
/// are `number`.
pub(super) fn type_list_entry(c: &Checker, x: &Operand) -> String {
    if let Some(k) = c.prog.types.basic_kind(x.ty).filter(|k| k.is_untyped()) {
        if k.is_numeric() {
            return "number".into();
        }
        return k.name().replace("untyped ", "");
    }
    c.ty_str(x.ty)
}

impl<'a, 'p> Checker<'a, 'p> {
    /// types2's operand string: `expr (mode of type T)` etc.
    pub(super) fn operand_string(&self, x: &Operand) -> String {
        let types = &self.prog.types;
        if x.mode == OpMode::Nil {
            if x.ty == BasicKind::UntypedNil.id() || x.ty == BasicKind::Invalid.id() {
                return "nil".into();
            }
            return format!("nil (of type {})", self.ty_str(x.ty));
        }
        let mut expr = match x.expr {
            Some(e) => super::expr_string(e),
            None => String::new(),
        };
        if expr.is_empty() {
            expr = match x.mode {
                OpMode::Builtin(b) => b.name().into(),
                OpMode::TypeExpr => self.ty_str(x.ty),
                OpMode::Constant => x.val.as_ref().map_or(String::new(), |v| v.to_string()),
                _ => String::new(),
            };
        }
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if types.is_untyped(x.ty) {
                    buf.push_str(types.basic_kind(x.ty).map_or("", |k| k.name()));
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(x.mode.describe());
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let s = v.to_string();
                if s != expr && !matches!(v, Value::Unknown) {
                    buf.push(' ');
                    buf.push_str(&s);
                }
            }
        }
        if has_type {
            if x.ty != BasicKind::Invalid.id() {
                let mut desc = String::new();
                if types.named(x.ty).is_some_and(|n| !n.tparams.is_empty()) {
                    desc.push_str("generic ");
                }
                if let Some(tp) = types.type_param(x.ty) {
                    buf.push_str(&format!(
                        " of type {} constrained by {}",
                        self.ty_str(x.ty),
                        self.ty_str(tp.constraint)
                    ));
                } else {
                    if types.named(x.ty).is_some() {
                        desc.push_str(self.composite_kind(x.ty));
                        if !desc.is_empty() && !desc.ends_with(' ') {
                            desc.push(' ');
                        }
                    }
                    buf.push_str(&format!(" of {desc}type {}", self.ty_str(x.ty)));
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    fn composite_kind(&self, t: TypeId) -> &'static str {
        match self.prog.types.get(self.prog.types.underlying(t)) {
            Type::Basic(k) => k.name(),
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Func(_) => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            _ => "",
        }
    }

    /// Records the final type (and value) of an untyped expression and of
    /// its untyped operands.
    pub(super) fn update_expr_type(&mut self, e: &Expr, t: TypeId) {
        let Some(info) = self.info.expr(e.id).cloned() else {
            return;
        };
        if !self.prog.types.is_untyped(info.ty) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary { x, op, .. }
                if info.value.is_none() && *op != crate::syntax::ast::UnOp::Recv =>
            {
                self.update_expr_type(x, t)
            }
            ExprKind::Binary { x, y, op, .. } if info.value.is_none() => {
                use crate::syntax::ast::BinOp::*;
                if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) {
                    // Operands keep their own (default) types.
                } else if matches!(op, Shl | Shr) {
                    if !self.shift_operand_fits(x, t) {
                        return;
                    }
                    self.update_expr_type(x, t);
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        // Constants keep exact values; record the value rounded to the type.
        let mut value = info.value.clone();
        if let (Some(v), Some(k)) = (&info.value, self.prog.types.basic_kind(t)) {
            if !k.is_untyped() {
                value = v.representable(k).or(value);
            }
        }
        let t = if self.prog.types.is_interface(t) {
            self.prog.types.default_type(info.ty)
        } else {
            t
        };
        if let Some(slot) = self.info.exprs.get_mut(e.id as usize) {
            *slot = Some(super::ExprInfo {
                mode: info.mode,
                ty: t,
                value,
            });
        }
    }

    /// types2's `isLhs` check: an untyped constant shifted by a variable
    /// (`1 << s`) takes the type the expression finally gets, which must be an
    /// integer type.
    fn shift_operand_fits(&mut self, x: &Expr, t: TypeId) -> bool {
        let types = &self.prog.types;
        let Some(info) = self.info.expr(x.id) else {
            return true;
        };
        if info.value.is_none() || !types.is_untyped(info.ty) || types.is_untyped(t) {
            return true;
        }
        let t = if types.is_interface(t) {
            types.default_type(info.ty)
        } else {
            t
        };
        if types.is_integer(t) {
            return true;
        }
        let (xs, ts) = (crate::check::expr_string(x), self.ty_str(t));
        self.errorf(
            x.span.lo,
            format_args!("invalid operation: shifted operand {xs} (type {ts}) must be integer"),
        );
        false
    }

    /// Converts an untyped operand to `target` (types2 implicitTypeAndValue).
    /// Returns `Err(suffix)` with ` (truncated)` / ` (overflows)` / `` on failure.
    pub(super) fn implicit_type(
        &mut self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<Value>), &'static str> {
        let types = &self.prog.types;
        if x.invalid() || !types.is_untyped(x.ty) || target == BasicKind::Invalid.id() {
            return Ok((x.ty, None));
        }
        if types.is_untyped(target) {
            // Both untyped: the "larger" kind.
            let (a, b) = (types.basic_kind(x.ty), types.basic_kind(target));
            if let (Some(a), Some(b)) = (a, b) {
                if a.is_numeric() && b.is_numeric() {
                    return Ok((if a > b { x.ty } else { target }, None));
                }
                if a == b {
                    return Ok((target, None));
                }
            }
            return Err("");
        }
        if x.is_nil() {
            return if types.has_nil(target) {
                Ok((target, None))
            } else {
                Err("")
            };
        }
        if let Some(tp) = types.type_param(target) {
            let terms = types
                .interface_of(tp.constraint)
                .and_then(|i| i.terms.clone())
                .unwrap_or_default();
            if terms.is_empty() {
                return Err("");
            }
            for t in terms {
                let u = self.prog.types.underlying(t.ty);
                self.implicit_type(x, u)?;
            }
            return Ok((target, None));
        }
        let u = types.underlying(target);
        match types.get(u).clone() {
            Type::Basic(k) => {
                if x.mode == OpMode::Constant {
                    let Some(v) = &x.val else {
                        return Ok((target, None));
                    };
                    let xk = types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                    return match v.representable(k) {
                        Some(v) => Ok((target, Some(v))),
                        None => {
                            if xk.is_numeric() && k.is_numeric() {
                                if !xk.is_integer() && k.is_integer() {
                                    Err(" (truncated)")
                                } else {
                                    Err(" (overflows)")
                                }
                            } else {
                                Err("")
                            }
                        }
                    };
                }
                let xk = types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedString => k.is_string(),
                    _ if xk.is_numeric() => k.is_numeric(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err("")
                }
            }
            Type::Interface(i) => {
                if !i.methods.is_empty() || i.terms.is_some() {
                    return Err("");
                }
                Ok((types.default_type(x.ty), None))
            }
            _ => Err(""),
        }
    }

    /// Converts an untyped operand in place, reporting errors as types2's
    /// `invalidConversion` in binary operations.
    pub(super) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) -> bool {
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
                true
            }
            Err(_) => {
                let s = self.operand_string(x);
                let ts = self.ty_str(target);
                if x.mode == OpMode::Constant && !self.prog.types.is_untyped(target) {
                    self.errorf(
                        x.pos(),
                        format_args!("cannot use {s} as {ts} value in expression"),
                    );
                } else {
                    self.errorf(x.pos(), format_args!("cannot convert {s} to type {ts}"));
                }
                x.mode = OpMode::Invalid;
                false
            }
        }
    }

    /// Gives an untyped operand its default type (or reports untyped nil).
    pub(super) fn use_default(&mut self, x: &mut Operand<'a>) {
        if self.prog.types.is_untyped(x.ty) && !x.is_nil() {
            let t = self.prog.types.default_type(x.ty);
            self.convert_untyped(x, t);
        }
    }

    /// Checks that `x` can be assigned to `t` (or to `_` / an inferred
    /// variable when `t` is `None`), converting untyped values. Reports
    /// `cannot use X as T value in CONTEXT`.
    pub(super) fn assignment(
        &mut self,
        x: &mut Operand<'a>,
        t: Option<TypeId>,
        context: &str,
    ) -> bool {
        match x.mode {
            OpMode::Invalid => return false,
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk
            | OpMode::Nil => {}
            OpMode::NoValue => {
                let s = self.operand_string(x);
                self.errorf(x.pos(), format_args!("{s} used as value"));
                x.mode = OpMode::Invalid;
                return false;
            }
            OpMode::TypeExpr => {
                let s = self.operand_string(x);
                self.errorf(x.pos(), format_args!("{s} is not an expression"));
                x.mode = OpMode::Invalid;
                return false;
            }
            OpMode::Builtin(_) => {
                let s = self.operand_string(x);
                self.errorf(x.pos(), format_args!("{s} must be called"));
                x.mode = OpMode::Invalid;
                return false;
            }
        }
        if self.prog.types.is_untyped(x.ty) {
            let mut target = t;
            if t.is_none_or(|t| {
                self.prog.types.is_interface(t) && !self.prog.types.is_type_param(t)
            }) {
                if t.is_none() && x.is_nil() {
                    self.errorf(x.pos(), format_args!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return false;
                }
                if !x.is_nil() {
                    target = Some(self.prog.types.default_type(x.ty));
                }
            }
            if let Some(target) = target {
                match self.implicit_type(x, target) {
                    Ok((nt, v)) => {
                        if let Some(v) = v {
                            x.val = Some(v);
                        }
                        if nt != x.ty {
                            x.ty = nt;
                            if let Some(e) = x.expr {
                                self.update_expr_type(e, nt);
                            }
                        }
                    }
                    Err(suffix) => {
                        let s = self.operand_string(x);
                        let ts = self.ty_str(target);
                        self.errorf(
                            x.pos(),
                            format_args!("cannot use {s} as {ts} value in {context}{suffix}"),
                        );
                        x.mode = OpMode::Invalid;
                        return false;
                    }
                }
            }
        }
        if self.prog.types.signature(x.ty).is_some() && self.is_generic_func_operand(x) {
            let s = x.expr.map(super::expr_string).unwrap_or_default();
            let ctx = if t.is_some() {
                format!(" in {context}")
            } else {
                String::new()
            };
            self.errorf(
                x.pos(),
                format_args!("cannot use generic function {s} without instantiation{ctx}"),
            );
            x.mode = OpMode::Invalid;
            return false;
        }
        let Some(t) = t else {
            return true;
        };
        if let Err(cause) = self.assignable_to(x, t) {
            let s = self.operand_string(x);
            let ts = self.ty_str(t);
            let msg = if cause.is_empty() {
                format!("cannot use {s} as {ts} value in {context}")
            } else {
                format!("cannot use {s} as {ts} value in {context}: {cause}")
            };
            self.error(x.pos(), msg);
            x.mode = OpMode::Invalid;
            return false;
        }
        true
    }

    /// types2's assignableTo with its cause string.
    pub(super) fn assignable_to(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let types = &self.prog.types;
        let v = x.ty;
        if types.identical(v, t) || v == BasicKind::Invalid.id() || t == BasicKind::Invalid.id() {
            return Ok(());
        }
        if x.is_nil() {
            return if types.has_nil(t) {
                Ok(())
            } else {
                Err(String::new())
            };
        }
        if types.is_interface(t) && !types.is_type_param(t) {
            return match self.implements(v, t) {
                None => Ok(()),
                Some(cause) => Err(cause),
            };
        }
        if types.is_interface(v) && !types.is_type_param(v) && !types.is_interface(t) {
            // An interface value is never assignable to a concrete type.
            if types.missing_method(t, v).is_none() {
                return Err("need type assertion".into());
            }
            return Err(String::new());
        }
        if types.assignable(v, t) {
            return Ok(());
        }
        Err(String::new())
    }

    /// `None` if `v` implements interface `t`, else types2's cause:
    /// `V does not implement T (missing method M)`.
    pub(super) fn implements(&self, v: TypeId, t: TypeId) -> Option<String> {
        let types = &self.prog.types;
        let vs = self.ty_str(v);
        let ts = self.ty_str(t);
        if let Type::Pointer(e) = types.get(types.underlying(v)) {
            if types.is_interface(*e)
                && !types.is_type_param(*e)
                && types.missing_method(v, t).is_some()
            {
                return Some(format!("type {vs} is pointer to interface, not interface"));
            }
        }
        let m = types.missing_method(v, t)?;
        let verb = if types
            .interface_of(t)
            .is_some_and(|i| i.terms.is_some() || i.comparable)
        {
            "satisfy"
        } else {
            "implement"
        };
        let cause = match m {
            MissingMethod::Missing(name) => format!("(missing method {name})"),
            MissingMethod::PointerRecv(name) => format!("(method {name} has pointer receiver)"),
            MissingMethod::WrongType(name, have, want) => {
                // gc shows these signatures without parameter names.
                let unnamed = |t: TypeId| {
                    let mut out = String::new();
                    if let Type::Func(s) = types.get(t) {
                        let mut s = s.clone();
                        for p in s.params.iter_mut().chain(s.results.iter_mut()) {
                            p.name = None;
                        }
                        let q =
                            crate::types::Qualifier::RelativeQuoting(&self.pkg_path, &self.quoted);
                        types.write_signature(&mut out, &s, q, 0);
                    }
                    out
                };
                let (h, w) = (unnamed(have), unnamed(want));
                format!("(wrong type for method {name})\n\t\thave {name}{h}\n\t\twant {name}{w}")
            }
            MissingMethod::NotInTypeSet => {
                if types.interface_of(t).is_some_and(|i| i.comparable) && !types.comparable(v) {
                    return Some(format!("{vs} does not {verb} comparable"));
                }
                return Some(format!(
                    "{vs} does not {verb} {ts} ({vs} missing in {})",
                    self.term_list(t)
                ));
            }
        };
        Some(format!("{vs} does not {verb} {ts} {cause}"))
    }

    fn term_list(&self, t: TypeId) -> String {
        let types = &self.prog.types;
        let Some(terms) = types.interface_of(t).and_then(|i| i.terms.clone()) else {
            return String::new();
        };
        let mut s = String::new();
        for (i, tm) in terms.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            if tm.tilde {
                s.push('~');
            }
            s.push_str(&self.ty_str(tm.ty));
        }
        s
    }

    pub(super) fn is_generic_func_operand(&self, x: &Operand) -> bool {
        let Some(e) = x.expr else { return false };
        let id = match &e.unparen().kind {
            ExprKind::Name(i) => i.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return false,
        };
        if self.info.instances.contains_key(&id) {
            return false;
        }
        self.info
            .uses
            .get(&id)
            .is_some_and(|o| self.prog.func_tparams.get(o).is_some_and(|v| !v.is_empty()))
    }
}
