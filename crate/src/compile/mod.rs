//! The compiler: the checked program (AST + side tables) to register bytecode.
//!
//! Functions are compiled on demand from `main.main`, the `init`s and the
//! package variable initialisers, so unused library code costs nothing.
//! Generic functions are compiled once per instantiation (type arguments are
//! substituted into every type the checker recorded).

mod escape;
mod expr;
mod func;
mod rangefunc;
mod slicebuf;
mod stmt;

use crate::types::FastMap;
use std::rc::Rc;

use crate::check::{self, ObjId, ObjKind};
use crate::syntax::ast;
use crate::types::{BasicKind as B, Type, TypeId, Types};
use crate::vm::op::{FuncProto, IntKind, Kind, Op, Program, TypeDesc};
use crate::vm::panic::builtin_types as bt;
use crate::vm::value::{FuncRef, Value};

/// A function to compile: its object and type arguments (empty if not generic).
type FuncKey = (ObjId, Vec<TypeId>);

pub(crate) enum Pending {
    Decl {
        key: FuncKey,
        id: u32,
    },
    /// A method called through a pointer: derefs the receiver and calls `target`.
    DerefWrapper {
        id: u32,
        target: u32,
        nparams: u16,
        nresults: u16,
    },
}

pub struct Compiler<'p> {
    pub(crate) prog: &'p check::Program,
    pub(crate) types: Types,
    pub(crate) out: Program,
    funcs: FastMap<FuncKey, u32>,
    pub(crate) pending: Vec<Pending>,
    rt: FastMap<TypeId, u32>,
    zeros: FastMap<TypeId, u32>,
    syms: FastMap<String, u32>,
    natives: FastMap<String, u32>,
    pub(crate) globals: FastMap<ObjId, u32>,
    pub(crate) go: crate::version::GoVersion,
    wrappers: FastMap<u32, u32>,
}

/// A compile failure: goplay's bug (the checker accepted the program). Its
/// message waits in `FAILURE` until [`compile`] returns it. A zero-sized error
/// keeps each of the compiler's ~260 `?` a test of one returned byte; with a
/// `String` error every result was an out-parameter and every `?` a copy.
pub(crate) struct Fail;

thread_local! {
    static FAILURE: std::cell::Cell<Option<String>> = const { std::cell::Cell::new(None) };
}

/// Records why compiling failed; the caller returns the `Fail` at once.
pub(crate) fn fail(msg: impl Into<String>) -> Fail {
    FAILURE.with(|f| f.set(Some(msg.into())));
    Fail
}

/// Compiles a checked program; `Err` carries the failure's message.
pub fn compile(prog: &check::Program) -> Result<Program, String> {
    compile_program(prog).map_err(|Fail| FAILURE.with(|f| f.take()).unwrap_or_default())
}

fn compile_program(prog: &check::Program) -> Result<Program, Fail> {
    let mut c = Compiler {
        prog,
        types: prog.types.clone(),
        out: Program::default(),
        funcs: FastMap::default(),
        pending: Vec::new(),
        rt: FastMap::default(),
        zeros: FastMap::default(),
        syms: FastMap::default(),
        natives: FastMap::default(),
        globals: FastMap::default(),
        go: prog.go,
        wrappers: FastMap::default(),
    };
    c.builtin_types();
    // Package-level variables.
    for (oi, o) in prog.objects.iter().enumerate() {
        if matches!(o.kind, ObjKind::Var { global: true }) {
            let idx = c.out.globals.len() as u32;
            let z = c.zero_value(o.ty);
            c.out.globals.push(z);
            let pkg = prog
                .packages
                .get(o.pkg as usize)
                .map_or("", |p| p.path.as_str());
            c.out.global_names.push(format!("{pkg}.{}", o.name));
            c.globals.insert(ObjId(oi as u32), idx);
        }
    }
    let entry = func::compile_entry(&mut c)?;
    // Types natives build values of.
    {
        let (path, name) = ("strconv", "NumError");
        let named = prog
            .packages
            .iter()
            .find(|p| p.path == path)
            .and_then(|p| p.scope.get(name))
            .and_then(|&o| prog.object(o))
            .map(|o| o.ty);
        if let Some(t) = named {
            let pt = c.types.pointer(t);
            let rt = c.rt_type(pt);
            c.out.well_known.insert(format!("*{path}.{name}"), rt);
        }
    }
    c.out.entry = entry;
    while let Some(p) = c.pending.pop() {
        match p {
            Pending::Decl { key, id } => {
                let proto = func::compile_decl(&mut c, &key)?;
                c.out.funcs[id as usize] = Rc::new(proto);
            }
            Pending::DerefWrapper {
                id,
                target,
                nparams,
                nresults,
            } => {
                let n = nparams.max(nresults).max(1);
                let name = c.out.funcs[target as usize].name.clone();
                c.out.funcs[id as usize] = Rc::new(FuncProto {
                    name,
                    code: vec![
                        Op::Load(0, 0),
                        Op::Copy(0, 0),
                        Op::CallStatic(target, 0),
                        Op::Return(0, nresults),
                    ],
                    lines: vec![0; 4],
                    nparams,
                    nresults,
                    nregs: n,
                    ..Default::default()
                });
            }
        }
    }
    c.out.syms = {
        let mut v = vec![String::new(); c.syms.len()];
        for (s, i) in &c.syms {
            v[*i as usize] = s.clone();
        }
        v
    };
    crate::vm::verify::verify(&c.out).map_err(fail)?;
    Ok(c.out)
}

