//! In-tree fuzzing of the front end: random bytes and mutated valid programs must
//! never make it panic or hang.
//!
//! `cargo test --test fuzz_frontend` runs a quick, deterministic round. For a long
//! run set `GOPLAY_FUZZ_SECONDS` (and optionally `GOPLAY_FUZZ_SEED`), e.g.
//!
//!     GOPLAY_FUZZ_SECONDS=600 cargo test --release --test fuzz_frontend -- --nocapture
//!
//! A failing input is printed (as a Rust byte string) before the test fails.
//! `GOPLAY_FUZZ_SYNTAX_ONLY=1` leaves the checker out.
//!
//! `GOPLAY_FUZZ_DUMP=dir` instead writes `GOPLAY_FUZZ_DUMP_COUNT` (default 300)
//! mutated programs to `dir/case_N.go`, for differential testing against real Go:
//! record them with `src/syntax/testdata/record.sh dir/*.go`, then run
//! `GOPLAY_DIFF_DIR=dir cargo test --lib syntax::tests::differential -- --ignored`.

use std::panic;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use goplay::syntax;

/// Everything the front end does with one input. Later stages (the checker) are
/// added here, in this one place.
fn front_end(src: &[u8]) {
    let _ = syntax::header_error(src);
    let (file, diags) = syntax::parse_bytes(src, "prog.go");
    assert!(
        diags.iter().all(|d| d.span.lo as usize <= src.len()),
        "diagnostic position out of range"
    );
    assert!(file.node_count < u32::MAX);
    // The checker (only for inputs gc would type-check: text that parses).
    if syntax_only() {
        return;
    }
    if let Ok(text) = std::str::from_utf8(src) {
        let _ = goplay::check::check_source(text, goplay::GoVersion::NEWEST);
    }
}

/// `GOPLAY_FUZZ_SYNTAX_ONLY=1` fuzzes the lexer and parser alone.
fn syntax_only() -> bool {
    static ONLY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ONLY.get_or_init(|| std::env::var_os("GOPLAY_FUZZ_SYNTAX_ONLY").is_some())
}

/// splitmix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Valid (or nearly valid) Go programs to mutate: the syntax test programs and the
/// corpus, plus a built-in one so the harness works on its own.
fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![BUILTIN_SEED.as_bytes().to_vec()];
    let mut add_dir = |dir: &Path, nested: bool| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            let file = if nested { p.join("prog.go") } else { p };
            if file.extension().is_some_and(|x| x == "go") {
                if let Ok(b) = std::fs::read(&file) {
                    out.push(b);
                }
            }
        }
    };
    add_dir(&root.join("src/syntax/testdata"), false);
    add_dir(&root.join("tests/programs"), true);
    add_dir(&root.join("src/stdlib"), false);
    out
}

const BUILTIN_SEED: &str = r#"package main

import (
	"fmt"
	"sync"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		switch {
		case j%2 == 0:
			results <- j * 2
		default:
			results <- -j
		}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := range 5 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	m := map[string][]Pair[string, int]{"a": {{"x", 1}}}
	var v any = m
	if p, ok := v.(map[string][]Pair[string, int]); ok {
		fmt.Println(len(p), p["a"][0].Key)
	}
	select {
	case r, ok := <-results:
		fmt.Println(r, ok)
	default:
	}
	f := func(xs ...int) (s int) {
		for _, x := range xs {
			s += x
		}
		return
	}
	fmt.Printf("%d %v\n", f(1, 2, 3), [...]string{2: "c"})
}
"#;

/// Tokens and fragments worth inserting: they drive the parser into rarer paths.
const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    "...",
    ":",
    ":=",
    "=",
    "<-",
    "*",
    "&",
    "|",
    "~",
    "!",
    "\n",
    "func",
    "go",
    "defer",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "chan",
    "map",
    "struct",
    "interface",
    "type",
    "var",
    "const",
    "import",
    "package",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "x",
    "_",
    "T[int]",
    "\"s\"",
    "`r`",
    "'c'",
    "0x",
    "1e",
    "1_",
    "'",
    "\"",
    "`",
    "/*",
    "//",
    "@",
    "\u{FEFF}",
    "\0",
    "\u{263A}",
    "\u{4e16}",
];

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    const ALPHABET: &[u8] = b" \n\t(){}[];,.:=+-*/<>!&|^~\"'`_abcdefgxyz019";
    let len = rng.below(200);
    (0..len)
        .map(|_| {
            if rng.below(4) == 0 {
                rng.next() as u8
            } else {
                // mostly printable ASCII, so that tokens form
                *rng.pick(ALPHABET)
            }
        })
        .collect()
}

