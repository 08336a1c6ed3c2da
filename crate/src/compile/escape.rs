//! Which local variables live in heap cells: those captured by a function
//! literal and those whose address is taken (explicitly, by slicing an
//! array variable, or by calling a pointer method on an addressable value).

use crate::types::FastSet;

use crate::check::{ObjId, ObjKind, Package, Program};
use crate::syntax::ast::{Block, Expr, ExprKind, Span, UnOp};
use crate::syntax::walk::visit_block;

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
pub fn escaping(pkg: &Package, prog: &Program, body: &Block) -> FastSet<ObjId> {
    let mut set = FastSet::default();
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
