//! Library natives with simple data in and out: strings, strconv, math,
//! unicode, sort (calling back into Go), math/rand (from the run's seed).

use std::rc::Rc;

use crate::runtime::strconv as rconv;
use crate::vm::exec::Ret;
use crate::vm::panic::builtin_types as bt;
use crate::vm::value::{Ptr, Value};
use crate::vm::{Goroutine, Vm};

type R = Result<Ret, Value>;

fn s(a: &[Value], i: usize) -> &[u8] {
    a.get(i).map(Value::as_bytes).unwrap_or(&[])
}
fn n(a: &[Value], i: usize) -> i64 {
    a.get(i).map_or(0, Value::as_int)
}
fn f(a: &[Value], i: usize) -> f64 {
    a.get(i).map_or(0.0, Value::as_float)
}
fn text(a: &[Value], i: usize) -> String {
    String::from_utf8_lossy(s(a, i)).into_owned()
}
fn one(v: Value) -> R {
    Ok(Ret::One(v))
}
fn string(v: impl AsRef<[u8]>) -> R {
    one(Value::bytes(v.as_ref()))
}
fn strings_of(v: Vec<String>) -> Value {
    Value::slice_of(v.into_iter().map(|x| Value::str(&x)).collect())
}

/// A Go func(rune) bool / func(rune) rune callback.
fn call1(vm: &mut Vm, g: &mut Goroutine, fv: &Value, arg: Value) -> Result<Value, Value> {
    Ok(vm
        .call_closure_sync(g, fv, vec![arg])?
        .into_iter()
        .next()
        .unwrap_or_default())
}

use crate::runtime::math as gm;
use crate::runtime::unicode as uni;
use crate::runtime::utf8;

