//! The wasm-bindgen layer: converts between JS values and the driver's types.
//! No logic lives here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// JS's `Array` and `Object`, declared here rather than taken from js-sys, whose
    /// futures support (JSPI tasks, closure shims) would ship in the wasm unused.
    pub type Array;
    #[wasm_bindgen(constructor)]
    fn new() -> Array;
    #[wasm_bindgen(method)]
    fn push(this: &Array, value: &JsValue) -> u32;

    type Object;
    #[wasm_bindgen(constructor)]
    fn new() -> Object;
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(target: &Object, key: &JsValue, value: &JsValue) -> bool;
}

impl FromIterator<JsValue> for Array {
    fn from_iter<I: IntoIterator<Item = JsValue>>(items: I) -> Array {
        let array = Array::new();
        for item in items {
            array.push(&item);
        }
        array
    }
}

use crate::diag::render_errors;
use crate::driver::{Outcome, Session as DriverSession};
use crate::vm::sched::EventKind;
use crate::vm::Status;
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
            .ok_or_else(|| JsError::new(&format!("unsupported Go version \"{go}\"")))?,
        seed: seed as u64,
        policy: Policy::parse(policy)
            .ok_or_else(|| JsError::new(&format!("unknown policy \"{policy}\"")))?,
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
        .ok_or_else(|| JsError::new(&format!("unsupported Go version \"{go}\"")))?;
    Ok(render_errors(
        "prog.go",
        src.as_bytes(),
        &crate::check(src, go),
    ))
}

/// A plain JS object from key/value pairs.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let obj = Object::new();
    for (key, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        reflect_set(&obj, &JsValue::from_str(key), value);
    }
    obj.into()
}

fn opt<T: Into<JsValue>>(value: Option<T>) -> JsValue {
    value.map_or(JsValue::NULL, Into::into)
}

fn text(bytes: &[u8]) -> JsValue {
    JsValue::from_str(&String::from_utf8_lossy(bytes))
}

fn status(status: Status) -> JsValue {
    JsValue::from_str(match status {
        Status::Budget => "budget",
        Status::Exited(_) => "exited",
        Status::NeedsChoice => "choice",
    })
}

/// A program run in slices by the page (the driver's incremental host API).
/// A program that does not build has no session, only its `go build` output.
#[wasm_bindgen]
pub struct Session {
    session: Result<DriverSession, Outcome>,
}

#[wasm_bindgen]
impl Session {
    #[wasm_bindgen(constructor)]
    pub fn new(
        src: &str,
        go: &str,
        seed: f64,
        policy: &str,
        procs: u32,
        race: bool,
    ) -> Result<Session, JsError> {
        let config = config(go, seed, policy, procs, race)?;
        Ok(Session {
            session: DriverSession::start(src, &config),
        })
    }

    /// gc's error lines when the program does not build, else "".
    #[wasm_bindgen(js_name = compileErrors)]
    pub fn compile_errors(&self) -> String {
        match &self.session {
            Ok(_) => String::new(),
            Err(outcome) => String::from_utf8_lossy(&outcome.stderr).into_owned(),
        }
    }

    /// Runs at most `budget` statements: "budget" (call again), "exited" or "choice"
    /// (manual policy: the host must pick a goroutine with `step`).
    pub fn run(&mut self, budget: f64) -> JsValue {
        match &mut self.session {
            Ok(s) => status(s.run(budget as u64)),
            Err(_) => status(Status::Exited(1)),
        }
    }

    /// Runs one statement of the scheduler's pick, or of goroutine `goid`.
    pub fn step(&mut self, goid: Option<f64>) -> JsValue {
        match &mut self.session {
            Ok(s) => status(s.step(goid.map(|g| g as u64))),
            Err(_) => status(Status::Exited(1)),
        }
    }

    /// The exit code once the program has ended.
    #[wasm_bindgen(js_name = exitCode)]
    pub fn exit_code(&self) -> Option<i32> {
        match &self.session {
            Ok(s) => s.exited(),
            Err(outcome) => Some(outcome.exit_code),
        }
    }

    /// Virtual time since the start, in nanoseconds.
    #[wasm_bindgen(js_name = elapsedNs)]
    pub fn elapsed_ns(&self) -> f64 {
        self.session.as_ref().map_or(0.0, |s| s.clock() as f64)
    }

    /// Events that happened, including those `events` no longer keeps.
    #[wasm_bindgen(js_name = eventCount)]
    pub fn event_count(&self) -> f64 {
        self.session
            .as_ref()
            .map_or(0.0, |s| s.event_count() as f64)
    }

    /// Output chunks from index `from` on: {goroutine, time, stream, text}.
    pub fn output(&mut self, from: u32) -> Array {
        let Ok(s) = &mut self.session else {
            return Array::new();
        };
        s.read_output(from as usize)
            .iter()
            .map(|c| {
                object(&[
                    ("goroutine", (c.goid as f64).into()),
                    ("time", (c.time as f64).into()),
                    (
                        "stream",
                        JsValue::from_str(if c.stderr { "stderr" } else { "stdout" }),
                    ),
                    ("text", text(&c.text)),
                ])
            })
            .collect()
    }

