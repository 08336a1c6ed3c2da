//! Type names as gc prints them in messages and as the runtime prints `%T`.

use super::{ChanDir, Signature, Type, TypeId, Types};

/// How package-level names are qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier<'a> {
    /// Compiler messages while checking package `path`: that package's
    /// names are bare, others are prefixed by their package name.
    Relative(&'a str),
    /// Like `Relative`, but packages whose name is in the list are written
    /// by their quoted path (gc does so when several packages in the
    /// import graph share a name, e.g. `"sync".Mutex`).
    RelativeQuoting(&'a str, &'a [String]),
    /// Runtime (`%T`, panics): always `pkg.Name`, reflect's spacing,
    /// no parameter names.
    Runtime,
}

/// The name a package path is referred to by (`math/rand` -> `rand`).
pub fn package_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// go/token.IsExported: the name starts with an upper-case letter (Go's tables).
pub fn is_exported(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| crate::runtime::unicode::is_upper(c as i32))
}

impl Types {
    /// `t` written as gc does in messages (relative to package `pkg`).
    pub fn type_string(&self, t: TypeId, pkg: &str) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qualifier::Relative(pkg), 0);
        s
    }

    /// `t` as gc writes it in messages, quoting the paths of packages whose
    /// name is in `quoted`.
    pub fn type_string_quoting(&self, t: TypeId, pkg: &str, quoted: &[String]) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qualifier::RelativeQuoting(pkg, quoted), 0);
        s
    }

    /// `t` as `%T` prints it at run time.
    pub fn runtime_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qualifier::Runtime, 0);
        s
    }

    pub fn write_type(&self, out: &mut String, t: TypeId, q: Qualifier, depth: u32) {
        if depth > 64 {
            out.push('…');
            return;
        }
        let rt = q == Qualifier::Runtime;
        let d = depth + 1;
        match self.get(t) {
            Type::Basic(k) => out.push_str(if rt { k.normalize().name() } else { k.name() }),
            Type::Named(_) => {
                let Some(n) = self.named(t) else { return };
                let (qualify, quoted) = match q {
                    Qualifier::Runtime => (!n.pkg.is_empty(), false),
                    Qualifier::Relative(p) => (!n.pkg.is_empty() && n.pkg != p, false),
                    Qualifier::RelativeQuoting(p, names) => (
                        !n.pkg.is_empty() && n.pkg != p,
                        names.iter().any(|x| x == package_name(&n.pkg)),
                    ),
                };
                if qualify && quoted {
                    out.push_str(&quote(&n.pkg));
                    out.push('.');
                } else if qualify {
                    out.push_str(package_name(&n.pkg));
                    out.push('.');
                }
                out.push_str(&n.name);
                if !n.targs.is_empty() {
                    out.push('[');
                    for (i, a) in n.targs.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                            if !rt {
                                out.push(' ');
                            }
                        }
                        self.write_type(out, *a, q, d);
                    }
                    out.push(']');
                }
            }
            Type::TypeParam(_) => {
                if let Some(p) = self.type_param(t) {
                    out.push_str(&p.name);
                }
            }
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, q, d);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, q, d);
            }
            Type::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_type(out, *e, q, d);
            }
            Type::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, q, d);
                out.push(']');
                self.write_type(out, *v, q, d);
            }
            Type::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren =
                    *dir == ChanDir::Both && matches!(self.get(*e), Type::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, q, d);
                if paren {
                    out.push(')');
                }
            }
            Type::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, q, d);
            }
            Type::Struct(fields) => {
                out.push_str(if rt { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    out.push_str(if i > 0 {
                        "; "
                    } else if rt {
                        " "
                    } else {
                        ""
                    });
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, q, d);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&quote(tag));
                    }
                }
                if rt && !fields.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            Type::Interface(i) => {
                if t == self.any && !rt {
                    out.push_str("any");
                    return;
                }
                out.push_str(if rt { "interface {" } else { "interface{" });
                let mut first = true;
                let mut sep = |out: &mut String| {
                    out.push_str(if !first {
                        "; "
                    } else if rt {
                        " "
                    } else {
                        ""
                    });
                    first = false;
                };
                if i.comparable {
                    sep(out);
                    out.push_str("comparable");
                }
                for m in &i.methods {
                    sep(out);
                    out.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_signature(out, sig, q, d);
                    }
                }
                if let Some(terms) = &i.terms {
                    sep(out);
                    for (k, tm) in terms.iter().enumerate() {
                        if k > 0 {
                            out.push_str(" | ");
                        }
                        if tm.tilde {
                            out.push('~');
                        }
                        self.write_type(out, tm.ty, q, d);
                    }
                }
                if rt && !first {
                    out.push(' ');
                }
                out.push('}');
            }
            Type::Tuple(v) => {
                out.push('(');
                for (i, e) in v.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *e, q, d);
                }
                out.push(')');
            }
        }
    }

    /// `(params) results` of a signature.
    pub fn write_signature(&self, out: &mut String, sig: &Signature, q: Qualifier, d: u32) {
        let names = q != Qualifier::Runtime;
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let (Some(n), true) = (&p.name, names) {
                out.push_str(n);
                out.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                match self.get(p.ty) {
                    Type::Slice(e) => self.write_type(out, *e, q, d),
                    _ => self.write_type(out, p.ty, q, d),
                }
            } else {
                self.write_type(out, p.ty, q, d);
            }
        }
        out.push(')');
        match sig.results.as_slice() {
            [] => {}
            [r] if r.name.is_none() || !names => {
                out.push(' ');
                self.write_type(out, r.ty, q, d);
            }
            rs => {
                out.push_str(" (");
                for (i, r) in rs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if let (Some(n), true) = (&r.name, names) {
                        out.push_str(n);
                        out.push(' ');
                    }
                    self.write_type(out, r.ty, q, d);
                }
                out.push(')');
            }
        }
    }
}

/// A Go double-quoted string literal for `s` (strconv.Quote's escapes).
pub fn quote(s: &str) -> String {
    quote_bytes(s.as_bytes())
}

/// strconv.Quote of a Go string's bytes (invalid UTF-8 bytes become `\xNN`).
pub fn quote_bytes(b: &[u8]) -> String {
    String::from_utf8_lossy(&crate::runtime::strconv::quote(b)).into_owned()
}
