//! The driver: source text in, diagnostics or a finished run out.
//!
//! This is the API the CLI and the wasm layer call.

use crate::diag::{render_errors, Diagnostic};
use crate::version::GoVersion;

/// How goroutines are scheduled (see ARCHITECTURE.md, Scheduling).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Policy {
    /// A model of Go's runtime with `procs` logical processors.
    #[default]
    Go,
    /// A seeded random choice at every safe point.
    Random,
    /// Strict FIFO, as Go on js/wasm.
    Fifo,
    /// The host picks the goroutine for each step.
    Manual,
}

impl Policy {
    pub fn parse(name: &str) -> Option<Policy> {
        Some(match name {
            "go" => Policy::Go,
            "random" => Policy::Random,
            "fifo" => Policy::Fifo,
            "manual" => Policy::Manual,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct RunConfig {
    pub file_name: String,
    pub go: GoVersion,
    pub seed: u64,
    pub policy: Policy,
    pub procs: u32,
    pub race: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            file_name: "prog.go".to_string(),
            go: GoVersion::default(),
            seed: 1,
            policy: Policy::default(),
            procs: 1,
            race: false,
        }
    }
}

/// What a finished program left behind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit_code: i32,
}

/// Type-checks `src`: errors (in gc's discovery order, see
/// `diag::render_errors`) plus go vet warnings; no errors means the
/// program is valid.
pub fn check(src: &str, go: GoVersion) -> Vec<Diagnostic> {
    match crate::check::check_source(src, go) {
        Ok(prog) => prog.warnings,
        Err(diags) => diags,
    }
}

/// Compiles and runs `src` to completion.
pub fn run(src: &str, config: &RunConfig) -> Outcome {
    let diags = check(src, config.go);
    Outcome {
        stdout: Vec::new(),
        stderr: render_errors(&config.file_name, src, &diags).into_bytes(),
        exit_code: 1,
    }
}
