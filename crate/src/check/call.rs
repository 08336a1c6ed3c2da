//! Calls: function calls (with generic inference), conversions, method
//! calls; argument passing rules and their messages.

use super::checker::Checker;
use super::expr::INVALID_OP;
use super::operand::{type_list_entry, OpMode, Operand};
use super::{expr_string, Instance};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::constant::Value;
use crate::types::{map_vec, param_types, BasicKind as B, Signature, Type, TypeId};

impl<'a, 'p> Checker<'a, 'p> {
    pub(super) fn call(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &e.kind
        else {
            return Operand::bad(e);
        };
        let f = self.raw_expr(fun, None);
        match f.mode {
            OpMode::Invalid => {
                self.use_exprs(args);
                Operand::bad(e)
            }
            OpMode::TypeExpr => self.conversion(e, f.ty, args, *dots),
            OpMode::Builtin(b) => self.builtin(e, b, args, *dots, hint),
            _ => {
                let f = self.single_value(f);
                if f.invalid() {
                    self.use_exprs(args);
                    return Operand::bad(e);
                }
                let Some(sig) = self.prog.types.signature(f.ty).cloned() else {
                    let s = self.operand_string(&f);
                    let ts = self.ty_str(f.ty);
                    self.errorf(
                        e.span.lo,
                        format_args!("{INVALID_OP}cannot call {s}: {ts} is not a function"),
                    );
                    self.use_exprs(args);
                    return Operand::bad(e);
                };
                let argv = self.call_args(args);
                let sig = if self.is_generic_func_operand(&f) {
                    match self.infer_call(e, fun, &sig, &argv) {
                        Some(s) => s,
                        None => return Operand::bad(e),
                    }
                } else {
                    sig
                };
                self.arguments(e, fun, &sig, argv, *dots);
                match sig.results.len() {
                    0 => Operand {
                        mode: OpMode::NoValue,
                        ty: self.prog.types.empty_tuple,
                        val: None,
                        expr: Some(e),
                    },
                    _ => {
                        let t = self.types().results_type(&sig);
                        Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: Some(e),
                        }
                    }
                }
            }
        }
    }

    pub(super) fn use_exprs(&mut self, args: &'a [Expr]) {
        for a in args {
            self.raw_expr(a, None);
        }
    }

    /// Evaluates call arguments; a single multi-value call is spread.
    pub(super) fn call_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if let [one] = args {
            let x = self.raw_expr(one, None);
            if let Type::Tuple(elems) = self.prog.types.get(x.ty).clone() {
                if x.mode == OpMode::Value && elems.len() != 1 {
                    return Operand::spread(&elems, x.expr);
                }
            }
            return vec![self.single_value(x)];
        }
        map_vec(args, |a| self.expr(a))
    }

    fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let types = &self.prog.types;
            let mut s = if t == B::Invalid.id() {
                "unknown type".to_string()
            } else if types.is_untyped(t) {
                if types.is_numeric(t) {
                    "number".into()
                } else {
                    types
                        .basic_kind(t)
                        .map_or("", |k| k.name())
                        .replace("untyped ", "")
                }
            } else {
                self.ty_str(t)
            };
            if variadic && i + 1 == list.len() {
                if let Type::Slice(el) = types.get(t) {
                    s = format!("...{}", self.ty_str(*el));
                }
            }
            if has_dots && i + 1 == list.len() {
                s.push_str("...");
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// Checks argument count and assignability (types2 `arguments`).
    pub(super) fn arguments(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        mut args: Vec<Operand<'a>>,
        dots: Option<u32>,
    ) {
        let nargs = args.len();
        let mut npars = sig.params.len();
        let mut params: Vec<TypeId> = param_types(&sig.params);
        let fname = expr_string(fun);
        if args.iter().any(|a| a.invalid()) {
            return;
        }
        if let Some(dpos) = dots {
            if !sig.variadic {
                self.error(
                    dpos,
                    format!("have (...) but function is not variadic: {fname}").replace(
                        "have (...) but function is not variadic: ",
                        &format!("{INVALID_OP}cannot use ... in call to non-variadic "),
                    ),
                );
                return;
            }
            if let [one] = args.as_slice() {
                if let Type::Tuple(_) = self.prog.types.get(one.ty) {
                    self.errorf(
                        one.pos(),
                        format_args!(
                            "cannot use ... with {}-valued {}",
                            nargs,
                            expr_string(one.expr.unwrap_or(call))
                        ),
                    );
                    return;
                }
            }
        } else if sig.variadic {
            // Expand ...T into the needed number of T parameters.
            if nargs >= npars.saturating_sub(1) {
                let last = params.pop().unwrap_or(B::Invalid.id());
                let el = match self.prog.types.get(last) {
                    Type::Slice(e) => *e,
                    _ => last,
                };
                while params.len() < nargs {
                    params.push(el);
                }
                npars = nargs;
            } else {
                npars -= 1;
                params.pop();
            }
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (args[npars].pos(), "too many")
            } else if nargs > 0 {
                (args[nargs - 1].pos(), "not enough")
            } else {
                (call.span.lo, "not enough")
            };
            let have = map_vec(&args, |a| a.ty);
            let want = param_types(&sig.params);
            let hs = self.types_summary(&have, false, dots.is_some());
            let ws = self.types_summary(&want, sig.variadic, false);
            self.errorf(
                at,
                format_args!("{q} arguments in call to {fname}\n\thave {hs}\n\twant {ws}"),
            );
            return;
        }
        let ctx = format!("argument to {fname}");
        for (a, &p) in args.iter_mut().zip(&params) {
            self.assignment(a, Some(p), &ctx);
        }
    }

    fn conversion(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        args: &'a [Expr],
        dots: Option<u32>,
    ) -> Operand<'a> {
        let ts = self.ty_str(t);
        match args {
            [] => {
                self.errorf(
                    e.span.hi.saturating_sub(1),
                    format_args!("missing argument in conversion to {ts}"),
                );
                return Operand::bad(e);
            }
            [_] => {}
            _ => {
                self.use_exprs(args);
                self.errorf(
                    args[args.len() - 1].span.lo,
                    format_args!("too many arguments in conversion to {ts}"),
                );
                return Operand::bad(e);
            }
        }
        if let Some(d) = dots {
            self.errorf(d, format_args!("invalid use of ... in conversion to {ts}"));
            return Operand::bad(e);
        }
        let mut x = self.expr(&args[0]);
        if x.invalid() {
            return Operand::bad(e);
        }
        let types = &self.prog.types;
        let const_arg = x.mode == OpMode::Constant;
        let const_type =
            types.basic_kind(t).is_some_and(|k| k != B::UnsafePointer) && !types.is_type_param(t);
        let mut ok = false;
        if const_arg && const_type {
            let k = types.basic_kind(t).unwrap_or(B::Invalid);
            let v = x.val.clone().unwrap_or(Value::Unknown);
            if let Some(r) = v.representable(k) {
                x.val = Some(r);
                ok = true;
            } else if types.is_integer(x.ty) && k.is_string() {
                let cp = v
                    .as_u64()
                    .filter(|&i| i <= 0x10FFFF)
                    .and_then(|i| char::from_u32(i as u32))
                    .unwrap_or('\u{FFFD}');
                x.val = Some(Value::string(cp.to_string().as_bytes()));
                ok = true;
            }
            if !ok && types.is_integer(x.ty) && k.is_integer() {
                let vs = v.to_string();
                self.errorf(x.pos(), format_args!("constant {vs} overflows {ts}"));
                return Operand::bad(e);
            }
        } else if types.convertible(x.ty, t) || (x.is_nil() && types.has_nil(t)) {
            ok = true;
            x.mode = OpMode::Value;
        } else if types.is_untyped(x.ty) && !x.is_nil() {
            // Untyped constant to a non-constant type: via its default type.
            let d = types.default_type(x.ty);
            if types.convertible(d, t)
                && (x.mode != OpMode::Constant || {
                    let k = types.basic_kind(types.underlying(t));
                    k.is_none()
                        || x.val
                            .as_ref()
                            .and_then(|v| v.representable(k.unwrap_or(B::Invalid)))
                            .is_some()
                })
            {
                ok = true;
                x.mode = OpMode::Value;
            }
        }
        if !ok {
            let s = self.operand_string(&x);
            let cause = self.conversion_cause(&x, t);
            if cause.is_empty() {
                self.errorf(x.pos(), format_args!("cannot convert {s} to type {ts}"));
            } else {
                self.errorf(
                    x.pos(),
                    format_args!("cannot convert {s} to type {ts}: {cause}"),
                );
            }
            return Operand::bad(e);
        }
        if self.prog.types.is_untyped(x.ty) && !x.is_nil() {
            let types = &self.prog.types;
            let fin = if (types.is_interface(t) && !types.is_type_param(t))
                || (const_arg && !const_type)
                || (x.mode == OpMode::Constant && types.is_integer(x.ty) && types.is_string(t))
            {
                types.default_type(x.ty)
            } else {
                t
            };
            if let Some(ex) = x.expr {
                self.update_expr_type(ex, fin);
            }
        }
        if x.mode == OpMode::Constant && !const_type {
            x.mode = OpMode::Value;
            x.val = None;
        }
        x.ty = t;
        x.expr = Some(e);
        x
    }

    fn conversion_cause(&self, x: &Operand, t: TypeId) -> String {
        let _ = (x, t);
        String::new()
    }

    /// Infers type arguments of a generic call from its arguments.
    fn infer_call(
        &mut self,
        call: &'a Expr,
        fun: &'a Expr,
        sig: &Signature,
        args: &[Operand<'a>],
    ) -> Option<Signature> {
        let id = match &fun.unparen().kind {
            ExprKind::Name(i) => i.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return Some(sig.clone()),
        };
        let obj = *self.info.uses.get(&id)?;
        let tparams = self
            .prog
            .func_tparams
            .get(&obj)
            .cloned()
            .unwrap_or_default();
        let mut bound: Vec<Option<TypeId>> = vec![None; tparams.len()];
        // Typed arguments first, then untyped ones by their default type.
        let params: Vec<TypeId> = if sig.variadic {
            let mut p: Vec<TypeId> = param_types(&sig.params);
            if let Some(last) = p.pop() {
                let el = match self.prog.types.get(last) {
                    Type::Slice(e) => *e,
                    _ => last,
                };
                while p.len() < args.len() {
                    p.push(el);
                }
            }
            p
        } else {
            param_types(&sig.params)
        };
        let mut untyped_for: Vec<Vec<Operand<'a>>> = vec![Vec::new(); tparams.len()];
        for pass in 0..2 {
            for (a, &p) in args.iter().zip(&params) {
                let untyped = self.prog.types.is_untyped(a.ty);
                if (pass == 0) == untyped {
                    continue;
                }
                if untyped {
                    // Untyped arguments only decide what nothing else did.
                    self.constraint_inference(&tparams, &mut bound);
                    if let Some(k) = tparams.iter().position(|&tp| tp == p) {
                        if bound[k].is_none() && !a.is_nil() {
                            untyped_for[k].push(a.clone());
                        }
                    }
                    continue;
                }
                if !self.unify(p, a.ty, &tparams, &mut bound) {
                    let at = self.ty_str(a.ty);
                    let ae = a.expr.map(expr_string).unwrap_or_default();
                    let fs = expr_string(fun);
                    let msg = match tparams.iter().position(|&tp| tp == p) {
                        Some(k) => {
                            let inferred = bound[k].map(|b| self.ty_str(b)).unwrap_or_default();
                            let pn = self
                                .prog
                                .types
                                .type_param(p)
                                .map_or(String::new(), |tp| tp.name.clone());
                            format!("in call to {fs}, type {at} of {ae} does not match inferred type {inferred} for {pn}")
                        }
                        None => {
                            let pt = self.subst_bound(p, &tparams, &bound);
                            let ps = self.ty_str(pt);
                            format!("in call to {fs}, type {at} of {ae} does not match {ps}")
                        }
                    };
                    self.error(a.pos(), msg);
                    return None;
                }
            }
        }
        // Several untyped arguments for one type parameter: the largest
        // numeric kind wins; different kinds of constants do not mix.
        for (k, xs) in untyped_for.iter().enumerate() {
            let Some(first) = xs.first() else { continue };
            let mut best = first.ty;
            for x in &xs[1..] {
                let types = &self.prog.types;
                let (a, b) = (types.basic_kind(best), types.basic_kind(x.ty));
                match (a, b) {
                    (Some(a), Some(b)) if a.is_numeric() && b.is_numeric() => {
                        if b > a {
                            best = x.ty;
                        }
                    }
                    (Some(a), Some(b)) if a == b => {}
                    _ => {
                        let (bs, xs) = (self.ty_str(best), self.ty_str(x.ty));
                        let pn = self
                            .prog
                            .types
                            .type_param(tparams[k])
                            .map_or(String::new(), |p| p.name.clone());
                        let fs = expr_string(fun);
                        self.errorf(x.pos(), format_args!("in call to {fs}, mismatched types {bs} and {xs} (cannot infer {pn})"));
                        return None;
                    }
                }
            }
            bound[k] = Some(self.prog.types.default_type(best));
        }
        self.constraint_inference(&tparams, &mut bound);
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            let name = self
                .prog
                .types
                .type_param(tparams[k])
                .map_or(String::new(), |p| p.name.clone());
            let decl = self.tparam_decl_pos(obj, k);
            self.errorf(
                call.pos(),
                format_args!("in call to {}, cannot infer {name}{decl}", expr_string(fun)),
            );
            return None;
        }
        // Every parameter is bound here (checked above).
        let targs = map_vec(&bound, |b| b.unwrap_or(B::Invalid.id()));
        self.finish_instance(id, fun, &tparams, &targs, sig, call.pos())
    }

    /// Constraint type inference: a type parameter whose constraint has a
    /// single term (`S ~[]E`) relates its argument to that term.
    fn constraint_inference(&mut self, tparams: &[TypeId], bound: &mut Vec<Option<TypeId>>) {
        for _round in 0..tparams.len() + 1 {
            let mut changed = false;
            for (k, &tp) in tparams.iter().enumerate() {
                let Some(c) = self.prog.types.type_param(tp).map(|p| p.constraint) else {
                    continue;
                };
                let term = match self
                    .prog
                    .types
                    .interface_of(c)
                    .and_then(|i| i.terms.clone())
                {
                    Some(ts) if ts.len() == 1 => ts[0],
                    _ => continue,
                };
                let before = bound.clone();
                match bound[k] {
                    Some(b) => {
                        let u = self.prog.types.underlying(b);
                        self.unify(term.ty, u, tparams, bound);
                    }
                    None => {
                        if !self.mentions(term.ty, tparams)
                            || self.all_bound(term.ty, tparams, bound)
                        {
                            let t = self.subst_bound(term.ty, tparams, bound);
                            bound[k] = Some(t);
                        }
                    }
                }
                changed |= before != *bound;
            }
            if !changed {
                break;
            }
        }
    }

    fn all_bound(&self, t: TypeId, tparams: &[TypeId], bound: &[Option<TypeId>]) -> bool {
        tparams
            .iter()
            .zip(bound)
            .all(|(&p, b)| b.is_some() || !self.mentions(t, &[p]))
    }

    fn subst_bound(&mut self, t: TypeId, tparams: &[TypeId], bound: &[Option<TypeId>]) -> TypeId {
        let mut map = Vec::new();
        for (&p, &b) in tparams.iter().zip(bound) {
            if let Some(b) = b {
                map.push((p, b));
            }
        }
        self.types().subst(t, &map)
    }

    /// Checks constraints, records the instance and returns the signature.
    fn finish_instance(
        &mut self,
        id: u32,
        fun: &'a Expr,
        tparams: &[TypeId],
        targs: &[TypeId],
        sig: &Signature,
        at: u32,
    ) -> Option<Signature> {
        let map = crate::types::subst_map(tparams, targs);
        for (&tp, &ta) in tparams.iter().zip(targs) {
            let c = self.prog.types.type_param(tp).map(|p| p.constraint)?;
            let c = self.types().subst(c, &map);
            if let Some(cause) = self.implements(ta, c) {
                let cause = cause.replacen(" does not implement ", " does not satisfy ", 1);
                self.error(at, cause);
                return None;
            }
        }
        let ft = self
            .types()
            .func(sig.params.clone(), sig.results.clone(), sig.variadic);
        let inst = self.types().subst(ft, &map);
        self.info.instances.insert(
            id,
            Instance {
                targs: targs.to_vec(),
                ty: inst,
            },
        );
        self.record(fun.id, super::Mode::Value, inst, None);
        self.prog.types.signature(inst).cloned()
    }

    /// Structural unification of a parameter type with an argument type.
    fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tparams: &[TypeId],
        bound: &mut Vec<Option<TypeId>>,
    ) -> bool {
        let types = &self.prog.types;
        if let Some(k) = tparams.iter().position(|&tp| tp == p) {
            return match bound[k] {
                Some(b) => {
                    types.identical(b, a) || {
                        // Inexact unification: a named type and its underlying type.
                        types.identical(types.underlying(b), types.underlying(a))
                    }
                }
                None => {
                    bound[k] = Some(a);
                    true
                }
            };
        }
        if types.identical(p, a) && !self.mentions(p, tparams) {
            return true;
        }
        // A type parameter of the enclosing function unifies by its core type.
        let a = if types.is_type_param(a) && !tparams.contains(&a) {
            types.core(a)
        } else {
            a
        };
        let (pu, au) = if types.named(p).is_some() && types.named(a).is_some() {
            // Generic named types unify argument-wise.
            let (np, na) = (types.named(p), types.named(a));
            match (np, na) {
                (Some(np), Some(na)) if np.origin.is_some() && np.origin == na.origin => {
                    let (x, y) = (np.targs.clone(), na.targs.clone());
                    return x.len() == y.len()
                        && x.iter()
                            .zip(&y)
                            .all(|(&s, &t)| self.unify(s, t, tparams, bound));
                }
                _ => return false,
            }
        } else if types.named(p).is_some() {
            return false;
        } else {
            (p, types.underlying(a))
        };
        match (types.get(pu).clone(), types.get(au).clone()) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, tparams, bound)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, tparams, bound),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, tparams, bound) && self.unify(v1, v2, tparams, bound)
            }
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, tparams, bound),
            (Type::Func(s), Type::Func(t)) => {
                s.params.len() == t.params.len()
                    && s.results.len() == t.results.len()
                    && s.params
                        .iter()
                        .zip(&t.params)
                        .all(|(x, y)| self.unify(x.ty, y.ty, tparams, bound))
                    && s.results
                        .iter()
                        .zip(&t.results)
                        .all(|(x, y)| self.unify(x.ty, y.ty, tparams, bound))
            }
            _ => types.identical(pu, au) || !self.mentions(p, tparams),
        }
    }

    fn mentions(&self, t: TypeId, tparams: &[TypeId]) -> bool {
        let types = &self.prog.types;
        if tparams.contains(&t) {
            return true;
        }
        match types.get(t) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                self.mentions(*x, tparams)
            }
            Type::Map(k, v) => self.mentions(*k, tparams) || self.mentions(*v, tparams),
            Type::Func(s) => s
                .params
                .iter()
                .chain(&s.results)
                .any(|p| self.mentions(p.ty, tparams)),
            Type::Named(_) => types
                .named(t)
                .is_some_and(|n| n.targs.iter().any(|&a| self.mentions(a, tparams))),
            _ => false,
        }
    }

    /// ` (declared at ./prog.go:L:C)` for the k-th type parameter of a
    /// generic function declared in this package.
    fn tparam_decl_pos(&self, func: super::ObjId, k: usize) -> String {
        let Some(super::decls::DeclInfo::Func(fd)) = self.decls.get(&func) else {
            return String::new();
        };
        let Some(id) = fd.tparams.iter().flat_map(|f| &f.names).nth(k) else {
            return String::new();
        };
        format!(" (declared at {})", self.pos_string(id.span.lo))
    }

    /// `f[int]`: explicit instantiation of a generic function.
    pub(super) fn explicit_instantiation(
        &mut self,
        e: &'a Expr,
        f: &Operand<'a>,
        indices: &'a [Expr],
    ) -> Operand<'a> {
        let fun = f.expr.unwrap_or(e);
        let id = match &fun.unparen().kind {
            ExprKind::Name(i) => i.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return Operand::bad(e),
        };
        let Some(&obj) = self.info.uses.get(&id) else {
            return Operand::bad(e);
        };
        let tparams = self
            .prog
            .func_tparams
            .get(&obj)
            .cloned()
            .unwrap_or_default();
        let targs = map_vec(indices, |i| self.typexpr(i));
        if targs.len() > tparams.len() {
            self.errorf(
                indices[tparams.len()].span.lo,
                format_args!(
                    "got {} type arguments but {} has {} type parameters",
                    targs.len(),
                    expr_string(fun),
                    tparams.len()
                ),
            );
            return Operand::bad(e);
        }
        if targs.len() < tparams.len() {
            let name = self
                .prog
                .types
                .type_param(tparams[targs.len()])
                .map_or(String::new(), |p| p.name.clone());
            self.errorf(
                e.span.lo,
                format_args!("in call to {}, cannot infer {name}", expr_string(fun)),
            );
            return Operand::bad(e);
        }
        let Some(sig) = self.prog.types.signature(f.ty).cloned() else {
            return Operand::bad(e);
        };
        let at = indices.first().map_or(e.span.lo, |i| i.span.lo);
        match self.finish_instance(id, fun, &tparams, &targs, &sig, at) {
            Some(s) => {
                let t = self.types().func(s.params, s.results, s.variadic);
                Operand {
                    mode: OpMode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                }
            }
            None => Operand::bad(e),
        }
    }

    /// `List[int]`: instantiation of a generic type.
    pub(super) fn instantiate_type(
        &mut self,
        e: &'a Expr,
        generic: TypeId,
        indices: &'a [Expr],
    ) -> TypeId {
        let Some(n) = self.prog.types.named(generic).cloned() else {
            let ts = self.ty_str(generic);
            self.errorf(e.span.lo, format_args!("{ts} is not a generic type"));
            return B::Invalid.id();
        };
        if n.tparams.is_empty() {
            let ts = self.ty_str(generic);
            self.errorf(e.span.lo, format_args!("{ts} is not a generic type"));
            return B::Invalid.id();
        }
        let targs = map_vec(indices, |i| self.typexpr(i));
        if targs.iter().any(|&t| t == B::Invalid.id()) {
            return B::Invalid.id();
        }
        if targs.len() != n.tparams.len() {
            let q = if targs.len() < n.tparams.len() {
                "not enough"
            } else {
                "too many"
            };
            self.errorf(
                e.span.lo,
                format_args!(
                    "{q} type arguments for type {}: have {}, want {}",
                    n.name,
                    targs.len(),
                    n.tparams.len()
                ),
            );
            return B::Invalid.id();
        }
        let map = crate::types::subst_map(&n.tparams, &targs);
        for (k, (&tp, &ta)) in n.tparams.iter().zip(&targs).enumerate() {
            let Some(c) = self.prog.types.type_param(tp).map(|p| p.constraint) else {
                continue;
            };
            let c = self.types().subst(c, &map);
            if let Some(cause) = self.implements(ta, c) {
                let cause = cause.replacen(" does not implement ", " does not satisfy ", 1);
                self.error(indices[k].span.lo, cause);
                return B::Invalid.id();
            }
        }
        let inst = self.types().instantiate(generic, &targs);
        if let ExprKind::Name(id) | ExprKind::Selector { sel: id, .. } = &e.kind {
            let _ = id;
        }
        let base_id = match &e.kind {
            ExprKind::Index { x, .. } => match &x.unparen().kind {
                ExprKind::Name(i) => Some(i.id),
                ExprKind::Selector { sel, .. } => Some(sel.id),
                _ => None,
            },
            _ => None,
        };
        if let Some(id) = base_id {
            self.info.instances.insert(id, Instance { targs, ty: inst });
        }
        inst
    }

    /// `have (...)` list entries for return statements.
    pub(super) fn operand_types_summary(&self, xs: &[Operand]) -> String {
        let v = map_vec(xs, |x| type_list_entry(self, x));
        format!("({})", v.join(", "))
    }
}
