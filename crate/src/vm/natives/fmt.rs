//! fmt: converts VM values to the runtime's reflective [`FmtValue`] tree,
//! calling Error()/String() methods first where fmt would, then formats.

use std::borrow::Cow;

use crate::runtime::fmt::{self as rfmt, Needs, Wrapped};
use crate::runtime::fmt_value::{FmtValue, Method, MethodKind, MethodOutcome, RefKind, Seq};
use crate::vm::exec::Ret;
use crate::vm::op::{IntKind, Kind};
use crate::vm::panic::builtin_types as bt;
use crate::vm::value::Value;
use crate::vm::{Goroutine, Vm};

const NONE: Needs = Needs {
    string: false,
    go_string: false,
};

/// Converts a list of `any` operands, calling methods as `format` needs.
pub fn operands(
    vm: &mut Vm,
    g: &mut Goroutine,
    args: &[Value],
    format: Option<&[u8]>,
) -> Vec<FmtValue<'static>> {
    let needs = if format.is_some() {
        let raw: Vec<FmtValue> = args.iter().map(|a| any_value(vm, g, a, NONE, 0)).collect();
        rfmt::method_needs(format, &raw)
    } else {
        vec![
            Needs {
                string: true,
                go_string: false
            };
            args.len()
        ]
    };
    args.iter()
        .zip(needs)
        .map(|(a, n)| any_value(vm, g, a, n, 0))
        .collect()
}

/// An interface value (nil or (type, value)).
fn any_value(
    vm: &mut Vm,
    g: &mut Goroutine,
    v: &Value,
    needs: Needs,
    depth: u32,
) -> FmtValue<'static> {
    match v {
        Value::Iface(i) => typed(vm, g, &i.1, i.0, needs, depth, true),
        _ => FmtValue::Nil {
            ty: Cow::Borrowed("interface {}"),
        },
    }
}

/// A value of runtime type `t`. `callable`: fmt can call methods here.
fn typed(
    vm: &mut Vm,
    g: &mut Goroutine,
    v: &Value,
    t: u32,
    needs: Needs,
    depth: u32,
    callable: bool,
) -> FmtValue<'static> {
    let mut out = raw_value(vm, g, v, t, needs, depth);
    if !callable || depth > 8 {
        return out;
    }
    // Error wins over String; GoString (for %#v) wraps whichever applies.
    if needs.string {
        let err = sym(vm, "Error").and_then(|s| vm.method_of(t, s));
        let found = match err {
            Some(f) => Some((f, MethodKind::Error)),
            None => sym(vm, "String")
                .and_then(|s| vm.method_of(t, s))
                .map(|f| (f, MethodKind::String)),
        };
        if let Some((f, kind)) = found {
            out = call_method(vm, g, v, f, kind, out, depth);
        }
    }
    if needs.go_string {
        if let Some(f) = sym(vm, "GoString").and_then(|s| vm.method_of(t, s)) {
            out = call_method(vm, g, v, f, MethodKind::GoString, out, depth);
        }
    }
    out
}

/// Calls a `func() string` method of `v` and wraps `value` with its outcome.
fn call_method(
    vm: &mut Vm,
    g: &mut Goroutine,
    v: &Value,
    f: crate::vm::value::FuncRef,
    kind: MethodKind,
    value: FmtValue<'static>,
    depth: u32,
) -> FmtValue<'static> {
    let outcome = match vm.call_sync(g, f, vec![v.clone()]) {
        Ok(out) => MethodOutcome::Returned(Cow::Owned(
            out.first()
                .map(|s| s.as_bytes().to_vec())
                .unwrap_or_default(),
        )),
        Err(p) => MethodOutcome::Panicked(any_value(vm, g, &p, NONE, depth + 1)),
    };
    FmtValue::Method(Box::new(Method {
        kind,
        outcome,
        value,
    }))
}

fn sym(vm: &Vm, name: &str) -> Option<u32> {
    vm.prog
        .syms
        .iter()
        .position(|s| s == name)
        .map(|i| i as u32)
}

