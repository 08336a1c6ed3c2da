//! VM tests with hand-built bytecode.

use std::rc::Rc;

use super::op::{Cmp, FuncProto, Op, Program};
use super::{Status, Value, Vm};
use crate::vm::sched::Policy;

/// fib(n) as a register program: r0 = n; result in r0.
pub fn fib_program(n: i32) -> Program {
    let fib = FuncProto {
        name: "main.fib".into(),
        code: vec![
            Op::Line(1),
            Op::Int(1, 2),
            Op::CmpI(Cmp::Lt, 2, 0, 1),
            Op::JumpIfNot(2, 1),
            Op::Return(0, 1),
            Op::AddIK(3, 0, -1),
            Op::CallStatic(0, 3),
            Op::AddIK(4, 0, -2),
            Op::CallStatic(0, 4),
            Op::AddI(0, 3, 4),
            Op::Return(0, 1),
        ],
        lines: vec![1; 11],
        nparams: 1,
        nresults: 1,
        nregs: 5,
        ..Default::default()
    };
    let main = FuncProto {
        name: "main.main".into(),
        code: vec![
            Op::Line(2),
            Op::Int(0, n),
            Op::CallStatic(0, 0),
            Op::StoreGlobal(0, 0),
            Op::Return(0, 0),
        ],
        lines: vec![2; 5],
        nregs: 1,
        ..Default::default()
    };
    Program {
        funcs: vec![Rc::new(fib), Rc::new(main)],
        globals: vec![Value::Int(0)],
        entry: 1,
        ..Default::default()
    }
}

#[test]
fn fib_runs() {
    let mut vm = Vm::new(fib_program(20), Policy::Go, 1, 1);
    assert_eq!(vm.run(u64::MAX), Status::Exited(0));
    assert_eq!(vm.globals[0].v.borrow().as_int(), 6765);
}

#[test]
fn budget_returns_to_host() {
    let mut vm = Vm::new(fib_program(15), Policy::Go, 1, 1);
    let mut slices = 0;
    while vm.run(100) == Status::Budget {
        slices += 1;
    }
    assert!(slices > 10);
    assert_eq!(vm.globals[0].v.borrow().as_int(), 610);
}

// End-to-end tests through the driver. Expected outputs were recorded from
// real Go 1.27 (GOMAXPROCS=1 where order matters).

use crate::driver::{run, RunConfig, Session};
use crate::GoVersion;

fn config(go: &str, procs: u32) -> RunConfig {
    RunConfig {
        go: GoVersion::parse(go).unwrap_or_default(),
        procs,
        ..RunConfig::default()
    }
}

fn stdout(src: &str, go: &str) -> String {
    let o = run(src, &config(go, 1));
    assert_eq!(
        o.exit_code,
        0,
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const VALUE_SEMANTICS: &str = r#"package main

import "fmt"

type P struct{ X int }

type E struct{}

func (*E) Error() string { return "e" }

func mayFail() error {
	var e *E
	return e
}

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := append(b, 5)
	d[0] = 9
	fmt.Println(a[0], b[0], d[0], cap(d))
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.X = 100
	}
	for i := range ps {
		ps[i].X++
	}
	fmt.Println(ps)
	m := map[string]P{"a": {1}}
	p := m["a"]
	p.X = 7
	fmt.Println(m["a"].X, p.X)
	arr := [2]P{{1}, {2}}
	arr2 := arr
	arr2[0].X = 50
	fmt.Println(arr[0].X, arr2[0].X)
	err := mayFail()
	fmt.Println(err == nil, err != nil)
}
"#;

#[test]
fn value_semantics_match_go() {
    assert_eq!(
        stdout(VALUE_SEMANTICS, "1.22"),
        "2 2 3 4\n0 0 9 8\n[{2} {3}]\n1 7\n1 50\nfalse true\n"
    );
}

const CLOSURES: &str = r#"package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
"#;

#[test]
fn loop_variables_follow_the_go_version() {
    assert_eq!(stdout(CLOSURES, "1.21"), "3 3 3 \n");
    assert_eq!(stdout(CLOSURES, "1.22"), "0 1 2 \n");
}

const ORDERS: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		go func(n int) { fmt.Println("goroutine", n) }(i)
	}
	time.Sleep(10 * time.Millisecond)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("worker", i)
		}()
	}
	wg.Wait()
	start := time.Now()
	for i := 0; i < 5; i++ {
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println(time.Since(start))
	ch := make(chan int)
	<-ch
}
"#;

#[test]
fn procs_1_orders_virtual_time_and_deadlock_match_go() {
    let o = run(ORDERS, &config("1.22", 1));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "goroutine 3\ngoroutine 1\ngoroutine 2\nworker 4\nworker 1\nworker 2\nworker 3\n250ms\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t./prog.go:29\n"
    );
    assert_eq!(o.exit_code, 2);
}

