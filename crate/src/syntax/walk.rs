//! A walk over a function body's expressions, shared by the checker's go vet
//! finding and the compiler's escape analysis.

use super::ast::{Block, CaseClause, CommClause, Decl, Expr, ExprKind, Stmt, StmtKind};

/// What a walk calls on each node (statements before their parts).
pub trait Visitor {
    fn expr(&mut self, _e: &Expr) {}
    fn stmt(&mut self, _s: &Stmt) {}
}

/// A visitor of expressions only.
struct Exprs<'a>(&'a mut dyn FnMut(&Expr));

impl Visitor for Exprs<'_> {
    fn expr(&mut self, e: &Expr) {
        (self.0)(e)
    }
}

/// Calls `f` on every expression under `s` (function literal bodies included).
pub fn visit_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    stmt(s, &mut Exprs(f))
}

pub fn visit_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    block(b, &mut Exprs(f))
}

pub fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    expr(e, &mut Exprs(f))
}

/// Walks every statement and expression under `b` (function literal bodies included).
pub fn walk_block(b: &Block, v: &mut dyn Visitor) {
    block(b, v)
}

fn stmt(s: &Stmt, f: &mut dyn Visitor) {
    f.stmt(s);
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt: s, .. } => stmt(s, f),
        StmtKind::Block(b) => block(b, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Send { ch, value, .. } => {
            expr(ch, f);
            expr(value, f);
        }
        StmtKind::IncDec { x, .. } => expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                expr(e, f);
            }
        }
        StmtKind::Return(v) => v.iter().for_each(|e| expr(e, f)),
        StmtKind::Decl(d) => decl(d, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            expr(cond, f);
            block(then, f);
            if let Some(e) = els {
                stmt(e, f);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            if let Some(t) = tag {
                expr(t, f);
            }
            clauses.iter().for_each(|c| clause(c, f));
        }
        StmtKind::TypeSwitch {
            init,
            guard,
            clauses,
            ..
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            expr(guard, f);
            clauses.iter().for_each(|c| clause(c, f));
        }
        StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| comm(c, f)),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                stmt(i, f);
            }
            if let Some(c) = cond {
                expr(c, f);
            }
            if let Some(p) = post {
                stmt(p, f);
            }
            block(body, f);
        }
        StmtKind::Range { lhs, x, body, .. } => {
            lhs.iter().for_each(|e| expr(e, f));
            expr(x, f);
            block(body, f);
        }
    }
}

fn clause(c: &CaseClause, f: &mut dyn Visitor) {
    c.list.iter().for_each(|e| expr(e, f));
    c.body.iter().for_each(|s| stmt(s, f));
}

fn comm(c: &CommClause, f: &mut dyn Visitor) {
    if let Some(s) = &c.comm {
        stmt(s, f);
    }
    c.body.iter().for_each(|s| stmt(s, f));
}

fn block(b: &Block, f: &mut dyn Visitor) {
    b.stmts.iter().for_each(|s| stmt(s, f));
}

fn decl(d: &Decl, f: &mut dyn Visitor) {
    if let Decl::Var(g) = d {
        for s in &g.specs {
            s.values.iter().for_each(|e| expr(e, f));
        }
    }
}

fn expr(e: &Expr, f: &mut dyn Visitor) {
    f.expr(e);
    match &e.kind {
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| expr(x, f)),
        ExprKind::KeyValue { key, value, .. } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::FuncLit(fl) => block(&fl.body, f),
        ExprKind::Paren(x) | ExprKind::Star { x, .. } | ExprKind::Unary { x, .. } => expr(x, f),
        ExprKind::Selector { x, .. } => expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            expr(x, f);
            indices.iter().for_each(|i| expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(x, f);
            for b in [lo, hi, max].into_iter().flatten() {
                expr(b, f);
            }
        }
        ExprKind::TypeAssert { x, .. } => expr(x, f),
        ExprKind::Call { fun, args, .. } => {
            expr(fun, f);
            args.iter().for_each(|a| expr(a, f));
        }
        ExprKind::Binary { x, y, .. } => {
            expr(x, f);
            expr(y, f);
        }
        _ => {}
    }
}
