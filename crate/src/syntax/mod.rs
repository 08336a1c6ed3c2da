//! Lexer, parser and AST: source text to a syntax tree with byte spans.
//!
//! The scanner and parser are ports of gc's (cmd/compile/internal/syntax), so
//! syntax errors, their positions and gc's error recovery (which decides the
//! follow-on errors) match `go build` exactly; `testdata/` holds programs with
//! the output of real Go, recorded by `testdata/record.sh`.
//!
//! How the driver uses this module to print what `go build` prints:
//! 1. [`header_error`]: if the package clause or imports do not parse, go build
//!    reports go/parser's first error itself, as `prog.go:L:C: msg` (no `./`, no
//!    `# prog` line), and stops. Nothing else is printed. Next, still before the
//!    compiler runs, go build resolves the imports (`file.imports`): an unknown
//!    path is reported then, even if the file has syntax errors further down.
//! 2. [`parse_file`] / [`parse_bytes`]: the tree and the diagnostics in gc's
//!    report order, already filtered as gc filters them (one syntax error per
//!    line; a repeated other error on the same line dropped).
//! 3. If [`has_syntax_errors`] (a message starting with `syntax error`), gc stops:
//!    print the first 10 diagnostics sorted by position and, when there are 10 or
//!    more, `./prog.go:L:C: too many errors` at the position of the 10th.
//!    Otherwise the parse diagnostics (lexical errors such as `newline in string`,
//!    label errors, `method has no receiver`, ...) are reported before the
//!    checker's, and the checker runs on the tree anyway, as gc's does.
//!
//! Notes for the checker (see also [`ast`]):
//! - Labels and branch statements are checked here (gc's parser does it), so the
//!   checker must not report them again (types2 runs with IgnoreBranchErrors).
//! - Parentheses in expressions are kept (`ExprKind::Paren`), as gc keeps them;
//!   in type position they are dropped. [`printer::expr_string`] prints an
//!   expression the way gc's messages do (`syntax.String`, short form).
//! - `x.(type)` outside a type switch header is `TypeAssert { typ: None }`; the
//!   checker reports it (`use of .(type) outside type switch`).
//! - A literal whose `bad` flag is set was reported by the lexer; do not report it
//!   again. Identifiers holding invalid characters were reported too (gc's checker
//!   does not say `undefined:` for names that are not valid identifiers).
//! - Nesting depth is bounded by [`parser::MAX_DEPTH`], so recursive walks over
//!   the tree are bounded as well.

pub mod ast;
mod branches;
mod header;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;
pub mod walk;

use crate::diag::Diagnostic;
use crate::source::{LineIndex, Span};

/// Parses a Go source file named `prog.go`.
pub fn parse_file(src: &str) -> (ast::File, Vec<Diagnostic>) {
    parse_bytes(src.as_bytes(), "prog.go")
}

/// Parses Go source given as raw bytes (it may hold invalid UTF-8, which gc
/// reports). `file_name` appears only inside messages that cite another position.
pub fn parse_bytes(src: &[u8], file_name: &str) -> (ast::File, Vec<Diagnostic>) {
    if src.len() >= u32::MAX as usize {
        // Positions are u32 offsets; nothing that large is a snippet.
        let mut p = parser::Parser::new(&[], file_name);
        let file = p.file();
        let d = Diagnostic::error(Span::at(0), "source file too large");
        return (file, vec![d]);
    }
    let mut p = parser::Parser::new(src, file_name);
    let file = p.file();
    let diags = filter_errors(src, std::mem::take(&mut p.errors));
    (file, diags)
}

/// The error `go build` itself reports, before it runs the compiler, when the
/// file's package clause or imports do not parse (e.g. `expected 'package', found
/// 'func'`), rendered as go build prints it: `prog.go:L:C: msg` (no `./`; go
/// build prints no `# prog` line then), without a trailing newline. go build
/// prints only this line and exits with status 1.
pub fn header_error(src: &[u8]) -> Option<Diagnostic> {
    header::header_error(src).map(|(pos, msg)| Diagnostic::go_command(Span::at(pos), msg))
}

/// Whether gc would stop after parsing (it does so only for `syntax error`s).
pub fn has_syntax_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| is_syntax_error(&d.message))
}

fn is_syntax_error(msg: &str) -> bool {
    msg.starts_with("syntax error")
}

