//! Which local variables live in heap cells: those captured by a function
//! literal and those whose address is taken (explicitly, by slicing an
//! array variable, or by calling a pointer method on an addressable value).

use std::collections::HashSet;

use crate::check::{ObjId, ObjKind, Package, Program};
use crate::syntax::ast::{
    Block, CaseClause, CommClause, Decl, Expr, ExprKind, Span, Stmt, StmtKind, UnOp,
};

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

fn is_local_var(prog: &Program, o: ObjId) -> bool {
    matches!(
        prog.object(o).map(|o| &o.kind),
        Some(ObjKind::Var { global: false })
    )
}

/// The local variable at the root of an addressable expression (`x`,
/// `x.f.g`, `x[i]` of an array), if any.
pub fn root_var(pkg: &Package, prog: &Program, e: &Expr) -> Option<ObjId> {
    match &e.unparen().kind {
        ExprKind::Name(id) => pkg
            .info
            .uses
            .get(&id.id)
            .copied()
            .filter(|&o| is_local_var(prog, o)),
        ExprKind::Selector { x, .. } => {
            let sel = pkg.info.selections.get(&e.unparen().id)?;
            if sel.sel.indirect {
                return None;
            }
            let xt = pkg.info.expr(x.id)?.ty;
            if matches!(
                prog.types.get(prog.types.underlying(xt)),
                crate::types::Type::Pointer(_)
            ) {
                return None;
            }
            root_var(pkg, prog, x)
        }
        ExprKind::Index { x, .. } => {
            let xt = pkg.info.expr(x.id)?.ty;
            if matches!(
                prog.types.get(prog.types.underlying(xt)),
                crate::types::Type::Array(..)
            ) {
                root_var(pkg, prog, x)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Local variables used inside `lit` but declared outside it, in first-use order.
pub fn free_vars(pkg: &Package, prog: &Program, lit_span: Span, body: &Block) -> Vec<ObjId> {
    let mut out = Vec::new();
    visit_block(body, &mut |e| {
        if let ExprKind::Name(id) = &e.kind {
            if let Some(&o) = pkg.info.uses.get(&id.id) {
                if is_local_var(prog, o) && !out.contains(&o) {
                    let pos = prog.object(o).map_or(0, |o| o.pos);
                    if pos < lit_span.lo || pos >= lit_span.hi {
                        out.push(o);
                    }
                }
            }
        }
    });
    out
}

/// The escaping variables of a function body.
pub fn escaping(pkg: &Package, prog: &Program, body: &Block) -> HashSet<ObjId> {
    let mut set = HashSet::new();
    visit_block(body, &mut |e| match &e.kind {
        ExprKind::FuncLit(fl) => set.extend(free_vars(pkg, prog, e.span, &fl.body)),
        ExprKind::Unary {
            op: UnOp::Addr, x, ..
        } => {
            if let ExprKind::CompositeLit { .. } = x.unparen().kind {
                return;
            }
            set.extend(root_var(pkg, prog, x));
        }
        ExprKind::Slice { x, .. } => {
            // Slicing an array variable aliases it (slices and strings do not).
            let is_array = pkg.info.expr(x.id).is_some_and(|i| {
                matches!(
                    prog.types.get(prog.types.underlying(i.ty)),
                    crate::types::Type::Array(..)
                )
            });
            if is_array {
                set.extend(root_var(pkg, prog, x));
            }
        }
        ExprKind::Selector { x, .. }
            if pkg.info.selections.get(&e.id).is_some_and(|s| s.addr_recv) =>
        {
            set.extend(root_var(pkg, prog, x));
        }
        _ => {}
    });
    set
}
