//! time: the virtual clock and timers (stdlib/time.go declares
//! `Time{ns, loc, mono}`, `Timer{C, id}`, `Ticker{C, id}`).

use std::rc::Rc;

use crate::runtime::time as rtime;
use crate::vm::exec::Ret;
use crate::vm::panic::builtin_types as bt;
use crate::vm::sched::TimerAction;
use crate::vm::value::{Ptr, Value};
use crate::vm::{Goroutine, Vm};

use super::EPOCH_UNIX_NANOS;

/// A time.Time for virtual time `clock`, as time.Now() returns it (with a
/// monotonic reading: the playground's first one is `m=+0.000000001`).
pub fn time_value(clock: i64) -> Value {
    Value::Struct(Value::new_box(vec![
        Value::Int(EPOCH_UNIX_NANOS + clock),
        Value::Nil,
        Value::Int(clock.wrapping_add(1)),
    ]))
}

/// Unix nanoseconds of a time.Time value.
fn nanos(t: &Value) -> i64 {
    match t {
        Value::Struct(b) => b.borrow().first().map_or(0, Value::as_int),
        _ => 0,
    }
}

pub fn now(vm: &mut Vm, _g: &mut Goroutine, _a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(time_value(vm.clock)))
}

fn time_zero() -> Value {
    Value::Struct(Value::new_box(vec![
        Value::Int(0),
        Value::Nil,
        Value::Int(0),
    ]))
}

fn timer_chan(vm: &mut Vm) -> Value {
    let c = vm.new_chan(1, time_zero());
    if let Value::Chan(ch) = &c {
        ch.borrow_mut().timer = true;
    }
    c
}

/// Stop/Reset: a value the timer already sent but nobody received is dropped.
fn drain(c: &Value) {
    if let Value::Chan(ch) = c {
        ch.borrow_mut().buf.clear();
    }
}

/// A new *Timer / *Ticker: a struct {C, id} in a cell.
fn timer_obj(vm: &mut Vm, c: Value, id: u64) -> Value {
    let s = Value::Struct(Value::new_box(vec![c, Value::Int(id as i64)]));
    Value::Ptr(Ptr::Cell(vm.new_cell(s)))
}

fn timer_parts(v: Option<&Value>) -> Option<(Ptr, Value, u64)> {
    let Some(Value::Ptr(p)) = v else { return None };
    let Value::Struct(b) = p.load() else {
        return None;
    };
    let b = b.borrow();
    Some((
        p.clone(),
        b.first().cloned().unwrap_or_default(),
        b.get(1).map_or(0, Value::as_int) as u64,
    ))
}

fn set_timer_id(p: &Ptr, id: u64) {
    if let Value::Struct(b) = p.load() {
        if let Some(slot) = b.borrow_mut().get_mut(1) {
            *slot = Value::Int(id as i64);
        }
    }
}

fn send_action(c: &Value, period: i64) -> Option<TimerAction> {
    match c {
        Value::Chan(ch) => Some(TimerAction::Send {
            chan: ch.clone(),
            period,
        }),
        _ => None,
    }
}

pub fn new_timer(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let d = a.first().map_or(0, Value::as_int);
    let c = timer_chan(vm);
    let id = match send_action(&c, 0) {
        Some(act) => vm.add_timer(vm.clock + d.max(0), act),
        None => 0,
    };
    Ok(Ret::One(timer_obj(vm, c, id)))
}

pub fn after_func(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let d = a.first().map_or(0, Value::as_int);
    let f = a.get(1).cloned().unwrap_or_default();
    let id = vm.add_timer(vm.clock + d.max(0), TimerAction::Func { f });
    vm.race_sync(|r| r.timer_set(g.id, id, None));
    Ok(Ret::One(timer_obj(vm, Value::Nil, id)))
}

pub fn new_ticker(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let d = a.first().map_or(0, Value::as_int);
    if d <= 0 {
        return Err(Value::Iface(Rc::new((
            bt::ERROR_STRING,
            Value::str("non-positive interval for NewTicker"),
        ))));
    }
    let c = timer_chan(vm);
    let id = match send_action(&c, d) {
        Some(act) => vm.add_timer(vm.clock + d, act),
        None => 0,
    };
    Ok(Ret::One(timer_obj(vm, c, id)))
}

pub fn timer_stop(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let active = timer_parts(a.first()).is_some_and(|(_, c, id)| {
        drain(&c);
        vm.race_sync(|r| r.timer_stop(id));
        vm.stop_timer(id)
    });
    Ok(Ret::One(Value::Bool(active)))
}

pub fn timer_reset(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let Some((p, c, id)) = timer_parts(a.first()) else {
        return Ok(Ret::One(Value::Bool(false)));
    };
    let d = a.get(1).map_or(0, Value::as_int);
    drain(&c);
    let (action, was_active) = match vm.take_timer(id) {
        Some(act) => (act, true),
        None => match send_action(&c, 0) {
            Some(act) => (act, false),
            None => return Ok(Ret::One(Value::Bool(false))),
        },
    };
    let func = matches!(action, TimerAction::Func { .. });
    let new_id = vm.add_timer(vm.clock + d.max(0), action);
    if func {
        vm.race_sync(|r| r.timer_set(g.id, new_id, Some(id)));
    }
    set_timer_id(&p, new_id);
    Ok(Ret::One(Value::Bool(was_active)))
}

pub fn ticker_stop(vm: &mut Vm, g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    timer_stop(vm, g, a)?;
    Ok(Ret::None)
}