/// gc's error filter (base.ErrorfAt): at most one syntax error per line, and no
/// repeat of the same other error on the line of the previous one.
fn filter_errors(src: &[u8], raw: Vec<parser::RawError>) -> Vec<Diagnostic> {
    if raw.is_empty() {
        return Vec::new();
    }
    let lines = LineIndex::from_bytes(src);
    let mut last_syntax: Option<u32> = None;
    let mut last_other: Option<(u32, String)> = None;
    let mut out = Vec::new();
    for (pos, msg) in raw {
        let line = lines.line(pos);
        if is_syntax_error(&msg) {
            if last_syntax == Some(line) {
                continue;
            }
            last_syntax = Some(line);
        } else {
            if let Some((l, m)) = &last_other {
                if *l == line && *m == msg {
                    continue;
                }
            }
            last_other = Some((line, msg.clone()));
        }
        out.push(Diagnostic::error(Span::at(pos), msg));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ast::*;
    use super::*;

    /// A generated, realistic 1,000-line program (for speed measurements).
    fn thousand_line_program() -> String {
        let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n");
        let mut n = 0;
        while s.lines().count() < 990 {
            s.push_str(&format!(
                "type T{n} struct {{\n\ta, b int\n\tname string\n\tmu sync.Mutex\n}}\n\n\
                 func (t *T{n}) Step{n}(xs []int, ch chan<- int) (sum int, err error) {{\n\
                 \tt.mu.Lock()\n\tdefer t.mu.Unlock()\n\
                 \tfor i, x := range xs {{\n\t\tif x%2 == 0 && i > 0 {{\n\t\t\tsum += x * t.a\n\t\t}} else {{\n\t\t\tsum -= x << 1\n\t\t}}\n\t}}\n\
                 \tswitch {{\n\tcase sum > 100:\n\t\tch <- sum\n\tdefault:\n\t\tgo func(v int) {{ ch <- v }}(sum)\n\t}}\n\
                 \tm := map[string][]int{{\"a\": {{1, 2}}, \"b\": nil}}\n\
                 \tfmt.Println(t.name, len(m), fmt.Sprintf(\"%d-%v\", sum, m[\"a\"]))\n\
                 \treturn sum, nil\n}}\n\n"
            ));
            n += 1;
        }
        s
    }

    /// What goplay reports for `src`, rendered as `go build` prints it.
    fn goplay_output(src: &[u8]) -> String {
        let diags = match header_error(src) {
            Some(d) => vec![d],
            None => parse_bytes(src, "prog.go").1,
        };
        crate::diag::render_errors("prog.go", src, &diags)
    }

    /// Compares every DIR/NAME.go with NAME.go.err (recorded from real Go). With
    /// `parse_only`, programs that gc got past the parser with are checked only
    /// for our errors being among gc's (gc's checker adds its own errors there).
    fn compare_dir(dir: &std::path::Path, parse_only: bool) -> (usize, Vec<String>) {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        crate::sort::sort(&mut names);
        let mut failures = Vec::new();
        for path in &names {
            let src = std::fs::read(path).unwrap();
            let Ok(want) = std::fs::read_to_string(path.with_extension("go.err")) else {
                continue;
            };
            let got = goplay_output(&src);
            let stopped_early = want.contains(": syntax error: ") || want.starts_with("prog.go:");
            let ok = if parse_only && !stopped_early {
                got.lines().all(|l| want.lines().any(|w| w == l))
            } else {
                got == want
            };
            if !ok {
                failures.push(format!(
                    "{}:\n--- want\n{}--- got\n{}",
                    path.file_name().unwrap().to_string_lossy(),
                    want,
                    got
                ));
            }
        }
        (names.len(), failures)
    }

    /// Every testdata/NAME.go against NAME.go.err, recorded from real Go by
    /// testdata/record.sh.
    #[test]
    fn errors_match_gc() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/syntax/testdata");
        let (n, failures) = compare_dir(&dir, false);
        assert!(n > 100, "testdata missing");
        assert!(
            failures.is_empty(),
            "{} of {} differ:\n{}",
            failures.len(),
            n,
            failures.join("\n")
        );
    }

    /// Differential testing against real Go on generated programs (see
    /// tests/fuzz_frontend.rs, GOPLAY_FUZZ_DUMP).
    #[test]
    #[ignore]
    fn differential() {
        let dir = std::env::var("GOPLAY_DIFF_DIR").expect("GOPLAY_DIFF_DIR");
        let (n, failures) = compare_dir(std::path::Path::new(&dir), true);
        eprintln!("{}", failures.join("\n"));
        assert!(failures.is_empty(), "{} of {} differ", failures.len(), n);
    }

    /// Not a timed test: prints the parse time of a 1,000-line program (the best
    /// of many runs, as the machine may be busy).
    /// `cargo test --release --lib syntax::tests::parse_speed -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn parse_speed() {
        let src = thousand_line_program();
        let mut best = std::time::Duration::MAX;
        for _ in 0..500 {
            let start = std::time::Instant::now();
            let (file, diags) = parse_file(&src);
            best = best.min(start.elapsed());
            assert!(diags.is_empty() && !file.decls.is_empty());
        }
        eprintln!("parse: {} lines in {:?}", src.lines().count(), best);
    }

    #[test]
    fn hello_world() {
        let (file, diags) = parse_file(
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, 世界\")\n}\n",
        );
        assert!(diags.is_empty(), "{:?}", diags);
        assert_eq!(&*file.package.name, "main");
        assert_eq!(file.imports.len(), 1);
        assert_eq!(&*file.imports[0].path.bytes, b"fmt");
        let Decl::Func(f) = &file.decls[0] else {
            panic!("not a func")
        };
        assert_eq!(&*f.name.name, "main");
        let body = f.body.as_ref().unwrap();
        assert_eq!(body.stmts.len(), 1);
        let StmtKind::Expr(call) = &body.stmts[0].kind else {
            panic!("not an expression statement")
        };
        let ExprKind::Call { fun, args, .. } = &call.kind else {
            panic!("not a call")
        };
        assert_eq!(printer::expr_string(fun), "fmt.Println");
        let ExprKind::BasicLit(lit) = &args[0].kind else {
            panic!("not a literal")
        };
        assert_eq!(&*lit.bytes, "Hello, 世界".as_bytes());
    }
}
