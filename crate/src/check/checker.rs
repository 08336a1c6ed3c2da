//! The checker's state: program-wide tables, scopes, error reporting, and
//! the top-level flow (imports, package declarations, function bodies,
//! unused imports), in the order types2 discovers errors.

use super::decls::DeclInfo;
use super::{Builtin, ExprInfo, Mode, ObjId, ObjKind, Object, Package, Program, TypeInfo};
use crate::diag::Diagnostic;
use crate::source::Span;
use crate::stdlib;
use crate::syntax::ast::{self, NodeId, Pos};
use crate::types::constant::Value;
use crate::types::{BasicKind, FastMap, TypeId, Types};
use crate::version::GoVersion;
use std::cell::RefCell;
use std::rc::Rc;

pub(super) const UNIVERSE_PKG: u32 = u32::MAX;

#[derive(Clone, Debug, Default)]
pub(super) struct Scope {
    pub parent: Option<usize>,
    pub names: FastMap<Rc<str>, ObjId>,
}

/// Per-function state while checking a body.
#[derive(Clone, Debug, Default)]
pub(super) struct FuncCtx {
    /// The signature's type.
    pub sig: Option<TypeId>,
    /// Named result objects (for bare returns).
    pub results: Vec<ObjId>,
    /// Variables declared in this function (for `declared and not used`).
    pub locals: Vec<ObjId>,
}

pub(super) struct Checker<'a, 'p> {
    pub prog: &'p mut Program,
    pub pkg: u32,
    pub pkg_path: String,
    pub file: &'a ast::File,
    pub info: TypeInfo,
    pub go: GoVersion,
    pub errors: Vec<Diagnostic>,
    pub scopes: Vec<Scope>,
    pub scope: usize,
    pub pkg_scope: usize,
    pub file_scope: usize,
    pub used: Vec<bool>,
    pub decls: FastMap<ObjId, DeclInfo<'a>>,
    /// Objects currently being declared (cycle detection), in order.
    pub decl_path: Vec<ObjId>,
    pub done: Vec<bool>,
    pub funcs: Vec<FuncCtx>,
    pub iota: Option<Value>,
    /// Import objects: (object, spec) for the unused-imports pass.
    pub imports: Vec<(ObjId, &'a ast::ImportSpec)>,
    /// Function bodies to check after package-level declarations.
    pub bodies: Vec<(ObjId, &'a ast::FuncDecl)>,
    /// Variable initializations in dependency order.
    pub var_inits: Vec<super::VarInit>,
    /// Errors are only reported for the main package; stdlib errors are bugs.
    pub is_main: bool,
    /// Named types found to contain themselves (their underlying type is invalid).
    pub cyclic: Vec<TypeId>,
    /// Each function's scope (its type parameters, receiver and parameters).
    pub func_scopes: FastMap<ObjId, u32>,
    /// Package names gc writes as quoted paths in this package's messages.
    pub quoted: Vec<String>,
    /// Objects visible through `import . "pkg"` -> that import.
    pub dot_imports: FastMap<ObjId, ObjId>,
    /// The package-level object whose declaration or body is being
    /// checked, and what each refers to (for initialization order).
    pub cur_decl: Option<ObjId>,
    pub deps: FastMap<ObjId, Vec<ObjId>>,
}

/// Builds the universe objects shared by every package.
fn universe(prog: &mut Program) -> Scope {
    let mut scope = Scope::default();
    let mut add = |prog: &mut Program, name: &str, kind: ObjKind, ty: TypeId| {
        let id = ObjId(prog.objects.len() as u32);
        prog.objects.push(Object {
            name: name.into(),
            kind,
            ty,
            pkg: UNIVERSE_PKG,
            pos: 0,
        });
        scope.names.insert(name.into(), id);
    };
    use BasicKind as B;
    for k in [
        B::Bool,
        B::Int,
        B::Int8,
        B::Int16,
        B::Int32,
        B::Int64,
        B::Uint,
        B::Uint8,
        B::Uint16,
        B::Uint32,
        B::Uint64,
        B::Uintptr,
        B::Float32,
        B::Float64,
        B::Complex64,
        B::Complex128,
        B::String,
    ] {
        add(prog, k.name(), ObjKind::TypeName, k.id());
    }
    add(prog, "byte", ObjKind::TypeName, B::Byte.id());
    add(prog, "rune", ObjKind::TypeName, B::Rune.id());
    let (error, any, comparable) = (prog.types.error, prog.types.any, prog.types.comparable);
    add(prog, "error", ObjKind::TypeName, error);
    add(prog, "any", ObjKind::TypeName, any);
    add(prog, "comparable", ObjKind::TypeName, comparable);
    add(
        prog,
        "true",
        ObjKind::Const(Value::Bool(true)),
        B::UntypedBool.id(),
    );
    add(
        prog,
        "false",
        ObjKind::Const(Value::Bool(false)),
        B::UntypedBool.id(),
    );
    add(
        prog,
        "iota",
        ObjKind::Const(Value::int(0)),
        B::UntypedInt.id(),
    );
    add(prog, "nil", ObjKind::Nil, B::UntypedNil.id());
    for b in Builtin::ALL {
        add(prog, b.name(), ObjKind::Builtin(b), B::Invalid.id());
    }
    scope
}

/// Imports that are not in goplay's std: the go command reports them before
/// it compiles (even before syntax errors further down), ordered by path.
pub(super) fn unknown_imports(file: &ast::File) -> Vec<Diagnostic> {
    let mut unknown: Vec<(String, Span)> = Vec::new();
    for (path, imp) in import_paths(file).into_iter().zip(&file.imports) {
        if stdlib::source(&path).is_none() {
            unknown.push((path, imp.path.span));
        }
    }
    crate::sort::sort(&mut unknown);
    let mut diags = Vec::with_capacity(unknown.len());
    for (path, span) in unknown {
        diags.push(Diagnostic::go_command(
            span,
            format!("package {path} is not in std (/usr/local/go/src/{path})"),
        ));
    }
    diags
}

/// The import paths of a file, in source order.
fn import_paths(file: &ast::File) -> Vec<String> {
    crate::types::map_vec(&file.imports, |imp| {
        String::from_utf8_lossy(&imp.path.bytes).into_owned()
    })
}

/// The universe plus the checked library packages an import set needs.
#[derive(Clone)]
struct Base {
    prog: Program,
    uni: Scope,
}

/// How many import sets keep their checked library packages.
const MAX_BASES: usize = 16;

thread_local! {
    /// Checked library packages by import set: programs importing the same
    /// packages start from a copy instead of checking the library again.
    static BASES: RefCell<Vec<(Vec<String>, Rc<Base>)>> = const { RefCell::new(Vec::new()) };
}

fn base(paths: &[String]) -> Result<Rc<Base>, Vec<Diagnostic>> {
    if let Some(b) = BASES.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| k == paths)
            .map(|(_, b)| b.clone())
    }) {
        return Ok(b);
    }
    let mut prog = Program {
        types: Types::new(),
        objects: Vec::new(),
        packages: Vec::new(),
        go: GoVersion::NEWEST,
        warnings: Vec::new(),
        func_tparams: FastMap::default(),
    };
    let uni = universe(&mut prog);
    // A library package that does not check is goplay's bug: say so.
    let lib_errors = load_imports(&mut prog, &uni, paths);
    if !lib_errors.is_empty() {
        return Err(lib_errors);
    }
    let b = Rc::new(Base { prog, uni });
    BASES.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_BASES {
            c.remove(0);
        }
        c.push((paths.to_vec(), b.clone()));
    });
    Ok(b)
}