    /// Timeline events from index `from` on, at most `limit` of them (a page draws only
    /// the first ones, and building 10,000 objects takes a long task):
    /// {time, step, goroutine, kind, ...details};
    /// a data race (`kind: "race"`) is the goroutine's access at `line` (`write` or a read)
    /// racing with `prevGoroutine`'s at `prevLine` (`prevWrite`), made at `prevStep`.
    pub fn events(&self, from: u32, limit: Option<u32>) -> Array {
        let Ok(s) = &self.session else {
            return Array::new();
        };
        s.events()
            .iter()
            .skip(from as usize)
            .take(limit.map_or(usize::MAX, |n| n as usize))
            .map(|e| {
                let mut fields = vec![
                    ("time", JsValue::from(e.time as f64)),
                    ("step", JsValue::from(e.step as f64)),
                    ("goroutine", JsValue::from(e.goid as f64)),
                ];
                let (kind, details): (&str, Vec<(&str, JsValue)>) = match &e.kind {
                    EventKind::Spawn { child, line } => (
                        "spawn",
                        vec![("child", (*child as f64).into()), ("line", (*line).into())],
                    ),
                    EventKind::Block { reason, line } => (
                        "block",
                        vec![
                            ("reason", JsValue::from_str(reason)),
                            ("line", (*line).into()),
                        ],
                    ),
                    EventKind::Unblock => ("unblock", vec![]),
                    EventKind::Send { chan, seq } => (
                        "send",
                        vec![("chan", (*chan).into()), ("seq", (*seq as f64).into())],
                    ),
                    EventKind::Recv { chan, seq } => (
                        "recv",
                        vec![("chan", (*chan).into()), ("seq", (*seq as f64).into())],
                    ),
                    EventKind::Close { chan } => ("close", vec![("chan", (*chan).into())]),
                    EventKind::Exit => ("exit", vec![]),
                    EventKind::Race {
                        line,
                        write,
                        prev_goid,
                        prev_line,
                        prev_write,
                        prev_step,
                    } => (
                        "race",
                        vec![
                            ("line", (*line).into()),
                            ("write", (*write).into()),
                            ("prevGoroutine", (*prev_goid as f64).into()),
                            ("prevLine", (*prev_line).into()),
                            ("prevWrite", (*prev_write).into()),
                            ("prevStep", (*prev_step as f64).into()),
                        ],
                    ),
                };
                fields.push(("kind", JsValue::from_str(kind)));
                fields.extend(details);
                object(&fields)
            })
            .collect()
    }

    /// Every goroutine: {id, state, waitReason, function, line, createdBy, createdLine}.
    pub fn goroutines(&self) -> Array {
        let Ok(s) = &self.session else {
            return Array::new();
        };
        s.goroutines()
            .into_iter()
            .map(|g| {
                object(&[
                    ("id", (g.id as f64).into()),
                    ("state", JsValue::from_str(g.state)),
                    ("waitReason", opt(g.wait_reason.map(JsValue::from_str))),
                    ("function", JsValue::from_str(&g.function)),
                    ("line", g.line.into()),
                    ("createdBy", opt(g.created_by.map(|id| id as f64))),
                    ("createdLine", opt(g.created_line)),
                ])
            })
            .collect()
    }

    /// The run queues: {procs: [{running, runnext, runq: [ids]}] (go policy only), global: [ids]}.
    #[wasm_bindgen(js_name = runQueues)]
    pub fn run_queues(&self) -> JsValue {
        let Ok(s) = &self.session else {
            return JsValue::NULL;
        };
        let ids =
            |ids: &[u64]| -> Array { ids.iter().map(|&id| JsValue::from(id as f64)).collect() };
        let q = s.run_queues();
        let procs: Array = q
            .procs
            .iter()
            .map(|p| {
                object(&[
                    ("running", opt(p.running.map(|id| id as f64))),
                    ("runnext", opt(p.runnext.map(|id| id as f64))),
                    ("runq", ids(&p.runq).into()),
                ])
            })
            .collect();
        object(&[("procs", procs.into()), ("global", ids(&q.global).into())])
    }

    /// A goroutine's frames, innermost first: {function, line, locals: [{name, value, cell}]}.
    pub fn frames(&self, goid: f64) -> Array {
        let Ok(s) = &self.session else {
            return Array::new();
        };
        s.frames(goid as u64)
            .into_iter()
            .map(|f| {
                let locals: Array = f
                    .locals
                    .iter()
                    .map(|l| {
                        object(&[
                            ("name", JsValue::from_str(&l.name)),
                            ("value", JsValue::from_str(&l.value)),
                            ("cell", opt(l.cell)),
                        ])
                    })
                    .collect();
                object(&[
                    ("function", JsValue::from_str(&f.function)),
                    ("line", f.line.into()),
                    ("locals", locals.into()),
                ])
            })
            .collect()
    }
}
