//! The reflective value tree the fmt engine formats.
//!
//! The VM converts each Go operand (an `any`) into a [`FmtValue`] and hands the list to
//! [`crate::runtime::fmt`]. The tree mirrors what `reflect` shows package fmt: a kind, a type
//! name (as `reflect.Type.String()` spells it, used by `%T`, `%#v` and the `%!d(T=...)` error
//! forms) and the contents. Strings, type names and field names are `Cow` so the VM can lend
//! its own buffers and interned names without copying.
//!
//! # Methods (Error, String, GoString)
//! fmt calls user methods while formatting, but the VM is stackless, so the VM calls them
//! *before* formatting and attaches the outcome with [`FmtValue::Method`]. Rules (as fmt):
//! - Which args need them: call [`crate::runtime::fmt::method_needs`] with the format
//!   string and the method-free args (Print/Println: every arg needs `string`). Skip it
//!   when no operand's type can reach a type with such methods (the common case). fmt calls
//!   `Error()`/`String()` only for verbs `%v %s %q %x %X` (and `%w`), `GoString()` only for
//!   `%#v`, and never for `%d`, `%T`, `%p`, ... (a `String` that does `Sprintf("%d", t)` must
//!   not recurse).
//! - Error wins over String: if the dynamic type implements `error`, call `Error()` only.
//!   With `GOSTRING` needed and a `GoString() string` method, call that.
//! - Where: on the arg itself and on every nested value fmt reaches through a path that
//!   `reflect` can `Interface()`: slice/array elements, map keys and values, the contents of
//!   interfaces, exported struct fields, and the pointee of a top-level pointer. NOT through
//!   unexported struct fields (fmt cannot call methods there) nor on nested pointers.
//! - The outcome: the returned string, or a panic ([`MethodOutcome::Panicked`] with the
//!   panic value). fmt prints a panicking method as `%!v(PANIC=String method: boom)`, or as
//!   `<nil>` when the receiver is a nil pointer; the engine does that from `value`.
//! - When the same arg is used with both `%#v` and `%v`, nest: `Method(GoString){ value:
//!   Method(String){ value: raw } }`. The engine peels the wrappers the verb does not use.
//! - `%w` (Errorf) needs the arg to be an error: only a `Method` of kind `Error` counts.
//! - `fmt.Formatter` (a user `Format` method) is not supported.
//!
//! # Shape rules
//! - Interfaces are transparent: a non-nil interface is its dynamic value (with the dynamic
//!   type name); a nil interface is [`FmtValue::Nil`] (with the static interface type name,
//!   e.g. `interface {}` or `error`, used by `%#v` for nested nils).
//! - Byte slices/arrays (element kind uint8 with no methods) should use
//!   [`FmtValue::Bytes`]; other slices/arrays use [`FmtValue::List`].
//! - A non-nil pointer to a struct, array, slice or map should carry its `pointee`: fmt
//!   prints `&{1 2}` for a top-level one. Nested pointers print as addresses, except in the
//!   error form of a verb pointers reject (`%s` of a struct holding a pointer prints
//!   `%!s(*main.T=&{1 2})`), which uses the pointee again. So: always give the top-level
//!   pointee; give nested ones to a bounded depth (cycles!) when the verb is not one of
//!   `v d x X o b p`, or omit them (the error form then shows the address instead).
//! - Map entries in any order: the engine sorts them as internal/fmtsort does.
//! - Keep trees finite and shallow: the engine prints `...` below 500 levels of nesting.
//! - Type names are `reflect`'s: `int`, `[]uint8` (not `[]byte`), `map[string]int`,
//!   `*main.T`, `main.T`, `struct { A int }`, `func(int) string`, `chan int`, `interface {}`.

use std::borrow::Cow;

