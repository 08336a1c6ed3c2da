//! A walk over a function body's expressions, shared by the checker's go vet
//! finding and the compiler's escape analysis.

use super::ast::{Block, CaseClause, CommClause, Decl, Expr, ExprKind, Stmt, StmtKind};

/// Calls `f` on every expression under `s` (function literal bodies included).
pub fn visit_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, f),
        StmtKind::Block(b) => visit_block(b, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => visit_expr(e, f),
        StmtKind::Send { ch, value, .. } => {
            visit_expr(ch, f);
            visit_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => visit_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().chain(rhs).for_each(|e| visit_expr(e, f));
        }
        StmtKind::Return(v) => v.iter().for_each(|e| visit_expr(e, f)),
        StmtKind::Decl(d) => visit_decl(d, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                visit_stmt(i, f);
            }
            visit_expr(cond, f);
            visit_block(then, f);
            if let Some(e) = els {
                visit_stmt(e, f);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                visit_stmt(i, f);
            }
            if let Some(t) = tag {
                visit_expr(t, f);
            }
            clauses.iter().for_each(|c| visit_clause(c, f));
        }
        StmtKind::TypeSwitch {
            init,
            guard,
            clauses,
            ..
        } => {
            if let Some(i) = init {
                visit_stmt(i, f);
            }
            visit_expr(guard, f);
            clauses.iter().for_each(|c| visit_clause(c, f));
        }
        StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| visit_comm(c, f)),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                visit_stmt(i, f);
            }
            if let Some(c) = cond {
                visit_expr(c, f);
            }
            if let Some(p) = post {
                visit_stmt(p, f);
            }
            visit_block(body, f);
        }
        StmtKind::Range { lhs, x, body, .. } => {
            lhs.iter().for_each(|e| visit_expr(e, f));
            visit_expr(x, f);
            visit_block(body, f);
        }
    }
}

fn visit_clause(c: &CaseClause, f: &mut dyn FnMut(&Expr)) {
    c.list.iter().for_each(|e| visit_expr(e, f));
    c.body.iter().for_each(|s| visit_stmt(s, f));
}

fn visit_comm(c: &CommClause, f: &mut dyn FnMut(&Expr)) {
    if let Some(s) = &c.comm {
        visit_stmt(s, f);
    }
    c.body.iter().for_each(|s| visit_stmt(s, f));
}

pub fn visit_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    b.stmts.iter().for_each(|s| visit_stmt(s, f));
}

fn visit_decl(d: &Decl, f: &mut dyn FnMut(&Expr)) {
    if let Decl::Var(g) = d {
        for s in &g.specs {
            s.values.iter().for_each(|e| visit_expr(e, f));
        }
    }
}

pub fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| visit_expr(x, f)),
        ExprKind::KeyValue { key, value, .. } => {
            visit_expr(key, f);
            visit_expr(value, f);
        }
        ExprKind::FuncLit(fl) => visit_block(&fl.body, f),
        ExprKind::Paren(x) | ExprKind::Star { x, .. } | ExprKind::Unary { x, .. } => {
            visit_expr(x, f)
        }
        ExprKind::Selector { x, .. } => visit_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            visit_expr(x, f);
            indices.iter().for_each(|i| visit_expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            visit_expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                visit_expr(b, f);
            }
        }
        ExprKind::TypeAssert { x, .. } => visit_expr(x, f),
        ExprKind::Call { fun, args, .. } => {
            visit_expr(fun, f);
            args.iter().for_each(|a| visit_expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            visit_expr(x, f);
            visit_expr(y, f);
        }
        _ => {}
    }
}