/// A type's methods by symbol, and their signature keys by symbol.
type MethodSet = (Vec<(u32, FuncRef)>, Vec<(u32, u32)>);

impl<'p> Compiler<'p> {
    fn builtin_types(&mut self) {
        let err_sym = self.sym("Error");
        let err_native = self.native("errors.errorString.Error");
        let mk = |name: &str, kind: Kind| TypeDesc {
            name: name.into(),
            kind,
            ..Default::default()
        };
        let rt_sym = self.sym("RuntimeError");
        let rt_native = self.native("runtime.Error.RuntimeError");
        let runtime = |name: &str| {
            let mut d = mk(name, Kind::String);
            d.methods = vec![(err_sym, err_native), (rt_sym, rt_native)];
            d
        };
        let mut es = mk("*errors.errorString", Kind::Pointer);
        es.methods = vec![(err_sym, err_native)];
        let mut wrap = mk("*fmt.wrapError", Kind::Pointer);
        let unwrap_sym = self.sym("Unwrap");
        let unwrap = self.native("fmt.wrapError.Unwrap");
        wrap.methods = vec![(err_sym, err_native), (unwrap_sym, unwrap)];
        wrap.method_sigs = vec![(unwrap_sym, self.sym("func() error"))];
        let mut wraps = mk("*fmt.wrapErrors", Kind::Pointer);
        let unwrap_all = self.native("fmt.wrapErrors.Unwrap");
        wraps.methods = vec![(err_sym, err_native), (unwrap_sym, unwrap_all)];
        wraps.method_sigs = vec![(unwrap_sym, self.sym("func() []error"))];
        self.out.types = vec![
            runtime("runtime.errorString"),
            mk("string", Kind::String),
            es,
            mk("int", Kind::Int(IntKind::I64)),
            mk("float64", Kind::Float64),
            mk("bool", Kind::Bool),
            wrap,
            runtime("runtime.boundsError"),
            runtime("runtime.divideError"),
            runtime("runtime.plainError"),
            runtime("*runtime.TypeAssertionError"),
            wraps,
            runtime("*runtime.PanicNilError"),
        ];
        debug_assert_eq!(self.out.types.len() as u32, bt::COUNT);
        self.rt.insert(B::String.id(), bt::STRING);
        self.rt.insert(B::Int.id(), bt::INT);
        self.rt.insert(B::Float64.id(), bt::FLOAT64);
        self.rt.insert(B::Bool.id(), bt::BOOL);
    }

    pub(crate) fn sym(&mut self, name: &str) -> u32 {
        let n = self.syms.len() as u32;
        *self.syms.entry(name.to_string()).or_insert(n)
    }

    /// The native bound to `name`, or one that panics saying it is missing.
    pub(crate) fn native(&mut self, name: &str) -> FuncRef {
        if let Some(&i) = self.natives.get(name) {
            return FuncRef::Native(i);
        }
        let Some(f) = crate::vm::natives::lookup(name) else {
            // A declared but unimplemented native panics saying so when called.
            let msg = Value::Iface(Rc::new((
                bt::STRING,
                Value::str(&format!("goplay: {name} is not implemented")),
            )));
            let k = self.konst(msg);
            let id = self.out.funcs.len() as u32;
            self.out.funcs.push(Rc::new(FuncProto {
                name: name.to_string(),
                code: vec![Op::Const(0, k), Op::Panic(0)],
                lines: vec![0, 0],
                nregs: 8,
                ..Default::default()
            }));
            return FuncRef::Go(id);
        };
        let i = self.out.natives.len() as u32;
        self.out.natives.push(f);
        self.out.native_names.push(name.to_string());
        self.natives.insert(name.to_string(), i);
        FuncRef::Native(i)
    }

