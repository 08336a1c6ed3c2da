//! Per-function compilation state: registers, variables, lines, jumps.

use super::{fail, Fail};
use crate::types::{FastMap, FastSet};
use std::rc::Rc;

use super::escape;
use super::slicebuf;
use super::Compiler;
use crate::check::{ObjId, ObjKind, Package};
use crate::source::LineIndex;
use crate::syntax::ast::{self, Block, Expr, FuncType};
use crate::types::{map_vec, Type, TypeId};
use crate::vm::op::{FuncProto, Op, R};
use crate::vm::value::{Closure, FuncRef, Value};

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub enum Loc {
    Reg(R),
    /// The register holds a pointer to the variable's heap cell.
    Cell(R),
    /// Captured by the running closure (a pointer to a cell).
    Capture(u16),
    Global(u32),
}

pub struct LoopCtx {
    pub label: Option<Rc<str>>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// Switch/select contexts take `break` but not `continue`.
    pub is_loop: bool,
}

pub struct Fn<'c, 'p> {
    pub c: &'c mut Compiler<'p>,
    pub pkg: &'p Package,
    pub lines: Rc<LineIndex>,
    pub code: Vec<Op>,
    pub line_of: Vec<u32>,
    pub line: u32,
    pub next: u16,
    pub max: u16,
    pub vars: FastMap<ObjId, Loc>,
    pub escapes: Rc<FastSet<ObjId>>,
    pub subst: Rc<Vec<(TypeId, TypeId)>>,
    pub loops: Vec<LoopCtx>,
    /// Result types and their locations (named or hidden).
    pub results: Vec<(TypeId, Loc)>,
    pub has_defer: bool,
    pub epilogue_jumps: Vec<usize>,
    pub name: String,
    pub closures: u32,
    /// Label -> code position (a function has few: a list, not a map).
    pub labels: Vec<(Rc<str>, usize)>,
    pub gotos: Vec<(usize, Rc<str>)>,
    pub locals: Vec<(String, R)>,
    pub captures: Vec<String>,
    /// Set when compiling a range-over-func loop body.
    pub rbody: Option<super::rangefunc::RangeBody>,
    /// Range-over-func loops so far (they name their body closures).
    pub ranges: u32,
    /// Appends using gc's stack buffers, and each variable's buffer register.
    pub bufs: Rc<slicebuf::Plan>,
    pub buf_regs: FastMap<ObjId, R>,
    pub decl_line: u32,
}

pub(crate) fn line_index(pkg: &Package) -> Rc<LineIndex> {
    Rc::new(LineIndex::new(&pkg.src))
}

/// The function run as goroutine 1: package variable initialisers, `init`
/// functions, then `main.main`.
pub fn compile_entry(c: &mut Compiler) -> Result<u32, Fail> {
    let prog = c.prog;
    let id = c.out.funcs.len() as u32;
    c.out.funcs.push(Rc::new(FuncProto::default()));
    let mut code = Vec::new();
    let mut line_of = Vec::new();
    let mut max = 1u16;
    for pkg in &prog.packages {
        let mut f = Fn::new(
            c,
            pkg,
            String::new(),
            Rc::new(Vec::new()),
            Rc::new(FastSet::default()),
        );
        for vi in &pkg.var_inits {
            let Some(ast::Decl::Var(g)) = pkg.file.decls.get(vi.decl as usize) else {
                continue;
            };
            let Some(spec) = g.specs.get(vi.spec as usize) else {
                continue;
            };
            f.set_line(spec.span.lo);
            f.global_init(spec)?;
            f.next = 0;
        }
        for d in &pkg.file.decls {
            if let ast::Decl::Func(fd) = d {
                if &*fd.name.name == "init" && fd.recv.is_none() && fd.body.is_some() {
                    if let Some(&o) = pkg.info.defs.get(&fd.name.id) {
                        if let FuncRef::Go(fid) = f.c.func_ref(o, Vec::new()) {
                            f.set_line(fd.span.lo);
                            f.emit(Op::CallStatic(fid, 0));
                        }
                    }
                }
            }
        }
        max = max.max(f.max);
        code.append(&mut f.code);
        line_of.append(&mut f.line_of);
    }
    let main_pkg = prog.main_package().ok_or_else(|| fail("no main package"))?;
    let main_obj = main_pkg
        .scope
        .get("main")
        .copied()
        .ok_or_else(|| fail("function main is undeclared in the main package"))?;
    if let FuncRef::Go(fid) = c.func_ref(main_obj, Vec::new()) {
        code.push(Op::CallStatic(fid, 0));
        line_of.push(0);
    }
    code.push(Op::Return(0, 0));
    line_of.push(0);
    c.out.funcs[id as usize] = Rc::new(FuncProto {
        name: String::new(),
        code,
        lines: line_of,
        nregs: max.max(1),
        ..Default::default()
    });
    Ok(id)
}