/// The strings, strconv, unicode, ... natives (see `super::lookup`).
pub const NATIVES: &[(&str, super::NativeFn)] = &[
    ("strings.ToUpper", |_, _, a| {
        string(map_runes(s(a, 0), uni::to_upper))
    }),
    ("strings.ToLower", |_, _, a| {
        string(map_runes(s(a, 0), uni::to_lower))
    }),
    ("strings.ToTitle", |_, _, a| {
        string(map_runes(s(a, 0), uni::to_title))
    }),
    ("strings.Title", |_, _, a| {
        // Go: a letter following a separator is title-cased.
        let mut prev = ' ' as i32;
        string(map_runes(s(a, 0), |r| {
            let out = if title_separator(prev) {
                uni::to_title(r)
            } else {
                r
            };
            prev = r;
            out
        }))
    }),
    ("strings.TrimSpace", |_, _, a| {
        string(trim(s(a, 0), is_space, true, true))
    }),
    ("strings.Trim", |_, _, a| {
        let cut = text(a, 1);
        string(trim(s(a, 0), |c| cut.contains(c), true, true))
    }),
    ("strings.TrimLeft", |_, _, a| {
        let cut = text(a, 1);
        string(trim(s(a, 0), |c| cut.contains(c), true, false))
    }),
    ("strings.TrimRight", |_, _, a| {
        let cut = text(a, 1);
        string(trim(s(a, 0), |c| cut.contains(c), false, true))
    }),
    ("strings.Fields", |_, _, a| {
        one(strings_of(
            text(a, 0)
                .split(is_space)
                .filter(|x| !x.is_empty())
                .map(String::from)
                .collect(),
        ))
    }),
    ("strings.EqualFold", |_, _, a| {
        one(Value::Bool(uni::equal_fold(s(a, 0), s(a, 1))))
    }),
    ("strings.Index", |_, _, a| {
        let (hay, needle) = (s(a, 0), s(a, 1));
        let at = if needle.is_empty() {
            Some(0)
        } else {
            hay.windows(needle.len()).position(|w| w == needle)
        };
        one(Value::Int(at.map_or(-1, |i| i as i64)))
    }),
    ("strings.LastIndexByte", |_, _, a| {
        let c = n(a, 1) as u8;
        one(Value::Int(
            s(a, 0)
                .iter()
                .rposition(|&b| b == c)
                .map_or(-1, |i| i as i64),
        ))
    }),
    ("strings.TrimFunc", |vm, g, a| {
        let fv = a.get(1).cloned().unwrap_or_default();
        let t = text(a, 0);
        let chars: Vec<(usize, char)> = t.char_indices().collect();
        let mut lo = 0;
        while let Some(&(_, c)) = chars.get(lo) {
            if !call1(vm, g, &fv, Value::Int(c as i64))?.as_bool() {
                break;
            }
            lo += 1;
        }
        let mut hi = chars.len();
        while let Some(&(_, c)) = chars.get(hi.wrapping_sub(1)).filter(|_| hi > lo) {
            if !call1(vm, g, &fv, Value::Int(c as i64))?.as_bool() {
                break;
            }
            hi -= 1;
        }
        let start = chars.get(lo).map_or(t.len(), |c| c.0);
        let end = chars.get(hi).map_or(t.len(), |c| c.0);
        string(t.get(start..end.max(start)).unwrap_or_default())
    }),
    ("strings.FieldsFunc", |vm, g, a| {
        let fv = a.get(1).cloned().unwrap_or_default();
        let mut out = Vec::new();
        let mut cur = String::new();
        for c in text(a, 0).chars() {
            if call1(vm, g, &fv, Value::Int(c as i64))?.as_bool() {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            out.push(cur);
        }
        one(strings_of(out))
    }),
    ("strings.Map", |vm, g, a| {
        let fv = a.first().cloned().unwrap_or_default();
        let mut out = Vec::new();
        for c in text(a, 1).chars() {
            let r = call1(vm, g, &fv, Value::Int(c as i64))?.as_int();
            if r >= 0 {
                crate::vm::exec::encode_rune(r, &mut out);
            }
        }
        string(out)
    }),
    ("strconv.FormatInt", |_, _, a| {
        string(rconv::format_int(n(a, 0), n(a, 1).clamp(2, 36) as u32))
    }),
    ("strconv.FormatUint", |_, _, a| {
        string(rconv::format_uint(
            n(a, 0) as u64,
            n(a, 1).clamp(2, 36) as u32,
        ))
    }),
    ("strconv.FormatFloat", |_, _, a| {
        string(rconv::format_float(
            f(a, 0),
            n(a, 1) as u8,
            n(a, 2) as i32,
            n(a, 3) as u8,
        ))
    }),
    ("strconv.AppendInt", |_, _, a| {
        let mut out = a.first().map(Value::byte_vec).unwrap_or_default();
        rconv::append_int(&mut out, n(a, 1), n(a, 2).clamp(2, 36) as u32);
        one(Value::byte_slice(&out))
    }),
    ("strconv.Quote", |_, _, a| string(rconv::quote(s(a, 0)))),
    ("strconv.QuoteToASCII", |_, _, a| {
        let mut out = Vec::new();
        rconv::append_quote(&mut out, s(a, 0), true);
        string(out)
    }),
    ("strconv.QuoteRune", |_, _, a| {
        let mut out = Vec::new();
        rconv::append_quote_rune(&mut out, n(a, 0) as u32, false);
        string(out)
    }),
    ("strconv.AppendQuote", |_, _, a| {
        let mut out = a.first().map(Value::byte_vec).unwrap_or_default();
        rconv::append_quote(&mut out, s(a, 1), false);
        one(Value::byte_slice(&out))
    }),
    ("strconv.Unquote", |vm, _, a| {
        match rconv::unquote(s(a, 0)) {
            Some(v) => Ok(Ret::Many(vec![Value::bytes(&v), Value::Nil])),
            None => Ok(Ret::Many(vec![
                Value::str(""),
                vm.global_value("strconv.ErrSyntax"),
            ])),
        }
    }),
    ("strconv.ParseInt", |vm, _, a| {
        let (v, e) = rconv::parse_int(s(a, 0), n(a, 1), n(a, 2));
        Ok(Ret::Many(vec![Value::Int(v), num_error(vm, e)]))
    }),
    ("strconv.ParseUint", |vm, _, a| {
        let (v, e) = rconv::parse_uint(s(a, 0), n(a, 1), n(a, 2));
        Ok(Ret::Many(vec![Value::Int(v as i64), num_error(vm, e)]))
    }),
    ("strconv.parseFloatPrefix", |_, _, a| {
        let (v, n, e) = rconv::parse_float_prefix(s(a, 0), n(a, 1));
        let code = match e.map(|e| e.kind) {
            None => 0,
            Some(rconv::NumErrorKind::Range) => 2,
            Some(_) => 1,
        };
        Ok(Ret::Many(vec![
            Value::Float(v),
            Value::Int(n as i64),
            Value::Int(code),
        ]))
    }),
    ("strconv.ParseFloat", |vm, _, a| {
        let (v, e) = rconv::parse_float(s(a, 0), n(a, 1));
        Ok(Ret::Many(vec![Value::Float(v), num_error(vm, e)]))
    }),
    ("unicode.IsLetter", |_, _, a| {
        one(Value::Bool(uni::is_letter(rune(a))))
    }),
    ("unicode.IsDigit", |_, _, a| {
        one(Value::Bool(uni::is_digit(rune(a))))
    }),
    ("unicode.IsNumber", |_, _, a| {
        one(Value::Bool(uni::is_number(rune(a))))
    }),
    ("unicode.IsSpace", |_, _, a| {
        one(Value::Bool(uni::is_space(rune(a))))
    }),
    ("unicode.IsUpper", |_, _, a| {
        one(Value::Bool(uni::is_upper(rune(a))))
    }),
    ("unicode.IsLower", |_, _, a| {
        one(Value::Bool(uni::is_lower(rune(a))))
    }),
    ("unicode.IsTitle", |_, _, a| {
        one(Value::Bool(uni::is_title(rune(a))))
    }),
    ("unicode.IsPunct", |_, _, a| {
        one(Value::Bool(uni::is_punct(rune(a))))
    }),
    ("unicode.IsControl", |_, _, a| {
        one(Value::Bool(uni::is_control(rune(a))))
    }),
    ("unicode.IsGraphic", |_, _, a| {
        one(Value::Bool(uni::is_graphic(rune(a))))
    }),
    ("unicode.IsPrint", |_, _, a| {
        one(Value::Bool(uni::is_print(rune(a))))
    }),
    ("unicode.IsSymbol", |_, _, a| {
        one(Value::Bool(uni::is_symbol(rune(a))))
    }),
    ("unicode.IsMark", |_, _, a| {
        one(Value::Bool(uni::is_mark(rune(a))))
    }),
    ("unicode.ToUpper", |_, _, a| {
        one(Value::Int(i64::from(uni::to_upper(rune(a)))))
    }),
    ("unicode.ToLower", |_, _, a| {
        one(Value::Int(i64::from(uni::to_lower(rune(a)))))
    }),
    ("unicode.ToTitle", |_, _, a| {
        one(Value::Int(i64::from(uni::to_title(rune(a)))))
    }),
    ("sort.sliceLen", |_, _, a| {
        one(Value::Int(
            a.first().map(iface_inner).unwrap_or_default().len(),
        ))
    }),
    ("sort.sliceSwap", |_, _, a| {
        if let Value::Slice(sl) = a.first().map(iface_inner).unwrap_or_default() {
            let (i, j, len) = (n(a, 1), n(a, 2), i64::from(sl.len));
            if (0..len).contains(&i) && (0..len).contains(&j) {
                let off = sl.off as usize;
                let mut arr = sl.arr.borrow_mut();
                if off + (i.max(j) as usize) < arr.len() {
                    arr.swap(off + i as usize, off + j as usize);
                }
            }
        }
        Ok(Ret::None)
    }),
    ("sort.SliceStable", |vm, g, a| {
        sort_slice(vm, g, a)?;
        Ok(Ret::None)
    }),
    ("sort.SliceIsSorted", |vm, g, a| {
        let x = a.first().map(iface_inner).unwrap_or_default();
        let less = a.get(1).cloned().unwrap_or_default();
        for i in 1..x.len().max(0) {
            let r = vm.call_closure_sync(g, &less, vec![Value::Int(i), Value::Int(i - 1)])?;
            if r.first().is_some_and(Value::as_bool) {
                return one(Value::Bool(false));
            }
        }
        one(Value::Bool(true))
    }),
    ("errors.As", errors_as),
    ("sort.Ints", |_, _, a| {
        sort_values(a, |x, y| x.as_int().cmp(&y.as_int()))
    }),
    ("sort.Float64s", |_, _, a| {
        sort_values(a, |x, y| x.as_float().total_cmp(&y.as_float()))
    }),
    ("sort.Strings", |_, _, a| {
        sort_values(a, |x, y| x.as_bytes().cmp(y.as_bytes()))
    }),
    ("runtime.NumCPU", |_, _, _| one(Value::Int(8))),
    ("runtime.GC", |_, _, _| Ok(Ret::None)),
    ("os.File.Write", |vm, _, a| {
        let fd = match a.first() {
            Some(Value::Ptr(p)) => match p.load() {
                Value::Struct(b) => b.borrow().first().map_or(1, Value::as_int),
                _ => 1,
            },
            _ => 1,
        };
        let bytes = a.get(1).map(Value::byte_vec).unwrap_or_default();
        vm.write_out(fd == 2, &bytes);
        Ok(Ret::Many(vec![Value::Int(bytes.len() as i64), Value::Nil]))
    }),
];

/// A rune argument (Go's int32).
fn rune(a: &[Value]) -> i32 {
    n(a, 0) as i32
}

/// unicode.IsSpace.
fn is_space(c: char) -> bool {
    uni::is_space(c as i32)
}

/// strings.Map's decoding: each rune mapped, invalid bytes written as U+FFFD.
fn map_runes(mut b: &[u8], mut f: impl FnMut(i32) -> i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    while !b.is_empty() {
        let (r, w) = utf8::decode_rune(b);
        let m = f(r as i32);
        if m >= 0 {
            let m = u32::try_from(m).unwrap_or(0xFFFD);
            utf8::append_rune(&mut out, m);
        }
        b = b.get(w.max(1)..).unwrap_or_default();
    }
    out
}

/// strings.Title's isSeparator.
fn title_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if uni::is_letter(r) || uni::is_digit(r) {
        return false;
    }
    uni::is_space(r)
}

