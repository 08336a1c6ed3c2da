//! The driver: source text in, diagnostics or a finished run out.
//!
//! This is the API the CLI and the wasm layer call.

use crate::diag::{render_errors, Diagnostic};
use crate::version::GoVersion;
use crate::vm::sched::{Chunk, Event, ProcQueue};
use crate::vm::value::Value;
use crate::vm::{GState, Status, Vm};

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
    /// Statements executed before the run is stopped (a runaway loop).
    pub max_steps: u64,
    /// Approximate bytes the program may allocate.
    pub max_alloc: u64,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            file_name: "prog.go".to_string(),
            go: GoVersion::default(),
            seed: 1,
            policy: Policy::default(),
            // Two processors: re-runs differ, with the GOMAXPROCS=1 order the most
            // frequent, as real Go shows on a two-core machine. `1` is exactly
            // reproducible (see ARCHITECTURE.md, Scheduling).
            procs: 2,
            race: false,
            max_steps: 2_000_000_000,
            max_alloc: 1 << 30,
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
    let mut s = match Session::start(src, config) {
        Ok(s) => s,
        Err(o) => return o,
    };
    // Nobody reads the timeline of a run to completion.
    s.vm.record_events = false;
    loop {
        match s.run(1 << 20) {
            Status::Exited(_) => break,
            Status::Budget => {}
            // Unattended manual runs take the lowest runnable goroutine.
            Status::NeedsChoice => {
                let first = s
                    .goroutines()
                    .into_iter()
                    .find(|g| g.state == "runnable")
                    .map(|g| g.id);
                s.vm.forced = first;
            }
        }
    }
    s.outcome()
}

/// A running program, driven by the host in slices (the incremental API).
pub struct Session {
    pub vm: Vm,
    config: RunConfig,
}

/// A goroutine as the host shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoroutineInfo {
    pub id: u64,
    /// `running`, `runnable`, `waiting` or `dead`.
    pub state: &'static str,
    /// Go's wait reason (`chan receive`, `sleep`, ...) while waiting.
    pub wait_reason: Option<&'static str>,
    pub function: String,
    pub line: u32,
    /// The goroutine that ran the `go` statement, and its line.
    pub created_by: Option<u64>,
    pub created_line: Option<u32>,
}

/// One frame of a goroutine, innermost first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    pub function: String,
    pub line: u32,
    pub locals: Vec<LocalInfo>,
}

/// A local variable; `cell` is the stable id of the heap cell holding it
/// (captured or address-taken variables), so the host can draw sharing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalInfo {
    pub name: String,
    pub value: String,
    pub cell: Option<u32>,
}

/// Who runs next: the go policy's processors (each with its running
/// goroutine, `runnext` slot and FIFO queue) and the global run queue, the
/// only queue of the other policies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunQueues {
    pub procs: Vec<ProcQueue>,
    pub global: Vec<u64>,
}

/// Everything needed to replay a run exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleRecord {
    pub seed: u64,
    pub policy: Policy,
    pub procs: u32,
    /// The host's choices of goroutine (manual policy, stepping a chosen
    /// goroutine) as (statement count, goroutine id); everything else
    /// follows from the seed.
    pub choices: Vec<(u64, u64)>,
}

impl Session {
    /// Checks and compiles `src`; a program that does not build gives the
    /// `go build` outcome (errors on stderr, exit code 1).
    pub fn start(src: &str, config: &RunConfig) -> Result<Session, Outcome> {
        let prog = match crate::check::check_source(src, config.go) {
            Ok(p) => p,
            Err(diags) => {
                return Err(Outcome {
                    stdout: Vec::new(),
                    stderr: render_errors(&config.file_name, src.as_bytes(), &diags).into_bytes(),
                    exit_code: 1,
                })
            }
        };
        let code = match crate::compile::compile(&prog) {
            Ok(c) => c,
            Err(msg) => {
                return Err(Outcome {
                    stdout: Vec::new(),
                    stderr: format!("goplay: {msg}\n").into_bytes(),
                    exit_code: 1,
                })
            }
        };
        if std::env::var_os("GOPLAY_DUMP").is_some() {
            for (i, f) in code.funcs.iter().enumerate() {
                eprintln!("func {i} {} nregs={}", f.name, f.nregs);
                for (pc, op) in f.code.iter().enumerate() {
                    eprintln!("  {pc:4} {op:?}");
                }
            }
        }
        let policy = match config.policy {
            Policy::Go => crate::vm::Policy::Go,
            Policy::Random => crate::vm::Policy::Random,
            Policy::Fifo => crate::vm::Policy::Fifo,
            Policy::Manual => crate::vm::Policy::Manual,
        };
        let mut vm = Vm::new(code, policy, config.procs, config.seed);
        vm.limits.max_steps = config.max_steps;
        vm.limits.max_alloc = config.max_alloc;
        if config.race {
            vm.race = Some(Box::new(crate::race::Detector::new(1)));
        }
        Ok(Session {
            vm,
            config: config.clone(),
        })
    }