#[test]
fn runs_are_determined_by_the_seed_and_replay_exactly() {
    let cfg = RunConfig {
        seed: 7,
        ..config("1.22", 2)
    };
    let mut s = Session::start(ORDERS, &cfg)
        .map_err(|o| o.exit_code)
        .unwrap();
    while s.run(1000) == Status::Budget {}
    let record = s.schedule();
    let mut r = Session::replay(ORDERS, &cfg, &record)
        .map_err(|o| o.exit_code)
        .unwrap();
    while r.run(1000) == Status::Budget {}
    assert_eq!(r.outcome(), s.outcome());
    assert_eq!(r.events(), s.events());
}

const TRAP: &str = r#"package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func() { fmt.Println(i) }()
	}
	time.Sleep(time.Millisecond)
}
"#;

/// Steps until all three goroutines exist, then looks at their captured `i`.
fn captured_cells(go: &str) -> Vec<u32> {
    let mut s = Session::start(TRAP, &config(go, 1))
        .map_err(|o| o.exit_code)
        .unwrap();
    for _ in 0..100 {
        if s.goroutines().len() == 4 {
            break;
        }
        s.step(None);
    }
    let gs = s.goroutines();
    assert_eq!(gs.len(), 4);
    assert_eq!(gs[1].created_by, Some(1));
    assert_eq!(gs[1].function, "main.main.func1");
    gs[1..]
        .iter()
        .map(|g| {
            let frames = s.frames(g.id);
            let i = frames[0].locals.iter().find(|l| l.name == "i").cloned();
            i.and_then(|l| l.cell).unwrap_or(0)
        })
        .collect()
}

#[test]
fn captured_variables_are_shared_cells_under_121_and_separate_under_122() {
    let old = captured_cells("1.21");
    assert!(old[0] != 0 && old.iter().all(|&c| c == old[0]), "{old:?}");
    let new = captured_cells("1.22");
    assert!(new[0] != new[1] && new[1] != new[2], "{new:?}");
}

#[test]
fn step_runs_one_statement_and_lists_goroutines() {
    let mut s = Session::start(TRAP, &config("1.22", 1))
        .map_err(|o| o.exit_code)
        .unwrap();
    // Library package initialisers run first.
    while s.goroutines()[0].function != "main.main" {
        assert_eq!(s.step(None), Status::Budget);
    }
    let g = &s.goroutines()[0];
    assert_eq!((g.id, g.line), (1, 9));
    while s.step(None) == Status::Budget {}
    assert_eq!(s.outcome().stdout, b"2\n0\n1\n");
    let chunks = s.output();
    assert!(chunks.iter().all(|c| c.goid >= 6));
}

