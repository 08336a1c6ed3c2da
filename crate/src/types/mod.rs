//! Type representation shared by the checker, the compiler and the VM.
//!
//! Types live in one [`Types`] table and are named by [`TypeId`] indices.
//! Structural types (pointers, slices, maps, funcs, structs, interfaces ...)
//! are interned, so two identical structural types usually share an id; named
//! types and type parameters are unique per declaration. Because function
//! types keep their parameter names (gc prints them in messages), identity is
//! [`Types::identical`], not id equality; [`Types::canonical`] maps a type to
//! the representative the VM should use as its runtime descriptor.

mod bignum;
pub mod constant;
mod lookup;
mod predicates;
mod print;

pub use lookup::{LookupResult, MissingMethod, Selection, SelectionKind};
pub use print::{is_exported, package_name, quote, quote_bytes, Qualifier};

use std::hash::Hasher;

/// The crate's one hasher (FxHash's mixing), for every table: keys are ids,
/// types and names, never attacker-chosen in a way that matters (a slow hash
/// only costs time, never correctness). One hasher instead of several keeps
/// the wasm small: each hasher type is another copy of every HashMap method.
#[derive(Clone, Copy, Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, v: u32) {
        self.write_u64(u64::from(v));
    }

    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }

    fn write_u8(&mut self, v: u8) {
        self.write_u64(u64::from(v));
    }
}

pub use crate::fastmap::{FastMap, FastSet};

/// Instantiations nested deeper than this are cut off (Go reports an
/// instantiation cycle; we only need to terminate).
const MAX_INSTANTIATION_DEPTH: u32 = 32;

/// An index into [`Types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Predeclared basic types, including the untyped kinds of constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// `byte` and `rune`: identical to uint8 and int32 but printed by
    /// their own names in messages (runtime names use uint8/int32).
    Byte,
    Rune,
}

use BasicKind as B;

/// All basic kinds, in the order their TypeIds are allocated (id = index).
pub const BASIC_KINDS: [BasicKind; 28] = [
    B::Invalid,
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
    B::UnsafePointer,
    B::UntypedBool,
    B::UntypedInt,
    B::UntypedRune,
    B::UntypedFloat,
    B::UntypedComplex,
    B::UntypedString,
    B::UntypedNil,
    B::Byte,
    B::Rune,
];

impl BasicKind {
    /// The id every [`Types`] table gives this kind.
    pub fn id(self) -> TypeId {
        TypeId(self as u32)
    }

    pub fn name(self) -> &'static str {
        match self {
            B::Invalid => "invalid type",
            B::Bool => "bool",
            B::Int => "int",
            B::Int8 => "int8",
            B::Int16 => "int16",
            B::Int32 => "int32",
            B::Int64 => "int64",
            B::Uint => "uint",
            B::Uint8 => "uint8",
            B::Uint16 => "uint16",
            B::Uint32 => "uint32",
            B::Uint64 => "uint64",
            B::Uintptr => "uintptr",
            B::Float32 => "float32",
            B::Float64 => "float64",
            B::Complex64 => "complex64",
            B::Complex128 => "complex128",
            B::String => "string",
            B::UnsafePointer => "unsafe.Pointer",
            B::UntypedBool => "untyped bool",
            B::UntypedInt => "untyped int",
            B::UntypedRune => "untyped rune",
            B::UntypedFloat => "untyped float",
            B::UntypedComplex => "untyped complex",
            B::UntypedString => "untyped string",
            B::UntypedNil => "untyped nil",
            B::Byte => "byte",
            B::Rune => "rune",
        }
    }

    /// `byte` is uint8 and `rune` is int32; every other kind is itself.
    pub fn normalize(self) -> BasicKind {
        match self {
            B::Byte => B::Uint8,
            B::Rune => B::Int32,
            k => k,
        }
    }

    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            B::UntypedBool
                | B::UntypedInt
                | B::UntypedRune
                | B::UntypedFloat
                | B::UntypedComplex
                | B::UntypedString
                | B::UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self.normalize(),
            B::Int
                | B::Int8
                | B::Int16
                | B::Int32
                | B::Int64
                | B::Uint
                | B::Uint8
                | B::Uint16
                | B::Uint32
                | B::Uint64
                | B::Uintptr
                | B::UntypedInt
                | B::UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self.normalize(),
            B::Uint | B::Uint8 | B::Uint16 | B::Uint32 | B::Uint64 | B::Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self.normalize(), B::Float32 | B::Float64 | B::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self.normalize(),
            B::Complex64 | B::Complex128 | B::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self.normalize(), B::String | B::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self.normalize(), B::Bool | B::UntypedBool)
    }

    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Size in bits of a fixed-size integer or float kind (int and uint are 64).
    pub fn bits(self) -> u32 {
        match self.normalize() {
            B::Int8 | B::Uint8 => 8,
            B::Int16 | B::Uint16 => 16,
            B::Int32 | B::Uint32 | B::Float32 => 32,
            B::Complex64 => 64,
            B::Complex128 => 128,
            _ => 64,
        }
    }
}

