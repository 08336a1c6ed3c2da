//! Statements, assignments, local declarations, and terminating-statement
//! analysis (`missing return`).

use super::checker::Checker;
use super::expr::INVALID_OP;
use super::operand::{OpMode, Operand};
use super::{expr_string, Builtin, ObjId, ObjKind};
use crate::syntax::ast::{
    self, AssignOp, BinOp, BranchKind, Decl, Expr, ExprKind, Stmt, StmtKind, UnOp,
};
use crate::types::constant::Value;
use crate::types::{map_vec, param_types, BasicKind as B, ChanDir, Type, TypeId};

impl<'a, 'p> Checker<'a, 'p> {
    pub(super) fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block(&mut self, stmts: &'a [Stmt]) {
        self.push_scope();
        self.stmt_list(stmts);
        self.pop_scope();
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value, .. } => {
                let c = self.expr(ch);
                let mut v = self.expr(value);
                if c.invalid() || v.invalid() {
                    return;
                }
                match self.prog.types.get(self.prog.types.core(c.ty)).clone() {
                    Type::Chan(dir, elem) => {
                        if dir == ChanDir::Recv {
                            let cs = self.operand_string(&c);
                            let ts = self.ty_str(c.ty);
                            self.errorf(
                                s.span.lo,
                                format_args!(
                                    "{INVALID_OP}cannot send to receive-only channel {ts} {cs}"
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut v, Some(elem), "send");
                    }
                    _ => {
                        let cs = self.operand_string(&c);
                        let ts = self.ty_str(c.ty);
                        self.errorf(
                            s.span.lo,
                            format_args!("{INVALID_OP}cannot send to non-channel {ts} {cs}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc, .. } => {
                let xo = self.expr(x);
                if xo.invalid() {
                    return;
                }
                if !self.prog.types.is_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let es = expr_string(x);
                    let ts = self.ty_str(xo.ty);
                    self.errorf(
                        x.span.lo,
                        format_args!("{INVALID_OP}{es}{op} (non-numeric type {ts})"),
                    );
                    return;
                }
                self.check_assignable_lhs(&xo, x);
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_pos,
            } => match op {
                AssignOp::Define => self.short_var_decl(lhs, rhs, *op_pos),
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Op(bop) => {
                    let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                        return;
                    };
                    let mut x = self.expr(l);
                    let mut y = self.expr(r);
                    if x.invalid() || y.invalid() {
                        return;
                    }
                    let res = self.op_assign(s, *bop, &mut x, &mut y);
                    if let Some(mut res) = res {
                        if self.check_assignable_lhs(&x, l) {
                            let t = x.ty;
                            res.expr = Some(r);
                            self.assignment(&mut res, Some(t), "assignment operation");
                        }
                    }
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => {
                if let Some(l) = label {
                    let _ = (kind, l);
                }
            }
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr(cond);
                if !c.invalid() && !self.prog.types.is_boolean(c.ty) {
                    let cs = self.operand_string(&c);
                    let _ = cs;
                    self.error(cond.span.lo, "non-boolean condition in if statement");
                }
                self.block(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop_scope();
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => self.switch_stmt(init.as_deref(), tag.as_deref(), clauses),
            StmtKind::TypeSwitch {
                init,
                bind,
                guard,
                clauses,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), guard, clauses),
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    self.push_scope();
                    if let Some(comm) = &c.comm {
                        let ok = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(&rhs[0]),
                            _ => false,
                        };
                        if !ok {
                            self.error(
                                comm.span.lo,
                                "select case must be send or receive (possibly with assignment)",
                            );
                        } else {
                            self.stmt(comm);
                        }
                    }
                    self.stmt_list(&c.body);
                    self.pop_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.invalid() && !self.prog.types.is_boolean(x.ty) {
                        self.error(c.span.lo, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = &p.kind
                    {
                        self.error(p.span.lo, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.block(&body.stmts);
                self.pop_scope();
            }
            StmtKind::Range {
                lhs,
                define,
                x,
                body,
                ..
            } => self.range_stmt(lhs, *define, x, body),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        let kind = self.call_kind(e, &x);
        if x.invalid() {
            return;
        }
        let msg = match x.mode {
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                if kind == CallKind::Statement {
                    return;
                }
                "is not used"
            }
        };
        let s = self.operand_string(&x);
        self.errorf(e.span.lo, format_args!("{s} {msg}"));
    }

    fn call_kind(&self, e: &'a Expr, x: &Operand) -> CallKind {
        match &e.unparen().kind {
            ExprKind::Call { fun, .. } => {
                let f = self.info.expr(fun.id);
                match f.map(|i| i.mode) {
                    Some(super::Mode::TypeExpr) => CallKind::Conversion,
                    _ => {
                        if let ExprKind::Name(id) | ExprKind::Selector { sel: id, .. } =
                            &fun.unparen().kind
                        {
                            if let Some(&o) = self.info.uses.get(&id.id) {
                                if let ObjKind::Builtin(b) = self.obj(o).kind {
                                    return if matches!(
                                        b,
                                        Builtin::Copy
                                            | Builtin::Panic
                                            | Builtin::Print
                                            | Builtin::Println
                                            | Builtin::Close
                                            | Builtin::Delete
                                            | Builtin::Clear
                                            | Builtin::Recover
                                    ) {
                                        CallKind::Statement
                                    } else {
                                        CallKind::Expression
                                    };
                                }
                            }
                        }
                        let _ = x;
                        CallKind::Statement
                    }
                }
            }
            ExprKind::Unary { op: UnOp::Recv, .. } => CallKind::Statement,
            _ => CallKind::Expression,
        }
    }

    fn suspended_call(&mut self, keyword: &str, e: &'a Expr) {
        let ExprKind::Call { .. } = &e.unparen().kind else {
            self.errorf(
                e.span.lo,
                format_args!("expression in {keyword} must be function call"),
            );
            self.raw_expr(e, None);
            return;
        };
        if !matches!(e.kind, ExprKind::Call { .. }) {
            self.errorf(
                e.span.lo,
                format_args!("expression in {keyword} must not be parenthesized"),
            );
        }
        let x = self.raw_expr(e, None);
        let msg = match self.call_kind(e, &x) {
            CallKind::Conversion => "requires function call, not conversion",
            CallKind::Expression => "discards result of",
            CallKind::Statement => return,
        };
        if x.invalid() {
            return;
        }
        let s = self.operand_string(&x);
        self.errorf(e.span.lo, format_args!("{keyword} {msg} {s}"));
    }

    /// `x op= y`: the binary operation's result, or None after an error.
    fn op_assign(
        &mut self,
        s: &'a Stmt,
        op: BinOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
    ) -> Option<Operand<'a>> {
        let _ = s;
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            if !self.prog.types.is_integer(x.ty) {
                let xs = self.operand_string(x);
                self.errorf(
                    x.pos(),
                    format_args!("{INVALID_OP}shifted operand {xs} must be integer"),
                );
                return None;
            }
            if !self.prog.types.is_integer(y.ty) && !self.prog.types.is_untyped(y.ty) {
                let ys = self.operand_string(y);
                self.errorf(
                    y.pos(),
                    format_args!("{INVALID_OP}shift count {ys} must be integer"),
                );
                return None;
            }
            if self.prog.types.is_untyped(y.ty) {
                self.convert_untyped_op(y, B::Uint.id());
                if y.invalid() {
                    return None;
                }
            }
            return Some(Operand {
                mode: OpMode::Value,
                ty: x.ty,
                val: None,
                expr: x.expr,
            });
        }
        self.match_types(x, y);
        if x.invalid() || y.invalid() {
            return None;
        }
        let types = &self.prog.types;
        if !types.identical(x.ty, y.ty) {
            let (a, b) = (self.ty_str(x.ty), self.ty_str(y.ty));
            let (xs, ys) = (
                x.expr.map(expr_string).unwrap_or_default(),
                y.expr.map(expr_string).unwrap_or_default(),
            );
            self.errorf(
                x.pos(),
                format_args!(
                    "{INVALID_OP}{xs} {}= {ys} (mismatched types {a} and {b})",
                    op.as_str()
                ),
            );
            return None;
        }
        let ok = match op {
            BinOp::Add => types.is_numeric(x.ty) || types.is_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => types.is_numeric(x.ty),
            _ => types.is_integer(x.ty),
        };
        if !ok {
            let xs = self.operand_string(x);
            self.errorf(
                x.pos(),
                format_args!("{INVALID_OP}operator {} not defined on {xs}", op.as_str()),
            );
            return None;
        }
        if matches!(op, BinOp::Div | BinOp::Rem)
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(|v| v.is_zero())
            && types.is_integer(x.ty)
        {
            self.errorf(y.pos(), format_args!("{INVALID_OP}division by zero"));
            return None;
        }
        Some(Operand {
            mode: OpMode::Value,
            ty: x.ty,
            val: None,
            expr: x.expr,
        })
    }

    /// The lhs of an assignment must be addressable or a map index.
    fn check_assignable_lhs(&mut self, x: &Operand<'a>, e: &'a Expr) -> bool {
        match x.mode {
            OpMode::Invalid => false,
            OpMode::Variable | OpMode::MapIndex => true,
            _ => {
                if let ExprKind::Selector { x: base, .. } = &e.unparen().kind {
                    if self
                        .info
                        .expr(base.id)
                        .is_some_and(|i| i.mode == super::Mode::MapIndex)
                    {
                        let es = expr_string(e);
                        self.errorf(
                            e.span.lo,
                            format_args!("cannot assign to struct field {es} in map"),
                        );
                        return false;
                    }
                }
                let es = expr_string(e);
                self.errorf(
                    e.span.lo,
                    format_args!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                false
            }
        }
    }

    /// The type of an assignment's left side (`None` for `_`); plain
    /// variable names are not "used" by being assigned.
    fn lhs_var(&mut self, e: &'a Expr) -> Option<TypeId> {
        if let ExprKind::Name(id) = &e.unparen().kind {
            if id.is_blank() {
                self.info.defs.remove(&id.id);
                self.record(e.id, super::Mode::Variable, B::Invalid.id(), None);
                return None;
            }
            if let Some(o) = self.lookup(&id.name) {
                if let ObjKind::Var { .. } = self.obj(o).kind {
                    let was_used = self.is_used(o);
                    let x = self.expr(e);
                    if !was_used {
                        self.unmark_used(o);
                    }
                    if x.invalid() {
                        return Some(B::Invalid.id());
                    }
                    return Some(x.ty);
                }
            }
        }
        let x = self.expr(e);
        if x.invalid() {
            return Some(B::Invalid.id());
        }
        if !self.check_assignable_lhs(&x, e) {
            return Some(B::Invalid.id());
        }
        Some(x.ty)
    }

    fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                let t = self.lhs_var(le);
                if t == Some(B::Invalid.id()) {
                    self.expr(re);
                    continue;
                }
                let mut x = self.expr_hint(re, t);
                let ctx = if t.is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(&mut x, t, ctx);
            }
            return;
        }
        let ts = map_vec(lhs, |e| self.lhs_var(e));
        if r != 1 {
            for re in rhs {
                self.expr(re);
            }
            self.assign_error(rhs, l, r);
            return;
        }
        let xs = self.multi_expr(&rhs[0], l == 2);
        if xs.len() == l {
            for (mut x, t) in xs.into_iter().zip(ts) {
                if t == Some(B::Invalid.id()) {
                    continue;
                }
                let ctx = if t.is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(&mut x, t, ctx);
            }
            return;
        }
        if xs.first().is_some_and(|x| !x.invalid()) {
            self.assign_error(rhs, l, xs.len());
        }
    }

    pub(super) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(r0) = rhs.first() else { return };
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &r0.unparen().kind {
                let fs = expr_string(fun);
                self.errorf(
                    r0.span.lo,
                    format_args!("assignment mismatch: {vars} but {fs} returns {vals}"),
                );
                return;
            }
        }
        self.errorf(
            r0.span.lo,
            format_args!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// Evaluates a single rhs expression that may produce several values
    /// (a call, or a comma-ok form when `comma_ok` is wanted).
    pub(super) fn multi_expr(&mut self, e: &'a Expr, comma_ok: bool) -> Vec<Operand<'a>> {
        let x = self.raw_expr(e, None);
        if x.invalid() {
            return vec![x];
        }
        if let Type::Tuple(elems) = self.prog.types.get(x.ty).clone() {
            if x.mode == OpMode::Value {
                return Operand::spread(&elems, Some(e));
            }
        }
        let x = self.single_value(x);
        if comma_ok && matches!(x.mode, OpMode::CommaOk | OpMode::MapIndex) {
            let ok = Operand {
                mode: OpMode::Value,
                ty: B::UntypedBool.id(),
                val: None,
                expr: Some(e),
            };
            let mut v = x.clone();
            v.mode = OpMode::Value;
            return vec![v, ok];
        }
        vec![x]
    }

    /// `lhs := rhs`.
    fn short_var_decl(&mut self, lhs: &'a [Expr], rhs: &'a [Expr], op_pos: u32) {
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut new_vars: Vec<(ObjId, &'a ast::Ident)> = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        let mut seen: Vec<&str> = Vec::new();
        for le in lhs {
            let ExprKind::Name(id) = &le.kind else {
                self.expr(le);
                let es = expr_string(le);
                self.errorf(le.span.lo, format_args!("non-name {es} on left side of :="));
                bad = true;
                objs.push(None);
                continue;
            };
            if !id.is_blank() && seen.contains(&&*id.name) {
                self.errorf(
                    id.span.lo,
                    format_args!("{} repeated on left side of :=", id.name),
                );
                bad = true;
                objs.push(None);
                continue;
            }
            seen.push(&id.name);
            if !id.is_blank() {
                if let Some(&o) = self.scopes[self.scope].names.get(&id.name) {
                    self.info.uses.insert(id.id, o);
                    if !matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                        self.errorf(id.span.lo, format_args!("cannot assign to {}", id.name));
                        bad = true;
                    }
                    objs.push(Some(o));
                    continue;
                }
            }
            let o = self.new_object(
                &id.name,
                ObjKind::Var { global: false },
                B::Invalid.id(),
                id.span.lo,
            );
            self.info.defs.insert(id.id, o);
            if !id.is_blank() {
                any_new = true;
            }
            new_vars.push((o, id));
            objs.push(Some(o));
        }
        if !any_new && !bad {
            self.error(op_pos, "no new variables on left side of :=");
        }
        let new_ids = map_vec(&new_vars, |(o, _)| *o);
        self.init_vars(&objs, &new_ids, rhs, None);
        // The new variables' scope starts after the statement.
        for (o, id) in new_vars {
            if !id.is_blank() {
                let sc = self.scope;
                self.scopes[sc].names.insert(id.name.clone(), o);
                if let Some(f) = self.funcs.last_mut() {
                    f.locals.push(o);
                }
            }
        }
    }

    /// types2 initVars: `new_vars` get their types from the values.
    pub(super) fn init_vars(
        &mut self,
        lhs: &[Option<ObjId>],
        new_vars: &[ObjId],
        rhs: &'a [Expr],
        ret: Option<&'a Stmt>,
    ) {
        let context = if ret.is_some() {
            "return statement"
        } else {
            "assignment"
        };
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (o, re) in lhs.iter().zip(rhs) {
                let hint = o.map(|o| self.obj(o).ty).filter(|&t| t != B::Invalid.id());
                let mut x = self.expr_hint(re, hint);
                self.init_var(*o, new_vars, &mut x, context);
            }
            return;
        }
        if r != 1 {
            let xs = map_vec(rhs, |e| self.expr(e));
            self.invalidate(lhs, new_vars);
            if let Some(s) = ret {
                self.return_error(s, lhs, &xs);
                return;
            }
            if xs.iter().all(|x| !x.invalid()) {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let mut xs = self.multi_expr(&rhs[0], l == 2 && ret.is_none());
        if xs.len() == l {
            for (o, x) in lhs.iter().zip(xs.iter_mut()) {
                self.init_var(*o, new_vars, x, context);
            }
            return;
        }
        self.invalidate(lhs, new_vars);
        if xs.first().is_some_and(|x| !x.invalid()) {
            match ret {
                Some(s) => self.return_error(s, lhs, &xs),
                None => self.assign_error(rhs, l, xs.len()),
            }
        }
    }

    fn invalidate(&mut self, lhs: &[Option<ObjId>], new_vars: &[ObjId]) {
        for o in lhs.iter().flatten() {
            if new_vars.contains(o) {
                self.obj_mut(*o).ty = B::Invalid.id();
            }
        }
    }

    fn init_var(
        &mut self,
        o: Option<ObjId>,
        new_vars: &[ObjId],
        x: &mut Operand<'a>,
        context: &str,
    ) {
        let Some(o) = o else {
            return;
        };
        if x.invalid() {
            if new_vars.contains(&o) {
                self.obj_mut(o).ty = B::Invalid.id();
            }
            return;
        }
        if new_vars.contains(&o) && self.obj(o).ty == B::Invalid.id() {
            if self.is_generic_func_operand(x) {
                let s = x.expr.map(expr_string).unwrap_or_default();
                self.errorf(
                    x.pos(),
                    format_args!("cannot use generic function {s} without instantiation"),
                );
                return;
            }
            let mut t = x.ty;
            if self.prog.types.is_untyped(t) {
                if x.is_nil() {
                    self.errorf(x.pos(), format_args!("use of untyped nil in {context}"));
                    return;
                }
                t = self.prog.types.default_type(t);
            }
            if let Type::Tuple(_) = self.prog.types.get(t) {
                return;
            }
            self.obj_mut(o).ty = t;
        }
        let t = self.obj(o).ty;
        if t == B::Invalid.id() {
            return;
        }
        self.assignment(x, Some(t), context);
    }

    /// `var names [T] [= values]` (package level or local).
    pub(super) fn var_decl(
        &mut self,
        lhs: &[ObjId],
        typ: Option<&'a Expr>,
        values: &'a [Expr],
        _pos: u32,
    ) {
        let t = typ.map(|t| self.typexpr(t));
        if let Some(t) = t {
            for &o in lhs {
                self.obj_mut(o).ty = t;
            }
        }
        if values.is_empty() {
            if t.is_none() {
                for &o in lhs {
                    self.obj_mut(o).ty = B::Invalid.id();
                }
            }
            return;
        }
        if t == Some(B::Invalid.id()) {
            for v in values {
                self.raw_expr(v, None);
            }
            return;
        }
        let new_vars: Vec<ObjId> = if t.is_some() {
            Vec::new()
        } else {
            lhs.to_vec()
        };
        if lhs.len() == 1 && values.len() == 1 {
            let mut x = self.expr_hint(&values[0], t);
            let o = lhs[0];
            self.init_var(Some(o), &new_vars, &mut x, "variable declaration");
            return;
        }
        let objs = map_vec(lhs, |&o| Some(o));
        if lhs.len() != values.len() && values.len() != 1 {
            // types2 reports these counts in its own words for var decls.
            for v in values {
                self.expr(v);
            }
            self.invalidate(&objs, &new_vars);
            if lhs.len() > values.len() {
                let o = lhs[values.len()];
                let (pos, name) = (self.obj(o).pos, self.obj(o).name.clone());
                let _ = name;
                self.errorf(
                    pos,
                    format_args!(
                        "assignment mismatch: {} but {}",
                        measure(lhs.len(), "variable"),
                        measure(values.len(), "value")
                    ),
                );
            } else {
                self.error(values[lhs.len()].span.lo, "extra init expr");
            }
            return;
        }
        self.init_vars(&objs, &new_vars, values, None);
    }

    fn local_decl(&mut self, d: &'a Decl) {
        match d {
            Decl::Var(g) => {
                for spec in &g.specs {
                    let lhs = self.new_vars(&spec.names, false);
                    self.var_decl(&lhs, spec.typ.as_ref(), &spec.values, spec.span.lo);
                    for (n, &o) in spec.names.iter().zip(&lhs) {
                        if self.declare(n, o) && !n.is_blank() {
                            if let Some(f) = self.funcs.last_mut() {
                                f.locals.push(o);
                            }
                        }
                    }
                }
            }
            Decl::Const(g) => {
                let mut last: Option<&'a ast::ConstSpec> = None;
                for spec in &g.specs {
                    let src = if spec.typ.is_none() && spec.values.is_empty() {
                        last.unwrap_or(spec)
                    } else {
                        last = Some(spec);
                        spec
                    };
                    let saved = self.iota.replace(Value::int(i64::from(spec.iota)));
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let o = self.new_object(
                            &n.name,
                            ObjKind::Const(Value::Unknown),
                            B::Invalid.id(),
                            n.span.lo,
                        );
                        let inherited = !std::ptr::eq(src, spec);
                        self.at_name_if(inherited, o, |c| c.local_const(o, src, i));
                        objs.push(o);
                    }
                    self.iota = saved;
                    for (n, o) in spec.names.iter().zip(objs) {
                        self.declare(n, o);
                    }
                }
            }
            Decl::Type(g) => {
                for spec in &g.specs {
                    if spec.alias.is_some() {
                        let t = self.typexpr(&spec.typ);
                        let o = self.new_object(
                            &spec.name.name,
                            ObjKind::TypeName,
                            t,
                            spec.name.span.lo,
                        );
                        self.declare(&spec.name, o);
                        continue;
                    }
                    let path = self.pkg_path.clone();
                    let named = self.types().new_named(&path, &spec.name.name);
                    let o = self.new_object(
                        &spec.name.name,
                        ObjKind::TypeName,
                        named,
                        spec.name.span.lo,
                    );
                    self.declare(&spec.name, o);
                    let saved = self.scope;
                    if !spec.tparams.is_empty() {
                        self.push_scope();
                        let tps = self.declare_type_params(&spec.tparams);
                        if let Some(n) = self.prog.types.named_mut(named) {
                            n.tparams = tps;
                        }
                    }
                    let u = self.typexpr(&spec.typ);
                    self.scope = saved;
                    if self.prog.types.underlying(u) == named {
                        self.errorf(
                            spec.name.span.lo,
                            format_args!(
                                "invalid recursive type: {} refers to itself",
                                spec.name.name
                            ),
                        );
                        continue;
                    }
                    self.types().set_underlying(named, u);
                }
            }
            Decl::Func(_) => {}
        }
    }

    fn local_const(&mut self, obj: ObjId, src: &'a ast::ConstSpec, index: usize) {
        let typ = src.typ.as_ref().map(|t| self.typexpr(t));
        let Some(init) = src.values.get(index) else {
            if index == src.values.len() {
                let pos = self.obj(obj).pos;
                self.error(pos, "missing init expr for const declaration");
            }
            return;
        };
        let mut x = self.expr(init);
        if x.invalid() {
            return;
        }
        if x.mode != OpMode::Constant {
            let s = self.operand_string(&x);
            self.errorf(init.span.lo, format_args!("{s} is not constant"));
            return;
        }
        if let Some(t) = typ {
            if !self.assignment(&mut x, Some(t), "constant declaration") {
                return;
            }
        }
        let o = self.obj_mut(obj);
        o.ty = x.ty;
        o.kind = ObjKind::Const(x.val.unwrap_or(Value::Unknown));
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(sig_ty) = self.funcs.last().and_then(|f| f.sig) else {
            return;
        };
        let Some(sig) = self.prog.types.signature(sig_ty).cloned() else {
            return;
        };
        let named = sig.results.first().is_some_and(|p| p.name.is_some());
        if results.is_empty() && !sig.results.is_empty() && named {
            let res = self
                .funcs
                .last()
                .map(|f| f.results.clone())
                .unwrap_or_default();
            for o in res {
                let name = self.obj(o).name.clone();
                if let Some(alt) = self.lookup(&name) {
                    if alt != o {
                        let ap = self.pos_string(self.obj(alt).pos);
                        self.error(s.span.lo, format!("result parameter {name} not in scope at return\n\t{ap}: inner declaration of var {name} {}", self.ty_str(self.obj(alt).ty)));
                    }
                }
            }
            return;
        }
        if results.is_empty() && sig.results.is_empty() {
            return;
        }
        // Temporary result objects carry the expected types.
        let objs = map_vec(&sig.results, |p| {
            Some(self.new_object(
                p.name.as_deref().unwrap_or(""),
                ObjKind::Var { global: false },
                p.ty,
                0,
            ))
        });
        if sig.results.is_empty() {
            let xs = map_vec(results, |e| self.expr(e));
            if xs.iter().all(|x| !x.invalid()) {
                self.return_error(s, &objs, &xs);
            }
            return;
        }
        self.init_vars(&objs, &[], results, Some(s));
    }

    fn return_error(&mut self, s: &'a Stmt, lhs: &[Option<ObjId>], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, q) = if r > l {
            (rhs[l].pos(), "too many")
        } else if r > 0 {
            (rhs[r - 1].pos(), "not enough")
        } else {
            (s.span.lo, "not enough")
        };
        let have = self.operand_types_summary(rhs);
        let mut want = String::new();
        for &o in lhs.iter().flatten() {
            if !want.is_empty() {
                want.push_str(", ");
            }
            want.push_str(&self.ty_str(self.obj(o).ty));
        }
        self.errorf(
            at,
            format_args!("{q} return values\n\thave {have}\n\twant ({want})"),
        );
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        clauses: &'a [ast::CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.use_default(&mut x);
                if !x.invalid()
                    && !self.prog.types.comparable(x.ty)
                    && !self.prog.types.has_nil(x.ty)
                {
                    let s = self.operand_string(&x);
                    self.errorf(t.span.lo, format_args!("cannot switch on {s}"));
                    x.mode = OpMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OpMode::Constant,
                ty: B::Bool.id(),
                val: Some(Value::Bool(true)),
                expr: None,
            },
        };
        let mut seen: Vec<(Value, TypeId, u32)> = Vec::new();
        for c in clauses {
            for ce in &c.list {
                let mut y = self.expr(ce);
                if x.invalid() || y.invalid() {
                    continue;
                }
                let r = if tag.is_none() {
                    // `switch {`: cases are boolean conditions.
                    self.convert_untyped_op(&mut y, B::Bool.id());
                    if y.invalid() {
                        continue;
                    }
                    if !self.prog.types.is_boolean(y.ty) {
                        let ys = expr_string(ce);
                        let ts = self.ty_str(y.ty);
                        self.errorf(
                            ce.span.lo,
                            format_args!(
                                "invalid case {ys} in switch (mismatched types {ts} and bool)"
                            ),
                        );
                        continue;
                    }
                    y.clone()
                } else {
                    self.convert_untyped_op(&mut y, x.ty);
                    if y.invalid() {
                        continue;
                    }
                    self.comparison(ce, y.clone(), x.clone(), BinOp::Eq, tag)
                };
                if r.invalid() {
                    continue;
                }
                if y.mode == OpMode::Constant {
                    // types2 (goVal) finds no duplicates among complex constants.
                    if let Some(v) = y.val.as_ref().filter(|v| !matches!(v, Value::Complex(..))) {
                        if let Some((_, _, prev)) = seen
                            .iter()
                            .find(|(pv, pt, _)| pv == v && self.prog.types.identical(*pt, y.ty))
                        {
                            let ps = self.pos_string(*prev);
                            let ys = self.operand_string(&y);
                            self.errorf(ce.span.lo, format_args!("duplicate case {ys} in expression switch\n\t{ps}: previous case"));
                            continue;
                        }
                        seen.push((v.clone(), y.ty, ce.span.lo));
                    }
                }
            }
            self.push_scope();
            self.stmt_list(&c.body);
            self.pop_scope();
        }
        if x.invalid() {
            x.mode = OpMode::Invalid;
        }
        self.pop_scope();
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        guard: &'a Expr,
        clauses: &'a [ast::CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span.lo, "no new variable on left side of :=");
            }
        }
        let x = self.expr(guard);
        let mut gt = None;
        if !x.invalid() {
            if !self.prog.types.is_interface(x.ty) || self.prog.types.is_type_param(x.ty) {
                let s = self.operand_string(&x);
                self.errorf(guard.span.lo, format_args!("{s} is not an interface"));
            } else {
                gt = Some(x.ty);
            }
        }
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(Option<TypeId>, u32)> = Vec::new();
        for c in clauses {
            let mut single: Option<TypeId> = None;
            let mut count = 0;
            for ce in &c.list {
                count += 1;
                let y = self.raw_expr(ce, None);
                let t = match y.mode {
                    OpMode::Nil => None,
                    OpMode::TypeExpr => Some(y.ty),
                    OpMode::Invalid => {
                        continue;
                    }
                    _ => {
                        let s = self.operand_string(&y);
                        self.errorf(ce.span.lo, format_args!("{s} is not a type"));
                        continue;
                    }
                };
                if let Some(prev) = seen.iter().find(|(pt, _)| match (pt, t) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.prog.types.identical(*a, b),
                    _ => false,
                }) {
                    let ps = self.pos_string(prev.1);
                    let ts = t.map_or("nil".to_string(), |t| self.ty_str(t));
                    self.errorf(
                        ce.span.lo,
                        format_args!("duplicate case {ts} in type switch\n\t{ps}: previous case"),
                    );
                    continue;
                }
                seen.push((t, ce.span.lo));
                if let (Some(t), Some(g)) = (t, gt) {
                    if !self.prog.types.is_interface(t) {
                        if let Some(cause) = self.implements(t, g) {
                            let gs = self.operand_string(&x);
                            let ts = self.ty_str(t);
                            let cause = cause
                                .split_once(" (")
                                .map_or(String::new(), |(_, c)| format!(" ({c}"));
                            let cs = expr_string(ce);
                            self.errorf(ce.span.lo, format_args!("impossible type switch case: {cs}\n\t{gs} cannot have dynamic type {ts}{cause}"));
                        }
                    }
                }
                single = t;
            }
            self.push_scope();
            if let Some(b) = bind {
                if !b.is_blank() {
                    let t = if count == 1 { single.or(gt) } else { gt };
                    let t = t.unwrap_or(B::Invalid.id());
                    let o = self.new_object(&b.name, ObjKind::Var { global: false }, t, b.span.lo);
                    let sc = self.scope;
                    self.scopes[sc].names.insert(b.name.clone(), o);
                    self.info.implicits.insert(c.id, o);
                    bind_objs.push(o);
                }
            }
            self.stmt_list(&c.body);
            self.pop_scope();
        }
        if let Some(b) = bind {
            if !b.is_blank() {
                // One object per clause; the binding is used if any is.
                let used = bind_objs.iter().any(|&o| self.is_used(o));
                let o = self.new_object(
                    &b.name,
                    ObjKind::Var { global: false },
                    gt.unwrap_or(B::Invalid.id()),
                    b.span.lo,
                );
                self.info.defs.insert(b.id, o);
                if !used {
                    self.errorf(b.span.lo, format_args!("{} declared and not used", b.name));
                }
            }
        }
        self.pop_scope();
    }

    fn range_stmt(&mut self, lhs: &'a [Expr], define: bool, xe: &'a Expr, body: &'a ast::Block) {
        self.push_scope();
        let mut x = self.expr(xe);
        let mut kv: (Option<TypeId>, Option<TypeId>) = (None, None);
        let mut ok = !x.invalid();
        let mut reported = false;
        if ok {
            let types = &self.prog.types;
            let u = types.core(x.ty);
            let mut max_vars = 2;
            match types.get(u).clone() {
                Type::Basic(k) if k.is_string() => kv = (Some(B::Int.id()), Some(B::Rune.id())),
                Type::Basic(k) if k.is_integer() => {
                    if self.go.minor < 22 {
                        let s = self.operand_string(&x);
                        self.error(xe.span.lo, format!("cannot range over {s}: requires go1.22 or later (-lang was set to {}; check go.mod)", self.go));
                        ok = false;
                        reported = true;
                    } else {
                        let t = self.prog.types.default_type(x.ty);
                        kv = (Some(t), None);
                        max_vars = 1;
                    }
                }
                Type::Array(_, e) | Type::Slice(e) => kv = (Some(B::Int.id()), Some(e)),
                Type::Pointer(p) => match types.get(types.core(p)).clone() {
                    Type::Array(_, e) => kv = (Some(B::Int.id()), Some(e)),
                    _ => ok = false,
                },
                Type::Map(k, v) => kv = (Some(k), Some(v)),
                Type::Chan(dir, e) => {
                    if dir == ChanDir::Send {
                        let s = self.operand_string(&x);
                        let ts = self.ty_str(x.ty);
                        self.errorf(
                            xe.span.lo,
                            format_args!(
                                "cannot range over {s}: receive from send-only channel {ts}"
                            ),
                        );
                        ok = false;
                        reported = true;
                    }
                    kv = (Some(e), None);
                    max_vars = 1;
                }
                Type::Func(sig) => {
                    let yield_params = self.range_func_params(&sig);
                    match yield_params {
                        Some(ps) if self.go.minor >= 23 => {
                            max_vars = ps.len();
                            kv = (ps.first().copied(), ps.get(1).copied());
                        }
                        Some(_) => {
                            let s = self.operand_string(&x);
                            self.error(xe.span.lo, format!("cannot range over {s}: requires go1.23 or later (-lang was set to {}; check go.mod)", self.go));
                            ok = false;
                            reported = true;
                        }
                        None => ok = false,
                    }
                }
                _ => ok = false,
            }
            if !ok && !reported {
                let s = self.operand_string(&x);
                self.errorf(xe.span.lo, format_args!("cannot range over {s}"));
            }
            if ok && lhs.len() > max_vars {
                let s = self.operand_string(&x);
                let what = if max_vars == 1 {
                    "only one iteration variable"
                } else {
                    "no iteration variables"
                };
                self.errorf(
                    lhs[max_vars].span.lo,
                    format_args!("range over {s} permits {what}"),
                );
                ok = false;
            }
        }
        if ok && self.prog.types.is_untyped(x.ty) {
            let t = self.prog.types.default_type(x.ty);
            self.convert_untyped(&mut x, t);
        }
        let types_for = [kv.0, kv.1];
        if define {
            let mut vars = Vec::new();
            for (i, le) in lhs.iter().enumerate() {
                let ExprKind::Name(id) = &le.kind else {
                    self.expr(le);
                    let es = expr_string(le);
                    self.errorf(le.span.lo, format_args!("non-name {es} on left side of :="));
                    continue;
                };
                let t = if ok {
                    types_for
                        .get(i)
                        .copied()
                        .flatten()
                        .unwrap_or(B::Invalid.id())
                } else {
                    B::Invalid.id()
                };
                let o = self.new_object(&id.name, ObjKind::Var { global: false }, t, id.span.lo);
                self.info.defs.insert(id.id, o);
                self.record(le.id, super::Mode::Variable, t, None);
                vars.push((o, id));
            }
            for (o, id) in vars {
                if !id.is_blank() {
                    let sc = self.scope;
                    if self.scopes[sc].names.contains_key(&id.name) {
                        self.errorf(
                            id.span.lo,
                            format_args!("{} repeated on left side of :=", id.name),
                        );
                        continue;
                    }
                    self.scopes[sc].names.insert(id.name.clone(), o);
                    if let Some(f) = self.funcs.last_mut() {
                        f.locals.push(o);
                    }
                }
            }
        } else {
            for (i, le) in lhs.iter().enumerate() {
                let t = self.lhs_var(le);
                if !ok || t == Some(B::Invalid.id()) {
                    continue;
                }
                if let (Some(t), Some(vt)) = (t, types_for.get(i).copied().flatten()) {
                    let mut v = Operand {
                        mode: OpMode::Value,
                        ty: vt,
                        val: None,
                        expr: Some(le),
                    };
                    if self.assignable_to(&v, t).is_err() {
                        v.expr = Some(le);
                        let vs = self.ty_str(vt);
                        let ts = self.ty_str(t);
                        let es = expr_string(le);
                        self.error(le.span.lo, format!("cannot use {es} (value of type {vs}) as {ts} value in range clause").replace(&format!("cannot use {es} (value of type {vs})"), &format!("cannot use {es} (value of type {vs})")));
                    }
                }
            }
        }
        self.block(&body.stmts);
        self.pop_scope();
    }

    /// The yield parameter types of a range-over-func iterator.
    fn range_func_params(&self, sig: &crate::types::Signature) -> Option<Vec<TypeId>> {
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return None;
        }
        let y = self.prog.types.signature(sig.params[0].ty)?;
        if y.results.len() != 1
            || self.prog.types.basic_kind(y.results[0].ty) != Some(B::Bool)
            || y.params.len() > 2
        {
            return None;
        }
        Some(param_types(&y.params))
    }

    /// Terminating statement analysis (spec "Terminating statements").
    pub(super) fn is_terminating_list(&self, stmts: &[Stmt], label: &str) -> bool {
        // Trailing empty statements are ignored.
        let last = stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch {
                kind: BranchKind::Goto | BranchKind::Fallthrough,
                ..
            } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &e.unparen().kind {
                    if let ExprKind::Name(id) = &fun.unparen().kind {
                        if let Some(&o) = self.info.uses.get(&id.id) {
                            return self.obj(o).kind == ObjKind::Builtin(Builtin::Panic);
                        }
                    }
                }
                false
            }
            StmtKind::Labeled { label: l, stmt, .. } => self.is_terminating(stmt, &l.name),
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, ""))
                    && self.is_terminating_list(&then.stmts, "")
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.default)
                    && clauses.iter().all(|c| {
                        !has_break_list(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, "")
                                || c.body
                                    .iter()
                                    .rev()
                                    .find(|s| !matches!(s.kind, StmtKind::Empty))
                                    .is_some_and(|s| {
                                        matches!(
                                            s.kind,
                                            StmtKind::Branch {
                                                kind: BranchKind::Fallthrough,
                                                ..
                                            }
                                        )
                                    }))
                    })
            }
            StmtKind::Select { clauses, .. } => clauses.iter().all(|c| {
                !has_break_list(&c.body, label, true) && self.is_terminating_list(&c.body, "")
            }),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CallKind {
    Conversion,
    Expression,
    Statement,
}

fn is_recv(e: &Expr) -> bool {
    matches!(e.unparen().kind, ExprKind::Unary { op: UnOp::Recv, .. })
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Whether a break targets the enclosing statement (unlabeled at this
/// level when `implicit`, or labeled with `label`).
fn has_break_list(stmts: &[Stmt], label: &str, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => *l.name == *label,
        },
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select { clauses, .. } => {
            !label.is_empty()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}
