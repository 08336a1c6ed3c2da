//! The wasm-bindgen layer: converts between JS values and the driver's types.
//! No logic lives here.

use wasm_bindgen::prelude::*;

use crate::diag::render_errors;
use crate::{GoVersion, Policy, RunConfig};

/// The result of a finished run, as JS sees it.
#[wasm_bindgen(getter_with_clone)]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    #[wasm_bindgen(js_name = exitCode)]
    pub exit_code: i32,
}

fn config(go: &str, seed: f64, policy: &str, procs: u32, race: bool) -> Result<RunConfig, JsError> {
    Ok(RunConfig {
        go: GoVersion::parse(go)
            .ok_or_else(|| JsError::new(&format!("unsupported Go version {go:?}")))?,
        seed: seed as u64,
        policy: Policy::parse(policy)
            .ok_or_else(|| JsError::new(&format!("unknown policy {policy:?}")))?,
        procs: procs.clamp(1, 64),
        race,
        ..RunConfig::default()
    })
}

/// Compiles and runs `src` to completion.
#[wasm_bindgen(js_name = runProgram)]
pub fn run_program(
    src: &str,
    go: &str,
    seed: f64,
    policy: &str,
    procs: u32,
    race: bool,
) -> Result<RunResult, JsError> {
    let outcome = crate::run(src, &config(go, seed, policy, procs, race)?);
    Ok(RunResult {
        stdout: String::from_utf8_lossy(&outcome.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&outcome.stderr).into_owned(),
        exit_code: outcome.exit_code,
    })
}

/// Type-checks `src`; returns gc-style error lines (empty when valid).
#[wasm_bindgen(js_name = checkProgram)]
pub fn check_program(src: &str, go: &str) -> Result<String, JsError> {
    let go = GoVersion::parse(go)
        .ok_or_else(|| JsError::new(&format!("unsupported Go version {go:?}")))?;
    Ok(render_errors("prog.go", src, &crate::check(src, go)))
}
