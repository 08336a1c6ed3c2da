//! gc's stack backing stores for appended slices (Go 1.25+), which decide
//! what `cap` prints after the first appends.
//!
//! When the result of `s = append(s, ...)` does not escape, the first append
//! to an empty `s` takes a 32-byte buffer in the frame: `cap(s)` becomes
//! 32/elemsize instead of a heap size class (ssagen's `append`). When `s`
//! escapes only through one `return s` or `x = s` (or a range over it), gc
//! (cmd/compile/internal/slice) moves it to the heap just before, so its
//! appends may use the buffer too; if `cap(s)` is observed, each growth
//! within the buffer steps one size class up (`growsliceBuf`), otherwise the
//! move picks the size class of the length (`moveSliceNoCap`).
//!
//! This mirrors slice.go's use counting. gc's full escape analysis is
//! approximated by "every use of `s` is one that keeps its backing array in
//! the frame" (indexing, len, cap, range, self-append, self-slicing).

use crate::types::FastMap;

use super::Compiler;
use crate::check::{ObjId, ObjKind, Package};
use crate::syntax::ast::{
    AssignOp, Block, CaseClause, CommClause, Decl, Expr, ExprKind, NodeId, Stmt, StmtKind, UnOp,
};
use crate::syntax::walk::visit_block;
use crate::types::{BasicKind, Type};
use crate::vm::op::{Op, R};

/// gc's `-d=variablemakethreshold`: the buffer size in bytes.
pub const BUF_BYTES: u16 = 32;

/// How an append uses its variable's buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BufMode {
    /// The first append to an empty slice takes the whole buffer.
    Whole,
    /// Growth within the buffer steps one size class at a time.
    Step,
}

#[derive(Default)]
pub struct Plan {
    /// `s = append(s, ...)` calls (by NodeId) using `s`'s buffer.
    pub appends: FastMap<NodeId, (ObjId, BufMode)>,
    /// Statements before which a variable leaves its buffer for the heap.
    pub moves: FastMap<NodeId, ObjId>,
    /// Variables with a buffer, in first-seen order.
    pub vars: Vec<ObjId>,
}

#[derive(Default)]
struct Info {
    /// Every mention.
    all: u32,
    /// Mentions slice.go understands.
    ok: u32,
    /// Mentions that keep the backing array in the frame.
    safe: u32,
    dead: bool,
    transition: Option<NodeId>,
    appends: Vec<NodeId>,
    weight: i32,
    decl_depth: i32,
    cap_used: bool,
}

/// The left-hand side of an assignment: an expression, or a declared name.
enum Lhs<'e> {
    Expr(&'e Expr),
    Def(NodeId),
}

struct Analysis<'a, 'p> {
    c: &'a Compiler<'p>,
    pkg: &'p Package,
    infos: FastMap<ObjId, Info>,
    order: Vec<ObjId>,
    depth: i32,
    named_results: Vec<ObjId>,
    /// The body: variables declared outside it (a closure's captures) are
    /// not this function's.
    span: (u32, u32),
    params: Vec<ObjId>,
}

/// The plan for a function body (`params` and `results` are its parameter and
/// named result objects).
pub fn plan(
    c: &Compiler,
    pkg: &Package,
    params: &[ObjId],
    results: &[ObjId],
    body: &Block,
) -> Plan {
    let mut a = Analysis {
        c,
        pkg,
        infos: FastMap::default(),
        order: Vec::new(),
        depth: 0,
        named_results: Vec::new(),
        span: (body.lbrace, body.rbrace),
        params: [params, results].concat(),
    };
    for &o in params.iter().chain(results) {
        a.info(o);
    }
    for &o in results {
        if a.infos.contains_key(&o) {
            a.named_results.push(o);
        }
    }
    a.block(body);
    let mut plan = Plan::default();
    for o in a.order {
        let Some(i) = a.infos.get(&o) else { continue };
        if i.dead || i.appends.is_empty() {
            continue;
        }
        let moved = i.ok == i.all && i.weight >= 2;
        let mode = match i.transition {
            Some(t) if moved => {
                if i.cap_used {
                    BufMode::Step
                } else {
                    plan.moves.insert(t, o);
                    BufMode::Whole
                }
            }
            None if i.safe == i.all => BufMode::Whole,
            _ => continue,
        };
        // Only the first append site takes the whole buffer (ssagen's usedStatic).
        let sites = if mode == BufMode::Whole {
            &i.appends[..1]
        } else {
            &i.appends[..]
        };
        for &id in sites {
            plan.appends.insert(id, (o, mode));
        }
        plan.vars.push(o);
    }
    plan
}