    /// Runs at most `budget` statements.
    pub fn run(&mut self, budget: u64) -> Status {
        self.vm.run(budget)
    }

    /// Runs one statement of the policy's pick, or of goroutine `goid`.
    pub fn step(&mut self, goid: Option<u64>) -> Status {
        if goid.is_some() {
            self.vm.forced = goid;
        }
        self.vm.run(1)
    }

    /// Replays a recorded schedule from the start.
    pub fn replay(
        src: &str,
        config: &RunConfig,
        record: &ScheduleRecord,
    ) -> Result<Session, Outcome> {
        let mut s = Session::start(src, config)?;
        s.vm.replay = record.choices.iter().copied().collect();
        Ok(s)
    }

    pub fn schedule(&self) -> ScheduleRecord {
        ScheduleRecord {
            seed: self.config.seed,
            policy: self.config.policy,
            procs: self.config.procs,
            choices: self.vm.choices.clone(),
        }
    }

    pub fn exited(&self) -> Option<i32> {
        self.vm.exit
    }

    /// Virtual time in nanoseconds since the start of the run.
    pub fn clock(&self) -> i64 {
        self.vm.clock
    }

    /// The output chunks, when the host has not streamed them with `read_output`.
    pub fn output(&self) -> &[Chunk] {
        &self.vm.chunks
    }

    /// The chunks from index `from` on, for a host that reads while the program runs: the
    /// ones returned are never extended afterwards, so reading from the count seen misses
    /// nothing. Such a host keeps the output itself: from the first call on, the session
    /// drops the chunks before `from` and `outcome()` has no stdout or stderr, so a
    /// program printing without end does not fill the memory.
    pub fn read_output(&mut self, from: usize) -> &[Chunk] {
        let vm = &mut self.vm;
        vm.streamed = true;
        vm.stdout = Vec::new();
        vm.stderr = Vec::new();
        let seen = from.saturating_sub(vm.chunks_base).min(vm.chunks.len());
        vm.chunks.drain(..seen);
        vm.chunks_base += seen;
        vm.chunks_read = vm.chunks.len();
        &vm.chunks
    }

    /// The events kept: the first MAX_EVENTS, and every race.
    pub fn events(&self) -> &[Event] {
        &self.vm.events
    }

    /// Events that happened, kept or not.
    pub fn event_count(&self) -> u64 {
        self.vm.events_total
    }

    pub fn outcome(&self) -> Outcome {
        Outcome {
            stdout: self.vm.stdout.clone(),
            stderr: self.vm.stderr.clone(),
            exit_code: self.vm.exit.unwrap_or(0),
        }
    }

    pub fn goroutines(&self) -> Vec<GoroutineInfo> {
        let prog = &self.vm.prog;
        self.vm
            .goroutines()
            .into_iter()
            .map(|g| {
                let (state, wait_reason) = match &g.state {
                    GState::Running => ("running", None),
                    GState::Runnable => ("runnable", None),
                    GState::Waiting(r) => ("waiting", Some(r.text())),
                    GState::Dead => ("dead", None),
                };
                let function = g
                    .frames
                    .iter()
                    .rev()
                    .find_map(|f| {
                        prog.funcs
                            .get(f.func as usize)
                            .filter(|p| !p.name.is_empty())
                    })
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                GoroutineInfo {
                    id: g.id,
                    state,
                    wait_reason,
                    function,
                    line: crate::vm::sched::current_line(prog, g),
                    created_by: g.created_by().map(|c| c.0),
                    created_line: g.created_by().map(|c| c.2),
                }
            })
            .collect()
    }

    /// Who runs next, for the stepping view (processors only for the go policy).
    pub fn run_queues(&self) -> RunQueues {
        let (procs, global) = self.vm.run_queues();
        RunQueues {
            procs: if self.config.policy == Policy::Go {
                procs
            } else {
                Vec::new()
            },
            global,
        }
    }

    /// A goroutine's frames with their locals (innermost first).
    pub fn frames(&self, goid: u64) -> Vec<FrameInfo> {
        let Some(g) = self.vm.goroutines().into_iter().find(|g| g.id == goid) else {
            return Vec::new();
        };
        let prog = &self.vm.prog;
        let trace = crate::vm::sched::stack_trace(prog, g);
        let frames: Vec<_> = g
            .frames
            .iter()
            .rev()
            .filter(|f| {
                prog.funcs
                    .get(f.func as usize)
                    .is_some_and(|p| !p.name.is_empty())
            })
            .collect();
        frames
            .iter()
            .zip(trace)
            .map(|(f, t)| {
                let proto = &prog.funcs[f.func as usize];
                let mut locals: Vec<LocalInfo> = proto
                    .locals
                    .iter()
                    .map(|(name, r)| {
                        // A goroutine that has not run yet holds only its
                        // arguments; its other locals are still zero.
                        let v = g.regs.get(f.base as usize + *r as usize);
                        local(name, v.unwrap_or(&Value::Nil))
                    })
                    .collect();
                if let Some(c) = &f.closure {
                    for (name, v) in proto.captures.iter().zip(c.captures()) {
                        locals.push(local(name, &v));
                    }
                }
                FrameInfo {
                    function: t.func,
                    line: t.line,
                    locals,
                }
            })
            .collect()
    }
}