/// Byte ranges of the tokens of `src` (via the real lexer).
fn token_spans(src: &[u8]) -> Vec<(usize, usize)> {
    let mut lx = syntax::lexer::Lexer::new(src);
    let mut spans = Vec::new();
    loop {
        lx.next();
        if lx.tok == syntax::token::Tok::Eof || spans.len() > 100_000 {
            break;
        }
        spans.push((lx.pos as usize, (lx.end as usize).max(lx.pos as usize)));
    }
    spans
}

fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut s = seed.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let n = s.len();
        match rng.below(10) {
            0 => {
                // flip a byte
                if n > 0 {
                    let i = rng.below(n);
                    s[i] ^= 1 << rng.below(8);
                }
            }
            1 => {
                // insert a random byte
                let i = rng.below(n + 1);
                s.insert(i, rng.next() as u8);
            }
            2 => {
                // truncate
                s.truncate(rng.below(n + 1));
            }
            3 => {
                // delete a byte range
                let i = rng.below(n + 1);
                let j = (i + rng.below(20)).min(n);
                s.drain(i..j);
            }
            4 | 5 => {
                // delete or duplicate a token
                let toks = token_spans(&s);
                if !toks.is_empty() {
                    let (a, b) = *rng.pick(&toks);
                    if rng.below(2) == 0 {
                        s.drain(a..b);
                    } else {
                        let t = s[a..b].to_vec();
                        s.splice(b..b, t);
                    }
                }
            }
            6 => {
                // swap two tokens
                let toks = token_spans(&s);
                if toks.len() >= 2 {
                    let (mut x, mut y) = (*rng.pick(&toks), *rng.pick(&toks));
                    if x.0 > y.0 {
                        std::mem::swap(&mut x, &mut y);
                    }
                    if x.1 <= y.0 {
                        let tx = s[x.0..x.1].to_vec();
                        let ty = s[y.0..y.1].to_vec();
                        s.splice(y.0..y.1, tx);
                        s.splice(x.0..x.1, ty);
                    }
                }
            }
            7 | 8 => {
                // insert a fragment at a token boundary
                let toks = token_spans(&s);
                let at = if toks.is_empty() {
                    rng.below(n + 1)
                } else {
                    rng.pick(&toks).0
                };
                let frag = rng.pick(FRAGMENTS).as_bytes().to_vec();
                s.splice(at..at, frag);
            }
            _ => {
                // splice in a piece of another program
                if !other.is_empty() {
                    let i = rng.below(other.len());
                    let j = (i + rng.below(200)).min(other.len());
                    let at = rng.below(n + 1);
                    s.splice(at..at, other[i..j].to_vec());
                }
            }
        }
    }
    s
}