/// Channel direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A parameter or result of a signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Param {
    pub name: Option<String>,
    pub ty: TypeId,
}

/// The types of a parameter (or result) list.
pub fn param_types(ps: &[Param]) -> Vec<TypeId> {
    map_vec(ps, |p| p.ty)
}

/// A substitution: each type parameter of `from` paired with its argument in
/// `to` (the shorter list decides the length).
pub fn subst_map(from: &[TypeId], to: &[TypeId]) -> Vec<(TypeId, TypeId)> {
    let mut v = Vec::with_capacity(from.len().min(to.len()));
    for (&p, &a) in from.iter().zip(to) {
        v.push((p, a));
    }
    v
}

/// `xs.iter().map(f).collect()` as one loop. In the wasm every distinct
/// iterator chain is ~300 bytes of std code (`from_iter`, `Map::fold`,
/// `extend_trusted`); this loop shares `Vec::push` per element type.
pub fn map_vec<'s, T, U>(xs: &'s [T], mut f: impl FnMut(&'s T) -> U) -> Vec<U> {
    let mut v = Vec::with_capacity(xs.len());
    for x in xs {
        v.push(f(x));
    }
    v
}

/// A function type (the receiver is not part of it).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its type is stored as `[]T`).
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Package path of an unexported field (it is not identical to a
    /// same-named field of another package).
    pub pkg: Option<String>,
}

/// A method named in an interface.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    pub sig: TypeId,
}

/// One term of a constraint's type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// An interface, flattened: embedded interfaces are merged in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    /// All methods (explicit and embedded), sorted by name.
    pub methods: Vec<IfaceMethod>,
    /// The type set's terms; `None` means every type (no union constraint).
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

/// A declared method of a named type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub name: String,
    /// The signature without receiver.
    pub sig: TypeId,
    pub ptr_recv: bool,
    /// The checker's object id of the method's func (see `check::ObjId`).
    pub obj: u32,
}

/// A defined (named) type: `type T ...` or a predeclared one like `error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// Package path; empty for universe types (`error`, `comparable`).
    pub pkg: String,
    pub name: String,
    pub underlying: TypeId,
    pub methods: Vec<Method>,
    /// Type parameters of a generic type.
    pub tparams: Vec<TypeId>,
    /// For an instantiation: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

/// A type parameter of a generic function or type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeParam {
    pub name: String,
    pub index: u32,
    pub constraint: TypeId,
}

/// One type. Named types and type parameters refer to side tables so the
/// enum stays hashable for interning.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Named(u32),
    TypeParam(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<Field>),
    Interface(Interface),
    /// Results of a multi-value call.
    Tuple(Vec<TypeId>),
}

