//! Test support shared by the golden tests: the operand language of
//! testdata/fmt_cases.txt (`int:3`, `string:"x"`, `@name`, ...) and its named values,
//! built the way the VM builds them (mirroring testdata/golden/main.go, methods included).

use crate::runtime::fmt_value::{FmtValue as V, Method, MethodKind, MethodOutcome, RefKind, Seq};
use crate::runtime::strconv::{parse_float, parse_int, parse_uint, unquote};
use std::borrow::Cow;

const ADDR: u64 = 0xc000010000;

fn i(ty: &'static str, v: i64) -> V<'static> {
    V::Int { ty: ty.into(), v }
}
fn int(v: i64) -> V<'static> {
    i("int", v)
}
fn s(ty: &'static str, v: &str) -> V<'static> {
    V::String {
        ty: ty.into(),
        v: Cow::Owned(v.as_bytes().to_vec()),
    }
}
fn string(v: &str) -> V<'static> {
    s("string", v)
}
fn float(v: f64) -> V<'static> {
    V::Float {
        ty: "float64".into(),
        v,
        bits: 64,
    }
}
fn st(ty: &'static str, fields: Vec<(&'static str, V<'static>)>) -> V<'static> {
    V::Struct {
        ty: ty.into(),
        fields: fields.into_iter().map(|(n, v)| (n.into(), v)).collect(),
    }
}
fn list(ty: &'static str, elems: Vec<V<'static>>) -> V<'static> {
    V::List {
        ty: ty.into(),
        seq: Seq::Slice { nil: false },
        elems,
    }
}
fn array(ty: &'static str, elems: Vec<V<'static>>) -> V<'static> {
    V::List {
        ty: ty.into(),
        seq: Seq::Array,
        elems,
    }
}
fn nil_slice(ty: &'static str) -> V<'static> {
    V::List {
        ty: ty.into(),
        seq: Seq::Slice { nil: true },
        elems: vec![],
    }
}
fn bytes(ty: &'static str, seq: Seq, v: &[u8]) -> V<'static> {
    V::Bytes {
        ty: ty.into(),
        elem_ty: "uint8".into(),
        seq,
        v: Cow::Owned(v.to_vec()),
    }
}
fn map(ty: &'static str, entries: Vec<(V<'static>, V<'static>)>) -> V<'static> {
    V::Map {
        ty: ty.into(),
        nil: false,
        entries,
    }
}
fn ptr(ty: &'static str, pointee: Option<V<'static>>) -> V<'static> {
    V::Ref {
        ty: ty.into(),
        kind: RefKind::Pointer,
        addr: ADDR,
        pointee: pointee.map(Box::new),
    }
}
fn nil_ref(ty: &'static str, kind: RefKind) -> V<'static> {
    V::Ref {
        ty: ty.into(),
        kind,
        addr: 0,
        pointee: None,
    }
}
fn nil_iface(ty: &'static str) -> V<'static> {
    V::Nil { ty: ty.into() }
}
fn method(kind: MethodKind, text: &str, value: V<'static>) -> V<'static> {
    V::Method(Box::new(Method {
        kind,
        outcome: MethodOutcome::Returned(Cow::Owned(text.as_bytes().to_vec())),
        value,
    }))
}
fn panicked(kind: MethodKind, panic: V<'static>, value: V<'static>) -> V<'static> {
    V::Method(Box::new(Method {
        kind,
        outcome: MethodOutcome::Panicked(panic),
        value,
    }))
}
fn t(a: i64, b: &str) -> V<'static> {
    st("main.T", vec![("A", int(a)), ("B", string(b))])
}
fn inner(x: i64, y: i64) -> V<'static> {
    st("main.Inner", vec![("X", int(x)), ("Y", int(y))])
}
fn stringer(n: i64) -> V<'static> {
    method(
        MethodKind::String,
        &format!("S<{n}>"),
        st("main.Stringer", vec![("N", int(n))]),
    )
}
fn level(n: i64) -> V<'static> {
    let text = match n {
        0 => "low".to_string(),
        1 => "high".to_string(),
        _ => format!("Level({n})"),
    };
    method(MethodKind::String, &text, i("main.Level", n))
}
/// errors.New(msg).
fn err_new(msg: &str) -> V<'static> {
    let pointee = st("errors.errorString", vec![("s", string(msg))]);
    method(
        MethodKind::Error,
        msg,
        ptr("*errors.errorString", Some(pointee)),
    )
}