/// Runs cases until `budget` is used up (or `max_cases` ran); returns the count.
/// A watchdog aborts the process, printing the input, if one case takes too long.
fn fuzz(seed: u64, budget: Duration, max_cases: u64) -> u64 {
    let seeds = seeds();
    let mut rng = Rng(seed);
    let done = Arc::new(AtomicU64::new(0));
    let current: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
    let finished = Arc::new(AtomicU64::new(0));
    {
        let (done, current, finished) = (done.clone(), current.clone(), finished.clone());
        std::thread::spawn(move || {
            let mut last = u64::MAX;
            loop {
                std::thread::sleep(Duration::from_secs(10));
                if finished.load(Ordering::Relaxed) != 0 {
                    return;
                }
                let now = done.load(Ordering::Relaxed);
                if now == last {
                    let input = current.lock().map(|c| c.clone()).unwrap_or_default();
                    eprintln!("front end hangs (>10 s) on input:\n{}", bstr(&input));
                    std::process::exit(101);
                }
                last = now;
            }
        });
    }
    let start = Instant::now();
    let mut cases = 0u64;
    while cases < max_cases && start.elapsed() < budget {
        let input = if rng.below(8) == 0 {
            random_bytes(&mut rng)
        } else {
            let s = rng.pick(&seeds);
            let o = rng.pick(&seeds);
            mutate(&mut rng, s, o)
        };
        if let Ok(mut c) = current.lock() {
            c.clone_from(&input);
        }
        let result = panic::catch_unwind(|| front_end(&input));
        if result.is_err() {
            finished.store(1, Ordering::Relaxed);
            panic!("front end panicked on input:\n{}", bstr(&input));
        }
        cases += 1;
        done.store(cases, Ordering::Relaxed);
    }
    finished.store(1, Ordering::Relaxed);
    cases
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Shows an input as a Rust byte string literal.
fn bstr(b: &[u8]) -> String {
    format!("b\"{}\"", b.escape_ascii())
}

#[test]
fn front_end_survives_fuzzing() {
    let seed = std::env::var("GOPLAY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let (budget, max_cases) = match std::env::var("GOPLAY_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        Some(secs) => (Duration::from_secs(secs), u64::MAX),
        None => (Duration::from_secs(30), 20_000),
    };
    let start = Instant::now();
    let cases = fuzz(seed, budget, max_cases);
    eprintln!(
        "fuzz_frontend: {} cases in {:.1} s (seed {})",
        cases,
        start.elapsed().as_secs_f64(),
        seed
    );
    assert!(cases > 0);
}

#[test]
fn dump_mutants() {
    let Ok(dir) = std::env::var("GOPLAY_FUZZ_DUMP") else {
        return;
    };
    let count: usize = std::env::var("GOPLAY_FUZZ_DUMP_COUNT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let seed = std::env::var("GOPLAY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    // Larger programs, mutated after their imports: errors inside declarations
    // and function bodies are the interesting ones (the header has few forms).
    let seeds: Vec<Vec<u8>> = seeds()
        .into_iter()
        .filter(|s| s.starts_with(b"package") && s.split(|&b| b == b'\n').count() > 25)
        .collect();
    let mut rng = Rng(seed);
    std::fs::create_dir_all(&dir).expect("dump dir");
    let mut written = 0;
    while written < count {
        let s = rng.pick(&seeds);
        let o = rng.pick(&seeds);
        let body = find(s, b"\nfunc ")
            .or_else(|| find(s, b"\ntype "))
            .unwrap_or(0);
        let mut m = s[..body].to_vec();
        m.extend(mutate(&mut rng, &s[body..], o));
        // keep valid UTF-8 (the recording goes through text tools)
        if std::str::from_utf8(&m).is_err() || m.contains(&0) {
            continue;
        }
        let path = Path::new(&dir).join(format!("case_{:04}.go", written));
        std::fs::write(path, m).expect("write case");
        written += 1;
    }
}

/// The whole front end (header check, parser, checker) against real Go on
/// recorded programs: `GOPLAY_DIFF_DIR=dir cargo test --test fuzz_frontend
/// differential_full -- --ignored --nocapture` (see the dump mode above).
#[test]
#[ignore]
fn differential_full() {
    let dir = std::env::var("GOPLAY_DIFF_DIR").expect("GOPLAY_DIFF_DIR");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("GOPLAY_DIFF_DIR")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    let (mut n, mut differ) = (0, 0);
    for path in &names {
        let (Ok(src), Ok(want)) = (
            std::fs::read_to_string(path),
            std::fs::read_to_string(path.with_extension("go.err")),
        ) else {
            continue;
        };
        n += 1;
        let got = match goplay::check::check_source(&src, goplay::GoVersion::default()) {
            Ok(_) => String::new(),
            Err(d) => goplay::diag::render_errors("prog.go", src.as_bytes(), &d),
        };
        if got != want {
            differ += 1;
            eprintln!("{}:\n--- gc\n{}--- goplay\n{}", path.display(), want, got);
        }
    }
    eprintln!("{} of {} differ", differ, n);
}

#[test]
fn pathological_inputs() {
    let deep = |open: &str, mid: &str, close: &str, n: usize| {
        format!(
            "package p\nvar x = {}{}{}\n",
            open.repeat(n),
            mid,
            close.repeat(n)
        )
    };
    for src in [
        deep("(", "1", ")", 100_000),
        deep("[]", "int{}", "", 100_000),
        deep("-", "1", "", 100_000),
        deep("f(", "", ")", 100_000),
        deep("func() { _ = ", "1", " }", 20_000),
        deep("T{", "", "}", 100_000),
        deep("*", "p", "", 100_000),
        deep("<-", "c", "", 100_000),
        format!(
            "package p\nfunc f() {{ {} }}",
            "if x {} else ".repeat(50_000)
        ),
        format!("package p\nvar x = 1{}", " + 1".repeat(200_000)),
        format!("package p\nvar x = a{}", ".b".repeat(200_000)),
        format!("package p\nfunc f() {{ {} }}", "{".repeat(100_000)),
        "{".repeat(100_000),
        "package p;".to_string() + &")".repeat(100_000),
    ] {
        front_end(src.as_bytes());
    }
}
