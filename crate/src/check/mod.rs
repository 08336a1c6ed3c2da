//! The type checker: scopes, types, constants and gc's diagnostics.
//!
//! [`check_source`] parses and checks a program; [`check_program`] checks
//! a parsed `main` file plus the standard library packages it imports
//! (declared as Go source in `crate::stdlib`, checked once per import set
//! and cached). Both return a [`Program`], or the diagnostics `go build`
//! would print in gc's *discovery* order (`diag::render_errors` sorts the
//! first ten and adds `too many errors`). Unknown imports and bad package
//! clauses are `Severity::GoCommand` diagnostics (printed alone, as the go
//! command does). go vet's loopclosure findings (go < 1.22) are warnings in
//! [`Program::warnings`].
//!
//! # What the compiler reads
//!
//! A [`Program`] holds one [`Types`] table and one object table for all
//! packages, and a [`Package`] per imported package (dependencies first,
//! `main` last). Each package's [`TypeInfo`] is keyed by the `NodeId`s of
//! its own file:
//!
//! - `exprs[id]`: for every expression (and type expression) its [`ExprInfo`]:
//!   the [`Mode`] (value, variable, constant, type, builtin, ...), its type
//!   and, for constants, the exact value (already rounded to its type).
//!   Untyped expressions are recorded with their *final* type when a context
//!   converts them (`int64` for the `1` in `var x int64 = 1`, the default
//!   type when assigned to an interface or `:=`). Non-constant untyped
//!   values that no context converts (the `a == b` of an `if`, `untyped nil`)
//!   keep their untyped kind: treat an untyped kind as its default type.
//!   Whenever `value` is set the compiler must emit that constant.
//! - `defs`: identifier id -> object it declares (vars, consts, types, funcs,
//!   params, results; the type-switch binding is in `implicits`).
//! - `uses`: identifier id -> object it refers to (including package names,
//!   builtins, `nil`, and the package-level object of a qualified `pkg.Name`,
//!   recorded on the `sel` ident of the selector). Assignments `x = v`
//!   record `x` in `uses` too.
//! - `selections`: selector expression id (`x.f`) -> [`Selection`]: a field
//!   (with the full path through embedded fields), a method (concrete,
//!   with `ptr_recv`, or an interface method), `indirect` when a pointer is
//!   implicitly dereferenced on the way, and [`SelKind`] (method value /
//!   method expression / field). A call `x.M()` on an addressable `x` whose
//!   method has a pointer receiver takes `&x` implicitly (`addr_recv`).
//! - `implicits`: type switch case clause id -> the clause's binding object
//!   (its type is the case's type for single-type cases, else the guard's).
//! - `instances`: id of a generic function or type name (the `Name` or the
//!   `sel` ident) -> type arguments and the instantiated type.
//! - The conversion `T(x)` is a `Call` whose `fun` has mode `TypeExpr`.
//!   Assigning a concrete value to an interface type needs boxing: compare
//!   the operand's recorded type with the target type.
//!
//! Objects ([`Object`]) carry their kind, type and, for functions and
//! methods, a [`FuncRef`] to their declaration. Package-level variables are
//! initialized in [`Package::var_inits`] order (Go's order: repeatedly the
//! earliest variable whose dependencies, followed through function bodies,
//! are ready). A method of a named type is `types.named(T).methods[i].obj`;
//! type parameters of generic functions are in [`Program::func_tparams`].
//! Native (body-less) functions are bound by [`Program::qualified_name`]
//! (`fmt.Println`, `math/rand.Intn`, `sync.WaitGroup.Add`).
//! `Types::runtime_string` gives `%T` names; `Types::canonical` maps a
//! type to the representative to use as a runtime descriptor (function
//! parameter names and `byte`/`rune`/`any` spellings are dropped).

mod builtins;
mod call;
mod checker;
mod decls;
mod expr;
mod loopclosure;
mod operand;
mod stmt;
mod typexpr;

#[cfg(test)]
mod tests;

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, NodeId, Pos};
use crate::types::constant::Value;
use crate::types::{FastMap, TypeId, Types};
use crate::version::GoVersion;
use std::rc::Rc;

pub use crate::syntax::printer::expr_string;

/// Index of an [`Object`] in [`Program::objects`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// Where a function's declaration is: package index and index into that
/// package file's `decls`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FuncRef {
    pub pkg: u32,
    pub decl: u32,
}

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable; `global` for package-level ones.
    Var {
        global: bool,
    },
    Const(Value),
    TypeName,
    /// A function or method; `decl` is `None` for universe functions.
    Func {
        decl: Option<FuncRef>,
    },
    /// An imported package (index into [`Program::packages`]).
    PkgName(u32),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    pub name: Rc<str>,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Declaring package (index into [`Program::packages`]); `u32::MAX`
    /// for the universe.
    pub pkg: u32,
    /// Declaration position (byte offset in its package's source).
    pub pos: Pos,
}

/// How an expression can be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    /// Addressable.
    Variable,
    MapIndex,
    Value,
    /// A value that may also be used in a `v, ok` form.
    CommaOk,
    Nil,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExprInfo {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<Value>,
}

/// What a selector expression is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelKind {
    FieldVal,
    /// `x.M` (called or as a method value).
    MethodVal,
    /// `T.M` / `(*T).M`.
    MethodExpr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelKind,
    pub sel: crate::types::Selection,
    /// `&x` is taken implicitly (pointer method on an addressable value).
    pub addr_recv: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub targs: Vec<TypeId>,
    pub ty: TypeId,
}