fn named(name: &str) -> V<'static> {
    match name {
        "T" => t(1, "x"),
        "pT" => ptr("*main.T", Some(t(2, "y"))),
        "Tzero" => t(0, ""),
        "Inner" => inner(3, 4),
        "Outer" => st(
            "main.Outer",
            vec![
                ("I", inner(1, 2)),
                ("P", ptr("*main.Inner", Some(inner(1, 2)))),
                ("S", list("[]int", vec![int(1), int(2)])),
                (
                    "M",
                    map(
                        "map[string]int",
                        vec![(string("b"), int(2)), (string("a"), int(1))],
                    ),
                ),
                ("E", err_new("oops")),
                ("Any", int(7)),
                ("u", int(9)),
            ],
        ),
        "OuterZero" => st(
            "main.Outer",
            vec![
                ("I", inner(0, 0)),
                ("P", nil_ref("*main.Inner", RefKind::Pointer)),
                ("S", nil_slice("[]int")),
                (
                    "M",
                    V::Map {
                        ty: "map[string]int".into(),
                        nil: true,
                        entries: vec![],
                    },
                ),
                ("E", nil_iface("error")),
                ("Any", nil_iface("interface {}")),
                ("u", int(0)),
            ],
        ),
        "Embed" => st("main.Embed", vec![("Inner", inner(5, 6)), ("Z", int(7))]),
        "MyInt" => i("main.MyInt", 42),
        "MyString" => s("main.MyString", "named"),
        "Celsius" => V::Float {
            ty: "main.Celsius".into(),
            v: 36.6,
            bits: 64,
        },
        "MyBytes" => bytes("main.MyBytes", Seq::Slice { nil: false }, b"hi"),
        "ints" => list("[]int", vec![int(1), int(2), int(3)]),
        "intsEmpty" => list("[]int", vec![]),
        "intsNil" => nil_slice("[]int"),
        "strs" => list("[]string", vec![string("a"), string("b c"), string("")]),
        "arr" => array("[3]int", vec![int(7), int(8), int(9)]),
        "bytes" => bytes("[]uint8", Seq::Slice { nil: false }, b"hello"),
        "bytesNil" => bytes("[]uint8", Seq::Slice { nil: true }, b""),
        "byteArr" => bytes("[4]uint8", Seq::Array, &[1, 2, 250, 255]),
        "floats" => list(
            "[]float64",
            vec![float(1.0), float(0.5), float(1e21), float(1e-7)],
        ),
        "anys" => list(
            "[]interface {}",
            vec![
                int(1),
                string("a"),
                nil_iface("interface {}"),
                float(2.5),
                V::boolean(true),
            ],
        ),
        "nested" => list(
            "[][]int",
            vec![
                list("[]int", vec![int(1)]),
                list("[]int", vec![int(2), int(3)]),
                nil_slice("[]int"),
            ],
        ),
        "structs" => list("[]main.T", vec![t(1, "a"), t(2, "b")]),
        "ptrs" => list(
            "[]*main.Inner",
            vec![nil_ref("*main.Inner", RefKind::Pointer)],
        ),
        "mapSI" => map(
            "map[string]int",
            vec![
                (string("z"), int(26)),
                (string("a"), int(1)),
                (string("m"), int(13)),
            ],
        ),
        "mapIS" => map(
            "map[int]string",
            vec![
                (int(3), string("c")),
                (int(-1), string("neg")),
                (int(10), string("ten")),
            ],
        ),
        "mapEmpty" => map("map[string]int", vec![]),
        "mapNil" => V::Map {
            ty: "map[string]int".into(),
            nil: true,
            entries: vec![],
        },
        "mapFloat" => map(
            "map[float64]string",
            vec![
                (float(f64::NAN), string("nan")),
                (float(f64::NEG_INFINITY), string("-inf")),
                (float(0.0), string("zero")),
                (float(2.5), string("x")),
            ],
        ),
        "mapBool" => map(
            "map[bool]int",
            vec![(V::boolean(true), int(1)), (V::boolean(false), int(0))],
        ),
        "mapStruct" => map(
            "map[main.Inner]string",
            vec![
                (inner(2, 1), string("b")),
                (inner(1, 9), string("a")),
                (inner(1, 2), string("c")),
            ],
        ),
        "mapSlice" => map(
            "map[string][]int",
            vec![
                (string("x"), list("[]int", vec![int(1)])),
                (string("y"), nil_slice("[]int")),
            ],
        ),
        "mapAny" => map(
            "map[string]interface {}",
            vec![
                (string("n"), nil_iface("interface {}")),
                (string("i"), int(1)),
                (string("s"), string("str")),
            ],
        ),
        "mapMixed" => {
            let keys = vec![
                string("a"),
                int(1),
                float(2.5),
                V::boolean(true),
                i("int8", 3),
                V::Uint {
                    ty: "uint".into(),
                    v: 4,
                },
                i("main.MyInt", 5),
                s("main.MyString", "s"),
                inner(1, 2),
                array("[2]int", vec![int(1), int(2)]),
                i("int64", 7),
                V::Float {
                    ty: "float32".into(),
                    v: 1.5,
                    bits: 32,
                },
                V::Complex {
                    ty: "complex128".into(),
                    re: 1.0,
                    im: 2.0,
                    bits: 128,
                },
                i("int32", 'x' as i64),
                V::Uint {
                    ty: "uint8".into(),
                    v: 9,
                },
                V::Uint {
                    ty: "uint16".into(),
                    v: 3,
                },
                array("[1]string", vec![string("q")]),
                V::Float {
                    ty: "main.Celsius".into(),
                    v: 1.5,
                    bits: 64,
                },
                st("struct {}", vec![]),
                V::boolean(false),
                string("b"),
                int(-1),
            ];
            let values = [
                1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            ];
            map(
                "map[interface {}]int",
                keys.into_iter()
                    .zip(values)
                    .map(|(k, v)| (k, int(v)))
                    .collect(),
            )
        }
        "mapStringer" => map(
            "map[main.Level]main.Stringer",
            vec![(level(1), stringer(10)), (level(0), stringer(20))],
        ),
        "nilPtr" => nil_ref("*int", RefKind::Pointer),
        "nilTPtr" => nil_ref("*main.T", RefKind::Pointer),
        "ptrInts" => ptr("*[]int", Some(list("[]int", vec![int(4), int(5)]))),
        "ptrMap" => ptr(
            "*map[string]int",
            Some(map("map[string]int", vec![(string("k"), int(1))])),
        ),
        "ptrArr" => ptr(
            "*[2]string",
            Some(array("[2]string", vec![string("p"), string("q")])),
        ),
        "nilFunc" => nil_ref("func()", RefKind::Func),
        "nilChan" => nil_ref("chan int", RefKind::Chan),
        "nilErr" => nil_iface("error"),
        "stringer" => stringer(7),
        "pStringer" => method(
            MethodKind::String,
            "S<8>",
            ptr("*main.Stringer", Some(stringer(8))),
        ),
        "ptrStringer" => method(
            MethodKind::String,
            "PS9",
            ptr(
                "*main.PtrStringer",
                Some(st("main.PtrStringer", vec![("N", int(9))])),
            ),
        ),
        "ptrStringerVal" => st("main.PtrStringer", vec![("N", int(10))]),
        "nilPtrStringer" => panicked(
            MethodKind::String,
            string("runtime error: invalid memory address or nil pointer dereference"),
            nil_ref("*main.PtrStringer", RefKind::Pointer),
        ),
        "errer" => method(
            MethodKind::Error,
            "E:bad",
            st("main.Errer", vec![("Msg", string("bad"))]),
        ),
        "both" => method(MethodKind::Error, "both-error", st("main.Both", vec![])),
        "panicker" => panicked(
            MethodKind::String,
            string("boom"),
            st("main.Panicker", vec![]),
        ),
        "errPanicker" => panicked(
            MethodKind::Error,
            err_new("bad"),
            st("main.ErrPanicker", vec![]),
        ),
        "goStr" => method(
            MethodKind::GoString,
            "GoStr!",
            method(
                MethodKind::String,
                "str!",
                st("main.GoStr", vec![("V", int(1))]),
            ),
        ),
        "hidden" => st(
            "main.Hidden",
            vec![
                ("s", st("main.Stringer", vec![("N", int(1))])),
                ("S", stringer(2)),
            ],
        ),
        "stringers" => list("[]main.Stringer", vec![stringer(1), stringer(2)]),
        "levels" => list("[]main.Level", vec![level(0), level(1), level(5)]),
        "level" => level(1),
        "errNew" => err_new("plain error"),
        "errWrapped" => method(
            MethodKind::Error,
            "ctx: inner",
            ptr(
                "*fmt.wrapError",
                Some(st(
                    "fmt.wrapError",
                    vec![
                        ("msg", string("ctx: inner")),
                        (
                            "err",
                            ptr(
                                "*errors.errorString",
                                Some(st("errors.errorString", vec![("s", string("inner"))])),
                            ),
                        ),
                    ],
                )),
            ),
        ),
        "anon" => st(
            "struct { A int; B []string }",
            vec![("A", int(1)), ("B", list("[]string", vec![string("q")]))],
        ),
        "emptyStruct" => st("struct {}", vec![]),
        "complexes" => list(
            "[]complex128",
            vec![
                V::Complex {
                    ty: "complex128".into(),
                    re: 1.0,
                    im: 2.0,
                    bits: 128,
                },
                V::Complex {
                    ty: "complex128".into(),
                    re: 0.0,
                    im: -1.5,
                    bits: 128,
                },
            ],
        ),
        "f32s" => list(
            "[]float32",
            vec![
                V::Float {
                    ty: "float32".into(),
                    v: f64::from(0.1f32),
                    bits: 32,
                },
                V::Float {
                    ty: "float32".into(),
                    v: f64::from(1.0f32 / 3.0),
                    bits: 32,
                },
            ],
        ),
        "runes" => list(
            "[]int32",
            vec![i("int32", 'h' as i64), i("int32", 'é' as i64)],
        ),
        "uint8s" => bytes("[]uint8", Seq::Slice { nil: false }, &[1, 2]),
        "int8s" => list("[]int8", vec![i("int8", -1), i("int8", 2)]),
        "iface" => list("[]error", vec![err_new("e1"), nil_iface("error")]),
        _ => panic!("unknown named value {name}"),
    }
}

