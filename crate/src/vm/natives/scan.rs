//! fmt.Sscan, Sscanln and Sscanf: the operands' pointed-to kinds in, the
//! scanned values stored through the pointers (runtime/fmt/scan.rs scans).

use std::rc::Rc;

use crate::runtime::fmt::scan::{self, ScanError, Scanned, Target};
use crate::vm::exec::Ret;
use crate::vm::op::{IntKind, Kind};
use crate::vm::panic::builtin_types as bt;
use crate::vm::value::Value;
use crate::vm::{Goroutine, Vm};

type R = Result<Ret, Value>;

pub fn sscan(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> R {
    scan_into(vm, a, 1, |input, targets| {
        scan::sscan(input, targets, false)
    })
}

pub fn sscanln(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> R {
    scan_into(vm, a, 1, |input, targets| scan::sscan(input, targets, true))
}

pub fn sscanf(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> R {
    let format = a.get(1).map(|f| f.as_bytes().to_vec()).unwrap_or_default();
    scan_into(vm, a, 2, |input, targets| {
        scan::sscanf(input, &format, targets)
    })
}

fn scan_into(
    vm: &mut Vm,
    a: &[Value],
    operands_at: usize,
    run: impl FnOnce(&[u8], &[Target]) -> scan::ScanResult,
) -> R {
    let input = a.first().map(|s| s.as_bytes().to_vec()).unwrap_or_default();
    let operands = a.get(operands_at).map(Value::elems).unwrap_or_default();
    let targets: Vec<Target> = operands.iter().map(|o| target(vm, o)).collect();
    let (values, err) = run(&input, &targets);
    let n = values.len();
    for (v, o) in values.into_iter().zip(&operands) {
        let Value::Iface(i) = o else { continue };
        let Value::Ptr(p) = &i.1 else { continue };
        p.store(match v {
            Scanned::Int(x) => Value::Int(x),
            Scanned::Uint(x) => Value::Int(x as i64),
            Scanned::Float(x) => Value::Float(x),
            Scanned::Complex(re, im) => Value::Complex(re, im),
            Scanned::Str(s) => Value::bytes(&s),
            Scanned::Bool(b) => Value::Bool(b),
        });
    }
    let err = match err {
        None => Value::Nil,
        Some(ScanError::Eof) => io_error(vm, "io.EOF", "EOF"),
        Some(ScanError::UnexpectedEof) => io_error(vm, "io.ErrUnexpectedEOF", "unexpected EOF"),
        Some(ScanError::Text(t)) => error(&t),
        Some(ScanError::CantScan(i)) => {
            let name = match operands.get(i) {
                Some(Value::Iface(x)) => vm.type_name(x.0),
                _ => "<nil>".into(),
            };
            error(format!("can't scan type: {name}").as_bytes())
        }
    };
    Ok(Ret::Many(vec![Value::Int(n as i64), err]))
}

fn error(text: &[u8]) -> Value {
    Value::Iface(Rc::new((bt::ERROR_STRING, Value::bytes(text))))
}

/// io's error variable (so `err == io.EOF` holds), or one with its text.
fn io_error(vm: &Vm, name: &str, text: &str) -> Value {
    match vm.global_value(name) {
        Value::Nil => error(text.as_bytes()),
        v => v,
    }
}

/// The kind of value an operand (a pointer in an interface) points to.
fn target(vm: &Vm, operand: &Value) -> Target {
    let Value::Iface(i) = operand else {
        return Target::Other;
    };
    let types = &vm.prog.types;
    let Some(elem) = types
        .get(i.0 as usize)
        .filter(|d| d.kind == Kind::Pointer)
        .and_then(|d| d.elem)
    else {
        return Target::Other;
    };
    match types.get(elem as usize).map(|d| d.kind) {
        Some(Kind::Int(k)) => match k {
            IntKind::I8 => Target::Int(8),
            IntKind::I16 => Target::Int(16),
            IntKind::I32 => Target::Int(32),
            IntKind::I64 => Target::Int(64),
            IntKind::U8 => Target::Uint(8),
            IntKind::U16 => Target::Uint(16),
            IntKind::U32 => Target::Uint(32),
            IntKind::U64 => Target::Uint(64),
        },
        Some(Kind::Float32) => Target::Float(32),
        Some(Kind::Float64) => Target::Float(64),
        Some(Kind::Complex64) => Target::Complex(64),
        Some(Kind::Complex128) => Target::Complex(128),
        Some(Kind::String) => Target::String,
        Some(Kind::Bool) => Target::Bool,
        _ => Target::Other,
    }
}