fn raw_value(
    vm: &mut Vm,
    g: &mut Goroutine,
    v: &Value,
    t: u32,
    needs: Needs,
    depth: u32,
) -> FmtValue<'static> {
    let desc = vm.prog.types.get(t as usize).cloned().unwrap_or_default();
    let ty: Cow<'static, str> = Cow::Owned(desc.name.clone());
    if t == bt::ERROR_STRING || t == bt::WRAP_ERROR || t == bt::WRAP_ERRORS {
        return builtin_error(vm, v, t, depth);
    }
    if bt::is_runtime_error(t) {
        return FmtValue::String {
            ty,
            v: Cow::Owned(err_text(v)),
        };
    }
    match desc.kind {
        Kind::Bool => FmtValue::Bool { ty, v: v.as_bool() },
        Kind::Int(k) if k.signed() => FmtValue::Int { ty, v: v.as_int() },
        Kind::Int(_) => FmtValue::Uint {
            ty,
            v: v.as_int() as u64,
        },
        Kind::Float32 => FmtValue::Float {
            ty,
            v: v.as_float(),
            bits: 32,
        },
        Kind::Float64 => FmtValue::Float {
            ty,
            v: v.as_float(),
            bits: 64,
        },
        Kind::Complex64 | Kind::Complex128 => {
            let (re, im) = v.as_complex();
            let bits = if desc.kind == Kind::Complex64 {
                64
            } else {
                128
            };
            FmtValue::Complex { ty, re, im, bits }
        }
        Kind::String => FmtValue::String {
            ty,
            v: Cow::Owned(v.as_bytes().to_vec()),
        },
        Kind::Slice | Kind::Array => {
            let seq = if desc.kind == Kind::Array {
                Seq::Array
            } else {
                Seq::Slice {
                    nil: matches!(v, Value::Nil),
                }
            };
            let et = desc.elem.unwrap_or(0);
            let edesc = vm.prog.types.get(et as usize).cloned().unwrap_or_default();
            let elems = v.elems();
            if edesc.kind == Kind::Int(IntKind::U8) && edesc.methods.is_empty() {
                let bytes = elems.iter().map(|e| e.as_int() as u8).collect();
                return FmtValue::Bytes {
                    ty,
                    elem_ty: Cow::Owned(edesc.name),
                    seq,
                    v: Cow::Owned(bytes),
                };
            }
            let elems = elems
                .iter()
                .map(|e| field(vm, g, e, et, needs, depth + 1, true))
                .collect();
            FmtValue::List { ty, seq, elems }
        }
        Kind::Map => {
            let (kt, vt) = (desc.key.unwrap_or(0), desc.elem.unwrap_or(0));
            let entries: Vec<(Value, Value)> = match v {
                Value::Map(m) => m
                    .borrow()
                    .entries
                    .iter()
                    .flatten()
                    .map(|(_, k, v)| (k.clone(), v.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            let entries = entries
                .iter()
                .map(|(k, x)| {
                    (
                        field(vm, g, k, kt, needs, depth + 1, true),
                        field(vm, g, x, vt, needs, depth + 1, true),
                    )
                })
                .collect();
            FmtValue::Map {
                ty,
                nil: matches!(v, Value::Nil),
                entries,
            }
        }
        Kind::Struct => {
            let vals = match v {
                Value::Struct(b) => b.borrow().clone(),
                _ => Vec::new(),
            };
            let fields = desc
                .fields
                .iter()
                .zip(vals.iter())
                .map(|((name, ft, _), fv)| {
                    let exported = crate::types::is_exported(name);
                    (
                        Cow::Owned(name.clone()),
                        field(vm, g, fv, *ft, needs, depth + 1, exported),
                    )
                })
                .collect();
            FmtValue::Struct { ty, fields }
        }
        Kind::Pointer => {
            let addr = match v {
                Value::Ptr(p) => p.addr(),
                _ => 0,
            };
            let et = desc.elem.unwrap_or(0);
            let ekind = vm
                .prog
                .types
                .get(et as usize)
                .map(|d| d.kind)
                .unwrap_or_default();
            let pointee = match v {
                Value::Ptr(p)
                    if depth < 2
                        && matches!(
                            ekind,
                            Kind::Struct | Kind::Array | Kind::Slice | Kind::Map
                        ) =>
                {
                    let inner = p.load();
                    Some(Box::new(field(
                        vm,
                        g,
                        &inner,
                        et,
                        needs,
                        depth + 1,
                        depth == 0,
                    )))
                }
                _ => None,
            };
            FmtValue::Ref {
                ty,
                kind: RefKind::Pointer,
                addr,
                pointee,
            }
        }
        Kind::Chan => FmtValue::Ref {
            ty,
            kind: RefKind::Chan,
            addr: ref_addr(v),
            pointee: None,
        },
        Kind::Func => FmtValue::Ref {
            ty,
            kind: RefKind::Func,
            addr: ref_addr(v),
            pointee: None,
        },
        Kind::UnsafePointer => FmtValue::Ref {
            ty,
            kind: RefKind::UnsafePointer,
            addr: 0,
            pointee: None,
        },
        Kind::Interface => any_value(vm, g, v, needs, depth),
        Kind::Invalid => FmtValue::Nil { ty },
    }
}

/// `*errors.errorString{s}` or `*fmt.wrapError{msg, err}` made natively: a
/// pointer to the struct Go has there (`%#v` and `%d` show its fields).
fn builtin_error(vm: &Vm, v: &Value, t: u32, depth: u32) -> FmtValue<'static> {
    let text = |b: Vec<u8>| FmtValue::String {
        ty: Cow::Borrowed("string"),
        v: Cow::Owned(b),
    };
    let (name, fields) = if t == bt::ERROR_STRING {
        (
            "errors.errorString",
            vec![(Cow::Borrowed("s"), text(err_text(v)))],
        )
    } else {
        let inner = match v {
            Value::Tuple(x) => x.get(1).cloned().unwrap_or_default(),
            _ => Value::Nil,
        };
        let err = match &inner {
            Value::Iface(i) => FmtValue::Ref {
                ty: Cow::Owned(vm.type_name(i.0)),
                kind: RefKind::Pointer,
                addr: builtin_error_addr(&i.1),
                pointee: None,
            },
            _ => FmtValue::Nil {
                ty: Cow::Borrowed("error"),
            },
        };
        let fields = vec![
            (Cow::Borrowed("msg"), text(err_text(v))),
            (Cow::Borrowed("err"), err),
        ];
        ("fmt.wrapError", fields)
    };
    FmtValue::Ref {
        ty: Cow::Owned(format!("*{name}")),
        kind: RefKind::Pointer,
        addr: builtin_error_addr(v),
        pointee: (depth < 2).then(|| {
            Box::new(FmtValue::Struct {
                ty: Cow::Borrowed(name),
                fields,
            })
        }),
    }
}

/// A stable address for a natively made value (its heap identity).
fn builtin_error_addr(v: &Value) -> u64 {
    match v {
        Value::Ptr(p) => p.addr(),
        Value::Tuple(t) => {
            0xc000014000 + (std::rc::Rc::as_ptr(t) as *const u8 as usize as u64 & 0xfff0)
        }
        _ => 0xc000012000,
    }
}

/// A nested value of static type `t` (interfaces are looked through).
fn field(
    vm: &mut Vm,
    g: &mut Goroutine,
    v: &Value,
    t: u32,
    needs: Needs,
    depth: u32,
    callable: bool,
) -> FmtValue<'static> {
    let is_iface = vm
        .prog
        .types
        .get(t as usize)
        .is_some_and(|d| d.kind == Kind::Interface);
    if is_iface {
        return match v {
            Value::Iface(i) => typed(vm, g, &i.1, i.0, needs, depth, callable),
            _ => FmtValue::Nil {
                ty: Cow::Owned(vm.type_name(t)),
            },
        };
    }
    typed(vm, g, v, t, needs, depth, callable)
}