impl Analysis<'_, '_> {
    /// The tracking record of a variable, if it is a local slice whose
    /// elements fit the buffer.
    fn info(&mut self, o: ObjId) -> Option<&mut Info> {
        if !self.infos.contains_key(&o) {
            let obj = self.c.prog.object(o)?;
            if !matches!(obj.kind, ObjKind::Var { global: false }) {
                return None;
            }
            let inside = obj.pos > self.span.0 && obj.pos < self.span.1;
            if !inside && !self.params.contains(&o) {
                return None;
            }
            let Type::Slice(e) = self.c.types.get(self.c.under(obj.ty)) else {
                return None;
            };
            if matches!(self.c.types.get(self.c.under(*e)), Type::TypeParam(..)) {
                return None;
            }
            let size = self.c.elem_size(*e) & 0x7fff;
            if size == 0 || size > BUF_BYTES {
                return None;
            }
            self.infos.insert(o, Info::default());
            self.order.push(o);
        }
        self.infos.get_mut(&o)
    }

    fn var_of(&mut self, e: &Expr) -> Option<ObjId> {
        let ExprKind::Name(id) = &e.unparen().kind else {
            return None;
        };
        let o = *self.pkg.info.uses.get(&id.id)?;
        self.info(o).map(|_| o)
    }

    fn def_of(&mut self, id: NodeId) -> Option<ObjId> {
        let o = *self.pkg.info.defs.get(&id)?;
        self.info(o).map(|_| o)
    }

    fn with(&mut self, o: ObjId, f: impl FnOnce(&mut Info)) {
        if let Some(i) = self.infos.get_mut(&o) {
            f(i)
        }
    }

    fn transition(&mut self, o: ObjId, at: NodeId) {
        let depth = self.depth;
        self.with(o, |i| {
            if i.transition.is_some() || depth > i.decl_depth {
                i.dead = true;
            } else {
                i.transition = Some(at);
            }
        });
    }

    fn block(&mut self, b: &Block) {
        b.stmts.iter().for_each(|s| self.stmt(s));
    }

    fn is_nil(&self, e: &Expr) -> bool {
        self.pkg
            .info
            .expr(e.id)
            .is_some_and(|i| matches!(self.c.types.get(i.ty), Type::Basic(BasicKind::UntypedNil)))
    }

    /// `x = y` (`x := y`, `var x = y`) within statement `at`.
    fn assign(&mut self, x: Lhs, y: Option<&Expr>, at: NodeId) {
        let (target, define) = match x {
            Lhs::Def(id) => (self.def_of(id), true),
            Lhs::Expr(e) => match &e.kind {
                ExprKind::Name(id) if self.pkg.info.defs.contains_key(&id.id) => {
                    (self.def_of(id.id), true)
                }
                ExprKind::Name(_) => (self.var_of(e), false),
                _ => {
                    self.expr(e);
                    (None, false)
                }
            },
        };
        if let Some(s) = target {
            let depth = self.depth;
            if define {
                // The declaration, then the assignment.
                self.with(s, |i| {
                    i.all += 1;
                    i.ok += 1;
                    i.safe += 1;
                    i.decl_depth = depth;
                });
            }
            // Assigning to s never leaks its old backing array.
            self.with(s, |i| {
                i.all += 1;
                i.safe += 1;
            });
            match y.map(|y| (y, &y.unparen().kind)) {
                None => self.with(s, |i| i.ok += 1),
                Some((y, _)) if self.is_nil(y) => self.with(s, |i| i.ok += 1),
                Some((_, ExprKind::CompositeLit { .. })) => self.with(s, |i| {
                    i.ok += 1;
                    i.cap_used = true;
                }),
                Some((_, ExprKind::Slice { x: sx, .. })) if self.var_of(sx) == Some(s) => self
                    .with(s, |i| {
                        i.ok += 2;
                        i.safe += 1;
                        i.cap_used = true;
                    }),
                Some((y, ExprKind::Call { fun, args, .. }))
                    if self.is_append(fun)
                        && args.first().and_then(|a| self.var_of(a)) == Some(s) =>
                {
                    self.with(s, |i| {
                        i.ok += 2;
                        i.appends.push(y.id);
                        i.weight += 1 + (depth - i.decl_depth);
                    });
                    // The first argument is a safe use; the others are walked.
                    if let Some(i) = self.infos.get_mut(&s) {
                        i.all += 1;
                        i.safe += 1;
                    }
                    args.iter().skip(1).for_each(|a| self.expr(a));
                    return;
                }
                _ => {}
            }
        }
        if let Some(y) = y {
            if let Some(s) = self.var_of(y) {
                // `... = s`: s is shared from here on.
                self.with(s, |i| {
                    i.all += 1;
                    i.ok += 1;
                });
                self.transition(s, at);
            } else {
                self.expr(y);
            }
        }
    }

