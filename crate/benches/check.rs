//! Type-checking benchmark: a generated ~1,000-line program (structs,
//! methods, interfaces, generics, closures, goroutines, channels, maps)
//! checked repeatedly; prints ms per iteration.
//!
//!     cargo bench --bench check

use std::fmt::Write;
use std::time::Instant;

/// One "module" of about 50 lines; `n` makes names unique.
fn module(out: &mut String, n: usize) {
    let _ = write!(
        out,
        r#"
type Account{n} struct {{
	ID      int
	Owner   string
	Balance float64
	History []float64
	mu      sync.Mutex
}}

func (a *Account{n}) Deposit(v float64) error {{
	if v <= 0 {{
		return fmt.Errorf("invalid amount %v", v)
	}}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Balance += v
	a.History = append(a.History, v)
	return nil
}}

func (a *Account{n}) String() string {{
	return fmt.Sprintf("%d:%s:%.2f", a.ID, a.Owner, a.Balance)
}}

func Sum{n}[T int | float64](xs []T) T {{
	var s T
	for _, x := range xs {{
		s += x
	}}
	return s
}}

func worker{n}(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {{
	defer wg.Done()
	for j := range jobs {{
		switch {{
		case j%2 == 0:
			results <- strings.Repeat("x", j%5) + strconv.Itoa(id)
		default:
			time.Sleep(time.Duration(j) * time.Millisecond)
			results <- fmt.Sprint(j * id)
		}}
	}}
}}

func run{n}() map[string]int {{
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := range 3 {{
		wg.Add(1)
		go worker{n}(i, jobs, results, &wg)
	}}
	for i := 0; i < 9; i++ {{
		jobs <- i
	}}
	close(jobs)
	wg.Wait()
	close(results)
	counts := map[string]int{{}}
	for r := range results {{
		counts[r]++
	}}
	acc := &Account{n}{{ID: {n}, Owner: "bob"}}
	if err := acc.Deposit(Sum{n}([]float64{{1.5, 2.5}})); err != nil {{
		fmt.Println(err)
	}}
	var s fmt.Stringer = acc
	counts[s.String()] = len(acc.History)
	return counts
}}
"#
    );
}

fn program(lines: usize) -> String {
    let mut src = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n",
    );
    let mut n = 0;
    while src.lines().count() < lines - 10 {
        module(&mut src, n);
        n += 1;
    }
    src.push_str("\nfunc main() {\n");
    for i in 0..n {
        let _ = writeln!(src, "\tfmt.Println(run{i}())");
    }
    src.push_str("}\n");
    src
}

fn main() {
    let src = program(1000);
    let lines = src.lines().count();
    if let Err(d) = goplay::check::check_source(&src, goplay::GoVersion::NEWEST) {
        panic!("benchmark program does not check: {d:?}");
    }
    let iters = 200;
    let cpu0 = cpu_ns();
    let start = Instant::now();
    for _ in 0..iters {
        let r = goplay::check::check_source(&src, goplay::GoVersion::NEWEST);
        assert!(r.is_ok());
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / f64::from(iters);
    print!("check: {lines} lines, {per:.3} ms/iteration wall (parse + check)");
    match (cpu0, cpu_ns()) {
        (Some(a), Some(b)) => println!(
            ", {:.3} ms/iteration CPU",
            (b - a) as f64 / 1e6 / f64::from(iters)
        ),
        _ => println!(),
    }
}

/// CPU time of this thread in ns (Linux); wall time misleads on a busy machine.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
