//! go vet's loopclosure check: before go1.22 a loop variable is shared by
//! all iterations, so a `go`/`defer` func literal that is the last
//! statement of a loop body sees it change. Reported as a warning.

use super::{ObjId, TypeInfo};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::version::GoVersion;

pub(super) fn check(file: &File, info: &TypeInfo, go: GoVersion) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if go.per_iteration_loopvar() {
        return out;
    }
    for d in &file.decls {
        if let Decl::Func(f) = d {
            if let Some(b) = &f.body {
                walk_stmts(&b.stmts, info, &mut out);
            }
        }
    }
    out.sort_by_key(|d| d.span.lo);
    out
}

fn walk_stmts(stmts: &[Stmt], info: &TypeInfo, out: &mut Vec<Diagnostic>) {
    for s in stmts {
        walk_stmt(s, info, out);
    }
}

fn walk_stmt(s: &Stmt, info: &TypeInfo, out: &mut Vec<Diagnostic>) {
    match &s.kind {
        StmtKind::For { init, body, .. } => {
            let mut vars = Vec::new();
            if let Some(i) = init {
                if let StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } = &i.kind
                {
                    collect_vars(lhs, info, &mut vars);
                }
            }
            check_body(&body.stmts, &vars, info, out);
            walk_stmts(&body.stmts, info, out);
        }
        StmtKind::Range {
            lhs, define, body, ..
        } => {
            let mut vars = Vec::new();
            if *define {
                collect_vars(lhs, info, &mut vars);
            }
            check_body(&body.stmts, &vars, info, out);
            walk_stmts(&body.stmts, info, out);
        }
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, info, out),
        StmtKind::Block(b) => walk_stmts(&b.stmts, info, out),
        StmtKind::If { then, els, .. } => {
            walk_stmts(&then.stmts, info, out);
            if let Some(e) = els {
                walk_stmt(e, info, out);
            }
        }
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            for c in clauses {
                walk_stmts(&c.body, info, out);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                walk_stmts(&c.body, info, out);
            }
        }
        StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::Expr(e) => walk_expr_funcs(e, info, out),
        StmtKind::Assign { rhs, .. } => {
            for e in rhs {
                walk_expr_funcs(e, info, out);
            }
        }
        _ => {}
    }
}

/// Loops inside function literals are checked too.
fn walk_expr_funcs(e: &Expr, info: &TypeInfo, out: &mut Vec<Diagnostic>) {
    match &e.kind {
        ExprKind::FuncLit(fl) => walk_stmts(&fl.body.stmts, info, out),
        ExprKind::Call { fun, args, .. } => {
            walk_expr_funcs(fun, info, out);
            for a in args {
                walk_expr_funcs(a, info, out);
            }
        }
        ExprKind::Paren(x) => walk_expr_funcs(x, info, out),
        _ => {}
    }
}

fn collect_vars(lhs: &[Expr], info: &TypeInfo, vars: &mut Vec<ObjId>) {
    for e in lhs {
        if let ExprKind::Name(id) = &e.kind {
            if let Some(&o) = info.defs.get(&id.id) {
                vars.push(o);
            }
        }
    }
}

/// vet looks at the last statement of the body (descending into the last
/// statements of if/else, switch and select bodies).
fn check_body(stmts: &[Stmt], vars: &[ObjId], info: &TypeInfo, out: &mut Vec<Diagnostic>) {
    if vars.is_empty() {
        return;
    }
    let Some(last) = stmts.last() else { return };
    match &last.kind {
        StmtKind::Go(e) | StmtKind::Defer(e) => {
            if let ExprKind::Call { fun, .. } = &e.unparen().kind {
                if let ExprKind::FuncLit(fl) = &fun.unparen().kind {
                    report_refs(&fl.body.stmts, vars, info, out);
                }
            }
        }
        StmtKind::If { then, els, .. } => {
            check_body(&then.stmts, vars, info, out);
            if let Some(e) = els {
                check_body(std::slice::from_ref(e), vars, info, out);
            }
        }
        StmtKind::Block(b) => check_body(&b.stmts, vars, info, out),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            for c in clauses {
                check_body(&c.body, vars, info, out);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                check_body(&c.body, vars, info, out);
            }
        }
        _ => {}
    }
}

