//! Native parts of the runtime library, as real Go computes them.
//!
//! Pure Rust, independent of the VM: the VM converts its values and calls in. Every module
//! is checked against outputs recorded from real Go (testdata/record.sh, *.golden).
//!
//! Map for the VM:
//! - Printing: [`fmt`] formats [`fmt_value::FmtValue`] trees (Print, Println, Printf,
//!   Errorf with `%w`); read `fmt_value` for how to build them and which
//!   Error/String/GoString methods to call first ([`fmt::method_needs`]).
//! - The builtin `print`/`println` and panic messages print floats as
//!   `strconv::append_float(out, v, b'g', -1, bits)` and complex numbers with
//!   [`strconv::append_complex`] (Go 1.27's runtime: `1e+06`, `(1+2i)`), not as fmt does.
//! - Numbers and quoting, [`strconv`]: Itoa/FormatInt/ParseInt/Atoi/ParseFloat/FormatFloat/Quote/Unquote...,
//!   returning [`strconv::NumError`] whose `message()` is Go's error text.
//! - Package math, [`math`]: Go's algorithms bit for bit (libm differs in the last bit, which Println
//!   shows); use it for Sin, Cos, Exp, Log, Pow, ... and `math::nan()` for math.NaN().
//! - Random numbers, [`rand`]: `rand.New(rand.NewSource(seed))` exactly as Go; back the top-level
//!   functions with one seeded from the run's seed.
//! - Text, [`unicode`] and [`utf8`]: Go's tables and decoding (invalid bytes decode as U+FFFD, width 1).
//! - Time, [`time`]: Time.Format/String (with `m=+...` for monotonic readings),
//!   Duration.String, ParseDuration, time.Date normalisation and calendar fields.

pub mod fmt;
pub mod fmt_value;
pub mod math;
pub mod rand;
pub mod strconv;
pub mod time;
pub mod unicode;
pub mod utf8;
