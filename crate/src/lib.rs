//! goplay: a Go-subset toolchain and goroutine VM that runs natively and in the browser.
//!
//! The pipeline is `syntax` -> `check` -> `compile` -> `vm`, driven by `driver`.
//! See ARCHITECTURE.md for the map. Nothing outside `wasm` knows about the web.

pub mod check;
pub mod compile;
pub mod diag;
pub mod driver;
pub mod fastmap;
pub mod race;
pub mod runtime;
pub mod sort;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod types;
pub mod version;
pub mod vm;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use driver::{check, run, Outcome, Policy, RunConfig};
pub use version::GoVersion;