fn ref_addr(v: &Value) -> u64 {
    match v {
        Value::Nil => 0,
        Value::Chan(c) => 0xc000020000 + u64::from(c.borrow().id) * 0x60,
        _ => 0x47b0e0,
    }
}

/// The message of a built-in error value.
pub fn err_text(v: &Value) -> Vec<u8> {
    match v {
        Value::Tuple(t) => t.first().map(|s| s.as_bytes().to_vec()).unwrap_or_default(),
        v => v.as_bytes().to_vec(),
    }
}

fn variadic(args: &[Value], i: usize) -> Vec<Value> {
    args.get(i).map(Value::elems).unwrap_or_default()
}

fn written(n: usize) -> Ret {
    Ret::Many(vec![Value::Int(n as i64), Value::Nil])
}

pub fn println(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 0), None);
    let mut out = Vec::new();
    rfmt::sprintln(&mut out, &ops);
    vm.write_out(false, &out);
    Ok(written(out.len()))
}

pub fn print(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 0), None);
    let mut out = Vec::new();
    rfmt::sprint(&mut out, &ops);
    vm.write_out(false, &out);
    Ok(written(out.len()))
}

pub fn printf(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let out = sprintf_bytes(vm, g, args, 0);
    vm.write_out(false, &out);
    Ok(written(out.len()))
}