fn trim(b: &[u8], cut: impl Fn(char) -> bool, left: bool, right: bool) -> Vec<u8> {
    let t = String::from_utf8_lossy(b).into_owned();
    let mut r: &str = &t;
    if left {
        r = r.trim_start_matches(&cut);
    }
    if right {
        r = r.trim_end_matches(&cut);
    }
    r.as_bytes().to_vec()
}

fn iface_inner(v: &Value) -> Value {
    match v {
        Value::Iface(i) => i.1.clone(),
        v => v.clone(),
    }
}

/// sort.Slice: a stable merge sort of a permutation, comparing through the
/// user's less(i, j) on the unchanged slice, then applying the permutation
/// (for the short slices of typical programs this is the order Go's
/// insertion sort gives).
fn sort_slice(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> Result<(), Value> {
    let x = a.first().map(iface_inner).unwrap_or_default();
    let less = a.get(1).cloned().unwrap_or_default();
    let Value::Slice(sl) = &x else { return Ok(()) };
    let len = sl.len as usize;
    let mut perm: Vec<usize> = (0..len).collect();
    let mut err = None;
    let mut cmp = |i: usize, j: usize| -> bool {
        if err.is_some() {
            return false;
        }
        match vm.call_closure_sync(g, &less, vec![Value::Int(i as i64), Value::Int(j as i64)]) {
            Ok(r) => r.first().is_some_and(Value::as_bool),
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    // Insertion sort for short slices (as Go's), merge sort otherwise.
    if len <= 12 {
        for i in 1..len {
            let mut j = i;
            while j > 0 && cmp(perm[j], perm[j - 1]) {
                perm.swap(j, j - 1);
                j -= 1;
            }
        }
    } else {
        crate::sort::sort_by(&mut perm, |&p, &q| {
            if cmp(p, q) {
                std::cmp::Ordering::Less
            } else if cmp(q, p) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
    }
    if let Some(e) = err {
        return Err(e);
    }
    let mut arr = sl.arr.borrow_mut();
    let off = sl.off as usize;
    let old: Vec<Value> = arr
        .get(off..off + len)
        .map(|s| s.to_vec())
        .unwrap_or_default();
    for (k, &p) in perm.iter().enumerate() {
        if let (Some(slot), Some(v)) = (arr.get_mut(off + k), old.get(p)) {
            *slot = v.clone();
        }
    }
    Ok(())
}

/// Sorts a slice in place by a total order on its elements.
fn sort_values(a: &[Value], cmp: fn(&Value, &Value) -> std::cmp::Ordering) -> R {
    if let Some(Value::Slice(sl)) = a.first() {
        let mut arr = sl.arr.borrow_mut();
        let (off, len) = (sl.off as usize, sl.len as usize);
        if let Some(part) = arr.get_mut(off..off + len) {
            crate::sort::sort_by(part, cmp);
        }
    }
    Ok(Ret::None)
}

/// A `*strconv.NumError` (or nil).
fn num_error(vm: &mut Vm, e: Option<rconv::NumError>) -> Value {
    let Some(e) = e else { return Value::Nil };
    let inner = match e.kind {
        rconv::NumErrorKind::Syntax => vm.global_value("strconv.ErrSyntax"),
        rconv::NumErrorKind::Range => vm.global_value("strconv.ErrRange"),
        ref k => Value::Iface(Rc::new((bt::ERROR_STRING, Value::str(&k.message())))),
    };
    match vm.prog.well_known.get("*strconv.NumError").copied() {
        Some(t) => {
            let s = Value::Struct(Value::new_box(vec![
                Value::str(e.func),
                Value::bytes(&e.num),
                inner,
            ]));
            let cell = vm.new_cell(s);
            Value::Iface(Rc::new((t, Value::Ptr(Ptr::Cell(cell)))))
        }
        None => Value::Iface(Rc::new((bt::ERROR_STRING, Value::bytes(&e.message())))),
    }
}

/// errors.As(err, target): walks the Unwrap chain for a value whose dynamic
/// type is target's element type (or implements it, for interfaces).
fn errors_as(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> R {
    let mut err = a.first().cloned().unwrap_or_default();
    let target = a.get(1).map(iface_inner).unwrap_or_default();
    let Some(Value::Iface(tt)) = a.get(1).cloned() else {
        return one(Value::Bool(false));
    };
    let Some(elem) = vm.prog.types.get(tt.0 as usize).and_then(|d| d.elem) else {
        return one(Value::Bool(false));
    };
    let elem_is_iface = vm
        .prog
        .types
        .get(elem as usize)
        .is_some_and(|d| d.kind == crate::vm::op::Kind::Interface);
    let unwrap = vm
        .prog
        .syms
        .iter()
        .position(|s| s == "Unwrap")
        .map(|i| i as u32);
    for _ in 0..100 {
        let Value::Iface(e) = &err else { break };
        let matches = if elem_is_iface {
            vm.implements(e.0, elem).is_none()
        } else {
            e.0 == elem
        };
        if matches {
            if let Value::Ptr(p) = &target {
                p.store(if elem_is_iface {
                    err.clone()
                } else {
                    e.1.clone()
                });
            }
            return one(Value::Bool(true));
        }
        let Some(m) = unwrap.and_then(|u| vm.method_of(e.0, u)) else {
            break;
        };
        err = vm
            .call_sync(g, m, vec![e.1.clone()])?
            .into_iter()
            .next()
            .unwrap_or_default();
    }
    one(Value::Bool(false))
}

macro_rules! f1 {
    ($e:expr) => {
        |_, _, a| one(Value::Float($e(f(a, 0))))
    };
}

/// The math natives.
pub const MATH: &[(&str, super::NativeFn)] = &[
    ("math.Sqrt", f1!(f64::sqrt)),
    ("math.Cbrt", f1!(gm::cbrt)),
    ("math.Exp", f1!(gm::exp)),
    ("math.Exp2", f1!(gm::exp2)),
    ("math.Log", f1!(gm::log)),
    ("math.Log2", f1!(gm::log2)),
    ("math.Log10", f1!(gm::log10)),
    ("math.Log1p", f1!(gm::log1p)),
    ("math.Floor", f1!(f64::floor)),
    ("math.Ceil", f1!(f64::ceil)),
    ("math.Trunc", f1!(f64::trunc)),
    ("math.Round", f1!(f64::round)),
    ("math.RoundToEven", f1!(f64::round_ties_even)),
    ("math.Sin", f1!(gm::sin)),
    ("math.Cos", f1!(gm::cos)),
    ("math.Tan", f1!(gm::tan)),
    ("math.Asin", f1!(gm::asin)),
    ("math.Acos", f1!(gm::acos)),
    ("math.Atan", f1!(gm::atan)),
    ("math.Sinh", f1!(gm::sinh)),
    ("math.Cosh", f1!(gm::cosh)),
    ("math.Tanh", f1!(gm::tanh)),
    ("math.Pow", |_, _, a| {
        one(Value::Float(gm::pow(f(a, 0), f(a, 1))))
    }),
    ("math.Atan2", |_, _, a| {
        one(Value::Float(gm::atan2(f(a, 0), f(a, 1))))
    }),
    ("math.Hypot", |_, _, a| {
        one(Value::Float(gm::hypot(f(a, 0), f(a, 1))))
    }),
    ("math.Mod", |_, _, a| {
        one(Value::Float(gm::fmod(f(a, 0), f(a, 1))))
    }),
    ("math.Remainder", |_, _, a| {
        let (x, y) = (f(a, 0), f(a, 1));
        one(Value::Float(x - (x / y).round_ties_even() * y))
    }),
    ("math.Dim", |_, _, a| {
        // Go: NaN propagates; a non-positive difference is +0.
        let v = f(a, 0) - f(a, 1);
        one(Value::Float(if v <= 0.0 { 0.0 } else { v }))
    }),
    ("builtin.fmin", |_, _, a| {
        one(Value::Float(go_min(f(a, 0), f(a, 1))))
    }),
    ("builtin.fmax", |_, _, a| {
        one(Value::Float(go_max(f(a, 0), f(a, 1))))
    }),
    ("math.Max", |_, _, a| {
        one(Value::Float(gm::max(f(a, 0), f(a, 1))))
    }),
    ("math.Min", |_, _, a| {
        one(Value::Float(gm::min(f(a, 0), f(a, 1))))
    }),
    ("math.Inf", |_, _, a| {
        one(Value::Float(if n(a, 0) >= 0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        }))
    }),
    ("math.NaN", |_, _, _| one(Value::Float(gm::nan()))),
    ("math.Copysign", |_, _, a| {
        one(Value::Float(f(a, 0).copysign(f(a, 1))))
    }),
    ("math.Pow10", |_, _, a| {
        one(Value::Float(gm::pow10(n(a, 0))))
    }),
    ("math.Float64bits", |_, _, a| {
        one(Value::Int(f(a, 0).to_bits() as i64))
    }),
    ("math.Float64frombits", |_, _, a| {
        one(Value::Float(f64::from_bits(n(a, 0) as u64)))
    }),
    ("math.Float32bits", |_, _, a| {
        one(Value::Int(i64::from((f(a, 0) as f32).to_bits())))
    }),
    ("math.Float32frombits", |_, _, a| {
        one(Value::Float(f64::from(f32::from_bits(n(a, 0) as u32))))
    }),
    ("math.Modf", |_, _, a| {
        let x = f(a, 0);
        let (int, frac) = gm::modf(x);
        Ok(Ret::Many(vec![Value::Float(int), Value::Float(frac)]))
    }),
];

/// math/rand with Go's exact generator (runtime::rand). `rand.New` sources
/// get their own generator; the top-level functions share one seeded from
/// the run's seed (real Go seeds them randomly).
pub fn rand(name: &str) -> Option<super::NativeFn> {
    let name = name.strip_prefix("math/rand.")?;
    let (method, base) = match name.strip_prefix("Rand.") {
        Some(m) => (true, m),
        None => (false, name),
    };
    macro_rules! gen {
        ($body:expr) => {
            if method {
                |vm, g, a| {
                    let id = rand_id(a.first());
                    $body(vm, g, id, a.get(1..).unwrap_or(&[]))
                }
            } else {
                |vm, g, a| $body(vm, g, 0, a)
            }
        };
    }
    type Gen = fn(&mut Vm, &mut Goroutine, usize, &[Value]) -> R;
    let nf: super::NativeFn = match base {
        "New" if !method => new_rand,
        "Seed" => gen!(
            (|vm: &mut Vm, _g, id, a: &[Value]| {
                vm.rand(id).seed(n(a, 0));
                Ok(Ret::None)
            }) as Gen
        ),
        "Int" => gen!((|vm: &mut Vm, _g, id, _a| one(Value::Int(vm.rand(id).int()))) as Gen),
        "Int63" => gen!((|vm: &mut Vm, _g, id, _a| one(Value::Int(vm.rand(id).int63()))) as Gen),
        "Int31" => {
            gen!((|vm: &mut Vm, _g, id, _a| one(Value::Int(i64::from(vm.rand(id).int31())))) as Gen)
        }
        "Uint32" => gen!(
            (|vm: &mut Vm, _g, id, _a| one(Value::Int(i64::from(vm.rand(id).uint32())))) as Gen
        ),
        "Uint64" => {
            gen!((|vm: &mut Vm, _g, id, _a| one(Value::Int(vm.rand(id).uint64() as i64))) as Gen)
        }
        "Float64" => {
            gen!((|vm: &mut Vm, _g, id, _a| one(Value::Float(vm.rand(id).float64()))) as Gen)
        }
        "Float32" => gen!(
            (|vm: &mut Vm, _g, id, _a| one(Value::Float(f64::from(vm.rand(id).float32())))) as Gen
        ),
        "Intn" => {
            gen!((|vm: &mut Vm, _g, id, a: &[Value]| bounded(vm.rand(id).intn(n(a, 0)))) as Gen)
        }
        "Int63n" => {
            gen!((|vm: &mut Vm, _g, id, a: &[Value]| bounded(vm.rand(id).int63n(n(a, 0)))) as Gen)
        }
        "Int31n" => gen!(
            (|vm: &mut Vm, _g, id, a: &[Value]| bounded(
                vm.rand(id).int31n(n(a, 0) as i32).map(i64::from)
            )) as Gen
        ),
        "Perm" => gen!(
            (|vm: &mut Vm, _g, id, a: &[Value]| match vm.rand(id).perm(n(a, 0)) {
                Ok(p) => one(Value::slice_of(p.into_iter().map(Value::Int).collect())),
                Err(e) => Err(crate::vm::panic::runtime_error(
                    e.trim_start_matches("runtime error: ")
                )),
            }) as Gen
        ),
        "Shuffle" => gen!(
            (|vm: &mut Vm, g: &mut Goroutine, id, a: &[Value]| {
                let swap = a.get(1).cloned().unwrap_or_default();
                let mut i = n(a, 0) - 1;
                while i > 0 {
                    let j = vm.rand(id).shuffle_index(i);
                    vm.call_closure_sync(g, &swap, vec![Value::Int(i), Value::Int(j)])?;
                    i -= 1;
                }
                Ok(Ret::None)
            }) as Gen
        ),
        _ => return None,
    };
    Some(nf)
}

/// The generator index stored in a `*rand.Rand` (0: the shared one).
fn rand_id(v: Option<&Value>) -> usize {
    match v.map(iface_inner) {
        Some(Value::Ptr(p)) => match p.load() {
            Value::Struct(b) => b.borrow().first().map_or(0, Value::as_int) as usize,
            _ => 0,
        },
        _ => 0,
    }
}

/// rand.New(src): a source from NewSource carries its seed; a *Rand shares
/// its generator.
fn new_rand(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> R {
    let id = match a.first() {
        Some(Value::Iface(i)) if vm.type_name(i.0).ends_with("rand.Rand") => rand_id(Some(&i.1)),
        Some(v) => {
            let seed = rand_id(Some(v)) as i64;
            vm.new_rand(seed)
        }
        None => 0,
    };
    let c = vm.new_cell(Value::Struct(Value::new_box(vec![Value::Int(id as i64)])));
    one(Value::Ptr(Ptr::Cell(c)))
}

fn bounded(r: Result<i64, &'static str>) -> R {
    match r {
        Ok(v) => one(Value::Int(v)),
        Err(msg) => Err(Value::Iface(Rc::new((bt::STRING, Value::str(msg))))),
    }
}

/// The builtin `min` on floats: NaN wins, and -0 is less than +0.
fn go_min(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else {
        x.min(y)
    }
}

/// The builtin `max` on floats: NaN wins, and +0 is greater than -0.
fn go_max(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        if x.is_sign_positive() {
            x
        } else {
            y
        }
    } else {
        x.max(y)
    }
}