pub(super) fn check_program(
    file: Rc<ast::File>,
    src: Rc<str>,
    go: GoVersion,
) -> Result<Program, Vec<Diagnostic>> {
    let unknown = unknown_imports(&file);
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let mut paths = import_paths(&file);
    crate::sort::sort(&mut paths);
    paths.dedup();
    let b = base(&paths)?;
    let Base { mut prog, uni } = (*b).clone();
    prog.go = go;
    let errs = check_package(&mut prog, &uni, file, src, "main", go, true);
    if errs.is_empty() {
        Ok(prog)
    } else {
        Err(errs)
    }
}

/// Names shared by several packages in the real import graph of `file`'s
/// imports: a public package and an internal namesake.
fn ambiguous_names(file: &ast::File) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for imp in &file.imports {
        let path = String::from_utf8_lossy(&imp.path.bytes).into_owned();
        for n in stdlib::hidden_namesakes(&path) {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_string());
            }
        }
    }
    names
}

/// Checks the std packages `paths` (recursively, dependencies first);
/// returns their errors (there should be none).
fn load_imports(prog: &mut Program, uni: &Scope, paths: &[String]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for path in paths {
        if prog.packages.iter().any(|p| &p.path == path) {
            continue;
        }
        let (Some(src), Some(pfile)) = (stdlib::source(path), stdlib::parse(path)) else {
            continue;
        };
        let deps = import_paths(&pfile);
        errors.extend(load_imports(prog, uni, &deps));
        if prog.packages.iter().any(|p| &p.path == path) {
            continue;
        }
        // The library is written in the newest Go goplay knows.
        let errs = check_package(
            prog,
            uni,
            pfile,
            Rc::from(src),
            path,
            GoVersion::NEWEST,
            false,
        );
        for e in errs {
            let msg = format!("goplay internal error: package {path}: {}", e.message);
            errors.push(Diagnostic::error(Span::at(0), msg));
        }
    }
    errors
}

