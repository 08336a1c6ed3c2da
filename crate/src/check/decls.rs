//! Package-level declarations: collection, lazy resolution in dependency
//! order with cycle detection, methods, and function signatures.

use super::checker::{Checker, FuncCtx};
use super::{FuncRef, ObjId, ObjKind, VarInit};
use crate::syntax::ast::{self, Decl, Expr, ExprKind};
use crate::types::constant::Value;
use crate::types::{BasicKind, Method, Param, Type, TypeId};

/// How a package-level object was declared.
#[derive(Clone, Debug)]
pub(super) enum DeclInfo<'a> {
    Const {
        /// The spec the type and values come from (a previous one for
        /// implicit repetition).
        src: &'a ast::ConstSpec,
        index: usize,
        iota: u32,
    },
    Var {
        spec: &'a ast::VarSpec,
        lhs: Vec<ObjId>,
        decl: u32,
        spec_idx: u32,
    },
    Type(&'a ast::TypeSpec),
    Func(&'a ast::FuncDecl),
}

impl<'a, 'p> Checker<'a, 'p> {
    pub(super) fn collect_objects(&mut self) {
        let file = self.file;
        for (di, decl) in file.decls.iter().enumerate() {
            match decl {
                Decl::Const(g) => {
                    let mut last: Option<&ast::ConstSpec> = None;
                    for spec in &g.specs {
                        let src = if spec.typ.is_none() && spec.values.is_empty() {
                            last.unwrap_or(spec)
                        } else {
                            last = Some(spec);
                            spec
                        };
                        for (i, name) in spec.names.iter().enumerate() {
                            let obj = self.new_object(
                                &name.name,
                                ObjKind::Const(Value::Unknown),
                                BasicKind::Invalid.id(),
                                name.span.lo,
                            );
                            self.declare(name, obj);
                            self.decls.insert(
                                obj,
                                DeclInfo::Const {
                                    src,
                                    index: i,
                                    iota: spec.iota,
                                },
                            );
                        }
                    }
                }
                Decl::Var(g) => {
                    for (si, spec) in g.specs.iter().enumerate() {
                        let lhs = self.new_vars(&spec.names, true);
                        for (n, &o) in spec.names.iter().zip(&lhs) {
                            self.declare(n, o);
                            self.decls.insert(
                                o,
                                DeclInfo::Var {
                                    spec,
                                    lhs: lhs.clone(),
                                    decl: di as u32,
                                    spec_idx: si as u32,
                                },
                            );
                        }
                    }
                }
                Decl::Type(g) => {
                    for spec in &g.specs {
                        let ty = if spec.alias.is_some() {
                            BasicKind::Invalid.id()
                        } else {
                            let path = self.pkg_path.clone();
                            self.types().new_named(&path, &spec.name.name)
                        };
                        let obj = self.new_object(
                            &spec.name.name,
                            ObjKind::TypeName,
                            ty,
                            spec.name.span.lo,
                        );
                        self.declare(&spec.name, obj);
                        self.decls.insert(obj, DeclInfo::Type(spec));
                    }
                }
                Decl::Func(fd) => {
                    let obj = self.new_object(
                        &fd.name.name,
                        ObjKind::Func {
                            decl: Some(FuncRef {
                                pkg: self.pkg,
                                decl: di as u32,
                            }),
                        },
                        BasicKind::Invalid.id(),
                        fd.name.span.lo,
                    );
                    self.decls.insert(obj, DeclInfo::Func(fd));
                    if fd.recv.is_none() {
                        let name = &*fd.name.name;
                        if (name == "init" || (name == "main" && self.is_main))
                            && (!fd.tparams.is_empty()
                                || !fd.sig.params.is_empty()
                                || !fd.sig.results.is_empty())
                        {
                            self.errorf(
                                fd.name.span.lo,
                                format_args!(
                                    "func {name} must have no arguments and no return values"
                                ),
                            );
                        }
                        if name == "init" {
                            self.info.defs.insert(fd.name.id, obj);
                        } else {
                            self.declare(&fd.name, obj);
                        }
                    } else {
                        self.info.defs.insert(fd.name.id, obj);
                    }
                    self.bodies.push((obj, fd));
                }
            }
        }
        // Package-level names must not collide with imports.
        for i in 0..self.imports.len() {
            let (imp_obj, spec) = self.imports[i];
            let name = self.obj(imp_obj).name.clone();
            if let Some(&o) = self.scopes[self.pkg_scope].names.get(&name) {
                let path = String::from_utf8_lossy(&spec.path.bytes).into_owned();
                let ObjKind::PkgName(pi) = self.obj(imp_obj).kind else {
                    continue;
                };
                let pname = self
                    .prog
                    .packages
                    .get(pi as usize)
                    .map_or(String::new(), |p| p.name.clone());
                let other = self.pos_string(self.obj(imp_obj).pos);
                let pos = self.obj(o).pos;
                self.errorf(
                    pos,
                    format_args!("{name} already declared through import of package {pname} ({})\n\t{other}: other declaration of {name}", crate::types::quote(&path)),
                );
            }
        }
        if self.is_main && self.file.package.name.as_ref() == "main" {
            let has_main = self.scopes[self.pkg_scope]
                .names
                .get("main")
                .is_some_and(|&o| matches!(self.obj(o).kind, ObjKind::Func { .. }));
            if !has_main {
                // gc reports this at the package clause position.
                self.error(
                    self.file.package_pos,
                    "function main is undeclared in the main package",
                );
            }
        }
    }

    pub(super) fn package_objects(&mut self) {
        let mut objs: Vec<ObjId> = self.decls.keys().copied().collect();
        crate::sort::sort(&mut objs);
        let (mut types, mut others) = (Vec::new(), Vec::new());
        for o in objs {
            if let Some(DeclInfo::Type(_)) = self.decls.get(&o) {
                types.push(o);
            } else {
                others.push(o);
            }
        }
        for &o in &types {
            self.obj_decl(o);
        }
        self.valid_types(&types);
        // Methods, in source order.
        for &o in &others {
            if let Some(DeclInfo::Func(fd)) = self.decls.get(&o) {
                if fd.recv.is_some() {
                    self.obj_decl(o);
                }
            }
        }
        self.complete_all_instances();
        for &o in &others {
            self.obj_decl(o);
        }
    }

    /// Re-derives instances of generic types (made before their generic
    /// type was complete or had all its methods).
    pub(super) fn complete_all_instances(&mut self) {
        let n = self.prog.types.len();
        for i in 0..n {
            let t = TypeId(i as u32);
            let Some(named) = self.prog.types.named(t) else {
                continue;
            };
            let Some(origin) = named.origin else {
                continue;
            };
            let targs = named.targs.clone();
            let Some(g) = self.prog.types.named(origin).cloned() else {
                continue;
            };
            let map = crate::types::subst_map(&g.tparams, &targs);
            self.types().complete_instance(t, &g, &map);
        }
    }

    /// Declares a package-level object on first need (types2's objDecl).
    pub(super) fn obj_decl(&mut self, obj: ObjId) {
        let i = obj.0 as usize;
        if self.done.get(i).copied().unwrap_or(false) {
            return;
        }
        let Some(info) = self.decls.get(&obj).cloned() else {
            return;
        };
        if let Some(start) = self.decl_path.iter().position(|&o| o == obj) {
            // A named type may refer to itself while being declared; only
            // aliases, constants and variables form invalid cycles here.
            let named = matches!(info, DeclInfo::Type(spec) if spec.alias.is_none());
            if !named {
                let cycle: Vec<ObjId> = self.decl_path[start..].to_vec();
                self.report_cycle(&cycle);
            }
            return;
        }
        self.decl_path.push(obj);
        // Package-level declarations see the file scope only.
        let saved_scope = std::mem::replace(&mut self.scope, self.file_scope);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_iota = self.iota.take();
        let saved_cur = self.cur_decl.replace(obj);
        match info {
            DeclInfo::Const { src, index, iota } => {
                self.iota = Some(Value::int(i64::from(iota)));
                let inherited = src.iota != iota;
                self.at_name_if(inherited, obj, |c| c.const_decl(obj, src, index));
            }
            DeclInfo::Var {
                spec,
                lhs,
                decl,
                spec_idx,
            } => {
                self.var_decl(&lhs, spec.typ.as_ref(), &spec.values, spec.span.lo);
                for &o in &lhs {
                    if let Some(d) = self.done.get_mut(o.0 as usize) {
                        *d = true;
                    }
                }
                self.var_inits.push(VarInit {
                    lhs,
                    decl,
                    spec: spec_idx,
                });
            }
            DeclInfo::Type(spec) => self.type_decl(obj, spec),
            DeclInfo::Func(fd) => self.func_decl(obj, fd),
        }
        self.iota = saved_iota;
        self.cur_decl = saved_cur;
        self.funcs = saved_funcs;
        self.scope = saved_scope;
        self.decl_path.pop();
        if self.done.len() <= i {
            self.done.resize(i + 1, false);
        }
        self.done[i] = true;
    }

    fn report_cycle(&mut self, cycle: &[ObjId]) {
        // Invalid types stop further errors about the same objects.
        let is_type = cycle
            .iter()
            .all(|&o| matches!(self.obj(o).kind, ObjKind::TypeName));
        let is_func_involved = cycle
            .iter()
            .any(|&o| matches!(self.obj(o).kind, ObjKind::Func { .. }));
        if is_func_involved && !is_type {
            // Recursive functions are fine; cycles through function bodies are
            // found by the initialization order analysis (not modelled).
            return;
        }
        // Start the report at the object declared first.
        let first = (0..cycle.len())
            .min_by_key(|&k| self.obj(cycle[k]).pos)
            .unwrap_or(0);
        let mut rot = cycle[first..].to_vec();
        rot.extend_from_slice(&cycle[..first]);
        let o0 = rot[0];
        let name0 = self.obj(o0).name.clone();
        let pos0 = self.obj(o0).pos;
        if is_type {
            // Mark the types so the cycle is not reported again.
            for &o in &rot {
                let t = self.obj(o).ty;
                if self.prog.types.named(t).is_some() && !self.cyclic.contains(&t) {
                    self.cyclic.push(t);
                }
            }
        } else {
            for &o in &rot {
                self.obj_mut(o).ty = BasicKind::Invalid.id();
            }
        }
        let msg = if rot.len() == 1 {
            if is_type {
                format!("invalid recursive type: {name0} refers to itself")
            } else {
                format!("initialization cycle: {name0} refers to itself")
            }
        } else {
            let mut m = if is_type {
                format!("invalid recursive type {name0}")
            } else {
                format!("initialization cycle for {name0}")
            };
            for k in 0..rot.len() {
                let a = rot[k];
                let b = rot[(k + 1) % rot.len()];
                m.push_str(&format!(
                    "\n\t{}: {} refers to {}",
                    self.pos_string(self.obj(a).pos),
                    self.obj(a).name,
                    self.obj(b).name
                ));
            }
            m
        };
        self.error(pos0, msg);
    }

    /// Runs `f`; when `inherited` (a const spec repeating an earlier
    /// spec's expressions), its errors are reported at the constant's name
    /// as gc does.
    pub(super) fn at_name_if(&mut self, inherited: bool, obj: ObjId, f: impl FnOnce(&mut Self)) {
        let n = self.errors.len();
        f(self);
        if inherited {
            let pos = self.obj(obj).pos;
            for e in self.errors.iter_mut().skip(n) {
                e.span = crate::source::Span::at(pos);
            }
        }
    }

    fn const_decl(&mut self, obj: ObjId, src: &'a ast::ConstSpec, index: usize) {
        let typ = src.typ.as_ref().map(|t| self.typexpr(t));
        if let Some(t) = typ {
            if self.prog.types.basic_kind(t).is_none() && t != BasicKind::Invalid.id() {
                let ts = self.ty_str(t);
                if let Some(te) = &src.typ {
                    self.errorf(te.span.lo, format_args!("invalid constant type {ts}"));
                }
                self.obj_mut(obj).ty = BasicKind::Invalid.id();
                return;
            }
        }
        let Some(init) = src.values.get(index) else {
            if index == src.values.len() || src.values.is_empty() {
                let pos = self.obj(obj).pos;
                self.error(pos, "missing init expr for const declaration");
            }
            self.obj_mut(obj).ty = BasicKind::Invalid.id();
            return;
        };
        let mut x = self.expr(init);
        if x.invalid() {
            self.obj_mut(obj).ty = BasicKind::Invalid.id();
            return;
        }
        if x.mode != super::operand::OpMode::Constant {
            let s = self.operand_string(&x);
            self.errorf(init.span.lo, format_args!("{s} is not constant"));
            self.obj_mut(obj).ty = BasicKind::Invalid.id();
            return;
        }
        if let Some(t) = typ {
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        let o = self.obj_mut(obj);
        o.ty = x.ty;
        o.kind = ObjKind::Const(x.val.clone().unwrap_or(Value::Unknown));
        if index + 1 == src.names.len() && src.values.len() > src.names.len() {
            if let Some(extra) = src.values.get(src.names.len()) {
                self.error(extra.span.lo, "extra init expr");
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias.is_some() {
            let t = self.typexpr(&spec.typ);
            self.obj_mut(obj).ty = t;
            return;
        }
        let named = self.obj(obj).ty;
        if !spec.tparams.is_empty() {
            self.push_scope();
            let tps = self.declare_type_params(&spec.tparams);
            if let Some(n) = self.prog.types.named_mut(named) {
                n.tparams = tps;
            }
            let u = self.typexpr(&spec.typ);
            self.set_underlying_checked(named, u, spec);
            self.pop_scope();
        } else {
            let u = self.typexpr(&spec.typ);
            if self.underlying_cycle(u) {
                return;
            }
            self.set_underlying_checked(named, u, spec);
        }
        if !spec.tparams.is_empty() {
            self.complete_all_instances();
        }
    }

    /// `type A B` where B is still being declared (its underlying type is
    /// not known yet): a cycle through the declarations on the path.
    fn underlying_cycle(&mut self, u: TypeId) -> bool {
        let Some(n) = self.prog.types.named(u) else {
            return false;
        };
        if n.underlying != BasicKind::Invalid.id() || n.origin.is_some() {
            return false;
        }
        let Some(start) = self.decl_path.iter().position(|&o| self.obj(o).ty == u) else {
            return false;
        };
        let cycle: Vec<ObjId> = self.decl_path[start..].to_vec();
        if !self.cyclic.contains(&u) {
            self.report_cycle(&cycle);
        }
        true
    }

    fn set_underlying_checked(&mut self, named: TypeId, u: TypeId, _spec: &ast::TypeSpec) {
        if self.cyclic.contains(&named) {
            return;
        }
        if self.prog.types.is_type_param(u) {
            // `type T[P any] P` is not allowed.
            self.types().set_underlying(named, BasicKind::Invalid.id());
            return;
        }
        self.types().set_underlying(named, u);
    }

    /// Declares type parameters in the current scope; returns their types.
    pub(super) fn declare_type_params(&mut self, fields: &'a [ast::Field]) -> Vec<TypeId> {
        let mut tps = Vec::new();
        let mut idx = 0;
        let mut pending = Vec::new();
        for f in fields {
            for n in &f.names {
                let any = self.prog.types.any;
                let tp = self.types().new_type_param(&n.name, idx, any);
                idx += 1;
                let obj = self.new_object(&n.name, ObjKind::TypeName, tp, n.span.lo);
                self.declare(n, obj);
                tps.push(tp);
                pending.push((tp, f));
            }
        }
        for (tp, f) in pending {
            let c = self.constraint(&f.typ);
            self.types().set_constraint(tp, c);
        }
        tps
    }

    /// Resolves a method receiver's base type: `T`, `*T`, `T[P]`, `*T[P]`.
    /// Returns (named type, pointer receiver) and declares receiver type
    /// parameters in the current scope.
    fn receiver_base(&mut self, recv: &'a ast::Field) -> Option<(TypeId, bool)> {
        let (inner, ptr) = match &recv.typ.unparen().kind {
            ExprKind::Star { x, .. } => (x.unparen(), true),
            _ => (recv.typ.unparen(), false),
        };
        let (name_expr, targs): (&Expr, &[Expr]) = match &inner.kind {
            ExprKind::Index { x, indices, .. } => (x, indices),
            _ => (inner, &[]),
        };
        let ExprKind::Name(id) = &name_expr.kind else {
            if let ExprKind::Selector { .. } = &name_expr.kind {
                let t = self.typexpr(name_expr);
                if t != BasicKind::Invalid.id() {
                    let ts = self.ty_str(t);
                    let msg = format!("cannot define new methods on non-local type {ts}");
                    self.error(name_expr.span.lo, msg);
                }
                return None;
            }
            let rs = super::expr_string(&recv.typ);
            self.errorf(inner.span.lo, format_args!("invalid receiver type {rs}"));
            return None;
        };
        let obj = match self.scopes[self.pkg_scope].names.get(&id.name) {
            Some(&o) => o,
            None => {
                if self.lookup(&id.name).is_some() {
                    self.errorf(
                        id.span.lo,
                        format_args!("cannot define new methods on non-local type {}", id.name),
                    );
                } else {
                    self.errorf(id.span.lo, format_args!("undefined: {}", id.name));
                }
                return None;
            }
        };
        self.info.uses.insert(id.id, obj);
        self.record(id.id, super::Mode::TypeExpr, self.obj(obj).ty, None);
        let t = self.obj(obj).ty;
        let Some(named) = self.prog.types.named(t).cloned() else {
            let ts = self.ty_str(t);
            self.errorf(id.span.lo, format_args!("invalid receiver type {ts}"));
            return None;
        };
        if named.pkg != self.pkg_path {
            return None;
        }
        if matches!(
            self.prog.types.get(named.underlying),
            Type::Pointer(_) | Type::Interface(_)
        ) {
            let ts = self.ty_str(t);
            let what = if self.prog.types.is_interface(t) {
                "interface"
            } else {
                "pointer"
            };
            self.error(
                id.span.lo,
                format!("invalid receiver type {ts} ({what} or interface type)").replace(
                    &format!("({what} or interface type)"),
                    "(pointer or interface type)",
                ),
            );
            return None;
        }
        // Receiver type parameters name the type's own parameters.
        for (k, a) in targs.iter().enumerate() {
            if let (ExprKind::Name(pid), Some(&tp)) = (&a.kind, named.tparams.get(k)) {
                let o = self.new_object(&pid.name, ObjKind::TypeName, tp, pid.span.lo);
                self.declare(pid, o);
                self.record(pid.id, super::Mode::TypeExpr, tp, None);
            }
        }
        let recv_ty = if named.tparams.is_empty() {
            t
        } else {
            let args = named.tparams.clone();
            self.types().instantiate(t, &args)
        };
        // Record the receiver type expression.
        let full = if ptr {
            self.types().pointer(recv_ty)
        } else {
            recv_ty
        };
        self.record(recv.typ.id, super::Mode::TypeExpr, full, None);
        Some((t, ptr))
    }

    fn func_decl(&mut self, obj: ObjId, fd: &'a ast::FuncDecl) {
        let scope = self.push_scope();
        self.func_scopes.insert(obj, scope as u32);
        let mut recv_info = None;
        if let Some(recv) = &fd.recv {
            recv_info = self.receiver_base(recv);
        }
        if !fd.tparams.is_empty() {
            if fd.recv.is_some() && self.go.minor < 27 {
                self.error(
                    fd.tparams[0].span.lo,
                    format!("generic method requires go1.27 or later (-lang was set to {}; check go.mod)", self.go),
                );
            }
            let tps = self.declare_type_params(&fd.tparams);
            self.prog.func_tparams.insert(obj, tps);
        }
        let sig = self.func_type(&fd.sig);
        self.obj_mut(obj).ty = sig;
        self.pop_scope();
        if let Some((named, ptr)) = recv_info {
            let name = fd.name.name.to_string();
            if fd.name.is_blank() {
                return;
            }
            let n = self.prog.types.named(named).cloned();
            if let Some(n) = n {
                if let Some(prev) = n.methods.iter().find(|m| m.name == name) {
                    let prev_pos = self.obj(ObjId(prev.obj)).pos;
                    let ps = self.pos_string(prev_pos);
                    self.errorf(
                        fd.name.span.lo,
                        format_args!("method {}.{} already declared at {ps}", n.name, name),
                    );
                    return;
                }
                if let Type::Struct(fields) = self.prog.types.get(n.underlying) {
                    if fields.iter().any(|f| f.name == name) {
                        let other = match self.field_pos(named, &name) {
                            Some(p) => {
                                format!("\n\t{}: other declaration of {name}", self.pos_string(p))
                            }
                            None => String::new(),
                        };
                        self.errorf(
                            fd.name.span.lo,
                            format_args!("field and method with the same name {name}{other}"),
                        );
                        return;
                    }
                }
            }
            self.types().add_method(
                named,
                Method {
                    name,
                    sig,
                    ptr_recv: ptr,
                    obj: obj.0,
                },
            );
        }
    }

    /// Where field `name` of the struct type declared as `named` is declared.
    fn field_pos(&self, named: TypeId, name: &str) -> Option<u32> {
        let spec = self.decls.values().find_map(|d| match d {
            DeclInfo::Type(spec)
                if self.scopes[self.pkg_scope]
                    .names
                    .get(&spec.name.name)
                    .is_some_and(|&o| self.obj(o).ty == named) =>
            {
                Some(*spec)
            }
            _ => None,
        })?;
        let ExprKind::StructType { fields, .. } = &spec.typ.kind else {
            return None;
        };
        fields
            .iter()
            .flat_map(|f| &f.names)
            .find(|n| &*n.name == name)
            .map(|n| n.span.lo)
    }

    /// A signature from a function type; parameter names are kept.
    pub(super) fn func_type(&mut self, ft: &'a ast::FuncType) -> TypeId {
        let mut variadic = false;
        let mut params = Vec::new();
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let ty = match &f.typ.kind {
                ExprKind::Dots(elem) => {
                    if i + 1 != n || f.names.len() > 1 {
                        self.error(
                            f.typ.span.lo,
                            "can only use ... with final parameter in list",
                        );
                    } else {
                        variadic = true;
                    }
                    let e = self.typexpr(elem);
                    let s = self.types().slice(e);
                    self.record(f.typ.id, super::Mode::TypeExpr, s, None);
                    s
                }
                _ => self.typexpr(&f.typ),
            };
            if f.names.is_empty() {
                params.push(Param { name: None, ty });
            }
            for nm in &f.names {
                params.push(Param {
                    name: Some(nm.name.to_string()),
                    ty,
                });
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            if let ExprKind::Dots(_) = &f.typ.kind {
                self.error(
                    f.typ.span.lo,
                    "can only use ... with final parameter in list",
                );
            }
            let ty = self.typexpr(&f.typ);
            if f.names.is_empty() {
                results.push(Param { name: None, ty });
            }
            for nm in &f.names {
                results.push(Param {
                    name: Some(nm.name.to_string()),
                    ty,
                });
            }
        }
        self.types().func(params, results, variadic)
    }

    /// Checks all function bodies in source order.
    pub(super) fn check_bodies(&mut self) {
        let bodies = std::mem::take(&mut self.bodies);
        for (obj, fd) in bodies {
            let Some(body) = &fd.body else {
                if self.is_main {
                    self.error(fd.name.span.lo, "missing function body");
                }
                continue;
            };
            self.cur_decl = Some(obj);
            let sig = self.obj(obj).ty;
            if self.prog.types.signature(sig).is_none() {
                continue;
            }
            let scope = self
                .func_scopes
                .get(&obj)
                .map_or(self.file_scope, |&s| s as usize);
            self.scope = scope;
            let recv = fd.recv.as_ref();
            self.func_body(sig, recv, &fd.sig, body);
            self.scope = self.file_scope;
        }
        self.cur_decl = None;
    }

    /// Checks a function body given its signature (declares receiver,
    /// parameters and results in a new scope).
    pub(super) fn func_body(
        &mut self,
        sig_ty: TypeId,
        recv: Option<&'a ast::Field>,
        ft: &'a ast::FuncType,
        body: &'a ast::Block,
    ) {
        let Some(sig) = self.prog.types.signature(sig_ty).cloned() else {
            return;
        };
        self.push_scope();
        self.funcs.push(FuncCtx {
            sig: Some(sig_ty),
            ..FuncCtx::default()
        });
        if let Some(r) = recv {
            let rt = self
                .info
                .expr(r.typ.id)
                .map_or(BasicKind::Invalid.id(), |e| e.ty);
            for n in &r.names {
                let o = self.new_object(&n.name, ObjKind::Var { global: false }, rt, n.span.lo);
                self.declare(n, o);
                self.mark_used(o);
            }
        }
        let mut k = 0;
        for f in &ft.params {
            if f.names.is_empty() {
                k += 1;
            }
            for n in &f.names {
                let ty = sig.params.get(k).map_or(BasicKind::Invalid.id(), |p| p.ty);
                k += 1;
                let o = self.new_object(&n.name, ObjKind::Var { global: false }, ty, n.span.lo);
                self.declare(n, o);
                self.mark_used(o);
            }
        }
        let mut k = 0;
        let mut results = Vec::new();
        for f in &ft.results {
            if f.names.is_empty() {
                k += 1;
            }
            for n in &f.names {
                let ty = sig.results.get(k).map_or(BasicKind::Invalid.id(), |p| p.ty);
                k += 1;
                let o = self.new_object(&n.name, ObjKind::Var { global: false }, ty, n.span.lo);
                self.declare(n, o);
                self.mark_used(o);
                results.push(o);
            }
        }
        if let Some(f) = self.funcs.last_mut() {
            f.results = results;
        }
        self.stmt_list(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace, "missing return");
        }
        self.pop_scope();
        let ctx = self.funcs.pop().unwrap_or_default();
        self.report_unused(&ctx);
    }

    fn report_unused(&mut self, ctx: &FuncCtx) {
        let mut unused: Vec<ObjId> = Vec::new();
        for &o in &ctx.locals {
            if !self.is_used(o) && &*self.obj(o).name != "_" {
                unused.push(o);
            }
        }
        crate::sort::sort_by_key(&mut unused, |&o| self.obj(o).pos);
        for o in unused {
            let (pos, name) = (self.obj(o).pos, self.obj(o).name.clone());
            self.errorf(pos, format_args!("declared and not used: {name}"));
        }
    }

    /// Orders package-level variable initialization as Go does (repeatedly
    /// the earliest variable whose dependencies, followed through function
    /// bodies, are initialized) and reports cycles through functions.
    pub(super) fn init_order(&mut self) {
        let mut inits = std::mem::take(&mut self.var_inits);
        crate::sort::sort_by_key(&mut inits, |v| {
            v.lhs.first().map_or(0, |&o| self.obj(o).pos)
        });
        let mut reported: Vec<ObjId> = Vec::new();
        // Variables each init needs, through any number of function calls.
        let mut needs: Vec<Vec<ObjId>> = Vec::new();
        for vi in &inits {
            let mut vars = Vec::new();
            let mut seen = Vec::new();
            let mut stack: Vec<(ObjId, Vec<ObjId>)> = Vec::new();
            for o in &vi.lhs {
                for &d in self.deps.get(o).map_or(&[][..], Vec::as_slice) {
                    stack.push((d, vec![vi.lhs[0], d]));
                }
            }
            while let Some((o, path)) = stack.pop() {
                if seen.contains(&o) {
                    continue;
                }
                seen.push(o);
                match self.obj(o).kind {
                    ObjKind::Var { .. } => {
                        if vi.lhs.contains(&o) {
                            if path.len() > 2 && !reported.contains(&o) {
                                reported.push(o);
                                self.report_init_cycle(&path);
                            }
                        } else {
                            vars.push(o);
                        }
                    }
                    ObjKind::Func { .. } => {
                        for &d in self.deps.get(&o).map(Vec::as_slice).unwrap_or(&[]) {
                            let mut p = path.clone();
                            p.push(d);
                            stack.push((d, p));
                        }
                    }
                    _ => {}
                }
            }
            needs.push(vars);
        }
        let mut done: Vec<ObjId> = Vec::new();
        let mut emitted = vec![false; inits.len()];
        for _ in 0..inits.len() {
            let next = (0..inits.len())
                .find(|&i| !emitted[i] && needs[i].iter().all(|v| done.contains(v)))
                .or_else(|| (0..inits.len()).find(|&i| !emitted[i]));
            let Some(i) = next else { break };
            emitted[i] = true;
            done.extend(inits[i].lhs.iter().copied());
            self.var_inits.push(inits[i].clone());
        }
    }

    /// `initialization cycle for v` with each `x refers to y` step.
    fn report_init_cycle(&mut self, path: &[ObjId]) {
        let Some(&v) = path.first() else { return };
        let mut msg = format!("initialization cycle for {}", self.obj(v).name);
        for w in path.windows(2) {
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                self.pos_string(self.obj(w[0]).pos),
                self.obj(w[0]).name,
                self.obj(w[1]).name
            ));
        }
        let pos = self.obj(v).pos;
        self.error(pos, msg);
    }

    /// Marks invalid recursive types (a type containing itself by value).
    fn valid_types(&mut self, types: &[ObjId]) {
        for &o in types {
            let t = self.obj(o).ty;
            if self.prog.types.named(t).is_none() || self.cyclic.contains(&t) {
                continue;
            }
            let mut path = Vec::new();
            if let Some(cycle) = self.find_value_cycle(t, t, &mut path, 0) {
                let mut objs: Vec<ObjId> = Vec::new();
                for &ct in &cycle {
                    if let Some(&ob) = types.iter().find(|&&ob| self.obj(ob).ty == ct) {
                        objs.push(ob);
                    }
                }
                if !objs.is_empty() {
                    self.report_cycle(&objs);
                }
                // The types stay as declared (so field lookups still work);
                // the program will not be compiled anyway.
                self.cyclic.extend(cycle);
            }
        }
    }

    /// A path of named types from `t` back to `target` through struct
    /// fields and array elements (which contain values, not references).
    fn find_value_cycle(
        &self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> Option<Vec<TypeId>> {
        if depth > 100 {
            return None;
        }
        let types = &self.prog.types;
        if types.named(t).is_some() {
            if !path.is_empty() && t == target {
                return Some(path.clone());
            }
            if path.contains(&t) || self.cyclic.contains(&t) {
                return None;
            }
            if types.named(t).is_some_and(|n| n.origin.is_some()) {
                return None;
            }
            path.push(t);
            let r = self.find_value_cycle(types.underlying(t), target, path, depth + 1);
            path.pop();
            return r;
        }
        match types.get(t) {
            Type::Struct(fields) => {
                for f in fields {
                    if let Some(c) = self.find_value_cycle(f.ty, target, path, depth + 1) {
                        return Some(c);
                    }
                }
                None
            }
            Type::Array(_, e) => self.find_value_cycle(*e, target, path, depth + 1),
            _ => None,
        }
    }
}