    fn is_append(&self, f: &Expr) -> bool {
        let ExprKind::Name(id) = &f.kind else {
            return false;
        };
        self.pkg
            .info
            .uses
            .get(&id.id)
            .and_then(|&o| self.c.prog.object(o))
            .is_some_and(|o| matches!(o.kind, ObjKind::Builtin(crate::check::Builtin::Append)))
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Assign | AssignOp::Define,
                rhs,
                ..
            } if lhs.len() == rhs.len() => {
                for (x, y) in lhs.iter().zip(rhs) {
                    self.assign(Lhs::Expr(x), Some(y), s.id);
                }
            }
            StmtKind::Decl(Decl::Var(g)) => {
                for spec in &g.specs {
                    if spec.values.len() == spec.names.len() {
                        for (n, v) in spec.names.iter().zip(&spec.values) {
                            self.assign(Lhs::Def(n.id), Some(v), s.id);
                        }
                    } else if spec.values.is_empty() {
                        for n in &spec.names {
                            self.assign(Lhs::Def(n.id), None, s.id);
                        }
                    } else {
                        spec.values.iter().for_each(|v| self.expr(v));
                    }
                }
            }
            StmtKind::Return(vals) => {
                for v in vals {
                    match self.var_of(v) {
                        Some(o) => {
                            self.with(o, |i| {
                                i.all += 1;
                                i.ok += 1;
                            });
                            self.transition(o, s.id);
                        }
                        None => self.expr(v),
                    }
                }
                if vals.is_empty() {
                    for o in self.named_results.clone() {
                        self.transition(o, s.id);
                    }
                }
            }
            StmtKind::Range { lhs, x, body, .. } => {
                let is_func = super::escape::is_range_func(self.pkg, self.c.prog, x);
                match self.var_of(x) {
                    Some(o) if !is_func => {
                        self.with(o, |i| {
                            i.all += 1;
                            i.ok += 1;
                            i.safe += 1;
                        });
                        self.transition(o, s.id);
                    }
                    _ => self.expr(x),
                }
                lhs.iter().for_each(|e| self.expr(e));
                self.depth += 1;
                if is_func {
                    // The body is a closure in gc: its mentions are captures.
                    self.closure(body);
                } else {
                    self.block(body);
                }
                self.depth -= 1;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.depth += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.depth -= 1;
            }
            StmtKind::Empty | StmtKind::Branch { .. } | StmtKind::Decl(_) => {}
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value, .. } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(e);
                }
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                clauses.iter().for_each(|c| self.clause(c));
            }
            StmtKind::TypeSwitch {
                init,
                guard,
                clauses,
                ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(guard);
                clauses.iter().for_each(|c| self.clause(c));
            }
            StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| self.comm(c)),
        }
    }

    fn clause(&mut self, c: &CaseClause) {
        c.list.iter().for_each(|e| self.expr(e));
        c.body.iter().for_each(|s| self.stmt(s));
    }

    fn comm(&mut self, c: &CommClause) {
        if let Some(s) = &c.comm {
            self.stmt(s);
        }
        c.body.iter().for_each(|s| self.stmt(s));
    }

    /// Mentions inside a closure: uses slice.go does not understand.
    fn closure(&mut self, body: &Block) {
        let mut seen = Vec::new();
        visit_block(body, &mut |e| {
            if let ExprKind::Name(id) = &e.kind {
                if let Some(&o) = self.pkg.info.uses.get(&id.id) {
                    seen.push(o);
                }
            }
        });
        for o in seen {
            if self.info(o).is_some() {
                self.with(o, |i| i.all += 1);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(_) => {
                if let Some(o) = self.var_of(e) {
                    self.with(o, |i| i.all += 1);
                }
            }
            ExprKind::FuncLit(fl) => self.closure(&fl.body),
            ExprKind::Index { x, indices, .. } => {
                match self.var_of(x) {
                    Some(o) => self.with(o, |i| {
                        i.all += 1;
                        i.ok += 1;
                        i.safe += 1;
                    }),
                    None => self.expr(x),
                }
                indices.iter().for_each(|i| self.expr(i));
            }
            ExprKind::Call { fun, args, .. } => {
                let builtin = match &fun.kind {
                    ExprKind::Name(id) => self
                        .pkg
                        .info
                        .uses
                        .get(&id.id)
                        .and_then(|&o| self.c.prog.object(o))
                        .and_then(|o| match o.kind {
                            ObjKind::Builtin(b) => Some(b),
                            _ => None,
                        }),
                    _ => None,
                };
                use crate::check::Builtin as B;
                if let (Some(b @ (B::Len | B::Cap)), [a]) = (builtin, args.as_slice()) {
                    if let Some(o) = self.var_of(a) {
                        self.with(o, |i| {
                            i.all += 1;
                            i.ok += 1;
                            i.safe += 1;
                            i.cap_used |= b == B::Cap;
                        });
                        return;
                    }
                }
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            ExprKind::Unary {
                op: UnOp::Addr, x, ..
            } => {
                // &s[i] (through fields and arrays) points into s's backing array.
                let mut inner = x.unparen();
                loop {
                    match &inner.kind {
                        ExprKind::Selector { x, .. } => inner = x.unparen(),
                        ExprKind::Index { x: ix, .. } => {
                            if let Some(o) = self.var_of(ix) {
                                self.with(o, |i| i.dead = true);
                                break;
                            }
                            let is_array = self.pkg.info.expr(ix.id).is_some_and(|t| {
                                matches!(self.c.types.get(self.c.under(t.ty)), Type::Array(..))
                            });
                            if !is_array {
                                break;
                            }
                            inner = ix.unparen();
                        }
                        _ => break,
                    }
                }
                self.expr(x);
            }
            ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|x| self.expr(x)),
            ExprKind::KeyValue { key, value, .. } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::Paren(x)
            | ExprKind::Star { x, .. }
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            _ => {}
        }
    }
}