fn check_package(
    prog: &mut Program,
    uni: &Scope,
    file: Rc<ast::File>,
    src: Rc<str>,
    path: &str,
    go: GoVersion,
    is_main: bool,
) -> Vec<Diagnostic> {
    let pkg = prog.packages.len() as u32;
    let name = file.package.name.to_string();
    // Reserve the package slot so objects can name it.
    prog.packages.push(Package {
        path: path.to_string(),
        name,
        file: file.clone(),
        src,
        info: Rc::default(),
        scope: Rc::default(),
        var_inits: Vec::new(),
    });
    let fref: &ast::File = &file;
    let mut c = Checker {
        prog,
        pkg,
        pkg_path: path.to_string(),
        file: fref,
        info: TypeInfo {
            exprs: vec![None; file.node_count as usize],
            ..TypeInfo::default()
        },
        go,
        errors: Vec::new(),
        scopes: vec![uni.clone()],
        scope: 0,
        pkg_scope: 0,
        file_scope: 0,
        used: Vec::new(),
        decls: FastMap::default(),
        decl_path: Vec::new(),
        done: Vec::new(),
        funcs: Vec::new(),
        iota: None,
        imports: Vec::new(),
        bodies: Vec::new(),
        var_inits: Vec::new(),
        is_main,
        cyclic: Vec::new(),
        func_scopes: FastMap::default(),
        quoted: Vec::new(),
        dot_imports: FastMap::default(),
        cur_decl: None,
        deps: FastMap::default(),
    };
    c.quoted = ambiguous_names(c.file);
    c.pkg_scope = c.push_scope();
    c.file_scope = c.push_scope();
    c.collect_imports();
    c.scope = c.pkg_scope;
    c.collect_objects();
    c.package_objects();
    c.scope = c.file_scope;
    c.check_bodies();
    c.init_order();
    c.unused_imports();
    if is_main && c.errors.is_empty() {
        let warnings = super::loopclosure::check(c.file, &c.info, c.go);
        c.prog.warnings = warnings;
    }
    let scope = c.scopes[c.pkg_scope].names.clone();
    let info = std::mem::take(&mut c.info);
    let var_inits = std::mem::take(&mut c.var_inits);
    let errors = std::mem::take(&mut c.errors);
    if let Some(p) = prog.packages.get_mut(pkg as usize) {
        p.info = Rc::new(info);
        p.scope = Rc::new(scope);
        p.var_inits = var_inits;
    }
    errors
}

