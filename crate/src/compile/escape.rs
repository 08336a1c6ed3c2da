//! Which local variables live in heap cells: those captured by a function
//! literal or a range-over-func loop body, and those whose address is taken
//! (explicitly, by slicing an array variable, or by calling a pointer method
//! on an addressable value).

use std::collections::HashSet;

use crate::check::{ObjId, ObjKind, Package, Program};
use crate::syntax::ast::{Block, Expr, ExprKind, Span, Stmt, StmtKind, UnOp};
use crate::syntax::walk::{visit_block, visit_expr, walk_block, Visitor};

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
    visit_block(body, &mut |e| add_free(pkg, prog, lit_span, e, &mut out));
    out
}

fn add_free(pkg: &Package, prog: &Program, span: Span, e: &Expr, out: &mut Vec<ObjId>) {
    if let ExprKind::Name(id) = &e.kind {
        if let Some(&o) = pkg.info.uses.get(&id.id) {
            if is_local_var(prog, o) && !out.contains(&o) {
                let pos = prog.object(o).map_or(0, |o| o.pos);
                if pos < span.lo || pos >= span.hi {
                    out.push(o);
                }
            }
        }
    }
}

/// Whether `x` (a range expression) is an iterator function.
pub fn is_range_func(pkg: &Package, prog: &Program, x: &Expr) -> bool {
    pkg.info.expr(x.id).is_some_and(|i| {
        matches!(
            prog.types.get(prog.types.underlying(i.ty)),
            crate::types::Type::Func(_)
        )
    })
}

/// The variables a range-over-func loop's body (compiled as a closure) shares
/// with its function: those it uses, or the loop assigns, declared outside it.
pub fn range_func_free_vars(
    pkg: &Package,
    prog: &Program,
    stmt_span: Span,
    lhs: &[Expr],
    body: &Block,
) -> Vec<ObjId> {
    let mut out = Vec::new();
    for l in lhs {
        visit_expr(l, &mut |e| add_free(pkg, prog, stmt_span, e, &mut out));
    }
    visit_block(body, &mut |e| add_free(pkg, prog, stmt_span, e, &mut out));
    out
}

struct Escapes<'a> {
    pkg: &'a Package,
    prog: &'a Program,
    set: HashSet<ObjId>,
}

impl Visitor for Escapes<'_> {
    fn stmt(&mut self, s: &Stmt) {
        if let StmtKind::Range { lhs, x, body, .. } = &s.kind {
            if is_range_func(self.pkg, self.prog, x) {
                let free = range_func_free_vars(self.pkg, self.prog, s.span, lhs, body);
                self.set.extend(free);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        let (pkg, prog) = (self.pkg, self.prog);
        match &e.kind {
            ExprKind::FuncLit(fl) => self.set.extend(free_vars(pkg, prog, e.span, &fl.body)),
            ExprKind::Unary {
                op: UnOp::Addr, x, ..
            } => {
                if let ExprKind::CompositeLit { .. } = x.unparen().kind {
                    return;
                }
                self.set.extend(root_var(pkg, prog, x));
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
                    self.set.extend(root_var(pkg, prog, x));
                }
            }
            ExprKind::Selector { x, .. }
                if pkg.info.selections.get(&e.id).is_some_and(|s| s.addr_recv) =>
            {
                self.set.extend(root_var(pkg, prog, x));
            }
            _ => {}
        }
    }
}

/// The escaping variables of a function body.
pub fn escaping(pkg: &Package, prog: &Program, body: &Block) -> HashSet<ObjId> {
    let mut v = Escapes {
        pkg,
        prog,
        set: HashSet::new(),
    };
    walk_block(body, &mut v);
    v.set
}
