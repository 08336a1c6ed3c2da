//! Compile-time diagnostics, printed as gc prints them.

use crate::source::{go_token_line_col, LineIndex, Span};

/// How many errors gc prints before giving up with `too many errors`.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// A `go vet` finding (e.g. loopclosure); never stops a build.
    Warning,
    /// An error the go command reports before compiling (bad package
    /// clause or imports, unknown packages): printed alone, as
    /// `prog.go:L:C: msg` without `./`.
    GoCommand,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where gc reports it: the start of this span.
    pub span: Span,
    pub message: String,
    pub severity: Severity,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            severity: Severity::Error,
        }
    }

    pub fn go_command(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            severity: Severity::GoCommand,
        }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            severity: Severity::Warning,
        }
    }
}

/// Renders errors as `go build` does. `diags` are in discovery order: gc
/// stops at the 10th error it finds, prints those sorted by position, then
/// `too many errors` at the 10th one's position.
/// `src` is bytes: a program need not be valid UTF-8, and columns count bytes.
pub fn render_errors(file_name: &str, src: &[u8], diags: &[Diagnostic]) -> String {
    let index = LineIndex::from_bytes(src);
    let go_cmd: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::GoCommand)
        .collect();
    if !go_cmd.is_empty() {
        let mut out = String::new();
        for d in go_cmd {
            let lc = go_token_line_col(src, d.span.lo);
            out.push_str(&format!(
                "{}:{}:{}: {}\n",
                file_name, lc.line, lc.col, d.message
            ));
        }
        return out;
    }
    let errors: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let mut shown: Vec<&Diagnostic> = errors.iter().take(MAX_ERRORS).copied().collect();
    let last = shown.last().map(|d| d.span.lo);
    crate::sort::sort_by_key(&mut shown, |d| d.span.lo);
    shown.dedup_by(|a, b| a.span.lo == b.span.lo && a.message == b.message);
    let mut out = String::new();
    let line = |pos: u32, msg: &str| {
        let lc = index.line_col(pos);
        format!("./{}:{}:{}: {}\n", file_name, lc.line, lc.col, msg)
    };
    for d in &shown {
        out.push_str(&line(d.span.lo, &d.message));
    }
    if errors.len() >= MAX_ERRORS {
        out.push_str(&line(last.unwrap_or(0), "too many errors"));
    }
    out
}