/// Compiles a declared function (or method) for the given type arguments.
pub fn compile_decl(c: &mut Compiler, key: &(ObjId, Vec<TypeId>)) -> Result<FuncProto, Fail> {
    let prog = c.prog;
    let obj = prog
        .object(key.0)
        .ok_or_else(|| fail("bad function object"))?;
    let ObjKind::Func { decl: Some(r) } = &obj.kind else {
        return Err(fail("not a function"));
    };
    let pkg = prog
        .packages
        .get(r.pkg as usize)
        .ok_or_else(|| fail("bad package"))?;
    let fd = c
        .func_decl(key.0)
        .ok_or_else(|| fail("missing declaration"))?;
    let body = fd.body.as_ref().ok_or_else(|| fail("no body"))?;
    // Type parameters (of the function, or of a generic receiver type).
    let mut tparams = Vec::new();
    for f in &fd.tparams {
        for n in &f.names {
            if let Some(o) = pkg.info.defs.get(&n.id).and_then(|&o| prog.object(o)) {
                tparams.push(o.ty);
            }
        }
    }
    if let Some(recv) = &fd.recv {
        let mut t = &recv.typ;
        if let ast::ExprKind::Star { x, .. } = &t.kind {
            t = x;
        }
        if let ast::ExprKind::Index { indices, .. } = &t.unparen().kind {
            for i in indices {
                if let ast::ExprKind::Name(id) = &i.kind {
                    if let Some(o) = pkg.info.defs.get(&id.id).and_then(|&o| prog.object(o)) {
                        tparams.push(o.ty);
                    }
                }
            }
        }
    }
    let subst = crate::types::subst_map(&tparams, &key.1);
    let pkg_name = crate::types::package_name(&pkg.path).to_string();
    let mut name = match &fd.recv {
        Some(recv) => {
            let base = crate::check::expr_string(&recv.typ);
            let base = base.split('[').next().unwrap_or("").to_string();
            if let Some(b) = base.strip_prefix('*') {
                format!("{pkg_name}.(*{b}).{}", fd.name.name)
            } else {
                format!("{pkg_name}.{base}.{}", fd.name.name)
            }
        }
        // Go numbers a package's init functions in source order.
        None if &*fd.name.name == "init" => {
            let n = pkg
                .file
                .decls
                .iter()
                .filter_map(|d| match d {
                    ast::Decl::Func(g) if &*g.name.name == "init" && g.recv.is_none() => {
                        Some(g.name.id)
                    }
                    _ => None,
                })
                .position(|id| id == fd.name.id)
                .unwrap_or(0);
            format!("{pkg_name}.init.{n}")
        }
        None => format!("{pkg_name}.{}", fd.name.name),
    };
    if !key.1.is_empty() {
        name.push_str("[...]");
    }
    let escapes = Rc::new(escape::escaping(pkg, prog, body));
    let mut f = Fn::new(c, pkg, name, Rc::new(subst), escapes);
    let mut params: Vec<(Option<&ast::Ident>, Option<TypeId>)> = Vec::new();
    if let Some(recv) = &fd.recv {
        params.extend(f.field_names(recv));
    }
    for p in &fd.sig.params {
        params.extend(f.field_names(p));
    }
    f.decl_line = f.lines.line(fd.span.lo);
    f.prologue(&params, &fd.sig, body)?;
    f.slice_bufs(&params, &fd.sig, body);
    f.block(body)?;
    f.finish(params.len() as u16)
}

