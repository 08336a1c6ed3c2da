//! VM benchmarks: each Go program runs through the whole pipeline
//! (parse, check, compile, run) and the time of the run is printed.
//! With `GOPLAY_BENCH_GO=/path/to/go` the same program is also built and
//! run with real Go, and the ratio is printed.
//!
//! cargo bench -p goplay --bench vm [-- NAME]

use std::time::{Duration, Instant};

use goplay::driver::{RunConfig, Session};
use goplay::vm::Status;

const PROGRAMS: &[(&str, &str)] = &[
    (
        "fib30",
        r#"package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { fmt.Println(fib(30)) }
"#,
    ),
    (
        "loop1e7",
        r#"package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += i ^ (i >> 3)
	}
	fmt.Println(sum)
}
"#,
    ),
    (
        "strings",
        r#"package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 200000; i++ {
		sb.WriteString("ab")
		sb.WriteByte('c')
	}
	s := ""
	for i := 0; i < 2000; i++ {
		s += "x"
	}
	fmt.Println(sb.Len(), len(s))
}
"#,
    ),
    (
        "map1e6",
        r#"package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 500000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 500000; i++ {
		if _, ok := m[i*3]; ok {
			hits++
		}
	}
	fmt.Println(len(m), hits)
}
"#,
    ),
    (
        "sort1e6",
        r#"package main

import (
	"fmt"
	"sort"
)

func main() {
	a := make([]int, 1000000)
	x := 12345
	for i := range a {
		x = (x*1103515245 + 12345) % 2147483648
		a[i] = x
	}
	sort.Ints(a)
	fmt.Println(a[0] <= a[1], a[len(a)/2] <= a[len(a)-1])
}
"#,
    ),
    (
        "goroutines1e5",
        r#"package main

import "fmt"

func main() {
	ch := make(chan int)
	const n = 100000
	for i := 0; i < n; i++ {
		go func(v int) { ch <- v }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println(sum)
}
"#,
    ),
    (
        "waitgroup1e5",
        r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
}
"#,
    ),
    (
        "switch1e6",
        r#"package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 500000; i++ {
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 500000; i++ {
		runtime.Gosched()
	}
	<-done
	fmt.Println("switched")
}
"#,
    ),
    (
        "pingpong1e6",
        r#"package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 1000000; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	fmt.Println(n)
}
"#,
    ),
];

/// CPU time of this thread (the machine is shared; wall time is noisy).
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

fn run_goplay(src: &str) -> (Duration, String) {
    let config = RunConfig::default();
    let mut s = match Session::start(src, &config) {
        Ok(s) => s,
        Err(o) => {
            return (
                Duration::ZERO,
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        }
    };
    let (t, c) = (Instant::now(), cpu_time());
    while let Status::Budget = s.run(1 << 22) {}
    let d = match (c, cpu_time()) {
        (Some(a), Some(b)) => b - a,
        _ => t.elapsed(),
    };
    let o = s.outcome();
    (
        d,
        String::from_utf8_lossy(&o.stdout).trim().to_string() + &String::from_utf8_lossy(&o.stderr),
    )
}

/// Builds and runs `src` with real Go; the run time (best of 3).
fn run_go(go: &str, name: &str, src: &str) -> Option<Duration> {
    let dir = std::env::temp_dir().join(format!("goplay-bench-{name}"));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("prog.go"), src).ok()?;
    std::fs::write(dir.join("go.mod"), "module prog\n\ngo 1.22\n").ok()?;
    let ok = std::process::Command::new(go)
        .args(["build", "-o", "prog.bin", "."])
        .current_dir(&dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    // User+system CPU time of the child, from /proc after it exits is not
    // available portably; use wall time, best of three.
    (0..3)
        .filter_map(|_| {
            let t = Instant::now();
            std::process::Command::new(dir.join("prog.bin"))
                .env("GOMAXPROCS", "1")
                .output()
                .ok()?;
            Some(t.elapsed())
        })
        .min()
}

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let go = std::env::var("GOPLAY_BENCH_GO").ok();
    println!(
        "{:<16} {:>10} {:>10} {:>7}  output",
        "benchmark", "goplay", "go", "ratio"
    );
    for (name, src) in PROGRAMS {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let (d, out) = (0..3)
            .map(|_| run_goplay(src))
            .min_by_key(|r| r.0)
            .unwrap_or_default();
        let native = go.as_deref().and_then(|g| run_go(g, name, src));
        let (gs, ratio) = match native {
            Some(n) => (
                format!("{:.3}s", n.as_secs_f64()),
                format!("{:.1}x", d.as_secs_f64() / n.as_secs_f64()),
            ),
            None => ("-".into(), "-".into()),
        };
        println!(
            "{:<16} {:>9.3}s {:>10} {:>7}  {}",
            name,
            d.as_secs_f64(),
            gs,
            ratio,
            out.lines().next().unwrap_or("")
        );
    }
}
