//! Native parts of the runtime library, as real Go computes them.
//!
//! Pure Rust, independent of the VM: the VM converts its values and calls in. Every module
//! is checked against outputs recorded from real Go (testdata/record.sh, *.golden).
//!
//! Map for the VM:
//! - Printing: [`fmt`] formats [`fmt_value::FmtValue`] trees (Print, Println, Printf,
//!   Errorf with `%w`); read `fmt_value` for how to build them and which
//!   Error/String/GoString methods to call first ([`fmt::method_needs`]).
//! - The builtin `print`/`println`: [`print::append_print_value`] (Go 1.27 prints floats
//!   as `1e+06` and complex numbers as `(1+2i)`, not as fmt does); a panic value as
//!   `panic: ...` shows it: [`panicval::append_panic_value`].
//! - Numbers and quoting, [`strconv`]: Itoa, FormatInt, ParseInt, Atoi, ParseFloat,
//!   FormatFloat, Quote, Unquote, ...; errors are [`strconv::NumError`] whose `message()`
//!   is Go's text.
//! - Package math, [`math`]: Go's algorithms bit for bit (libm differs in the last bit,
//!   which Println shows): Sin, Cos, Exp, Log, Pow, Pow10, ...; `math::max`/`min` also
//!   serve the builtin max/min on floats; `math::nan()` is math.NaN().
//! - Random numbers, [`rand`]: `rand.New(rand.NewSource(seed))` exactly as Go; back the
//!   top-level functions with one seeded from the run's seed.
//! - Text, [`unicode`] and [`utf8`]: Go's tables and decoding (an invalid byte decodes
//!   as U+FFFD of width 1).
//! - Time, [`time`]: Format/String (with `m=+...` for monotonic readings), Parse,
//!   Duration.String, ParseDuration, time.Date normalisation and calendar fields.

pub mod fmt;
pub mod fmt_value;
#[cfg(test)]
mod golden_values;
pub mod math;
pub mod panicval;
pub mod print;
pub mod rand;
pub mod strconv;
pub mod time;
pub mod unicode;
pub mod utf8;
