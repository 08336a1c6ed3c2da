//! Field and method lookup through embedded fields, and interface satisfaction.

use super::{Term, Type, TypeId, Types};

/// What a selector `x.name` denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// A struct field; `path` ends with the field's own index.
    Field,
    /// A declared method of the named type `recv` (index into its methods).
    Method {
        recv: TypeId,
        index: usize,
        ptr_recv: bool,
    },
    /// A method of an interface type (index into its sorted method list).
    IfaceMethod { iface: TypeId, index: usize },
}

/// A resolved selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Indices of the embedded fields walked (then the field itself for fields).
    pub path: Vec<usize>,
    /// A pointer was dereferenced on the way (implicitly).
    pub indirect: bool,
    /// Type of the field, or the method's signature (without receiver).
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupResult {
    Found(Selection),
    NotFound,
    /// Several at the same, shallowest depth.
    Ambiguous,
}

/// Why a type does not implement an interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingMethod {
    Missing(String),
    /// Only `*T` has it.
    PointerRecv(String),
    /// Present with another signature: (name, have, want).
    WrongType(String, TypeId, TypeId),
    /// The type is not in the constraint's type set / not comparable.
    NotInTypeSet,
}

#[derive(Clone)]
struct Entry {
    ty: TypeId,
    path: Vec<usize>,
    indirect: bool,
}

impl Types {
    /// Looks `name` up in `t` as Go's selector rules do (shallowest depth wins).
    pub fn lookup(&self, t: TypeId, name: &str) -> LookupResult {
        let (start, indirect) = match self.get(t) {
            Type::Pointer(e) if self.named(*e).is_some() || self.is_struct_like(*e) => (*e, true),
            _ => (t, false),
        };
        let mut level = vec![Entry {
            ty: start,
            path: Vec::new(),
            indirect,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut found: Vec<Selection> = Vec::new();
            let mut next = Vec::new();
            for e in &level {
                if self.named(e.ty).is_some() {
                    if seen.contains(&e.ty) {
                        continue;
                    }
                    seen.push(e.ty);
                    if let Some(n) = self.named(e.ty) {
                        if let Some(i) = n.methods.iter().position(|m| m.name == name) {
                            let m = &n.methods[i];
                            found.push(Selection {
                                kind: SelectionKind::Method {
                                    recv: e.ty,
                                    index: i,
                                    ptr_recv: m.ptr_recv,
                                },
                                path: e.path.clone(),
                                indirect: e.indirect,
                                ty: m.sig,
                            });
                            continue;
                        }
                    }
                }
                if let Some(tp) = self.type_param(e.ty) {
                    if let Some(i) = self.interface_of(tp.constraint) {
                        if let Some(idx) = i.methods.iter().position(|m| m.name == name) {
                            found.push(Selection {
                                kind: SelectionKind::IfaceMethod {
                                    iface: tp.constraint,
                                    index: idx,
                                },
                                path: e.path.clone(),
                                indirect: e.indirect,
                                ty: i.methods[idx].sig,
                            });
                        }
                    }
                    continue;
                }
                match self.get(self.underlying(e.ty)) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let mut path = e.path.clone();
                            path.push(i);
                            if f.name == name {
                                found.push(Selection {
                                    kind: SelectionKind::Field,
                                    path: path.clone(),
                                    indirect: e.indirect,
                                    ty: f.ty,
                                });
                            }
                            if f.embedded {
                                let (ty, ind) = match self.get(f.ty) {
                                    Type::Pointer(p) => (*p, true),
                                    _ => (f.ty, false),
                                };
                                next.push(Entry {
                                    ty,
                                    path,
                                    indirect: e.indirect || ind,
                                });
                            }
                        }
                    }
                    Type::Interface(i) => {
                        if let Some(idx) = i.methods.iter().position(|m| m.name == name) {
                            found.push(Selection {
                                kind: SelectionKind::IfaceMethod {
                                    iface: e.ty,
                                    index: idx,
                                },
                                path: e.path.clone(),
                                indirect: e.indirect,
                                ty: i.methods[idx].sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => level = next,
                1 => return LookupResult::Found(found.remove(0)),
                _ => return LookupResult::Ambiguous,
            }
        }
        LookupResult::NotFound
    }

    fn is_struct_like(&self, t: TypeId) -> bool {
        matches!(self.get(self.underlying(t)), Type::Struct(_))
    }

    /// Whether every type `v` stands for is in the union `terms`.
    fn in_type_set(&self, v: TypeId, terms: &[Term]) -> bool {
        if let Some(tp) = self.type_param(v) {
            let vterms = self
                .interface_of(tp.constraint)
                .and_then(|i| i.terms.clone());
            return match vterms {
                Some(vts) => vts.iter().all(|vt| {
                    terms.iter().any(|t| {
                        if vt.tilde {
                            t.tilde && self.identical(self.underlying(vt.ty), self.underlying(t.ty))
                        } else {
                            self.term_includes(t, vt.ty)
                        }
                    })
                }),
                None => false,
            };
        }
        terms.iter().any(|t| self.term_includes(t, v))
    }

    /// Why `v` does not implement the interface `iface`, or `None` if it does.
    pub fn missing_method(&self, v: TypeId, iface: TypeId) -> Option<MissingMethod> {
        let i = self.interface_of(iface)?.clone();
        if let Some(terms) = &i.terms {
            if !self.in_type_set(v, terms) {
                return Some(MissingMethod::NotInTypeSet);
            }
        }
        if i.comparable && !self.comparable(v) {
            return Some(MissingMethod::NotInTypeSet);
        }
        let v_iface = if self.is_interface(v) || self.is_type_param(v) {
            self.interface_of(v).cloned()
        } else {
            None
        };
        for m in &i.methods {
            if let Some(vi) = &v_iface {
                match vi.methods.iter().find(|x| x.name == m.name) {
                    Some(x) if self.identical(x.sig, m.sig) => continue,
                    Some(x) => return Some(MissingMethod::WrongType(m.name.clone(), x.sig, m.sig)),
                    None => return Some(MissingMethod::Missing(m.name.clone())),
                }
            }
            match self.lookup(v, &m.name) {
                LookupResult::Found(sel) => match sel.kind {
                    SelectionKind::Field => return Some(MissingMethod::Missing(m.name.clone())),
                    SelectionKind::Method { ptr_recv, .. } => {
                        if !self.identical(sel.ty, m.sig) {
                            return Some(MissingMethod::WrongType(m.name.clone(), sel.ty, m.sig));
                        }
                        let is_ptr = matches!(self.get(v), Type::Pointer(_));
                        if ptr_recv && !is_ptr && !sel.indirect {
                            return Some(MissingMethod::PointerRecv(m.name.clone()));
                        }
                    }
                    SelectionKind::IfaceMethod { .. } => {
                        if !self.identical(sel.ty, m.sig) {
                            return Some(MissingMethod::WrongType(m.name.clone(), sel.ty, m.sig));
                        }
                    }
                },
                _ => return Some(MissingMethod::Missing(m.name.clone())),
            }
        }
        None
    }
}