impl<'c, 'p> super::func::Fn<'c, 'p> {
    /// Before the append call `e` (n values into the slice in `d`): the
    /// buffer, if the plan gives this append one.
    pub(super) fn stack_buf(&mut self, e: &Expr, d: R, n: usize, esize: u16) {
        let Some(&(o, mode)) = self.bufs.appends.get(&e.id) else {
            return;
        };
        let Some(&buf) = self.buf_regs.get(&o) else {
            return;
        };
        let size = esize & 0x7fff;
        if n == 0 || size == 0 || n > usize::from(BUF_BYTES / size) {
            return;
        }
        let step = u16::from(mode == BufMode::Step) << 10;
        self.emit(Op::AppendBuf(
            d,
            buf,
            (n as u16 - 1) | ((size - 1) << 5) | step,
        ));
    }

    /// gc's move2heap of variable `o` before the statement sharing it.
    pub(super) fn move_to_heap(&mut self, o: ObjId) {
        let (Some(&buf), Some(loc)) = (self.buf_regs.get(&o), self.vars.get(&o).copied()) else {
            return;
        };
        let t = self.obj_type(o);
        let size = match self.c.types.get(self.c.under(t)) {
            Type::Slice(e) => self.c.elem_size(*e) & 0x7fff,
            _ => return,
        };
        let mark = self.next;
        let r = self.alloc();
        self.load_loc(loc, r);
        self.emit(Op::MoveToHeap(r, buf, size));
        self.store_loc(loc, r);
        self.next = mark;
    }
}
