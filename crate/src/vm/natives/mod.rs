//! Natives: library functions declared without a body in `stdlib/*.go`,
//! bound here by qualified name (`fmt.Println`, `sync.WaitGroup.Wait`).

mod atomic;
mod fmt;
mod lib;
mod scan;
mod sync;
mod time;

pub use sync::{wg_add_delta, SyncState};

use super::exec::Ret;
use super::value::Value;
use super::{Goroutine, Vm};

pub use super::exec::Ret as NativeRet;

/// A native function: arguments in, results (or a parked goroutine) out;
/// `Err` is a Go panic value.
pub type NativeFn = fn(&mut Vm, &mut Goroutine, &[Value]) -> Result<Ret, Value>;

/// Library functions declared with Go bodies that run natively instead
/// (gc implements strings.Index in assembly; interpreted, it dominates
/// strings.Count, Split and Replace on long strings).
pub fn overrides(name: &str) -> bool {
    matches!(
        name,
        "sort.Ints" | "sort.Strings" | "sort.Float64s" | "strings.Index"
    )
}

/// The native bound to a qualified name.
pub fn lookup(name: &str) -> Option<NativeFn> {
    [NATIVES, atomic::NATIVES, lib::NATIVES, lib::MATH]
        .into_iter()
        .flatten()
        .find(|(n, _)| *n == name)
        .map(|&(_, f)| f)
        .or_else(|| lib::rand(name))
}

/// Natives by qualified name: a table, not a `match`, which compiles to a compare
/// and branch per name (6 KB of code in the wasm).
const NATIVES: &[(&str, NativeFn)] = &[
    ("fmt.Println", fmt::println),
    ("fmt.Print", fmt::print),
    ("fmt.Printf", fmt::printf),
    ("fmt.Sprintf", fmt::sprintf),
    ("fmt.Sprint", fmt::sprint),
    ("fmt.Sprintln", fmt::sprintln),
    ("fmt.Fprintln", fmt::fprintln),
    ("fmt.Fprint", fmt::fprint),
    ("fmt.Fprintf", fmt::fprintf),
    ("fmt.Errorf", fmt::errorf),
    ("fmt.Sscan", scan::sscan),
    ("fmt.Sscanln", scan::sscanln),
    ("fmt.Sscanf", scan::sscanf),
    ("errors.errorString.Error", fmt::error_text),
    ("fmt.wrapError.Unwrap", fmt::unwrap),
    ("fmt.wrapErrors.Unwrap", fmt::unwrap_all),
    ("runtime.Error.RuntimeError", |_, _, _| Ok(Ret::None)),
    ("builtin.println", |vm, g, a| {
        fmt::builtin_print(vm, g, a, true)
    }),
    ("builtin.print", |vm, g, a| {
        fmt::builtin_print(vm, g, a, false)
    }),
    ("sync.WaitGroup.Add", sync::wg_add),
    ("sync.WaitGroup.Done", sync::wg_done),
    ("sync.WaitGroup.Wait", sync::wg_wait),
    ("sync.WaitGroup.Go", sync::wg_go),
    ("sync.Mutex.Lock", sync::mutex_lock),
    ("sync.Mutex.TryLock", sync::mutex_trylock),
    ("sync.Mutex.Unlock", sync::mutex_unlock),
    ("sync.RWMutex.Lock", sync::rw_lock),
    ("sync.RWMutex.Unlock", sync::rw_unlock),
    ("sync.RWMutex.RLock", sync::rw_rlock),
    ("sync.RWMutex.RUnlock", sync::rw_runlock),
    ("sync.RWMutex.TryLock", sync::rw_trylock),
    ("sync.RWMutex.TryRLock", sync::rw_tryrlock),
    ("sync.Once.Do", sync::once_do),
    ("sync.Cond.ticket", sync::cond_ticket),
    ("sync.Cond.park", sync::cond_park),
    ("sync.Cond.Signal", sync::cond_signal),
    ("sync.Cond.Broadcast", sync::cond_broadcast),
    ("time.Sleep", sync::sleep),
    ("runtime.Gosched", sync::gosched),
    ("runtime.Goexit", sync::goexit),
    ("runtime.NumGoroutine", sync::num_goroutine),
    ("runtime.GOMAXPROCS", sync::gomaxprocs),
    ("os.Exit", sync::exit),
    ("time.Now", time::now),
    ("time.NewTimer", time::new_timer),
    ("time.AfterFunc", time::after_func),
    ("time.NewTicker", time::new_ticker),
    ("time.Timer.Stop", time::timer_stop),
    ("time.Timer.Reset", time::timer_reset),
    ("time.Ticker.Stop", time::ticker_stop),
    ("time.Ticker.Reset", time::ticker_reset),
    ("time.Time.Format", time::format),
    ("time.Time.String", time::string),
    ("time.Time.Year", time::year),
    ("time.Time.Month", time::month),
    ("time.Time.Day", time::day),
    ("time.Time.Hour", time::hour),
    ("time.Time.Minute", time::minute),
    ("time.Time.Second", time::second),
    ("time.Time.Weekday", time::weekday),
    ("time.Time.YearDay", time::year_day),
    ("time.Time.Date", time::ymd),
    ("time.Time.Clock", time::clock),
    ("time.Time.AppendFormat", time::append_format),
    ("time.ParseDuration", time::parse_duration),
    ("time.Parse", time::parse),
    ("time.Date", time::date),
];

/// Nanoseconds from the Unix epoch to 2009-11-10 23:00:00 UTC, where the
/// virtual clock starts.
pub const EPOCH_UNIX_NANOS: i64 = 1_257_894_000_000_000_000;

pub use fmt::panic_text;
pub use time::time_value;
