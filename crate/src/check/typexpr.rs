//! Type expressions: names, literals, instantiations and constraints.

use super::checker::Checker;
use super::expr_string;
use super::operand::OpMode;
use crate::syntax::ast::{BinOp, ChanDir as AstDir, Expr, ExprKind, InterfaceElem, UnOp};
use crate::types::{BasicKind as B, ChanDir, Field, IfaceMethod, Term, Type, TypeId};

impl<'a, 'p> Checker<'a, 'p> {
    /// Checks `e` as a type; reports `x is not a type` etc.
    pub(super) fn typexpr(&mut self, e: &'a Expr) -> TypeId {
        let x = self.raw_expr(e, None);
        match x.mode {
            OpMode::TypeExpr => {
                if let Some(n) = self.prog.types.named(x.ty) {
                    if !n.tparams.is_empty() && n.origin.is_none() {
                        let mut s = format!("{}[", n.name);
                        for (i, p) in n
                            .tparams
                            .iter()
                            .filter_map(|&tp| self.prog.types.type_param(tp))
                            .enumerate()
                        {
                            if i > 0 {
                                s.push_str(", ");
                            }
                            s.push_str(&format!("{} {}", p.name, self.ty_str(p.constraint)));
                        }
                        s.push(']');
                        self.errorf(
                            e.span.lo,
                            format_args!("cannot use generic type {s} without instantiation"),
                        );
                        return B::Invalid.id();
                    }
                }
                x.ty
            }
            OpMode::Invalid => B::Invalid.id(),
            OpMode::NoValue => {
                let s = self.operand_string(&x);
                self.errorf(e.span.lo, format_args!("{s} used as type"));
                B::Invalid.id()
            }
            _ => {
                let s = match &e.kind {
                    ExprKind::Name(id) => match self
                        .info
                        .uses
                        .get(&id.id)
                        .map(|&o| self.obj(o).kind.clone())
                    {
                        Some(super::ObjKind::Var { global: false }) => {
                            format!("{} (local variable)", id.name)
                        }
                        Some(super::ObjKind::Var { global: true }) => {
                            format!("{} (package-level variable)", id.name)
                        }
                        Some(super::ObjKind::Const(_)) => format!("{} (constant)", id.name),
                        Some(super::ObjKind::Func { .. }) => format!("{} (function)", id.name),
                        _ => self.operand_string(&x),
                    },
                    _ => self.operand_string(&x),
                };
                self.errorf(e.span.lo, format_args!("{s} is not a type"));
                B::Invalid.id()
            }
        }
    }