fn sprintf_bytes(vm: &mut Vm, g: &mut Goroutine, args: &[Value], at: usize) -> Vec<u8> {
    let format = args
        .get(at)
        .map(|f| f.as_bytes().to_vec())
        .unwrap_or_default();
    let ops = operands(vm, g, &variadic(args, at + 1), Some(&format));
    let mut out = Vec::new();
    rfmt::sprintf(&mut out, &format, &ops);
    out
}

pub fn sprintf(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let out = sprintf_bytes(vm, g, args, 0);
    Ok(Ret::One(Value::bytes(&out)))
}

pub fn sprint(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 0), None);
    let mut out = Vec::new();
    rfmt::sprint(&mut out, &ops);
    Ok(Ret::One(Value::bytes(&out)))
}

pub fn sprintln(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 0), None);
    let mut out = Vec::new();
    rfmt::sprintln(&mut out, &ops);
    Ok(Ret::One(Value::bytes(&out)))
}

/// Writes to an io.Writer: os.Stdout/os.Stderr directly, anything else
/// through its Write method.
fn write_to(vm: &mut Vm, g: &mut Goroutine, w: Option<&Value>, out: &[u8]) -> Result<Ret, Value> {
    let Some(Value::Iface(i)) = w else {
        return Err(crate::vm::panic::nil_deref());
    };
    if vm.type_name(i.0) == "*os.File" {
        let fd = match &i.1 {
            Value::Ptr(p) => match p.load() {
                Value::Struct(b) => b.borrow().first().map_or(1, Value::as_int),
                _ => 1,
            },
            _ => 1,
        };
        vm.write_out(fd == 2, out);
        return Ok(written(out.len()));
    }
    let Some(write) = sym(vm, "Write").and_then(|s| vm.method_of(i.0, s)) else {
        return Err(crate::vm::panic::nil_deref());
    };
    let bytes = Value::byte_slice(out);
    let res = vm.call_sync(g, write, vec![i.1.clone(), bytes])?;
    Ok(Ret::Many(vec![
        res.first().cloned().unwrap_or(Value::Int(0)),
        res.get(1).cloned().unwrap_or_default(),
    ]))
}

pub fn fprintln(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 1), None);
    let mut out = Vec::new();
    rfmt::sprintln(&mut out, &ops);
    write_to(vm, g, args.first(), &out)
}

pub fn fprint(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let ops = operands(vm, g, &variadic(args, 1), None);
    let mut out = Vec::new();
    rfmt::sprint(&mut out, &ops);
    write_to(vm, g, args.first(), &out)
}