fn report_refs(stmts: &[Stmt], vars: &[ObjId], info: &TypeInfo, out: &mut Vec<Diagnostic>) {
    let mut idents = Vec::new();
    for s in stmts {
        visit_stmt(s, &mut idents);
    }
    for id in idents {
        if info.uses.get(&id.id).is_some_and(|o| vars.contains(o)) {
            out.push(Diagnostic::warning(
                Span::at(id.span.lo),
                format!("loop variable {} captured by func literal", id.name),
            ));
        }
    }
}

fn visit_stmt<'a>(s: &'a Stmt, out: &mut Vec<&'a Ident>) {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, out),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| visit_stmt(s, out)),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => visit_expr(e, out),
        StmtKind::Send { ch, value, .. } => {
            visit_expr(ch, out);
            visit_expr(value, out);
        }
        StmtKind::IncDec { x, .. } => visit_expr(x, out),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| visit_expr(e, out)),
        StmtKind::Return(v) => v.iter().for_each(|e| visit_expr(e, out)),
        StmtKind::Decl(Decl::Var(g)) => g
            .specs
            .iter()
            .flat_map(|s| &s.values)
            .for_each(|e| visit_expr(e, out)),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                visit_stmt(i, out);
            }
            visit_expr(cond, out);
            then.stmts.iter().for_each(|s| visit_stmt(s, out));
            if let Some(e) = els {
                visit_stmt(e, out);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                visit_stmt(i, out);
            }
            if let Some(t) = tag {
                visit_expr(t, out);
            }
            for c in clauses {
                c.list.iter().for_each(|e| visit_expr(e, out));
                c.body.iter().for_each(|s| visit_stmt(s, out));
            }
        }
        StmtKind::TypeSwitch { guard, clauses, .. } => {
            visit_expr(guard, out);
            for c in clauses {
                c.body.iter().for_each(|s| visit_stmt(s, out));
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                if let Some(cm) = &c.comm {
                    visit_stmt(cm, out);
                }
                c.body.iter().for_each(|s| visit_stmt(s, out));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                visit_stmt(i, out);
            }
            if let Some(c) = cond {
                visit_expr(c, out);
            }
            if let Some(p) = post {
                visit_stmt(p, out);
            }
            body.stmts.iter().for_each(|s| visit_stmt(s, out));
        }
        StmtKind::Range { lhs, x, body, .. } => {
            lhs.iter().for_each(|e| visit_expr(e, out));
            visit_expr(x, out);
            body.stmts.iter().for_each(|s| visit_stmt(s, out));
        }
        _ => {}
    }
}

fn visit_expr<'a>(e: &'a Expr, out: &mut Vec<&'a Ident>) {
    match &e.kind {
        ExprKind::Name(id) => out.push(id),
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| visit_expr(x, out)),
        ExprKind::KeyValue { key, value, .. } => {
            visit_expr(key, out);
            visit_expr(value, out);
        }
        ExprKind::FuncLit(fl) => fl.body.stmts.iter().for_each(|s| visit_stmt(s, out)),
        ExprKind::Paren(x) | ExprKind::Star { x, .. } | ExprKind::Unary { x, .. } => {
            visit_expr(x, out)
        }
        ExprKind::Selector { x, .. } => visit_expr(x, out),
        ExprKind::Index { x, indices, .. } => {
            visit_expr(x, out);
            indices.iter().for_each(|i| visit_expr(i, out));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            visit_expr(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                visit_expr(i, out);
            }
        }
        ExprKind::TypeAssert { x, .. } => visit_expr(x, out),
        ExprKind::Call { fun, args, .. } => {
            visit_expr(fun, out);
            args.iter().for_each(|a| visit_expr(a, out));
        }
        ExprKind::Binary { x, y, .. } => {
            visit_expr(x, out);
            visit_expr(y, out);
        }
        _ => {}
    }
}