impl<'a, 'p> Checker<'a, 'p> {
    /// `error(pos, format!(..))` in one call: the message is formatted here, not
    /// at each of ~170 call sites (a `String` built, moved and dropped at each).
    #[inline(never)]
    pub fn errorf(&mut self, pos: Pos, msg: std::fmt::Arguments) {
        self.error(pos, std::fmt::format(msg));
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(Span::at(pos), msg));
    }

    pub fn types(&mut self) -> &mut Types {
        &mut self.prog.types
    }

    pub fn ty_str(&self, t: TypeId) -> String {
        self.prog
            .types
            .type_string_quoting(t, &self.pkg_path, &self.quoted)
    }

    pub fn push_scope(&mut self) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope {
            parent: Some(self.scope),
            names: FastMap::default(),
        });
        self.scope = idx;
        idx
    }

    pub fn pop_scope(&mut self) {
        if let Some(p) = self.scopes.get(self.scope).and_then(|s| s.parent) {
            self.scope = p;
        }
    }

    /// New variables (of invalid type until their declaration is checked) for
    /// the names of a `var` spec.
    pub(super) fn new_vars(&mut self, names: &[ast::Ident], global: bool) -> Vec<ObjId> {
        let kind = ObjKind::Var { global };
        crate::types::map_vec(names, |n| {
            self.new_object(&n.name, kind.clone(), BasicKind::Invalid.id(), n.span.lo)
        })
    }

    pub fn new_object(&mut self, name: &str, kind: ObjKind, ty: TypeId, pos: Pos) -> ObjId {
        let id = ObjId(self.prog.objects.len() as u32);
        self.prog.objects.push(Object {
            name: name.into(),
            kind,
            ty,
            pkg: self.pkg,
            pos,
        });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.prog.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.prog.objects[id.0 as usize]
    }

    pub fn mark_used(&mut self, id: ObjId) {
        let i = id.0 as usize;
        if self.used.len() <= i {
            self.used.resize(i + 1, false);
        }
        self.used[i] = true;
    }

    /// Undoes a use (assigning to a variable is not using it).
    pub fn unmark_used(&mut self, id: ObjId) {
        if let Some(u) = self.used.get_mut(id.0 as usize) {
            *u = false;
        }
    }

    pub fn is_used(&self, id: ObjId) -> bool {
        self.used.get(id.0 as usize).copied().unwrap_or(false)
    }

    /// Declares `name` in the current scope; reports a redeclaration
    /// (and returns false).
    pub fn declare(&mut self, ident: &ast::Ident, obj: ObjId) -> bool {
        self.info.defs.insert(ident.id, obj);
        if ident.is_blank() {
            return true;
        }
        self.declare_in(self.scope, ident, obj)
    }

    pub fn declare_in(&mut self, scope: usize, ident: &ast::Ident, obj: ObjId) -> bool {
        if let Some(&prev) = self.scopes[scope].names.get(&ident.name) {
            let prev_pos = self.obj(prev).pos;
            let other = self.pos_string(prev_pos);
            let msg = format!(
                "{0} redeclared in this block\n\t{other}: other declaration of {0}",
                ident.name
            );
            self.error(ident.span.lo, msg);
            return false;
        }
        self.scopes[scope].names.insert(ident.name.clone(), obj);
        true
    }

    /// `./prog.go:L:C` of a position in this package's source.
    pub fn pos_string(&self, pos: Pos) -> String {
        let src = self
            .prog
            .packages
            .get(self.pkg as usize)
            .map(|p| p.src.clone())
            .unwrap_or_else(|| Rc::from(""));
        let lc = crate::source::LineIndex::new(&src).line_col(pos.min(src.len() as u32));
        format!("./prog.go:{}:{}", lc.line, lc.col)
    }

    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(i) = s {
            let sc = self.scopes.get(i)?;
            if let Some(&o) = sc.names.get(name) {
                return Some(o);
            }
            s = sc.parent;
        }
        None
    }

    pub fn record(&mut self, id: NodeId, mode: Mode, ty: TypeId, value: Option<Value>) {
        if let Some(slot) = self.info.exprs.get_mut(id as usize) {
            *slot = Some(ExprInfo { mode, ty, value });
        }
    }

    fn collect_imports(&mut self) {
        let file = self.file;
        for imp in &file.imports {
            let path = String::from_utf8_lossy(&imp.path.bytes).into_owned();
            let Some(idx) = self.prog.packages.iter().position(|p| p.path == path) else {
                continue;
            };
            let pkg_name = self.prog.packages[idx].name.clone();
            let (name, ident) = match &imp.alias {
                Some(a) => (a.name.to_string(), Some(a)),
                None => (pkg_name.clone(), None),
            };
            if name == "_" {
                continue;
            }
            if name == "." {
                let obj = self.new_object(
                    &pkg_name,
                    ObjKind::PkgName(idx as u32),
                    BasicKind::Invalid.id(),
                    imp.alias.as_ref().map_or(imp.path.span.lo, |a| a.span.lo),
                );
                let mut names: Vec<(Rc<str>, ObjId)> = Vec::new();
                for (n, &o) in self.prog.packages[idx].scope.iter() {
                    if crate::types::is_exported(n) {
                        names.push((n.clone(), o));
                    }
                }
                crate::sort::sort(&mut names);
                for (n, o) in names {
                    self.scopes[self.file_scope].names.insert(n, o);
                    self.dot_imports.insert(o, obj);
                }
                self.imports.push((obj, imp));
                continue;
            }
            let obj = self.new_object(
                &name,
                ObjKind::PkgName(idx as u32),
                BasicKind::Invalid.id(),
                ident.map_or(imp.path.span.lo, |a| a.span.lo),
            );
            if let Some(a) = ident {
                self.info.defs.insert(a.id, obj);
            }
            let id = ast::Ident {
                id: ident.map_or(u32::MAX, |a| a.id),
                name: name.as_str().into(),
                span: imp.path.span,
            };
            let fs = self.file_scope;
            self.declare_in(fs, &id, obj);
            self.imports.push((obj, imp));
        }
    }

    fn unused_imports(&mut self) {
        for i in 0..self.imports.len() {
            let (obj, imp) = self.imports[i];
            if self.is_used(obj) {
                continue;
            }
            let path = String::from_utf8_lossy(&imp.path.bytes).into_owned();
            let msg = match &imp.alias {
                Some(a) if &*a.name != crate::types::package_name(&path) && &*a.name != "." => {
                    format!(
                        "{} imported as {} and not used",
                        crate::types::quote(&path),
                        a.name
                    )
                }
                _ => format!("{} imported and not used", crate::types::quote(&path)),
            };
            let pos = imp.alias.as_ref().map_or(imp.path.span.lo, |a| a.span.lo);
            self.error(pos, msg);
        }
    }
}