impl<'c, 'p> Fn<'c, 'p> {
    pub fn new(
        c: &'c mut Compiler<'p>,
        pkg: &'p Package,
        name: String,
        subst: Rc<Vec<(TypeId, TypeId)>>,
        escapes: Rc<FastSet<ObjId>>,
    ) -> Fn<'c, 'p> {
        Fn {
            c,
            pkg,
            lines: line_index(pkg),
            code: Vec::new(),
            line_of: Vec::new(),
            line: 0,
            next: 0,
            max: 0,
            vars: FastMap::default(),
            escapes,
            subst,
            loops: Vec::new(),
            results: Vec::new(),
            has_defer: false,
            epilogue_jumps: Vec::new(),
            name,
            closures: 0,
            labels: Vec::new(),
            gotos: Vec::new(),
            locals: Vec::new(),
            captures: Vec::new(),
            rbody: None,
            ranges: 0,
            bufs: Rc::default(),
            buf_regs: FastMap::default(),
            decl_line: 0,
        }
    }

    fn field_names(&self, f: &'p ast::Field) -> Vec<(Option<&'p ast::Ident>, Option<TypeId>)> {
        if f.names.is_empty() {
            vec![(None, None)]
        } else {
            map_vec(&f.names, |n| (Some(n), None))
        }
    }

