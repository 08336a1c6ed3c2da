//! Range over functions (`for k, v := range seq`): the loop body becomes a
//! closure (the `yield` function) passed to the iterator, as gc rewrites it.
//!
//! The body shares the function's variables through cells (escape analysis
//! treats its free variables as captured). A `break`, `return` or branch to
//! an enclosing loop inside the body records what to do in the loop's state
//! cell and returns false; after the iterator returns, the function reads the
//! state and does it. The state also catches iterators that call `yield`
//! after it returned false or after the loop ended, with gc's panics.

use super::{fail, Fail};
use std::rc::Rc;

use super::escape;
use super::func::{contains_defer, Fn, Loc};
use crate::syntax::ast::{Block, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::syntax::walk::{walk_block, Visitor};
use crate::types::{BasicKind, Type, TypeId};
use crate::vm::op::{Cmp, FuncProto, Op, R};
use crate::vm::value::Value;

/// The body is running (or about to): `yield` may be called.
const READY: i32 = 0;
/// The iterator returned: the loop is over.
const EXHAUSTED: i32 = -1;
/// The body returned false (`break`).
const DONE: i32 = 1;
/// A `return` with its values in the result cells.
const RETURN_VALUES: i32 = 2;
/// A bare `return` (no results, or named results).
const RETURN_BARE: i32 = 3;
/// `break`/`continue` to the enclosing statement `i`: FIRST_BRANCH + 2i (+1).
const FIRST_BRANCH: i32 = 4;
/// `goto` the i-th label outside the body: FIRST_GOTO - i.
const FIRST_GOTO: i32 = -2;

/// What a loop body closure knows about the function around it.
pub struct RangeBody {
    /// The captured cell holding the loop's state.
    state: Loc,
    /// The captured cell holding the depth of the function's frame (its
    /// `defer`s go there), if the body defers.
    frame: Option<Loc>,
    /// The function's result types and the captured cells a `return` fills.
    results: Vec<(TypeId, Loc)>,
    /// Labels of the loops, switches and selects around the range statement,
    /// outermost first, and whether each is a loop (takes `continue`).
    outer: Vec<(Option<Rc<str>>, bool)>,
    /// Enclosing statements branched to: (index in `outer`, is continue).
    used: Vec<(usize, bool)>,
    /// Labels inside the body (a `goto` elsewhere leaves the body).
    labels: Vec<Rc<str>>,
    /// Labels outside the body jumped to (state GOTO - index).
    gotos: Vec<Rc<str>>,
    return_values: bool,
    return_bare: bool,
}

impl<'c, 'p> Fn<'c, 'p> {
    /// `for lhs := range x { body }` where x is an iterator function.
    pub(super) fn range_func(
        &mut self,
        span: Span,
        lhs: &'p [Expr],
        define: bool,
        x: &'p Expr,
        body: &'p Block,
        label: Option<Rc<str>>,
    ) -> Result<(), Fail> {
        let mark = self.next;
        let xt = self.ty(x);
        let yield_params: Vec<TypeId> = match self.c.types.get(self.c.under(xt)).clone() {
            Type::Func(sig) => match sig.params.first() {
                Some(p) => match self.c.types.get(self.c.under(p.ty)) {
                    Type::Func(y) => crate::types::param_types(&y.params),
                    _ => Vec::new(),
                },
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        let seq = self.value(x)?;
        let f = self.alloc();
        self.emit(Op::Move(f, seq));
        let state = self.alloc();
        self.emit(Op::Int(state, READY));
        self.emit(Op::Box(state, state));
        // The frame that `defer`s in the body go to: the function's own.
        let defers = contains_defer(body);
        let frame = match self.rbody.as_ref().map(|rb| rb.frame) {
            Some(f) => f,
            None if defers => {
                let r = self.alloc();
                self.emit(Op::FrameDepth(r));
                self.emit(Op::Box(r, r));
                Some(Loc::Cell(r))
            }
            None => None,
        };
        // A body's `return` fills the cells of the function it is in: a loop
        // nested in another loop's body shares them.
        let results: Vec<(TypeId, Loc)> = match &self.rbody {
            Some(rb) => rb.results.clone(),
            None => {
                let types = self.result_types();
                crate::types::map_vec(&types, |&t| {
                    let r = self.alloc();
                    let z = self.c.zero_const(t);
                    self.emit(Op::ConstCopy(r, z));
                    self.emit(Op::Box(r, r));
                    (t, Loc::Cell(r))
                })
            }
        };
        let mut outer = self
            .rbody
            .as_ref()
            .map_or(Vec::new(), |rb| rb.outer.clone());
        let own_from = outer.len();
        for l in &self.loops {
            outer.push((l.label.clone(), l.is_loop));
        }
        let free = escape::range_func_free_vars(self.pkg, self.c.prog, span, lhs, body);

        self.ranges += 1;
        let name = format!("{}-range{}", self.name, self.ranges);
        let id = self.c.out.funcs.len() as u32;
        self.c.out.funcs.push(Rc::new(FuncProto::default()));
        let nres = results.len();
        let (proto, rb) = {
            let (subst, escapes) = (self.subst.clone(), self.escapes.clone());
            let mut b = Fn::new(self.c, self.pkg, name, subst, escapes);
            b.captures.push("#state".into());
            b.captures.push("#frame".into());
            for i in 0..nres {
                b.captures.push(format!("#result{i}"));
            }
            for (i, o) in free.iter().enumerate() {
                b.vars.insert(*o, Loc::Capture((2 + nres + i) as u16));
                let name = b.c.prog.object(*o).map(|o| o.name.to_string());
                b.captures.push(name.unwrap_or_default());
            }
            b.rbody = Some(RangeBody {
                state: Loc::Capture(0),
                frame: frame.map(|_| Loc::Capture(1)),
                results: {
                    let mut k = 1;
                    crate::types::map_vec(&results, |&(t, _)| {
                        k += 1;
                        (t, Loc::Capture(k))
                    })
                },
                outer,
                used: Vec::new(),
                labels: labels_in(body),
                gotos: Vec::new(),
                return_values: false,
                return_bare: false,
            });
            b.line = self.line;
            b.decl_line = self.line;
            b.range_body(lhs, define, &yield_params, body, label)?;
            let rb = b.rbody.take();
            (b.finish(yield_params.len() as u16)?, rb)
        };
        self.c.out.funcs[id as usize] = Rc::new(proto);
        let rb = rb.ok_or_else(|| fail("range body state lost"))?;

        // The closure, then the call seq(body).
        let caps = self.next;
        let r = self.alloc();
        self.addr_loc(Loc::Cell(state), r);
        let r = self.alloc();
        match frame {
            Some(loc) => self.addr_loc(loc, r),
            None => {
                self.emit(Op::Nil(r));
            }
        }
        for (_, loc) in &results {
            let r = self.alloc();
            self.addr_loc(*loc, r);
        }
        self.capture_cells(&free);
        let arg = self.alloc();
        self.emit(Op::Closure(arg, id, caps, (caps..arg).len() as u16));
        self.emit(Op::Call(f, arg, 1));

        // What the body asked for.
        let s = self.alloc();
        self.emit(Op::Load(s, state));
        let t = self.alloc();
        self.emit(Op::Int(t, EXHAUSTED));
        self.emit(Op::Store(state, t));
        if rb.return_values {
            let skip = self.jump_unless_state(s, RETURN_VALUES);
            if self.rbody.is_some() {
                self.body_exit(RETURN_VALUES);
            } else {
                let a = self.alloc_n(results.len() as u16);
                for (i, (_, loc)) in results.iter().enumerate() {
                    self.load_loc(*loc, a + i as u16);
                }
                let mut regs = Vec::with_capacity(results.len());
                for i in 0..results.len() as u16 {
                    regs.push(a + i);
                }
                self.ret_regs(regs);
            }
            let here = self.here();
            self.patch(skip, here);
        }
        if rb.return_bare {
            let skip = self.jump_unless_state(s, RETURN_BARE);
            if self.rbody.is_some() {
                self.body_exit(RETURN_BARE);
            } else {
                self.ret(&[])?;
            }
            let here = self.here();
            self.patch(skip, here);
        }
        for &(i, is_cont) in &rb.used {
            let skip = self.jump_unless_state(s, branch_code(i, is_cont));
            match i.checked_sub(own_from) {
                Some(own) => {
                    let j = self.emit(Op::Jump(0));
                    let l = self
                        .loops
                        .get_mut(own)
                        .ok_or_else(|| fail("bad branch target"))?;
                    if is_cont {
                        l.continues.push(j);
                    } else {
                        l.breaks.push(j);
                    }
                }
                None => self.branch_out(i, is_cont),
            }
            let here = self.here();
            self.patch(skip, here);
        }
        for (i, l) in rb.gotos.iter().enumerate() {
            let skip = self.jump_unless_state(s, FIRST_GOTO - i as i32);
            if !self.body_goto(l) {
                let j = self.emit(Op::Jump(0));
                self.gotos.push((j, l.clone()));
            }
            let here = self.here();
            self.patch(skip, here);
        }
        self.next = mark;
        Ok(())
    }

    /// `goto label` from a loop body to a label outside it. Returns false
    /// when not in a loop body or the label is inside it.
    pub(super) fn body_goto(&mut self, label: &Rc<str>) -> bool {
        let Some(rb) = &mut self.rbody else {
            return false;
        };
        if rb.labels.contains(label) {
            return false;
        }
        let i = match rb.gotos.iter().position(|l| l == label) {
            Some(i) => i,
            None => {
                rb.gotos.push(label.clone());
                rb.gotos.len() - 1
            }
        };
        self.set_state(FIRST_GOTO - i as i32);
        self.yield_return(false);
        true
    }

    /// The body of a loop body closure: the state check, the loop
    /// variables, the statements, then `return true` (`continue`) and
    /// `return false` (`break`).
    fn range_body(
        &mut self,
        lhs: &'p [Expr],
        define: bool,
        params: &[TypeId],
        body: &'p Block,
        label: Option<Rc<str>>,
    ) -> Result<(), Fail> {
        let np = params.len() as u16;
        self.next = np;
        self.max = np;
        self.has_defer = contains_defer(body);
        let ok = self.alloc();
        self.results.push((BasicKind::Bool.id(), Loc::Reg(ok)));
        self.emit(Op::Line(self.line));
        let s = self.alloc();
        self.load_loc(Loc::Capture(0), s);
        let ready = self.jump_unless_state(s, READY);
        let run = self.emit(Op::Jump(0));
        let here = self.here();
        self.patch(ready, here);
        let exhausted = self.jump_unless_state(s, EXHAUSTED);
        self.panic_with("range function continued iteration after whole loop exit");
        let here = self.here();
        self.patch(exhausted, here);
        self.panic_with(
            "range function continued iteration after function for loop body returned false",
        );
        let here = self.here();
        self.patch(run, here);
        self.next = ok + 1;
        for (i, l) in lhs.iter().enumerate().take(params.len()) {
            let p = i as R;
            if let ExprKind::Name(id) = &l.kind {
                if id.is_blank() {
                    continue;
                }
                if define {
                    if let Some(&o) = self.pkg.info.defs.get(&id.id) {
                        self.bind_param(o, p, &id.name);
                    }
                    continue;
                }
            }
            if !define {
                let lv = self.lvalue(l)?;
                self.store(lv, p);
            }
        }
        self.push_loop(label, true);
        self.block(body)?;
        let cont = self.here();
        self.yield_return(true);
        let brk = self.here();
        self.set_state(DONE);
        self.yield_return(false);
        self.pop_loop(cont, brk);
        Ok(())
    }

    /// The register holding the frame depth `defer` targets in a loop body.
    pub(super) fn rbody_frame(&mut self) -> Option<R> {
        let loc = self.rbody.as_ref()?.frame?;
        let r = self.alloc();
        self.load_loc(loc, r);
        Some(r)
    }

    /// `return` inside a loop body: values to the function's result cells.
    /// Returns false when not in a loop body.
    pub(super) fn body_return(&mut self, vals: &'p [Expr]) -> Result<bool, Fail> {
        let Some(rb) = &self.rbody else {
            return Ok(false);
        };
        if vals.is_empty() {
            self.body_exit(RETURN_BARE);
            return Ok(true);
        }
        let results = rb.results.clone();
        let types = crate::types::map_vec(&results, |r| r.0);
        let regs = self.result_values_as(vals, &types)?;
        for (r, (_, loc)) in regs.into_iter().zip(&results) {
            self.store_loc(*loc, r);
        }
        self.body_exit(RETURN_VALUES);
        Ok(true)
    }

    /// `break`/`continue` from a loop body to a statement around its range
    /// loop. Returns false when there is no such statement.
    pub(super) fn body_branch(&mut self, label: Option<&str>, is_cont: bool) -> bool {
        let Some(rb) = &self.rbody else { return false };
        let found = rb.outer.iter().rposition(|(l, is_loop)| match label {
            Some(name) => l.as_deref() == Some(name),
            None => !is_cont || *is_loop,
        });
        match found {
            Some(i) => {
                self.branch_out(i, is_cont);
                true
            }
            None => false,
        }
    }

    fn branch_out(&mut self, i: usize, is_cont: bool) {
        if let Some(rb) = &mut self.rbody {
            if !rb.used.contains(&(i, is_cont)) {
                rb.used.push((i, is_cont));
            }
        }
        self.set_state(branch_code(i, is_cont));
        self.yield_return(false);
    }

    /// Leaves the loop body asking the function to `return`.
    fn body_exit(&mut self, code: i32) {
        if let Some(rb) = &mut self.rbody {
            if code == RETURN_VALUES {
                rb.return_values = true;
            } else {
                rb.return_bare = true;
            }
        }
        self.set_state(code);
        self.yield_return(false);
    }

    fn set_state(&mut self, code: i32) {
        let Some(loc) = self.rbody.as_ref().map(|rb| rb.state) else {
            return;
        };
        let v = self.alloc();
        self.emit(Op::Int(v, code));
        self.store_loc(loc, v);
        self.next = v;
    }

    /// The body's `return ok`.
    fn yield_return(&mut self, ok: bool) {
        let r = self.alloc();
        let k = self.c.konst(Value::Bool(ok));
        self.emit(Op::Const(r, k));
        match self.results.first() {
            Some(&(_, loc)) if self.has_defer => {
                self.store_loc(loc, r);
                self.ret_jump();
            }
            _ => {
                self.emit(Op::Return(r, 1));
            }
        }
        self.next = r;
    }

    /// A jump (to patch) taken when register `s` is not `code`.
    fn jump_unless_state(&mut self, s: R, code: i32) -> usize {
        let (k, c) = (self.alloc(), self.alloc());
        self.emit(Op::Int(k, code));
        self.emit(Op::CmpI(Cmp::Eq, c, s, k));
        let j = self.emit(Op::JumpIfNot(c, 0));
        self.next = k;
        j
    }

    fn panic_with(&mut self, msg: &str) {
        let r = self.alloc();
        let k = self.c.konst(crate::vm::panic::runtime_error(msg));
        self.emit(Op::Const(r, k));
        self.emit(Op::Panic(r));
        self.next = r;
    }
}

/// The labels of the statements inside `b`.
fn labels_in(b: &Block) -> Vec<Rc<str>> {
    struct Labels(Vec<Rc<str>>);
    impl Visitor for Labels {
        fn stmt(&mut self, s: &Stmt) {
            if let StmtKind::Labeled { label, .. } = &s.kind {
                self.0.push(label.name.clone());
            }
        }
    }
    let mut v = Labels(Vec::new());
    walk_block(b, &mut v);
    v.0
}

fn branch_code(i: usize, is_cont: bool) -> i32 {
    FIRST_BRANCH + 2 * i as i32 + i32::from(is_cont)
}