pub(crate) fn parse_arg(a: &str) -> V<'static> {
    if a == "nil" {
        return V::nil();
    }
    if let Some(name) = a.strip_prefix('@') {
        return named(name);
    }
    let (ty, val) = a.split_once(':').expect("type:value");
    let ty: &'static str = Box::leak(ty.to_string().into_boxed_str());
    let b = val.as_bytes();
    let bits = |ty: &str| -> i64 {
        let digits: String = ty.chars().filter(|c| c.is_ascii_digit()).collect();
        digits.parse().unwrap_or(64)
    };
    let fl = |v: &str, bits: i64| parse_float(v.as_bytes(), bits).0;
    match ty {
        "int" | "int8" | "int16" | "int32" | "int64" => i(ty, parse_int(b, 0, bits(ty)).0),
        "uint" | "uint8" | "uint16" | "uint32" | "uint64" | "uintptr" => V::Uint {
            ty: ty.into(),
            v: parse_uint(b, 0, bits(ty)).0,
        },
        "float64" | "float32" => V::Float {
            ty: ty.into(),
            v: fl(val, bits(ty)),
            bits: bits(ty) as u8,
        },
        "complex128" | "complex64" => {
            let (re, im) = val.split_once(',').expect("re,im");
            let b = bits(ty) / 2;
            V::Complex {
                ty: ty.into(),
                re: fl(re, b),
                im: fl(im, b),
                bits: bits(ty) as u8,
            }
        }
        "bool" => V::Bool {
            ty: ty.into(),
            v: val == "true",
        },
        "string" => V::String {
            ty: ty.into(),
            v: Cow::Owned(unquote(b).expect("quoted")),
        },
        "bytes" => bytes(
            "[]uint8",
            Seq::Slice { nil: false },
            &unquote(b).expect("quoted"),
        ),
        _ => panic!("bad arg {a}"),
    }
}

/// Replaces heap addresses by ADDR: real Go's differ from run to run. An address is `0x`
/// and at least 5 hex digits, or a bare run of at least 10 digits (%x, %d, %o of a pointer).
pub(crate) fn normalise(s: &[u8]) -> String {
    let b = s;
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let prefixed = b[i..].starts_with(b"0x");
        let digits_from = if prefixed { i + 2 } else { i };
        let n = b[digits_from..]
            .iter()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        if (prefixed && n >= 5) || n >= 10 {
            out.extend_from_slice(b"ADDR");
            i = digits_from + n;
        } else {
            let step = n.max(1) + (digits_from - start);
            let end = (start + step).min(b.len());
            out.extend_from_slice(&b[start..end]);
            i = end;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