pub fn fprintf(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let out = sprintf_bytes(vm, g, args, 1);
    write_to(vm, g, args.first(), &out)
}

/// fmt.Errorf: an `*errors.errorString`, or a `*fmt.wrapError` whose
/// Unwrap returns the `%w` operand.
pub fn errorf(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let format = args
        .first()
        .map(|f| f.as_bytes().to_vec())
        .unwrap_or_default();
    let rest = variadic(args, 1);
    let ops = operands(vm, g, &rest, Some(&format));
    let mut out = Vec::new();
    let wrapped = rfmt::errorf(&mut out, &format, &ops);
    let msg = Value::bytes(&out);
    let v = match wrapped {
        Wrapped::None => Value::Iface(std::rc::Rc::new((bt::ERROR_STRING, msg))),
        Wrapped::One(i) => {
            let inner = rest.get(i).cloned().unwrap_or_default();
            Value::Iface(std::rc::Rc::new((
                bt::WRAP_ERROR,
                Value::Tuple(std::rc::Rc::from(vec![msg, inner])),
            )))
        }
        Wrapped::Many(ix) => {
            let mut parts = vec![msg];
            parts.extend(ix.iter().filter_map(|&i| rest.get(i).cloned()));
            Value::Iface(std::rc::Rc::new((
                bt::WRAP_ERRORS,
                Value::Tuple(std::rc::Rc::from(parts)),
            )))
        }
    };
    Ok(Ret::One(v))
}

/// Error() of the built-in error types.
pub fn error_text(_vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::bytes(&err_text(
        args.first().unwrap_or(&Value::Nil),
    ))))
}

/// Unwrap() of `*fmt.wrapError`.
pub fn unwrap(_vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let v = match args.first() {
        Some(Value::Tuple(t)) => t.get(1).cloned().unwrap_or_default(),
        _ => Value::Nil,
    };
    Ok(Ret::One(v))
}

/// Unwrap() of `*fmt.wrapErrors`: every `%w` operand.
pub fn unwrap_all(_vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let errs = match args.first() {
        Some(Value::Tuple(t)) => t.iter().skip(1).cloned().collect(),
        _ => Vec::new(),
    };
    Ok(Ret::One(Value::slice_of(errs)))
}

/// The builtin print/println (to stderr, runtime formatting).
pub fn builtin_print(
    vm: &mut Vm,
    g: &mut Goroutine,
    args: &[Value],
    newline: bool,
) -> Result<Ret, Value> {
    let mut out = Vec::new();
    for (i, a) in variadic(args, 0).iter().enumerate() {
        if newline && i > 0 {
            out.push(b' ');
        }
        match a {
            Value::Iface(x) => {
                let v = raw_value(vm, g, &x.1, x.0, NONE, 0);
                crate::runtime::print::append_print_value(&mut out, &v);
            }
            _ => out.extend_from_slice(b"nil"),
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.write_out(true, &out);
    Ok(Ret::None)
}

/// What Go's runtime prints after `panic: ` for the panic value `v`
/// (printpanicval: Error()/String() results, `main.T(3)`, `(main.T) 0x...`,
/// newlines followed by a tab).
pub fn panic_text(vm: &mut Vm, g: &mut Goroutine, v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    let Value::Iface(i) = v else {
        out.extend_from_slice(b"nil");
        return out;
    };
    let fv = if bt::is_runtime_error(i.0)
        || matches!(i.0, bt::ERROR_STRING | bt::WRAP_ERROR | bt::WRAP_ERRORS)
    {
        FmtValue::String {
            ty: Cow::Borrowed("string"),
            v: Cow::Owned(err_text(&i.1)),
        }
    } else {
        let needs = Needs {
            string: true,
            go_string: false,
        };
        typed(vm, g, &i.1, i.0, needs, 0, true)
    };
    crate::runtime::panicval::append_panic_value(&mut out, &fv);
    out
}