/// Facts about one file, keyed by NodeId.
#[derive(Clone, Debug, Default)]
pub struct TypeInfo {
    pub exprs: Vec<Option<ExprInfo>>,
    pub defs: IdMap<ObjId>,
    pub uses: IdMap<ObjId>,
    pub selections: IdMap<Selection>,
    pub implicits: IdMap<ObjId>,
    pub instances: IdMap<Instance>,
}

/// A side table keyed by the small, dense `NodeId`s of one file: a vector indexed by id
/// (with a HashMap's methods), so the wasm holds no HashMap code per table type.
#[derive(Clone, Debug)]
pub struct IdMap<V>(Vec<Option<V>>);

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V> IdMap<V> {
    pub fn get(&self, id: &NodeId) -> Option<&V> {
        self.0.get(*id as usize).and_then(Option::as_ref)
    }

    pub fn contains_key(&self, id: &NodeId) -> bool {
        self.get(id).is_some()
    }

    pub fn insert(&mut self, id: NodeId, v: V) -> Option<V> {
        let i = id as usize;
        if i >= self.0.len() {
            self.0.resize_with(i + 1, || None);
        }
        self.0.get_mut(i).and_then(|slot| slot.replace(v))
    }

    pub fn remove(&mut self, id: &NodeId) -> Option<V> {
        self.0.get_mut(*id as usize).and_then(Option::take)
    }
}

impl TypeInfo {
    pub fn expr(&self, id: NodeId) -> Option<&ExprInfo> {
        self.exprs.get(id as usize).and_then(|e| e.as_ref())
    }

    /// The object an identifier declares or uses.
    pub fn object(&self, id: NodeId) -> Option<ObjId> {
        self.defs.get(&id).or_else(|| self.uses.get(&id)).copied()
    }
}

/// One package-level variable initialization: `lhs = values[...]` of spec
/// `spec` in declaration `decl` of the package's file.
#[derive(Clone, Debug, PartialEq)]
pub struct VarInit {
    pub lhs: Vec<ObjId>,
    pub decl: u32,
    pub spec: u32,
}

#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub file: Rc<ast::File>,
    /// The package's source text (for positions).
    pub src: Rc<str>,
    /// Shared (not copied) between programs that import the package.
    pub info: Rc<TypeInfo>,
    /// Package-level names.
    pub scope: Rc<FastMap<Rc<str>, ObjId>>,
    pub var_inits: Vec<VarInit>,
}

/// A checked program.
#[derive(Clone, Debug)]
pub struct Program {
    pub types: Types,
    pub objects: Vec<Object>,
    /// Dependencies first; the main package is last.
    pub packages: Vec<Package>,
    pub go: GoVersion,
    /// go vet findings (loopclosure) for the main package.
    pub warnings: Vec<Diagnostic>,
    /// Type parameters of generic functions and methods' receivers.
    pub func_tparams: FastMap<ObjId, Vec<TypeId>>,
}

impl Program {
    pub fn object(&self, id: ObjId) -> Option<&Object> {
        self.objects.get(id.0 as usize)
    }

    pub fn main_package(&self) -> Option<&Package> {
        self.packages.last()
    }

    /// The key natives are bound by: `fmt.Println`, `time.Duration.String`,
    /// `sync.(*WaitGroup).Add` is written `sync.WaitGroup.Add` (the receiver
    /// kind does not matter for binding).
    pub fn qualified_name(&self, func: ObjId) -> String {
        let Some(o) = self.object(func) else {
            return String::new();
        };
        let pkg = self
            .packages
            .get(o.pkg as usize)
            .map_or("", |p| p.path.as_str());
        if let ObjKind::Func { decl: Some(r) } = &o.kind {
            if let Some(ast::Decl::Func(fd)) = self
                .packages
                .get(r.pkg as usize)
                .and_then(|p| p.file.decls.get(r.decl as usize))
            {
                if let Some(recv) = &fd.recv {
                    let base = receiver_base_name(&recv.typ);
                    return format!("{pkg}.{base}.{}", o.name);
                }
            }
        }
        format!("{pkg}.{}", o.name)
    }
}

/// The type name of a receiver (`T` for `*T`, `T[P]`).
fn receiver_base_name(e: &ast::Expr) -> String {
    match &e.unparen().kind {
        ast::ExprKind::Star { x, .. } | ast::ExprKind::Index { x, .. } => receiver_base_name(x),
        ast::ExprKind::Name(id) => id.name.to_string(),
        _ => expr_string(e),
    }
}

/// Checks a parsed main file. `src` is its text (for messages that quote
/// positions, e.g. cycles). Diagnostics are in discovery order.
pub fn check_program(
    file: Rc<ast::File>,
    src: Rc<str>,
    go: GoVersion,
) -> Result<Program, Vec<Diagnostic>> {
    checker::check_program(file, src, go)
}

/// Parses and checks a program's source: the program, or every diagnostic
/// (parser's first, in discovery order). Warnings (go vet) are in
/// `Program::warnings`.
pub fn check_source(src: &str, go: GoVersion) -> Result<Program, Vec<Diagnostic>> {
    if let Some(d) = crate::syntax::header_error(src.as_bytes()) {
        return Err(vec![d]);
    }
    let (file, mut diags) = crate::syntax::parse_file(src);
    let unknown = checker::unknown_imports(&file);
    if !unknown.is_empty() {
        return Err(unknown);
    }
    if crate::syntax::has_syntax_errors(&diags) {
        return Err(diags);
    }
    match check_program(Rc::new(file), Rc::from(src), go) {
        Ok(prog) if diags.is_empty() => Ok(prog),
        Ok(_) => Err(diags),
        Err(errs) => {
            diags.extend(errs);
            Err(diags)
        }
    }
}
