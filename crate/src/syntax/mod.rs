//! Lexer, parser and AST: source text to a syntax tree with byte spans.
//!
//! [`parse_file`] returns the tree and the diagnostics gc's parser reports, in gc's
//! words and positions, filtered as gc filters them (one syntax error per line).
//! Only messages starting with `syntax error` stop gc before type checking; the
//! others (lexical errors, label errors, `method has no receiver`, ...) are
//! reported together with the checker's errors. See [`has_syntax_errors`].

pub mod ast;
mod branches;
mod header;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

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
/// 'func'`). go build then prints only this line, as `prog.go:L:C: msg` (no `./`,
/// no `# prog` header), and exits with status 1.
pub fn header_error(src: &[u8]) -> Option<Diagnostic> {
    header::header_error(src).map(|(pos, msg)| Diagnostic::error(Span::at(pos), msg))
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

    /// Renders errors as `go build` prints them when it stops after parsing: the
    /// first 10 in report order, sorted by position, then `too many errors` at the
    /// position of the 10th.
    fn render_gc(src: &[u8], diags: &[Diagnostic]) -> String {
        let lines = LineIndex::from_bytes(src);
        let at = |d: &Diagnostic| {
            let lc = lines.line_col(d.span.lo);
            format!("./prog.go:{}:{}", lc.line, lc.col)
        };
        let mut shown: Vec<&Diagnostic> = diags.iter().take(crate::diag::MAX_ERRORS).collect();
        shown.sort_by_key(|d| d.span.lo);
        let mut out = String::new();
        let mut prev = String::new();
        for d in &shown {
            let line = format!("{}: {}\n", at(d), d.message);
            if line != prev {
                out.push_str(&line);
            }
            prev = line;
        }
        if diags.len() >= crate::diag::MAX_ERRORS {
            out.push_str(&format!(
                "{}: too many errors\n",
                at(&diags[crate::diag::MAX_ERRORS - 1])
            ));
        }
        out
    }

    /// Every testdata/NAME.go against NAME.go.err, recorded from real Go by
    /// testdata/record.sh.
    #[test]
    fn errors_match_gc() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/syntax/testdata");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        names.sort();
        let mut failures = Vec::new();
        for path in &names {
            let src = std::fs::read(path).unwrap();
            let want = std::fs::read_to_string(path.with_extension("go.err")).unwrap();
            let got = match header_error(&src) {
                Some(d) => {
                    let lc = LineIndex::from_bytes(&src).line_col(d.span.lo);
                    format!("prog.go:{}:{}: {}\n", lc.line, lc.col, d.message)
                }
                None => render_gc(&src, &parse_bytes(&src, "prog.go").1),
            };
            if got != want {
                failures.push(format!(
                    "{}:\n--- want\n{}--- got\n{}",
                    path.file_name().unwrap().to_string_lossy(),
                    want,
                    got
                ));
            }
        }
        assert!(names.len() > 50, "testdata missing");
        assert!(
            failures.is_empty(),
            "{} of {} differ:\n{}",
            failures.len(),
            names.len(),
            failures.join("\n")
        );
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