    /// A type literal (array, slice, map, chan, func, struct, interface).
    pub(super) fn type_literal(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(
                        e.span.lo,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typexpr(elem);
                    return B::Invalid.id();
                };
                let n = self.array_length(len);
                let el = self.typexpr(elem);
                match n {
                    Some(n) if el != B::Invalid.id() => self.types().array(n, el),
                    _ => B::Invalid.id(),
                }
            }
            ExprKind::SliceType { elem } => {
                let el = self.typexpr(elem);
                if el == B::Invalid.id() {
                    return el;
                }
                self.types().slice(el)
            }
            ExprKind::MapType { key, value } => {
                let k = self.typexpr(key);
                let v = self.typexpr(value);
                if k == B::Invalid.id() || v == B::Invalid.id() {
                    return B::Invalid.id();
                }
                if !self.prog.types.is_type_param(k)
                    && !self.prog.types.comparable(k)
                    && self.prog.types.underlying(k) != B::Invalid.id()
                {
                    let ks = self.ty_str(k);
                    self.errorf(key.span.lo, format_args!("invalid map key type {ks}"));
                    return B::Invalid.id();
                }
                self.types().map(k, v)
            }
            ExprKind::ChanType { dir, elem } => {
                let el = self.typexpr(elem);
                if el == B::Invalid.id() {
                    return el;
                }
                let d = match dir {
                    AstDir::Both => ChanDir::Both,
                    AstDir::Send => ChanDir::Send,
                    AstDir::Recv => ChanDir::Recv,
                };
                self.types().chan(d, el)
            }
            ExprKind::FuncType(ft) => {
                let saved = self.scope;
                self.push_scope();
                let t = self.func_type(ft);
                self.scope = saved;
                t
            }
            ExprKind::StructType { fields, .. } => {
                let mut out: Vec<Field> = Vec::new();
                for f in fields {
                    let t = self.typexpr(&f.typ);
                    let tag = f
                        .tag
                        .as_ref()
                        .map(|t| String::from_utf8_lossy(&t.bytes).into_owned());
                    if f.names.is_empty() {
                        let name = embedded_name(&f.typ);
                        let base = match self.prog.types.get(t) {
                            Type::Pointer(p) => *p,
                            _ => t,
                        };
                        if matches!(
                            self.prog.types.get(self.prog.types.underlying(base)),
                            Type::Pointer(_)
                        ) || (matches!(self.prog.types.get(t), Type::Pointer(_))
                            && self.prog.types.is_interface(base))
                        {
                            let what = if self.prog.types.is_interface(base) {
                                "an interface"
                            } else {
                                "a pointer"
                            };
                            self.errorf(
                                f.typ.span.lo,
                                format_args!("embedded field type cannot be {what}"),
                            );
                        }
                        self.push_field(&mut out, name, t, true, tag.clone(), f.typ.span.lo);
                    }
                    for n in &f.names {
                        self.push_field(
                            &mut out,
                            n.name.to_string(),
                            t,
                            false,
                            tag.clone(),
                            n.span.lo,
                        );
                    }
                }
                self.types().strukt(out)
            }
            ExprKind::InterfaceType { elems, .. } => {
                let mut methods: Vec<IfaceMethod> = Vec::new();
                let mut embedded: Vec<Vec<Term>> = Vec::new();
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let saved = self.scope;
                            self.push_scope();
                            let t = self.func_type(sig);
                            self.scope = saved;
                            if methods.iter().any(|m| *m.name == *name.name) {
                                self.errorf(
                                    name.span.lo,
                                    format_args!("duplicate method {}", name.name),
                                );
                                continue;
                            }
                            methods.push(IfaceMethod {
                                name: name.name.to_string(),
                                sig: t,
                            });
                        }
                        InterfaceElem::Embed(x) => {
                            let terms = self.union_terms(x);
                            embedded.push(terms);
                        }
                    }
                }
                self.types().interface(methods, &embedded)
            }
            _ => B::Invalid.id(),
        }
    }

    fn push_field(
        &mut self,
        out: &mut Vec<Field>,
        name: String,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
        pos: u32,
    ) {
        if name != "_" && out.iter().any(|f| f.name == name) {
            self.errorf(pos, format_args!("{name} redeclared"));
            return;
        }
        let exported = crate::types::is_exported(&name);
        let pkg = (!exported).then(|| self.pkg_path.clone());
        out.push(Field {
            name,
            ty,
            embedded,
            tag,
            pkg,
        });
    }

    fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        // A name that is not a constant is reported without being "used".
        if let ExprKind::Name(id) = &len.kind {
            if let Some(o) = self.lookup(&id.name) {
                if !matches!(self.obj(o).kind, super::ObjKind::Const(_)) {
                    self.errorf(
                        len.span.lo,
                        format_args!("invalid array length {}", id.name),
                    );
                    return None;
                }
            }
        }
        let x = self.expr(len);
        if x.invalid() {
            return None;
        }
        if x.mode != OpMode::Constant {
            let s = self.operand_string(&x);
            self.errorf(
                len.span.lo,
                format_args!("array length {s} must be constant"),
            );
            return None;
        }
        if self.prog.types.is_untyped(x.ty) || self.prog.types.is_integer(x.ty) {
            if let Some(v) = x.val.as_ref().and_then(|v| v.to_int()) {
                if let Some(n) = v.as_i64() {
                    if n >= 0 {
                        return Some(n as u64);
                    }
                }
                let s = self.operand_string(&x);
                self.errorf(len.span.lo, format_args!("invalid array length {s}"));
                return None;
            }
        }
        let s = self.operand_string(&x);
        self.errorf(
            len.span.lo,
            format_args!("array length {s} must be integer"),
        );
        None
    }

    /// The terms of one interface element (`A | ~B`, or a single type).
    fn union_terms(&mut self, e: &'a Expr) -> Vec<Term> {
        match &e.kind {
            ExprKind::Binary {
                op: BinOp::Or,
                x,
                y,
                ..
            } => {
                let mut v = self.union_terms(x);
                v.extend(self.union_terms(y));
                v
            }
            ExprKind::Unary {
                op: UnOp::Tilde, x, ..
            } => {
                let t = self.typexpr(x);
                if t == B::Invalid.id() || self.reject_type_param(t, x) {
                    return Vec::new();
                }
                if self.prog.types.underlying(t) != t {
                    let ts = self.ty_str(t);
                    let us = self.ty_str(self.prog.types.underlying(t));
                    let msg = format!("invalid use of ~ (underlying type of {ts} is {us})");
                    self.error(e.span.lo, msg);
                }
                vec![Term { tilde: true, ty: t }]
            }
            ExprKind::Paren(x) => self.union_terms(x),
            _ => {
                let t = self.typexpr(e);
                if t == B::Invalid.id() || self.reject_type_param(t, e) {
                    return Vec::new();
                }
                vec![Term {
                    tilde: false,
                    ty: t,
                }]
            }
        }
    }

    /// A type parameter cannot be a union term (its type set would be
    /// defined in terms of itself).
    fn reject_type_param(&mut self, t: TypeId, e: &Expr) -> bool {
        if self.prog.types.is_type_param(t) {
            self.error(e.span.lo, "term cannot be a type parameter");
            return true;
        }
        false
    }

    /// A type parameter constraint: an interface, or a union / type that
    /// stands for `interface{ union }`.
    pub(super) fn constraint(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Binary { op: BinOp::Or, .. }
            | ExprKind::Unary {
                op: UnOp::Tilde, ..
            } => {
                let terms = self.union_terms(e);
                self.types().interface(Vec::new(), &[terms])
            }
            _ => {
                let t = self.typexpr(e);
                if t == B::Invalid.id() {
                    return self.prog.types.any;
                }
                if self.prog.types.is_interface(t) {
                    t
                } else {
                    self.types().interface(
                        Vec::new(),
                        &[vec![Term {
                            tilde: false,
                            ty: t,
                        }]],
                    )
                }
            }
        }
    }
}

/// The implicit name of an embedded field: `T`, `*T`, `pkg.T`, `T[int]`.
fn embedded_name(e: &Expr) -> String {
    match &e.unparen().kind {
        ExprKind::Star { x, .. } => embedded_name(x),
        ExprKind::Selector { sel, .. } => sel.name.to_string(),
        ExprKind::Index { x, .. } => embedded_name(x),
        ExprKind::Name(id) => id.name.to_string(),
        _ => expr_string(e),
    }
}
