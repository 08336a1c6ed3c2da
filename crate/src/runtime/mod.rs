//! Native parts of the runtime library (fmt verbs, strconv, time formatting).
//!
//! Pure Rust, independent of the VM: the VM converts Go values into
//! [`fmt_value::FmtValue`] trees and calls the functions here.

pub mod fmt;
pub mod fmt_value;
pub mod strconv;
pub mod time;
pub mod utf8;
