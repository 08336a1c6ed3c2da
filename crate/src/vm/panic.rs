//! Runtime errors with Go's exact texts, and the fatal-panic report.

use super::value::Value;

/// Built-in runtime type descriptors every program has (see `Program::types`).
pub mod builtin_types {
    /// `runtime.Error` values (index out of range, nil map write, ...).
    pub const RUNTIME_ERROR: u32 = 0;
    /// `string`, the type of `panic("...")` values and natives' strings.
    pub const STRING: u32 = 1;
    /// `error` values created natively (errors.New, fmt.Errorf): `*errors.errorString`.
    pub const ERROR_STRING: u32 = 2;
    pub const INT: u32 = 3;
    pub const FLOAT64: u32 = 4;
    pub const BOOL: u32 = 5;
    /// `*fmt.wrapError`: fmt.Errorf with `%w` (message, wrapped errors...).
    pub const WRAP_ERROR: u32 = 6;
    /// Go's concrete runtime error types (all implement runtime.Error).
    pub const BOUNDS_ERROR: u32 = 7;
    pub const DIVIDE_ERROR: u32 = 8;
    pub const PLAIN_ERROR: u32 = 9;
    pub const TYPE_ASSERTION_ERROR: u32 = 10;
    /// `*fmt.wrapErrors`: fmt.Errorf with several `%w` (message, wrapped errors...).
    pub const WRAP_ERRORS: u32 = 11;
    /// `*runtime.PanicNilError`: what `panic(nil)` raises (go1.21+).
    pub const PANIC_NIL_ERROR: u32 = 12;
    /// How many descriptors are reserved at the start of every program.
    pub const COUNT: u32 = 13;

    /// Whether `t` is one of the runtime's error types.
    pub fn is_runtime_error(t: u32) -> bool {
        t == RUNTIME_ERROR
            || (BOUNDS_ERROR..=TYPE_ASSERTION_ERROR).contains(&t)
            || t == PANIC_NIL_ERROR
    }
}

/// A runtime error value (`runtime.errorString`): `runtime error: msg`.
pub fn runtime_error(msg: impl Into<String>) -> Value {
    error_value(
        builtin_types::RUNTIME_ERROR,
        &format!("runtime error: {}", msg.into()),
    )
}

/// A plain runtime panic (no `runtime error: ` prefix), e.g. `send on closed channel`.
pub fn plain_error(msg: &str) -> Value {
    error_value(builtin_types::PLAIN_ERROR, msg)
}

/// Go's `*runtime.TypeAssertionError` (printed without a prefix).
pub fn plain_error_typed(msg: &str) -> Value {
    error_value(builtin_types::TYPE_ASSERTION_ERROR, msg)
}

fn error_value(t: u32, msg: &str) -> Value {
    Value::Iface(std::rc::Rc::new((t, Value::str(msg))))
}

fn bounds(msg: String) -> Value {
    error_value(
        builtin_types::BOUNDS_ERROR,
        &format!("runtime error: {msg}"),
    )
}

pub fn index_out_of_range(i: i64, len: i64) -> Value {
    if i < 0 {
        bounds(format!("index out of range [{i}]"))
    } else {
        bounds(format!("index out of range [{i}] with length {len}"))
    }
}

/// What `panic(nil)` raises.
pub fn panic_nil() -> Value {
    error_value(
        builtin_types::PANIC_NIL_ERROR,
        "runtime error: panic called with nil argument",
    )
}

pub fn nil_deref() -> Value {
    runtime_error("invalid memory address or nil pointer dereference")
}

pub fn divide_by_zero() -> Value {
    error_value(
        builtin_types::DIVIDE_ERROR,
        "runtime error: integer divide by zero",
    )
}

/// `[n]T(s)` or `(*[n]T)(s)` with a shorter slice.
pub fn slice_to_array(len: usize, n: u32) -> Value {
    runtime_error(format!(
        "cannot convert slice with length {len} to array or pointer to array with length {n}"
    ))
}

/// The signal line Go prints after a nil dereference panic.
pub const SIGSEGV_LINE: &str = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

/// `s[lo:hi:max]` bounds failure, in Go's wording. `cap` is the length for strings.
pub fn slice_bounds(lo: i64, hi: i64, max: Option<i64>, cap: i64, is_str: bool) -> Value {
    let what = if is_str { "length" } else { "capacity" };
    let msg = match max {
        Some(m) if m < 0 || m > cap => {
            format!("slice bounds out of range [::{m}] with {what} {cap}")
        }
        Some(m) if hi < 0 || hi > m => format!("slice bounds out of range [:{hi}:{m}]"),
        Some(_) => format!("slice bounds out of range [{lo}:{hi}:]"),
        None if hi < 0 || hi > cap => {
            format!("slice bounds out of range [:{hi}] with {what} {cap}")
        }
        None => format!("slice bounds out of range [{lo}:{hi}]"),
    };
    bounds(msg)
}