pub fn ticker_reset(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let Some((p, c, id)) = timer_parts(a.first()) else {
        return Ok(Ret::None);
    };
    let d = a.get(1).map_or(0, Value::as_int);
    if d <= 0 {
        return Err(Value::Iface(Rc::new((
            bt::ERROR_STRING,
            Value::str("non-positive interval for Ticker.Reset"),
        ))));
    }
    vm.stop_timer(id);
    drain(&c);
    if let Some(act) = send_action(&c, d) {
        let new_id = vm.add_timer(vm.clock + d, act);
        set_timer_id(&p, new_id);
    }
    Ok(Ret::None)
}

/// Unix seconds of Go's zero Time, January 1 of year 1.
const ZERO_TIME_UNIX: i64 = -62_135_596_800;

/// (unix seconds, nanoseconds) of a Time receiver. Time{} (no location, no
/// monotonic reading) is Go's zero Time; every other instant has a location.
fn parts(a: &[Value]) -> (i64, u32) {
    if let Some(Value::Struct(b)) = a.first() {
        let b = b.borrow();
        let zero = b.first().map_or(0, Value::as_int) == 0
            && matches!(b.get(1), Some(Value::Nil) | None)
            && b.get(2).map_or(0, Value::as_int) == 0;
        if zero {
            return (ZERO_TIME_UNIX, 0);
        }
    }
    let ns = a.first().map_or(0, nanos);
    (
        ns.div_euclid(1_000_000_000),
        ns.rem_euclid(1_000_000_000) as u32,
    )
}

pub fn format(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let (s, ns) = parts(a);
    let mut out = Vec::new();
    rtime::format_time(
        &mut out,
        s,
        ns,
        rtime::UTC,
        a.get(1).map(Value::as_bytes).unwrap_or(&[]),
    );
    Ok(Ret::One(Value::bytes(&out)))
}

pub fn string(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let (s, ns) = parts(a);
    let mut out = Vec::new();
    let _ = vm;
    // Time.mono: the monotonic reading in ns, which starts at 1 (0: none).
    let mono = match a.first() {
        Some(Value::Struct(b)) => b.borrow().get(2).map_or(0, Value::as_int),
        _ => 0,
    };
    let mono = (mono != 0).then_some(mono);
    rtime::time_string(&mut out, s, ns, rtime::UTC, mono);
    Ok(Ret::One(Value::bytes(&out)))
}

/// Calendar fields through the runtime's formatter (layout digits).
fn field(a: &[Value], layout: &str) -> i64 {
    let (s, ns) = parts(a);
    let mut out = Vec::new();
    rtime::format_time(&mut out, s, ns, rtime::UTC, layout.as_bytes());
    String::from_utf8_lossy(&out).trim().parse().unwrap_or(0)
}

pub fn year(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "2006"))))
}
pub fn month(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "1"))))
}
pub fn day(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "2"))))
}
pub fn hour(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "15"))))
}
pub fn minute(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "4"))))
}
pub fn second(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(field(a, "5"))))
}
pub fn weekday(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(civil(a).weekday)))
}

/// A time.Time in UTC for an instant, without a monotonic reading.
fn instant(vm: &Vm, unix_sec: i64, nsec: u32) -> Value {
    let ns = unix_sec
        .wrapping_mul(1_000_000_000)
        .wrapping_add(i64::from(nsec));
    let loc = vm.global_value("time.UTC");
    Value::Struct(Value::new_box(vec![Value::Int(ns), loc, Value::Int(0)]))
}

fn error(msg: &str) -> Value {
    Value::Iface(Rc::new((bt::ERROR_STRING, Value::str(msg))))
}

fn civil(a: &[Value]) -> rtime::Civil {
    rtime::civil(parts(a).0, 0)
}

pub fn parse_duration(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let s = a.first().map(Value::as_bytes).unwrap_or(&[]);
    Ok(Ret::Many(match rtime::parse_duration(s) {
        Ok(d) => vec![Value::Int(d), Value::Nil],
        Err(e) => vec![Value::Int(0), error(&e)],
    }))
}

/// time.Parse (every zone shown as UTC: the VM's Time has no offsets).
pub fn parse(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let arg = |i: usize| a.get(i).map(Value::as_bytes).unwrap_or(&[]);
    Ok(Ret::Many(match rtime::parse(arg(0), arg(1)) {
        Ok(t) => vec![instant(vm, t.unix_sec, t.nsec), Value::Nil],
        Err(e) => vec![time_zero(), error(&e)],
    }))
}

/// time.Date in UTC (the location argument is ignored).
pub fn date(vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let n = |i: usize| a.get(i).map_or(0, Value::as_int);
    let (s, ns) = rtime::date(n(0), n(1), n(2), n(3), n(4), n(5), n(6), 0);
    Ok(Ret::One(instant(vm, s, ns)))
}

pub fn year_day(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(civil(a).yday)))
}

/// Time.Date: (year, month, day).
pub fn ymd(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let c = civil(a);
    Ok(Ret::Many(vec![
        Value::Int(c.year),
        Value::Int(c.month),
        Value::Int(c.day),
    ]))
}

pub fn clock(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let c = civil(a);
    Ok(Ret::Many(vec![
        Value::Int(c.hour),
        Value::Int(c.minute),
        Value::Int(c.second),
    ]))
}

pub fn append_format(_vm: &mut Vm, _g: &mut Goroutine, a: &[Value]) -> Result<Ret, Value> {
    let (s, ns) = parts(a);
    let mut out = a.get(1).map(Value::byte_vec).unwrap_or_default();
    let layout = a.get(2).map(Value::as_bytes).unwrap_or(&[]);
    rtime::format_time(&mut out, s, ns, rtime::UTC, layout);
    Ok(Ret::One(Value::byte_slice(&out)))
}