#[test]
fn limits_end_runaway_programs_plainly() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let o = run(
        src,
        &RunConfig {
            max_steps: 10_000,
            ..config("1.22", 1)
        },
    );
    assert_eq!(o.exit_code, 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("step limit"));
    let src = "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n";
    let o = run(src, &config("1.22", 1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n"));
    assert!(err.contains("\nfatal error: stack overflow\n"));
    assert!(err.contains("main.f(...)\n\t./prog.go:3\n..."));
    assert!(err.contains(" frames elided...\nmain.f(...)\n"));
    assert!(err.contains("main.main()\n\t./prog.go:5\nruntime.main()\n"));
    let src = "package main\n\nfunc main() {\n\tvar s [][]int\n\tfor {\n\t\ts = append(s, make([]int, 1<<20))\n\t}\n}\n";
    let o = run(src, &config("1.22", 1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "fatal error: runtime: out of memory\n"
    );
}

/// The top frame reports the statement that panicked or blocked, not the
/// next one; callers report the line of their call.
#[test]
fn traceback_lines_are_the_executing_statements() {
    let panics = "package main\n\nfunc f(n int) {\n\tif n < 0 {\n\t\tpanic(\"neg\")\n\t}\n\tprintln(n)\n}\n\nfunc main() {\n\tf(-1)\n\tprintln()\n}\n";
    let o = run(panics, &config("1.22", 1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("main.f(...)\n\t./prog.go:5\n"), "{err}");
    assert!(err.contains("main.main()\n\t./prog.go:11\n"), "{err}");
    let blocks = "package main\n\nfunc main() {\n\tc := make(chan int)\n\tc <- 1\n\tprintln()\n}\n";
    let o = run(blocks, &config("1.22", 1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.ends_with("main.main()\n\t./prog.go:5\n"), "{err}");
}

/// A goroutine's fixed part stays small (the 100,000-goroutine benchmark).
#[cfg(target_pointer_width = "64")]
#[test]
fn goroutine_layout_is_compact() {
    assert!(std::mem::size_of::<super::Goroutine>() <= 136);
}

/// With several processors, seeds give different orders, each a legal one,
/// and the same seed the same run; with one processor every seed gives Go's
/// GOMAXPROCS=1 order.
#[test]
fn go_policy_orders_vary_with_the_seed_only_on_several_processors() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfor i := 1; i <= 3; i++ {\n\t\tgo func() {\n\t\t\tfmt.Println(i)\n\t\t}()\n\t}\n\ttime.Sleep(10 * time.Millisecond)\n}\n";
    let mut seen = std::collections::BTreeSet::new();
    for seed in 1..=40 {
        let mut c = config("1.22", 1);
        c.seed = seed;
        assert_eq!(run(src, &c).stdout, b"3\n1\n2\n");
        c.procs = 2;
        let out = run(src, &c).stdout;
        assert_eq!(run(src, &c).stdout, out);
        let mut lines: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
        lines.sort();
        assert_eq!(lines, [&b""[..], b"1", b"2", b"3"]);
        seen.insert(out);
    }
    assert!(seen.len() >= 2, "{seen:?}");
}

/// What a goroutine costs (ARCHITECTURE.md and BENCHMARKS.md quote these):
/// 100,000 goroutines must fit in 40 MB.
#[test]
fn goroutine_sizes() {
    use std::mem::size_of;
    assert_eq!(size_of::<Value>(), 32);
    assert!(size_of::<super::Goroutine>() <= 88);
    assert_eq!(size_of::<super::Frame>(), 32);
    assert_eq!(size_of::<super::value::Closure>(), 40);
    assert_eq!(size_of::<super::chan::Waiter>(), 24);
}

/// A frame's defers run newest first, and dropping a long list does not
/// recurse.
#[test]
fn defers_list() {
    use super::{Deferred, Defers};
    let d = |n| Deferred {
        f: Value::Int(n),
        args: Box::new([]),
        line: 0,
    };
    let mut l = Defers::NONE;
    assert!(l.is_empty());
    l.push(d(1));
    l.push(d(2));
    let copy = l.clone();
    assert!(matches!(
        l.pop(),
        Some(Deferred {
            f: Value::Int(2),
            ..
        })
    ));
    assert!(matches!(
        l.pop(),
        Some(Deferred {
            f: Value::Int(1),
            ..
        })
    ));
    assert!(l.pop().is_none());
    let mut copy = copy;
    assert!(matches!(
        copy.pop(),
        Some(Deferred {
            f: Value::Int(2),
            ..
        })
    ));
    let mut long = Defers::NONE;
    for i in 0..1_000_000 {
        long.push(d(i));
    }
    drop(long);
}

#[test]
fn a_long_run_keeps_its_first_events_and_counts_the_rest() {
    // Each round trip blocks and wakes both goroutines: tens of thousands of events.
    const PINGPONG: &str = "package main\n\nfunc main() {\n\tping, pong := make(chan int), make(chan int)\n\tgo func() {\n\t\tfor v := range ping {\n\t\t\tpong <- v\n\t\t}\n\t}()\n\tfor i := 0; i < 20000; i++ {\n\t\tping <- i\n\t\t<-pong\n\t}\n}\n";
    let mut s = Session::start(PINGPONG, &config("1.22", 1))
        .map_err(|o| o.exit_code)
        .unwrap();
    while s.run(100_000) == Status::Budget {}
    assert_eq!(s.events().len(), super::sched::MAX_EVENTS);
    assert!(s.event_count() > 2 * super::sched::MAX_EVENTS as u64);
}

#[test]
fn a_host_reading_output_between_slices_misses_nothing() {
    // One goroutine printing at one virtual time: its writes would all join one chunk.
    const PRINTER: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 500; i++ {\n\t\tfmt.Println(\"line\", i)\n\t}\n}\n";
    let mut s = Session::start(PRINTER, &config("1.22", 1))
        .map_err(|o| o.exit_code)
        .unwrap();
    let (mut seen, mut text) = (0, Vec::new());
    loop {
        let status = s.run(50);
        for chunk in s.read_output(seen) {
            text.extend_from_slice(&chunk.text);
            seen += 1;
        }
        if status != Status::Budget {
            break;
        }
    }
    assert_eq!(text, crate::run(PRINTER, &config("1.22", 1)).stdout);
    assert!(seen > 1, "read in several pieces");
    assert!(s.output().len() <= 1, "read chunks are dropped");
    assert!(s.outcome().stdout.is_empty(), "the host holds the output");
}
