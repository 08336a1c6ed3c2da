//! sync/atomic: operations on the addressed value. Goroutines never run in
//! parallel, so each operation is a plain load/store; the race detector
//! treats them as synchronising.

use crate::vm::exec::Ret;
use crate::vm::op::IntKind;
use crate::vm::value::{equal, Ptr, Value};
use crate::vm::{panic, Goroutine, Vm};

/// The location an atomic function (`*int32`) or method (`*atomic.Int32`,
/// a struct whose field 0 holds the value) works on.
fn loc(a: &[Value], method: bool) -> Result<Ptr, Value> {
    let Some(Value::Ptr(p)) = a.first() else {
        return Err(panic::nil_deref());
    };
    if !method {
        return Ok(p.clone());
    }
    match p.load() {
        Value::Struct(b) => Ok(Ptr::Elem(b, 0)),
        _ => Err(panic::nil_deref()),
    }
}

fn kind_of(name: &str) -> IntKind {
    if name.contains("Int32") {
        IntKind::I32
    } else if name.contains("Uint32") {
        IntKind::U32
    } else if name.contains("Uint64") || name.contains("Uintptr") {
        IntKind::U64
    } else {
        IntKind::I64
    }
}

/// Runs atomic operation `op` (Add, Load, Store, Swap, CompareAndSwap).
pub fn op(name: &str, a: &[Value]) -> Result<Ret, Value> {
    let method = !name.starts_with("sync/atomic.") || name.matches('.').count() > 1;
    let p = loc(a, method)?;
    let k = kind_of(name);
    let is_bool = name.contains(".Bool.");
    // atomic.Bool keeps a uint32; convert at the edges.
    let arg = |i: usize| {
        let v = a.get(i).cloned().unwrap_or_default();
        match v {
            Value::Bool(b) if is_bool => Value::Int(b as i64),
            v => v,
        }
    };
    let out = |v: Value| {
        if is_bool {
            Value::Bool(v.as_int() != 0)
        } else {
            v
        }
    };
    let op = name.rsplit('.').next().unwrap_or("");
    let op = op
        .trim_end_matches("Int32")
        .trim_end_matches("Int64")
        .trim_end_matches("Uint32")
        .trim_end_matches("Uint64")
        .trim_end_matches("Uintptr")
        .trim_end_matches("Pointer");
    Ok(match op {
        "Add" => {
            let v = Value::Int(k.wrap(p.load().as_int().wrapping_add(arg(1).as_int())));
            p.store(v.clone());
            Ret::One(v)
        }
        "Load" => Ret::One(out(p.load())),
        "Store" => {
            p.store(arg(1));
            Ret::None
        }
        "Swap" => {
            let old = p.load();
            p.store(arg(1));
            Ret::One(out(old))
        }
        "CompareAndSwap" => {
            let cur = p.load();
            let ok = equal(&cur, &arg(1)).unwrap_or(false);
            if ok {
                p.store(arg(2));
            }
            Ret::One(Value::Bool(ok))
        }
        "And" | "Or" => {
            let old = p.load().as_int();
            let v = if op == "And" {
                old & arg(1).as_int()
            } else {
                old | arg(1).as_int()
            };
            p.store(Value::Int(k.wrap(v)));
            Ret::One(Value::Int(old))
        }
        _ => return Err(panic::plain_error("goplay: unknown atomic operation")),
    })
}

/// Race mode: the operation synchronises on its location.
fn race(vm: &mut Vm, g: &Goroutine, name: &str, a: &[Value]) {
    let method = !name.starts_with("sync/atomic.") || name.matches('.').count() > 1;
    if let Ok(p) = loc(a, method) {
        vm.race_atomic(g, &p, crate::race::AtomicOp::from_name(name));
    }
}

macro_rules! atomic_natives {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(pub fn $f(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
            if vm.race.is_some() {
                race(vm, g, $name, a);
            }
            op($name, a)
        })*
        /// The atomic natives by qualified name.
        pub const NATIVES: &[(&str, super::NativeFn)] = &[$(($name, $f),)*];
    };
}

atomic_natives! {
    add_i32 => "sync/atomic.AddInt32", add_i64 => "sync/atomic.AddInt64",
    add_u32 => "sync/atomic.AddUint32", add_u64 => "sync/atomic.AddUint64",
    load_i32 => "sync/atomic.LoadInt32", load_i64 => "sync/atomic.LoadInt64",
    load_u32 => "sync/atomic.LoadUint32", load_u64 => "sync/atomic.LoadUint64",
    store_i32 => "sync/atomic.StoreInt32", store_i64 => "sync/atomic.StoreInt64",
    store_u32 => "sync/atomic.StoreUint32", store_u64 => "sync/atomic.StoreUint64",
    swap_i32 => "sync/atomic.SwapInt32", swap_i64 => "sync/atomic.SwapInt64",
    cas_i32 => "sync/atomic.CompareAndSwapInt32", cas_i64 => "sync/atomic.CompareAndSwapInt64",
    m_i32_load => "sync/atomic.Int32.Load", m_i32_store => "sync/atomic.Int32.Store", m_i32_swap => "sync/atomic.Int32.Swap",
    m_i32_cas => "sync/atomic.Int32.CompareAndSwap", m_i32_add => "sync/atomic.Int32.Add",
    m_i64_load => "sync/atomic.Int64.Load", m_i64_store => "sync/atomic.Int64.Store", m_i64_swap => "sync/atomic.Int64.Swap",
    m_i64_cas => "sync/atomic.Int64.CompareAndSwap", m_i64_add => "sync/atomic.Int64.Add",
    m_u32_load => "sync/atomic.Uint32.Load", m_u32_store => "sync/atomic.Uint32.Store", m_u32_swap => "sync/atomic.Uint32.Swap",
    m_u32_cas => "sync/atomic.Uint32.CompareAndSwap", m_u32_add => "sync/atomic.Uint32.Add",
    m_u64_load => "sync/atomic.Uint64.Load", m_u64_store => "sync/atomic.Uint64.Store", m_u64_swap => "sync/atomic.Uint64.Swap",
    m_u64_cas => "sync/atomic.Uint64.CompareAndSwap", m_u64_add => "sync/atomic.Uint64.Add",
    m_bool_load => "sync/atomic.Bool.Load", m_bool_store => "sync/atomic.Bool.Store", m_bool_swap => "sync/atomic.Bool.Swap",
    m_bool_cas => "sync/atomic.Bool.CompareAndSwap",
    m_val_load => "sync/atomic.Value.Load", m_val_store => "sync/atomic.Value.Store", m_val_swap => "sync/atomic.Value.Swap",
    m_val_cas => "sync/atomic.Value.CompareAndSwap",
    m_ptr_load => "sync/atomic.Pointer.Load", m_ptr_store => "sync/atomic.Pointer.Store", m_ptr_swap => "sync/atomic.Pointer.Swap",
    m_ptr_cas => "sync/atomic.Pointer.CompareAndSwap",
}
