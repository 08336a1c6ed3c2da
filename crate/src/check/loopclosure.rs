//! go vet's loopclosure check: before go1.22 a loop variable is shared by
//! all iterations, so a `go`/`defer` func literal that is the last
//! statement of a loop body sees it change. Reported as a warning.

use super::{ObjId, TypeInfo};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::walk;
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
    crate::sort::sort_by_key(&mut out, |d| d.span.lo);
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
    for s in stmts {
        walk::visit_stmt(s, &mut |e| {
            let ExprKind::Name(id) = &e.kind else { return };
            if info.uses.get(&id.id).is_some_and(|o| vars.contains(o)) {
                out.push(Diagnostic::warning(
                    Span::at(id.span.lo),
                    format!("loop variable {} captured by func literal", id.name),
                ));
            }
        });
    }
}