/// A local's value, looking through its heap cell.
fn local(name: &str, v: &Value) -> LocalInfo {
    match v {
        Value::Ptr(crate::vm::value::Ptr::Cell(c)) => LocalInfo {
            name: name.to_string(),
            value: preview(&c.v.borrow(), 0),
            cell: Some(c.id),
        },
        v => LocalInfo {
            name: name.to_string(),
            value: preview(v, 0),
            cell: None,
        },
    }
}

/// A short rendering of a value for the debugger view.
pub fn preview(v: &Value, depth: u32) -> String {
    if depth > 3 {
        return "…".into();
    }
    let list = |items: &[Value]| {
        items
            .iter()
            .take(16)
            .map(|x| preview(x, depth + 1))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match v {
        Value::Nil => "nil".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::runtime::strconv::format_float(*f, b'g', -1, 64),
        Value::Complex(re, im) => {
            let mut out = Vec::new();
            crate::runtime::strconv::append_complex(&mut out, *re, *im, b'g', -1, 128);
            String::from_utf8_lossy(&out).into_owned()
        }
        Value::Str(s) => crate::types::quote_bytes(s),
        Value::Slice(_) | Value::Array(_) => format!("[{}]", list(&v.elems())),
        Value::Struct(b) => format!("{{{}}}", list(&b.borrow())),
        Value::Map(m) => format!("map[{} entries]", m.borrow().len()),
        Value::Ptr(crate::vm::value::Ptr::Cell(c)) => format!("&cell#{}", c.id),
        Value::Ptr(_) => "&…".into(),
        Value::Iface(i) => preview(&i.1, depth),
        Value::Func(_) => "func".into(),
        Value::Chan(c) => format!("chan#{}", c.borrow().id),
        Value::Tuple(t) => format!("({})", list(t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::sched::EventKind;

    /// The demo page's racy `total` (www/index.html).
    const RACY_TOTAL: &str = "package main

import (
	\"fmt\"
	\"time\"
)

func main() {
	prices := []int{250, 180, 320}
	total := 0
	go func() {
		for _, p := range prices {
			total += p
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(\"total:\", total)
}
";

    fn finish(s: &mut Session) {
        while !matches!(s.run(1 << 16), Status::Exited(_)) {}
    }

    #[test]
    fn a_race_is_an_event_with_both_accesses() {
        let config = RunConfig {
            race: true,
            procs: 1,
            ..RunConfig::default()
        };
        let mut s = Session::start(RACY_TOTAL, &config).expect("builds");
        finish(&mut s);
        assert_eq!(s.exited(), Some(66));
        let races: Vec<_> = s
            .events()
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Race { .. }))
            .collect();
        assert_eq!(races.len(), 1);
        let e = races[0];
        assert_eq!(e.goid, 1, "main reads");
        let EventKind::Race {
            line,
            write,
            prev_goid,
            prev_line,
            prev_write,
            prev_step,
        } = e.kind
        else {
            unreachable!()
        };
        assert_eq!((line, write), (17, false));
        assert_eq!((prev_goid, prev_line, prev_write), (6, 13, true));
        assert!(prev_step < e.step, "{prev_step} < {}", e.step);
    }

    #[test]
    fn run_queues_show_runnext_and_the_fifo() {
        let src = "package main

import \"time\"

func main() {
	for i := 0; i < 3; i++ {
		go func() {}()
	}
	time.Sleep(time.Second)
}
";
        let config = RunConfig {
            procs: 1,
            ..RunConfig::default()
        };
        let mut s = Session::start(src, &config).expect("builds");
        // Into the loop three times: the third goroutine holds runnext, the
        // first two wait in the FIFO in creation order.
        while s.goroutines().len() < 4 {
            s.step(None);
        }
        let q = s.run_queues();
        assert_eq!(q.procs.len(), 1);
        assert_eq!(q.procs[0].running, Some(1));
        assert_eq!(q.procs[0].runnext, Some(8));
        assert_eq!(q.procs[0].runq, vec![6, 7]);
        let fifo = Session::start(
            src,
            &RunConfig {
                policy: Policy::Fifo,
                ..config
            },
        )
        .expect("builds");
        assert!(fifo.run_queues().procs.is_empty());
    }
}
