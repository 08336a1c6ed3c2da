//! Compile-time diagnostics, printed as gc prints them.

use crate::source::{LineIndex, Span};

/// How many errors gc prints before giving up with `too many errors`.
pub const MAX_ERRORS: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// A `go vet` finding (e.g. loopclosure); never stops a build.
    Warning,
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

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            severity: Severity::Warning,
        }
    }
}

/// Renders errors as `go build` does: `./prog.go:L:C: msg` lines, sorted by
/// position, at most [`MAX_ERRORS`] of them, then `too many errors`.
pub fn render_errors(file_name: &str, src: &str, diags: &[Diagnostic]) -> String {
    let index = LineIndex::new(src);
    let mut errors: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    errors.sort_by_key(|d| d.span.lo);
    let mut out = String::new();
    for (n, d) in errors.iter().enumerate() {
        if n == MAX_ERRORS {
            out.push_str("too many errors\n");
            break;
        }
        let lc = index.line_col(d.span.lo);
        out.push_str(&format!(
            "./{}:{}:{}: {}\n",
            file_name, lc.line, lc.col, d.message
        ));
    }
    out
}
