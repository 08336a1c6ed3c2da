//! Type identity, assignability, convertibility and comparability (Go spec).

use super::{BasicKind as B, ChanDir, Type, TypeId, Types};

impl Types {
    /// Type identity per the spec (parameter names and tags of funcs are
    /// ignored; struct tags count).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.get(a), self.get(b)) {
            (Type::Basic(x), Type::Basic(y)) => x.normalize() == y.normalize(),
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical(*x, *y)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical(*x, *y),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical(*k1, *k2) && self.identical(*v1, *v2)
            }
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.identical(*x, *y),
            (Type::Func(s), Type::Func(t)) => {
                s.variadic == t.variadic
                    && s.params.len() == t.params.len()
                    && s.results.len() == t.results.len()
                    && s.params
                        .iter()
                        .zip(&t.params)
                        .all(|(p, q)| self.identical(p.ty, q.ty))
                    && s.results
                        .iter()
                        .zip(&t.results)
                        .all(|(p, q)| self.identical(p.ty, q.ty))
            }
            (Type::Struct(f), Type::Struct(g)) => {
                f.len() == g.len()
                    && f.iter().zip(g).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && x.pkg == y.pkg
                            && self.identical(x.ty, y.ty)
                    })
            }
            (Type::Interface(i), Type::Interface(j)) => {
                i.comparable == j.comparable
                    && i.methods.len() == j.methods.len()
                    && i.methods
                        .iter()
                        .zip(&j.methods)
                        .all(|(m, n)| m.name == n.name && self.identical(m.sig, n.sig))
                    && match (&i.terms, &j.terms) {
                        (None, None) => true,
                        (Some(x), Some(y)) => {
                            x.len() == y.len()
                                && x.iter().all(|t| {
                                    y.iter()
                                        .any(|u| t.tilde == u.tilde && self.identical(t.ty, u.ty))
                                })
                        }
                        _ => false,
                    }
            }
            (Type::Tuple(x), Type::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| self.identical(*p, *q))
            }
            _ => false,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.get(t),
            Type::Named(_) | Type::Basic(_) | Type::TypeParam(_)
        )
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        self.type_param(t).is_none() && matches!(self.get(self.underlying(t)), Type::Interface(_))
    }

    pub fn is_type_param(&self, t: TypeId) -> bool {
        self.type_param(t).is_some()
    }

    // A function pointer, not a generic: one copy for the eight predicates below.
    fn kind_is(&self, t: TypeId, f: fn(B) -> bool) -> bool {
        if let Some(tp) = self.type_param(t) {
            // A type parameter has a property if every term of its type set has it.
            return match self
                .interface_of(tp.constraint)
                .and_then(|i| i.terms.as_ref())
            {
                Some(terms) if !terms.is_empty() => {
                    terms.iter().all(|tm| self.basic_kind(tm.ty).is_some_and(f))
                }
                _ => false,
            };
        }
        self.basic_kind(t).is_some_and(f)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_boolean)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.kind_is(t, B::is_ordered)
    }

    /// The type an untyped constant gets when nothing else decides.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(k) => match k {
                B::UntypedBool => B::Bool.id(),
                B::UntypedInt => B::Int.id(),
                B::UntypedRune => B::Rune.id(),
                B::UntypedFloat => B::Float64.id(),
                B::UntypedComplex => B::Complex128.id(),
                B::UntypedString => B::String.id(),
                _ => t,
            },
            _ => t,
        }
    }

    /// Whether values of `t` can be compared with `==` (spec "comparable").
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_seen(t, &mut Vec::new())
    }

    /// `seen` holds the types already being decided, as go/types keeps them:
    /// an invalid recursive type (`type T struct{ X, Y T }`) is visited once,
    /// not once per path, which would be exponential.
    fn comparable_seen(&self, t: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return true;
        }
        seen.push(t);
        if let Some(tp) = self.type_param(t) {
            return self.interface_of(tp.constraint).is_some_and(|i| {
                i.comparable
                    || i.terms.as_ref().is_some_and(|ts| {
                        !ts.is_empty() && ts.iter().all(|x| self.comparable_seen(x.ty, seen))
                    })
            });
        }
        match self.get(self.underlying(t)) {
            Type::Basic(k) => *k != B::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_seen(f.ty, seen)),
            Type::Array(_, e) => self.comparable_seen(*e, seen),
            _ => false,
        }
    }

    /// Whether a `nil` can be assigned to / compared with `t`.
    pub fn has_nil(&self, t: TypeId) -> bool {
        if let Some(tp) = self.type_param(t) {
            return self
                .interface_of(tp.constraint)
                .and_then(|i| i.terms.clone())
                .is_some_and(|ts| !ts.is_empty() && ts.iter().all(|x| self.has_nil(x.ty)));
        }
        match self.get(self.underlying(t)) {
            Type::Basic(k) => *k == B::UnsafePointer,
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// Assignability of a (non-constant) value of type `v` to `t`, ignoring
    /// interface satisfaction which the caller checks with `missing_method`
    /// (returns true when `t` is an interface and `v` implements it).
    pub fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        if self.identical(v, t) {
            return true;
        }
        let (vu, tu) = (self.underlying(v), self.underlying(t));
        if let Type::Basic(k) = self.get(v) {
            if k.is_untyped() {
                return match k {
                    B::UntypedNil => self.has_nil(t),
                    B::UntypedBool => self.is_boolean(t),
                    B::UntypedString => self.is_string(t),
                    _ => self.is_numeric(t),
                } || (self.is_interface(t)
                    && self.interface_of(t).is_some_and(|i| i.methods.is_empty())
                    && *k != B::UntypedNil);
            }
        }
        // Identical underlying types, and at least one is not named.
        if self.identical(vu, tu)
            && (!self.is_named(v) || !self.is_named(t))
            && !self.is_type_param(v)
            && !self.is_type_param(t)
        {
            return true;
        }
        // Channel assignability: bidirectional to directional.
        if let (Type::Chan(ChanDir::Both, e1), Type::Chan(_, e2)) = (self.get(vu), self.get(tu)) {
            if self.identical(*e1, *e2) && (!self.is_named(v) || !self.is_named(t)) {
                return true;
            }
        }
        if self.is_interface(t) && !self.is_type_param(t) {
            return self.missing_method(v, t).is_none();
        }
        // Type parameters: every type of the type set must be assignable.
        if let (Some(vts), false) = (
            self.type_set_terms(v),
            self.is_named(t) && !self.is_type_param(t),
        ) {
            return !vts.is_empty() && vts.iter().all(|x| self.assignable(self.term_type(x), t));
        }
        if let (Some(tts), false) = (self.type_set_terms(t), self.is_named(v)) {
            return !tts.is_empty() && tts.iter().all(|x| self.assignable(v, self.term_type(x)));
        }
        false
    }

    /// The terms of a type parameter's constraint (None if not a type
    /// parameter or the constraint has no union).
    pub fn type_set_terms(&self, t: TypeId) -> Option<Vec<super::Term>> {
        let tp = self.type_param(t)?;
        self.interface_of(tp.constraint)
            .and_then(|i| i.terms.clone())
    }

    /// The type a term stands for when checking operations: `~T` acts as
    /// T's underlying type.
    fn term_type(&self, t: &super::Term) -> TypeId {
        if t.tilde {
            self.underlying(t.ty)
        } else {
            t.ty
        }
    }

    /// Convertibility of a non-constant value of type `v` to `t`.
    pub fn convertible(&self, v: TypeId, t: TypeId) -> bool {
        if self.assignable(v, t) {
            return true;
        }
        let (vu, tu) = (self.underlying(v), self.underlying(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.get(vu), self.get(tu)) {
            if self.identical_ignore_tags(self.underlying(*a), self.underlying(*b)) {
                return true;
            }
        }
        if (self.is_numeric(v) && self.is_numeric(t)) && (self.is_complex(v) == self.is_complex(t))
        {
            return true;
        }
        if self.is_string(t) && (self.is_integer(v) || self.is_byte_or_rune_slice(v)) {
            return true;
        }
        if self.is_string(v) && self.is_byte_or_rune_slice(t) {
            return true;
        }
        if let Some(ts) = self.type_set_terms(t) {
            return !ts.is_empty() && ts.iter().all(|x| self.convertible(v, self.term_type(x)));
        }
        if let Some(vs) = self.type_set_terms(v) {
            return !vs.is_empty() && vs.iter().all(|x| self.convertible(self.term_type(x), t));
        }
        // Slice to array or array pointer.
        if let Type::Slice(e) = self.get(vu) {
            match self.get(tu) {
                Type::Array(_, e2) if self.identical(*e, *e2) => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, e2) = self.get(self.underlying(*p)) {
                        if self.identical(*e, *e2) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        match (self.get(a), self.get(b)) {
            (Type::Struct(f), Type::Struct(g)) => {
                f.len() == g.len()
                    && f.iter().zip(g).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && self.identical(x.ty, y.ty)
                    })
            }
            _ => self.identical(a, b),
        }
    }

    pub fn is_byte_or_rune_slice(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::Slice(e) => matches!(self.basic_kind(*e), Some(B::Uint8 | B::Int32)),
            _ => false,
        }
    }
}