/// One Go value as package fmt sees it through reflect.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtValue<'a> {
    /// A nil interface (`nil` passed to Print, or a nil interface nested in a value).
    Nil {
        ty: Cow<'a, str>,
    },
    Bool {
        ty: Cow<'a, str>,
        v: bool,
    },
    /// Any signed integer kind (int, int8, ..., int64), sign-extended.
    Int {
        ty: Cow<'a, str>,
        v: i64,
    },
    /// Any unsigned integer kind (uint, uint8, ..., uint64, uintptr).
    Uint {
        ty: Cow<'a, str>,
        v: u64,
    },
    /// float32 (`bits == 32`, the value widened exactly) or float64.
    Float {
        ty: Cow<'a, str>,
        v: f64,
        bits: u8,
    },
    /// complex64 (`bits == 64`) or complex128.
    Complex {
        ty: Cow<'a, str>,
        re: f64,
        im: f64,
        bits: u8,
    },
    /// A string (Go strings are bytes, not necessarily UTF-8).
    String {
        ty: Cow<'a, str>,
        v: Cow<'a, [u8]>,
    },
    /// A slice or array whose element kind is uint8. `elem_ty` names the element type.
    Bytes {
        ty: Cow<'a, str>,
        elem_ty: Cow<'a, str>,
        seq: Seq,
        v: Cow<'a, [u8]>,
    },
    /// Any other slice or array.
    List {
        ty: Cow<'a, str>,
        seq: Seq,
        elems: Vec<FmtValue<'a>>,
    },
    /// A map; `nil` distinguishes a nil map from an empty one (for `%#v`).
    Map {
        ty: Cow<'a, str>,
        nil: bool,
        entries: Vec<(FmtValue<'a>, FmtValue<'a>)>,
    },
    /// A struct: fields in declaration order, embedded fields named by their type name.
    Struct {
        ty: Cow<'a, str>,
        fields: Vec<(Cow<'a, str>, FmtValue<'a>)>,
    },
    /// A pointer, chan, func or unsafe.Pointer: an address (0 = nil).
    Ref {
        ty: Cow<'a, str>,
        kind: RefKind,
        addr: u64,
        pointee: Option<Box<FmtValue<'a>>>,
    },
    /// A value whose Error/String/GoString method the VM already called.
    Method(Box<Method<'a>>),
}

/// Whether a `List`/`Bytes` is a slice (which may be nil) or an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seq {
    Array,
    Slice { nil: bool },
}

/// The reflect kind behind a [`FmtValue::Ref`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Pointer,
    Chan,
    Func,
    UnsafePointer,
}

/// The outcome of a formatting method the VM called on `value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Method<'a> {
    pub kind: MethodKind,
    pub outcome: MethodOutcome<'a>,
    /// The receiver itself, formatted by verbs that do not use the method.
    pub value: FmtValue<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// `Error() string` (the value implements `error`).
    Error,
    /// `String() string` (fmt.Stringer, and not an error).
    String,
    /// `GoString() string` (fmt.GoStringer), used by `%#v` only.
    GoString,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MethodOutcome<'a> {
    Returned(Cow<'a, [u8]>),
    /// The method panicked with this value.
    Panicked(FmtValue<'a>),
}

impl<'a> FmtValue<'a> {
    /// The value under any method wrappers (what reflect sees).
    pub fn raw(&self) -> &FmtValue<'a> {
        let mut v = self;
        while let FmtValue::Method(m) = v {
            v = &m.value;
        }
        v
    }

    /// Whether the value implements `error` (the VM attached an Error outcome).
    pub fn is_error(&self) -> bool {
        let mut v = self;
        while let FmtValue::Method(m) = v {
            if m.kind == MethodKind::Error {
                return true;
            }
            v = &m.value;
        }
        false
    }

    /// `reflect.TypeOf(v).String()`; `<nil>` for a nil interface at top level is handled by
    /// the engine.
    pub fn type_name(&self) -> &str {
        match self.raw() {
            FmtValue::Nil { ty }
            | FmtValue::Bool { ty, .. }
            | FmtValue::Int { ty, .. }
            | FmtValue::Uint { ty, .. }
            | FmtValue::Float { ty, .. }
            | FmtValue::Complex { ty, .. }
            | FmtValue::String { ty, .. }
            | FmtValue::Bytes { ty, .. }
            | FmtValue::List { ty, .. }
            | FmtValue::Map { ty, .. }
            | FmtValue::Struct { ty, .. }
            | FmtValue::Ref { ty, .. } => ty,
            FmtValue::Method(_) => "",
        }
    }

    /// Convenience constructors for the common basic types.
    pub fn int(v: i64) -> Self {
        FmtValue::Int {
            ty: Cow::Borrowed("int"),
            v,
        }
    }
    pub fn uint(v: u64) -> Self {
        FmtValue::Uint {
            ty: Cow::Borrowed("uint"),
            v,
        }
    }
    pub fn float64(v: f64) -> Self {
        FmtValue::Float {
            ty: Cow::Borrowed("float64"),
            v,
            bits: 64,
        }
    }
    pub fn boolean(v: bool) -> Self {
        FmtValue::Bool {
            ty: Cow::Borrowed("bool"),
            v,
        }
    }
    pub fn string(v: &'a str) -> Self {
        FmtValue::String {
            ty: Cow::Borrowed("string"),
            v: Cow::Borrowed(v.as_bytes()),
        }
    }
    pub fn nil() -> Self {
        FmtValue::Nil {
            ty: Cow::Borrowed("interface {}"),
        }
    }
}