    /// Parameters in registers 0.., results after them; escaping ones boxed.
    fn prologue(
        &mut self,
        params: &[(Option<&'p ast::Ident>, Option<TypeId>)],
        sig: &'p FuncType,
        body: &Block,
    ) -> Result<(), Fail> {
        let np = params.len() as u16;
        self.next = np;
        self.max = np;
        self.has_defer = contains_defer(body);
        for (i, (ident, _)) in params.iter().enumerate() {
            if let Some(id) = ident {
                if let Some(&o) = self.pkg.info.defs.get(&id.id) {
                    self.bind_param(o, i as u16, &id.name);
                }
            }
        }
        for rf in &sig.results {
            let t = self.type_of_expr(&rf.typ);
            let names: Vec<Option<&ast::Ident>> = if rf.names.is_empty() {
                vec![None]
            } else {
                map_vec(&rf.names, Some)
            };
            for n in names {
                let reg = self.alloc();
                if n.is_some() || self.has_defer {
                    let z = self.c.zero_const(t);
                    self.emit(Op::ConstCopy(reg, z));
                }
                let obj = n.and_then(|n| self.pkg.info.defs.get(&n.id).copied());
                let loc = match obj {
                    Some(o) if self.escapes.contains(&o) => {
                        self.emit(Op::Box(reg, reg));
                        Loc::Cell(reg)
                    }
                    _ => Loc::Reg(reg),
                };
                if let (Some(o), Some(n)) = (obj, n) {
                    self.vars.insert(o, loc);
                    self.locals.push((n.name.to_string(), reg));
                }
                self.results.push((t, loc));
            }
        }
        Ok(())
    }

    /// Plans gc's stack buffers for the body's appends; each variable with
    /// one gets a register, nil until its buffer is taken.
    fn slice_bufs(
        &mut self,
        params: &[(Option<&'p ast::Ident>, Option<TypeId>)],
        sig: &'p FuncType,
        body: &Block,
    ) {
        let defs = &self.pkg.info.defs;
        let mut ps = Vec::new();
        for id in params.iter().filter_map(|p| p.0) {
            ps.extend(defs.get(&id.id).copied());
        }
        let mut rs = Vec::new();
        for r in &sig.results {
            for id in &r.names {
                rs.extend(defs.get(&id.id).copied());
            }
        }
        let plan = slicebuf::plan(self.c, self.pkg, &ps, &rs, body);
        for &o in &plan.vars {
            let r = self.alloc();
            self.emit(Op::Nil(r));
            self.buf_regs.insert(o, r);
        }
        self.bufs = Rc::new(plan);
    }

    pub fn bind_param(&mut self, o: ObjId, reg: R, name: &str) {
        let loc = if self.escapes.contains(&o) {
            self.emit(Op::Box(reg, reg));
            Loc::Cell(reg)
        } else {
            Loc::Reg(reg)
        };
        self.vars.insert(o, loc);
        self.locals.push((name.to_string(), reg));
    }

    /// Closes the function: the implicit return, the epilogue, goto fixups.
    pub fn finish(mut self, nparams: u16) -> Result<FuncProto, Fail> {
        let mut epilogue = None;
        if self.has_defer {
            self.ret_jump();
            let e = self.code.len();
            epilogue = Some(e as u32);
            for j in std::mem::take(&mut self.epilogue_jumps) {
                self.patch(j, e);
            }
            self.emit(Op::RunDefers);
            let a = self.next;
            let n = self.results.len() as u16;
            for i in 0..n {
                let r = self.alloc();
                let loc = self.results[i as usize].1;
                self.load_loc(loc, r);
            }
            self.emit(Op::Return(a, n));
        } else {
            self.emit(Op::Return(0, 0));
        }
        for (at, label) in std::mem::take(&mut self.gotos) {
            let target = self
                .labels
                .iter()
                .find(|(l, _)| *l == label)
                .map(|&(_, at)| at)
                .ok_or_else(|| fail(format!("label {label} not defined")))?;
            self.patch(at, target);
        }
        let nresults = self.results.len() as u16;
        Ok(FuncProto {
            name: self.name,
            code: self.code,
            lines: self.line_of,
            nparams,
            nresults,
            nregs: self.max.max(nresults).max(1),
            epilogue,
            locals: self.locals,
            captures: self.captures,
            variadic: false,
            decl_line: self.decl_line,
        })
    }

    pub fn set_line(&mut self, pos: u32) {
        self.line = self.lines.line(pos);
    }

    /// A statement start: a safe point carrying its line.
    pub fn stmt_start(&mut self, pos: u32) {
        self.set_line(pos);
        self.emit(Op::Line(self.line));
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.line_of.push(self.line);
        self.code.len() - 1
    }

    pub fn here(&self) -> usize {
        self.code.len()
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) {
        let off = target as i32 - (at as i32 + 1);
        match &mut self.code[at] {
            Op::Jump(o)
            | Op::JumpIf(_, o)
            | Op::JumpIfNot(_, o)
            | Op::JumpCmpI(_, _, _, o)
            | Op::JumpCmpIK(_, _, _, o)
            | Op::LineJumpCmpI(_, _, _, o)
            | Op::LineJumpCmpIK(_, _, _, o)
            | Op::MapNext(_, _, o) => *o = off,
            _ => {}
        }
    }

    // Called from ~90 places: a call is smaller than the inlined max update.
    #[inline(never)]
    pub fn alloc(&mut self) -> R {
        let r = self.next;
        self.next += 1;
        self.max = self.max.max(self.next);
        r
    }

    #[inline(never)]
    pub fn alloc_n(&mut self, n: u16) -> R {
        let r = self.next;
        self.next += n;
        self.max = self.max.max(self.next);
        r
    }

    /// The recorded type of an expression, with type arguments substituted.
    pub fn ty(&mut self, e: &Expr) -> TypeId {
        let t = self.pkg.info.expr(e.id).map_or(TypeId(0), |i| i.ty);
        self.sub(t)
    }

    /// [`Fn::sub`] of each type.
    pub fn subs(&mut self, ts: &[TypeId]) -> Vec<TypeId> {
        map_vec(ts, |&t| self.sub(t))
    }

    /// The objects the names define (`None` for a blank or unknown name).
    pub fn def_objs(&self, names: &[ast::Ident]) -> Vec<Option<ObjId>> {
        map_vec(names, |n| self.pkg.info.defs.get(&n.id).copied())
    }

    /// The types of the function's results.
    pub fn result_types(&self) -> Vec<TypeId> {
        map_vec(&self.results, |r| r.0)
    }

    pub fn sub(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            t
        } else {
            let s = self.subst.clone();
            self.c.types.subst(t, &s)
        }
    }

    /// The type denoted by a type expression.
    pub fn type_of_expr(&mut self, e: &Expr) -> TypeId {
        self.ty(e)
    }

    pub fn obj_type(&mut self, o: ObjId) -> TypeId {
        let t = self.c.prog.object(o).map_or(TypeId(0), |o| o.ty);
        self.sub(t)
    }

    pub fn loc_of(&mut self, o: ObjId) -> Option<Loc> {
        if let Some(l) = self.vars.get(&o) {
            return Some(*l);
        }
        self.c.globals.get(&o).map(|&g| Loc::Global(g))
    }

    /// Loads the value of a variable into `dst`.
    pub fn load_loc(&mut self, loc: Loc, dst: R) {
        match loc {
            Loc::Reg(r) => {
                if r != dst {
                    self.emit(Op::Move(dst, r));
                }
            }
            Loc::Cell(r) => {
                self.emit(Op::Load(dst, r));
            }
            Loc::Capture(i) => {
                self.emit(Op::Capture(dst, i));
                self.emit(Op::Load(dst, dst));
            }
            Loc::Global(g) => {
                self.emit(Op::LoadGlobal(dst, g));
            }
        }
    }

    /// Stores register `v` into a variable.
    pub fn store_loc(&mut self, loc: Loc, v: R) {
        match loc {
            Loc::Reg(r) => {
                if r != v {
                    self.emit(Op::Move(r, v));
                }
            }
            Loc::Cell(r) => {
                self.emit(Op::Store(r, v));
            }
            Loc::Capture(i) => {
                let p = self.alloc();
                self.emit(Op::Capture(p, i));
                self.emit(Op::Store(p, v));
            }
            Loc::Global(g) => {
                self.emit(Op::StoreGlobal(g, v));
            }
        }
    }

    /// A new closure's captured cells, one register each from `self.next` on.
    pub fn capture_cells(&mut self, free: &[ObjId]) {
        for o in free {
            let r = self.alloc();
            match self.vars.get(o).copied() {
                Some(loc @ (Loc::Cell(_) | Loc::Capture(_))) => self.addr_loc(loc, r),
                Some(Loc::Reg(x)) => {
                    self.emit(Op::Box(r, x));
                }
                _ => {
                    self.emit(Op::Nil(r));
                }
            }
        }
    }

    /// The address of a variable (it must live in a cell or be global).
    pub fn addr_loc(&mut self, loc: Loc, dst: R) {
        match loc {
            Loc::Cell(r) => {
                self.emit(Op::Move(dst, r));
            }
            Loc::Capture(i) => {
                self.emit(Op::Capture(dst, i));
            }
            Loc::Global(g) => {
                self.emit(Op::GlobalAddr(dst, g));
            }
            Loc::Reg(r) => {
                // Not marked escaping (e.g. &x of a pointer-typed root): box a copy.
                self.emit(Op::Box(dst, r));
            }
        }
    }

    /// A jump to the epilogue (functions with defers) or a plain return.
    pub fn ret_jump(&mut self) {
        let j = self.emit(Op::Jump(0));
        self.epilogue_jumps.push(j);
    }

    /// Compiles a function literal into a closure in `dst`.
    pub fn func_lit(
        &mut self,
        e: &'p Expr,
        sig: &'p FuncType,
        body: &'p Block,
        dst: R,
    ) -> Result<(), Fail> {
        self.closures += 1;
        let name = if self.name.contains(".func") || self.name.is_empty() {
            format!("{}.{}", self.name, self.closures)
        } else {
            format!("{}.func{}", self.name, self.closures)
        };
        let free = escape::free_vars(self.pkg, self.c.prog, e.span, body);
        let id = self.c.out.funcs.len() as u32;
        self.c.out.funcs.push(Rc::new(FuncProto::default()));
        let mut params: Vec<(Option<&'p ast::Ident>, Option<TypeId>)> = Vec::new();
        for p in &sig.params {
            params.extend(self.field_names(p));
        }
        let proto = {
            let subst = self.subst.clone();
            let escapes = self.escapes.clone();
            let mut f = Fn::new(self.c, self.pkg, name, subst, escapes);
            for (i, o) in free.iter().enumerate() {
                f.vars.insert(*o, Loc::Capture(i as u16));
                let name =
                    f.c.prog
                        .object(*o)
                        .map(|o| o.name.to_string())
                        .unwrap_or_default();
                f.captures.push(name);
            }
            f.decl_line = f.lines.line(e.span.lo);
            f.prologue(&params, sig, body)?;
            f.slice_bufs(&params, sig, body);
            f.block(body)?;
            f.finish(params.len() as u16)?
        };
        self.c.out.funcs[id as usize] = Rc::new(proto);
        let b = self.next;
        self.capture_cells(&free);
        self.emit(Op::Closure(dst, id, b, free.len() as u16));
        self.next = b.max(dst + 1);
        Ok(())
    }

    /// `var x, y = a, b` at package level.
    fn global_init(&mut self, spec: &'p ast::VarSpec) -> Result<(), Fail> {
        let objs = self.def_objs(&spec.names);
        if spec.values.len() == 1 && objs.len() > 1 {
            let a = self.multi(&spec.values[0], objs.len() as u16)?;
            for (i, o) in objs.iter().enumerate() {
                if let Some(o) = o {
                    if let Some(loc) = self.loc_of(*o) {
                        let t = self.obj_type(*o);
                        let src = self.multi_elem_type(&spec.values[0], i);
                        let r = self.convert_assign(a + i as u16, src, t);
                        self.store_loc(loc, r);
                    }
                }
            }
            return Ok(());
        }
        for (o, v) in objs.iter().zip(&spec.values) {
            let Some(o) = o else { continue };
            let t = self.obj_type(*o);
            let r = self.value_as(v, t)?;
            if let Some(loc) = self.loc_of(*o) {
                self.store_loc(loc, r);
            }
        }
        Ok(())
    }

    /// A function value constant for a compiled function or native.
    pub fn func_const(&mut self, f: FuncRef) -> u32 {
        self.c.konst(Value::Func(Rc::new(Closure::new(f))))
    }

    pub fn is_struct_or_array(&self, t: TypeId) -> bool {
        matches!(
            self.c.types.get(self.c.under(t)),
            Type::Struct(_) | Type::Array(..)
        )
    }
}

pub(super) fn contains_defer(b: &Block) -> bool {
    fn stmt(s: &ast::Stmt) -> bool {
        use ast::StmtKind as K;
        match &s.kind {
            K::Defer(_) => true,
            K::Block(b) => b.stmts.iter().any(stmt),
            K::Labeled { stmt: s, .. } => stmt(s),
            K::If { then, els, .. } => {
                then.stmts.iter().any(stmt) || els.as_deref().is_some_and(stmt)
            }
            K::Switch { clauses, .. } | K::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.body.iter().any(stmt))
            }
            K::Select { clauses, .. } => clauses.iter().any(|c| c.body.iter().any(stmt)),
            K::For { body, .. } | K::Range { body, .. } => body.stmts.iter().any(stmt),
            _ => false,
        }
    }
    b.stmts.iter().any(stmt)
}