    pub(crate) fn konst(&mut self, v: Value) -> u32 {
        self.out.consts.push(v);
        self.out.consts.len() as u32 - 1
    }

    pub(crate) fn under(&self, t: TypeId) -> TypeId {
        self.types.underlying(t)
    }

    pub(crate) fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.types.get(self.under(t)), Type::Interface(_))
    }

    /// The zero value of `t` (a template; aggregates are deep-copied on use).
    pub(crate) fn zero_value(&mut self, t: TypeId) -> Value {
        let u = self.under(t);
        match self.types.get(u).clone() {
            Type::Basic(k) => match k {
                B::Bool | B::UntypedBool => Value::Bool(false),
                B::String | B::UntypedString => Value::str(""),
                B::Float32 | B::Float64 | B::UntypedFloat => Value::Float(0.0),
                B::Complex64 | B::Complex128 | B::UntypedComplex => Value::Complex(0.0, 0.0),
                B::UntypedNil | B::UnsafePointer | B::Invalid => Value::Nil,
                _ => Value::Int(0),
            },
            Type::Struct(fields) => {
                let v = crate::types::map_vec(&fields, |f| self.zero_value(f.ty));
                Value::Struct(Value::new_box(v))
            }
            Type::Array(n, elem) => {
                let z = self.zero_value(elem);
                let n = n.min(1 << 24) as usize;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(z.deep_copy());
                }
                Value::Array(Value::new_box(v))
            }
            _ => Value::Nil,
        }
    }

    pub(crate) fn zero_const(&mut self, t: TypeId) -> u32 {
        if let Some(&k) = self.zeros.get(&t) {
            return k;
        }
        let z = self.zero_value(t);
        let k = self.konst(z);
        self.zeros.insert(t, k);
        k
    }

    pub(crate) fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        Some(match self.types.basic_kind(t)? {
            B::Int | B::Int64 | B::UntypedInt | B::UntypedRune => IntKind::I64,
            B::Int8 => IntKind::I8,
            B::Int16 => IntKind::I16,
            B::Int32 => IntKind::I32,
            B::Uint | B::Uint64 | B::Uintptr => IntKind::U64,
            B::Uint8 => IntKind::U8,
            B::Uint16 => IntKind::U16,
            B::Uint32 => IntKind::U32,
            _ => return None,
        })
    }

    /// Element size in bytes for append's growth (high bit: has pointers).
    pub(crate) fn elem_size(&self, t: TypeId) -> u16 {
        let (size, ptr) = self.size_of(t, 0);
        (size.min(0x7fff) as u16) | if ptr { 0x8000 } else { 0 }
    }

    fn size_of(&self, t: TypeId, depth: u32) -> (u64, bool) {
        if depth > 16 {
            return (8, true);
        }
        match self.types.get(self.under(t)) {
            Type::Basic(k) => match k {
                B::Bool | B::Int8 | B::Uint8 | B::Byte => (1, false),
                B::Int16 | B::Uint16 => (2, false),
                B::Int32 | B::Uint32 | B::Rune | B::Float32 => (4, false),
                B::String => (16, true),
                B::Complex128 => (16, false),
                _ => (8, false),
            },
            Type::Slice(_) => (24, true),
            Type::Interface(_) => (16, true),
            Type::Array(n, e) => {
                let (s, p) = self.size_of(*e, depth + 1);
                (s.saturating_mul(*n), p)
            }
            Type::Struct(fields) => {
                let (mut size, mut ptr, mut align) = (0u64, false, 1u64);
                for f in fields {
                    let (s, p) = self.size_of(f.ty, depth + 1);
                    let a = s.clamp(1, 8).next_power_of_two().min(8);
                    let a = if matches!(
                        self.types.get(self.under(f.ty)),
                        Type::Struct(_) | Type::Array(..)
                    ) {
                        8
                    } else {
                        a
                    };
                    size = size.div_ceil(a) * a + s;
                    ptr |= p;
                    align = align.max(a);
                }
                (size.div_ceil(align) * align, ptr)
            }
            _ => (8, true),
        }
    }

    /// The runtime type descriptor of `t`.
    pub(crate) fn rt_type(&mut self, t: TypeId) -> u32 {
        if let Some(&r) = self.rt.get(&t) {
            return r;
        }
        let idx = self.out.types.len() as u32;
        self.rt.insert(t, idx);
        self.out.types.push(TypeDesc::default());
        let u = self.under(t);
        let named = self.types.named(t).is_some();
        let mut d = TypeDesc {
            name: self.types.runtime_string(t),
            named,
            ..Default::default()
        };
        d.kind = match self.types.get(u).clone() {
            Type::Basic(k) => match k {
                B::Bool => Kind::Bool,
                B::Float32 => Kind::Float32,
                B::Float64 => Kind::Float64,
                B::Complex64 => Kind::Complex64,
                B::Complex128 => Kind::Complex128,
                B::String => Kind::String,
                B::UnsafePointer => Kind::UnsafePointer,
                _ => Kind::Int(self.int_kind(u).unwrap_or(IntKind::I64)),
            },
            Type::Pointer(e) => {
                d.elem = Some(self.rt_type(e));
                Kind::Pointer
            }
            Type::Slice(e) => {
                d.elem = Some(self.rt_type(e));
                Kind::Slice
            }
            Type::Array(n, e) => {
                d.elem = Some(self.rt_type(e));
                d.len = n as u32;
                Kind::Array
            }
            Type::Map(k, v) => {
                d.key = Some(self.rt_type(k));
                d.elem = Some(self.rt_type(v));
                Kind::Map
            }
            Type::Chan(_, e) => {
                d.elem = Some(self.rt_type(e));
                Kind::Chan
            }
            Type::Func(_) => Kind::Func,
            Type::Struct(fields) => {
                for f in fields {
                    let ft = self.rt_type(f.ty);
                    d.fields.push((f.name.clone(), ft, f.embedded));
                }
                Kind::Struct
            }
            Type::Interface(i) => {
                for m in i.methods {
                    let s = self.sym(&m.name);
                    let sig = self.sig_key(m.sig);
                    d.iface_methods.push((s, sig));
                }
                Kind::Interface
            }
            _ => Kind::Invalid,
        };
        (d.methods, d.method_sigs) = self.method_set(t);
        self.out.types[idx as usize] = d;
        idx
    }

    /// A symbol standing for a method signature (parameter names aside).
    fn sig_key(&mut self, sig: TypeId) -> u32 {
        let s = self.types.runtime_string(sig);
        self.sym(&s)
    }

    /// Methods callable through an interface holding a `t`, and their
    /// signature keys.
    fn method_set(&mut self, t: TypeId) -> MethodSet {
        let (named_t, is_ptr) = match self.types.get(t).clone() {
            Type::Pointer(e) if self.types.named(e).is_some() => (e, true),
            _ if self.types.named(t).is_some() => (t, false),
            _ => return Default::default(),
        };
        let Some(n) = self.types.named(named_t).cloned() else {
            return Default::default();
        };
        let mut out = Vec::new();
        let mut sigs = Vec::new();
        for m in &n.methods {
            if m.ptr_recv && !is_ptr {
                continue;
            }
            let s = self.sym(&m.name);
            let f = self.method_func(ObjId(m.obj), &n.targs);
            let f = match f {
                FuncRef::Go(id) if is_ptr && !m.ptr_recv => {
                    FuncRef::Go(self.deref_wrapper(id, m.sig))
                }
                f => f,
            };
            out.push((s, f));
            sigs.push((s, self.sig_key(m.sig)));
        }
        // Methods promoted from embedded fields.
        if let Type::Struct(fields) = self.types.get(n.underlying).clone() {
            for (fi, f) in fields.iter().enumerate() {
                if !f.embedded {
                    continue;
                }
                let (inner, inner_ptr) = match self.types.get(f.ty).clone() {
                    Type::Pointer(e) => (e, true),
                    _ => (f.ty, false),
                };
                if let (Type::Interface(i), false) =
                    (self.types.get(self.under(inner)).clone(), inner_ptr)
                {
                    for m in &i.methods {
                        let s = self.sym(&m.name);
                        if out.iter().any(|(o, _)| *o == s) {
                            continue;
                        }
                        let (np, _) = self.sig_counts(m.sig);
                        let call = Op::CallIface(0, s, np);
                        let id = self.promote_wrapper(call, m.sig, fi as u16, is_ptr, false, false);
                        out.push((s, FuncRef::Go(id)));
                        sigs.push((s, self.sig_key(m.sig)));
                    }
                    continue;
                }
                let Some(en) = self.types.named(inner).cloned() else {
                    continue;
                };
                for m in &en.methods {
                    if out.iter().any(|(s, _)| self.syms.get(&m.name) == Some(s)) {
                        continue;
                    }
                    if m.ptr_recv && !inner_ptr && !is_ptr {
                        continue;
                    }
                    let s = self.sym(&m.name);
                    let target = self.method_func(ObjId(m.obj), &en.targs);
                    if let FuncRef::Go(tid) = target {
                        let call = Op::CallStatic(tid, 0);
                        let id = self
                            .promote_wrapper(call, m.sig, fi as u16, is_ptr, inner_ptr, m.ptr_recv);
                        out.push((s, FuncRef::Go(id)));
                        sigs.push((s, self.sig_key(m.sig)));
                    }
                }
            }
        }
        (out, sigs)
    }

    /// A wrapper that calls a method on field `fi` of the receiver: `call` is
    /// `CallStatic(target, 0)`, or `CallIface(0, sym, n)` for a field of
    /// interface type.
    fn promote_wrapper(
        &mut self,
        call: Op,
        sig: TypeId,
        fi: u16,
        recv_ptr: bool,
        field_ptr: bool,
        method_ptr: bool,
    ) -> u32 {
        let (np, nr) = self.sig_counts(sig);
        let id = self.out.funcs.len() as u32;
        let name = match call {
            Op::CallStatic(target, _) => self
                .out
                .funcs
                .get(target as usize)
                .map(|f| f.name.clone())
                .unwrap_or_default(),
            _ => Default::default(),
        };
        let mut code = Vec::new();
        if recv_ptr {
            code.push(Op::Load(0, 0));
        }
        if method_ptr && !field_ptr {
            code.push(Op::FieldAddr(0, 0, fi));
        } else {
            code.push(Op::Field(0, 0, fi));
            if !method_ptr && field_ptr {
                code.push(Op::Load(0, 0));
            }
            if !method_ptr {
                code.push(Op::Copy(0, 0));
            }
        }
        code.push(call);
        code.push(Op::Return(0, nr));
        let n = code.len();
        self.out.funcs.push(Rc::new(FuncProto {
            name,
            code,
            lines: vec![0; n],
            nparams: np + 1,
            nresults: nr,
            nregs: (np + 1).max(nr).max(1),
            ..Default::default()
        }));
        id
    }

    pub(crate) fn sig_counts(&self, sig: TypeId) -> (u16, u16) {
        self.types
            .signature(sig)
            .map_or((0, 0), |s| (s.params.len() as u16, s.results.len() as u16))
    }

    fn deref_wrapper(&mut self, target: u32, sig: TypeId) -> u32 {
        if let Some(&w) = self.wrappers.get(&target) {
            return w;
        }
        let (np, nr) = self.sig_counts(sig);
        let id = self.out.funcs.len() as u32;
        self.out.funcs.push(Rc::new(FuncProto::default()));
        self.pending.push(Pending::DerefWrapper {
            id,
            target,
            nparams: np + 1,
            nresults: nr,
        });
        self.wrappers.insert(target, id);
        id
    }

    /// The compiled function (or native) of a method object with receiver type arguments.
    pub(crate) fn method_func(&mut self, obj: ObjId, targs: &[TypeId]) -> FuncRef {
        self.func_ref(obj, targs.to_vec())
    }

    /// The function for object `obj` instantiated with `targs`.
    pub(crate) fn func_ref(&mut self, obj: ObjId, targs: Vec<TypeId>) -> FuncRef {
        let Some(decl) = self.func_decl(obj) else {
            let name = self.prog.qualified_name(obj);
            return self.native(&name);
        };
        let name = self.prog.qualified_name(obj);
        if decl.body.is_none() || (targs.is_empty() && crate::vm::natives::overrides(&name)) {
            // Body-less functions are natives; a few library functions with
            // Go bodies have faster natives (sorting).
            return self.native(&name);
        }
        let key = (obj, targs);
        if let Some(&id) = self.funcs.get(&key) {
            return FuncRef::Go(id);
        }
        let id = self.out.funcs.len() as u32;
        self.out.funcs.push(Rc::new(FuncProto::default()));
        self.funcs.insert(key.clone(), id);
        self.pending.push(Pending::Decl { key, id });
        FuncRef::Go(id)
    }

    pub(crate) fn func_decl(&self, obj: ObjId) -> Option<&'p ast::FuncDecl> {
        let o = self.prog.object(obj)?;
        let ObjKind::Func { decl: Some(r) } = &o.kind else {
            return None;
        };
        match self
            .prog
            .packages
            .get(r.pkg as usize)?
            .file
            .decls
            .get(r.decl as usize)?
        {
            ast::Decl::Func(fd) => Some(fd),
            _ => None,
        }
    }
}