/// The table of all types of one checked program.
#[derive(Clone, Debug)]
pub struct Types {
    types: Vec<Type>,
    interned: FastMap<Type, TypeId>,
    named: Vec<Named>,
    tparams: Vec<TypeParam>,
    /// Instantiations already made: (generic, args) -> instance.
    instances: FastMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Nesting of instantiations in progress (bounded).
    inst_depth: u32,
    pub error: TypeId,
    pub any: TypeId,
    pub comparable: TypeId,
    pub empty_tuple: TypeId,
}

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            types: Vec::new(),
            interned: FastMap::default(),
            named: Vec::new(),
            tparams: Vec::new(),
            instances: FastMap::default(),
            inst_depth: 0,
            error: TypeId(0),
            any: TypeId(0),
            comparable: TypeId(0),
            empty_tuple: TypeId(0),
        };
        for k in BASIC_KINDS {
            t.intern(Type::Basic(k));
        }
        // `any` is an alias: identical to `interface{}` but printed by its
        // name, so it gets its own (not interned) entry.
        t.any = TypeId(t.types.len() as u32);
        t.types.push(Type::Interface(Interface {
            methods: Vec::new(),
            terms: None,
            comparable: false,
        }));
        t.empty_tuple = t.intern(Type::Tuple(Vec::new()));
        let error = t.new_named("", "error");
        let sig = t.func(
            Vec::new(),
            vec![Param {
                name: None,
                ty: B::String.id(),
            }],
            false,
        );
        let iface = t.intern(Type::Interface(Interface {
            methods: vec![IfaceMethod {
                name: "Error".into(),
                sig,
            }],
            terms: None,
            comparable: false,
        }));
        t.set_underlying(error, iface);
        t.error = error;
        let comparable = t.new_named("", "comparable");
        let ciface = t.intern(Type::Interface(Interface {
            methods: Vec::new(),
            terms: None,
            comparable: true,
        }));
        t.set_underlying(comparable, ciface);
        t.comparable = comparable;
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    // Called from ~150 places: inlined, each was a bounds test and a select.
    #[inline(never)]
    pub fn get(&self, id: TypeId) -> &Type {
        self.types
            .get(id.0 as usize)
            .unwrap_or(&Type::Basic(B::Invalid))
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        k.id()
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(Type::Array(len, elem))
    }

    pub fn map(&mut self, key: TypeId, val: TypeId) -> TypeId {
        self.intern(Type::Map(key, val))
    }

    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Type::Chan(dir, elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    pub fn func(&mut self, params: Vec<Param>, results: Vec<Param>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    pub fn strukt(&mut self, fields: Vec<Field>) -> TypeId {
        self.intern(Type::Struct(fields))
    }

    /// Builds an interface from explicit methods and embedded interfaces or
    /// type terms (each embedded element is one union of terms).
    pub fn interface(&mut self, mut methods: Vec<IfaceMethod>, embedded: &[Vec<Term>]) -> TypeId {
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for union in embedded {
            if let [single] = union.as_slice() {
                if !single.tilde {
                    if let Type::Interface(i) = self.get(self.underlying(single.ty)).clone() {
                        for m in i.methods {
                            if !methods.iter().any(|x| x.name == m.name) {
                                methods.push(m);
                            }
                        }
                        comparable |= i.comparable;
                        if let Some(ts) = i.terms {
                            terms = Some(self.intersect_terms(terms, ts));
                        }
                        continue;
                    }
                }
            }
            terms = Some(self.intersect_terms(terms, union.clone()));
        }
        crate::sort::sort_by(&mut methods, |a, b| a.name.cmp(&b.name));
        self.intern(Type::Interface(Interface {
            methods,
            terms,
            comparable,
        }))
    }

    fn intersect_terms(&self, a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
        match a {
            None => b,
            Some(mut a) => {
                a.retain(|x| b.iter().any(|y| self.term_includes(y, x.ty)));
                a
            }
        }
    }

    /// Whether the term `t` admits the type `ty`.
    pub fn term_includes(&self, t: &Term, ty: TypeId) -> bool {
        if t.tilde {
            self.identical(self.underlying(ty), self.underlying(t.ty))
        } else {
            self.identical(ty, t.ty)
        }
    }

    pub fn new_named(&mut self, pkg: &str, name: &str) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(Named {
            pkg: pkg.to_string(),
            name: name.to_string(),
            underlying: B::Invalid.id(),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        });
        self.intern(Type::Named(idx))
    }

    pub fn named(&self, id: TypeId) -> Option<&Named> {
        match self.get(id) {
            Type::Named(i) => self.named.get(*i as usize),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match self.types.get(id.0 as usize) {
            Some(Type::Named(i)) => self.named.get_mut(*i as usize),
            _ => None,
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Some(n) = self.named_mut(named) {
            n.underlying = u;
        }
    }

    pub fn add_method(&mut self, named: TypeId, m: Method) {
        if let Some(n) = self.named_mut(named) {
            n.methods.push(m);
        }
    }

    pub fn new_type_param(&mut self, name: &str, index: u32, constraint: TypeId) -> TypeId {
        let idx = self.tparams.len() as u32;
        self.tparams.push(TypeParam {
            name: name.to_string(),
            index,
            constraint,
        });
        self.intern(Type::TypeParam(idx))
    }

    pub fn type_param(&self, id: TypeId) -> Option<&TypeParam> {
        match self.get(id) {
            Type::TypeParam(i) => self.tparams.get(*i as usize),
            _ => None,
        }
    }

    pub fn set_constraint(&mut self, tp: TypeId, constraint: TypeId) {
        if let Type::TypeParam(i) = self.get(tp).clone() {
            if let Some(p) = self.tparams.get_mut(i as usize) {
                p.constraint = constraint;
            }
        }
    }

    /// The underlying type: itself for everything but named types. A type
    /// parameter's underlying type is its constraint interface.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(i) => self
                .named
                .get(*i as usize)
                .map_or(B::Invalid.id(), |n| n.underlying),
            _ => id,
        }
    }

    /// The core type: the underlying type, or for a type parameter the one
    /// underlying type shared by its whole type set (else the parameter).
    pub fn core(&self, t: TypeId) -> TypeId {
        let Some(tp) = self.type_param(t) else {
            return self.underlying(t);
        };
        let Some(terms) = self
            .interface_of(tp.constraint)
            .and_then(|i| i.terms.as_ref())
        else {
            return t;
        };
        let mut core: Option<TypeId> = None;
        for tm in terms {
            let u = self.underlying(tm.ty);
            match core {
                None => core = Some(u),
                Some(c) if self.identical(c, u) => {}
                Some(_) => return t,
            }
        }
        core.unwrap_or(t)
    }

    /// The basic kind of the underlying type, if it is basic (`byte` and
    /// `rune` normalized to uint8 and int32).
    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(id)) {
            Type::Basic(k) => Some(k.normalize()),
            _ => None,
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.get(self.core(id)) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface_of(&self, id: TypeId) -> Option<&Interface> {
        let u = match self.type_param(id) {
            Some(tp) => self.underlying(tp.constraint),
            None => self.underlying(id),
        };
        match self.get(u) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }

    /// Element types of a tuple, or the type itself as a one-element list.
    pub fn tuple_elems(&self, id: TypeId) -> Vec<TypeId> {
        match self.get(id) {
            Type::Tuple(v) => v.clone(),
            _ => vec![id],
        }
    }

    /// The result of a signature as one type: a single type or a tuple.
    pub fn results_type(&mut self, sig: &Signature) -> TypeId {
        match sig.results.as_slice() {
            [one] => one.ty,
            rs => {
                let v = param_types(rs);
                self.tuple(v)
            }
        }
    }

    /// Replaces type parameters by arguments throughout `t`.
    pub fn subst(&mut self, t: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        if map.is_empty() {
            return t;
        }
        match self.get(t).clone() {
            Type::TypeParam(_) => map.iter().find(|(p, _)| *p == t).map_or(t, |(_, a)| *a),
            Type::Basic(_) => t,
            Type::Named(_) => {
                let Some(n) = self.named(t).cloned() else {
                    return t;
                };
                if n.targs.is_empty() {
                    return t;
                }
                let args = map_vec(&n.targs, |&a| self.subst(a, map));
                if args == n.targs {
                    return t;
                }
                match n.origin {
                    Some(o) => self.instantiate(o, &args),
                    None => t,
                }
            }
            Type::Pointer(e) => {
                let e = self.subst(e, map);
                self.pointer(e)
            }
            Type::Slice(e) => {
                let e = self.subst(e, map);
                self.slice(e)
            }
            Type::Array(n, e) => {
                let e = self.subst(e, map);
                self.array(n, e)
            }
            Type::Map(k, v) => {
                let k = self.subst(k, map);
                let v = self.subst(v, map);
                self.map(k, v)
            }
            Type::Chan(d, e) => {
                let e = self.subst(e, map);
                self.chan(d, e)
            }
            Type::Func(s) => {
                let params = self.subst_params(&s.params, map);
                let results = self.subst_params(&s.results, map);
                self.func(params, results, s.variadic)
            }
            Type::Struct(mut fields) => {
                for f in &mut fields {
                    f.ty = self.subst(f.ty, map);
                }
                self.strukt(fields)
            }
            Type::Interface(i) if i.methods.is_empty() && i.terms.is_none() => t,
            Type::Interface(mut i) => {
                for m in &mut i.methods {
                    m.sig = self.subst(m.sig, map);
                }
                for tm in i.terms.iter_mut().flatten() {
                    tm.ty = self.subst(tm.ty, map);
                }
                self.intern(Type::Interface(i))
            }
            Type::Tuple(mut v) => {
                for e in &mut v {
                    *e = self.subst(*e, map);
                }
                self.tuple(v)
            }
        }
    }

    fn subst_params(&mut self, ps: &[Param], map: &[(TypeId, TypeId)]) -> Vec<Param> {
        let mut ps = ps.to_vec();
        for p in &mut ps {
            p.ty = self.subst(p.ty, map);
        }
        ps
    }

    /// Instantiates a generic named type. Methods are substituted too; each
    /// keeps the `obj` of the generic method so the compiler finds the body.
    pub fn instantiate(&mut self, generic: TypeId, args: &[TypeId]) -> TypeId {
        let key = (generic, args.to_vec());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        // `type T[P any] struct{ f *T[[]P] }` would instantiate forever.
        if self.inst_depth > MAX_INSTANTIATION_DEPTH {
            return B::Invalid.id();
        }
        let Some(g) = self.named(generic).cloned() else {
            return generic;
        };
        let inst = self.new_named(&g.pkg, &g.name);
        self.instances.insert(key, inst);
        let map = subst_map(&g.tparams, args);
        if let Some(n) = self.named_mut(inst) {
            n.origin = Some(generic);
            n.targs = args.to_vec();
        }
        self.inst_depth += 1;
        self.complete_instance(inst, &g, &map);
        self.inst_depth -= 1;
        inst
    }

    /// (Re)computes an instance's underlying type and methods from its
    /// generic type; the checker calls it again once the generic type's
    /// declaration is complete.
    pub fn complete_instance(&mut self, inst: TypeId, g: &Named, map: &[(TypeId, TypeId)]) {
        let u = self.subst(g.underlying, map);
        let mut methods = g.methods.clone();
        for m in &mut methods {
            m.sig = self.subst(m.sig, map);
        }
        if let Some(n) = self.named_mut(inst) {
            n.underlying = u;
            n.methods = methods;
        }
    }

    /// Instances of `generic` made so far, with their arguments.
    pub fn instances_of(&self, generic: TypeId) -> Vec<(TypeId, Vec<TypeId>)> {
        let mut v = Vec::new();
        for ((g, a), &i) in self.instances.iter() {
            if *g == generic {
                v.push((i, a.clone()));
            }
        }
        v
    }

    /// The representative of `t`'s identity class: parameter names are
    /// dropped from function types. Use it as the runtime type descriptor.
    pub fn canonical(&mut self, t: TypeId) -> TypeId {
        match self.get(t).clone() {
            Type::Basic(k) => k.normalize().id(),
            Type::Func(s) => {
                let strip = |ps: &[Param], me: &mut Types| -> Vec<Param> {
                    map_vec(ps, |p| Param {
                        name: None,
                        ty: me.canonical(p.ty),
                    })
                };
                let params = strip(&s.params, self);
                let results = strip(&s.results, self);
                self.func(params, results, s.variadic)
            }
            Type::Pointer(e) => {
                let e = self.canonical(e);
                self.pointer(e)
            }
            Type::Slice(e) => {
                let e = self.canonical(e);
                self.slice(e)
            }
            Type::Array(n, e) => {
                let e = self.canonical(e);
                self.array(n, e)
            }
            Type::Map(k, v) => {
                let k = self.canonical(k);
                let v = self.canonical(v);
                self.map(k, v)
            }
            Type::Chan(d, e) => {
                let e = self.canonical(e);
                self.chan(d, e)
            }
            Type::Struct(mut fs) => {
                for f in &mut fs {
                    f.ty = self.canonical(f.ty);
                }
                self.strukt(fs)
            }
            Type::Interface(mut i) => {
                for m in &mut i.methods {
                    m.sig = self.canonical(m.sig);
                }
                self.intern(Type::Interface(i))
            }
            _ => t,
        }
    }
}

#[cfg(test)]
mod tests;
