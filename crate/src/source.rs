//! Source text positions: byte spans and their line:column form.
//!
//! Columns are 1-based byte offsets within the line, as gc counts them.

/// A half-open byte range `lo..hi` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// An empty span at `pos`.
    pub fn at(pos: u32) -> Span {
        Span { lo: pos, hi: pos }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// A 1-based line and byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Maps byte offsets to line:column.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex::from_bytes(text.as_bytes())
    }

    /// For source that may not be valid UTF-8 (lines are still found by `\n`).
    pub fn from_bytes(text: &[u8]) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, &b) in text.iter().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        LineCol {
            line: line as u32 + 1,
            col: offset - self.line_starts[line] + 1,
        }
    }

    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).line
    }
}

/// Line and column as go/token computes them for the go command's own errors:
/// a leading BOM is not part of the text, and a newline that ends the text does
/// not start a new line (the end of `a\n` is 1:3).
pub fn go_token_line_col(bytes: &[u8], offset: u32) -> LineCol {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let pos = (offset as usize).clamp(bom, bytes.len());
    let (mut line, mut start) = (1, bom);
    for (i, &b) in bytes.iter().enumerate().take(pos).skip(bom) {
        if b == b'\n' && i + 1 < bytes.len() {
            line += 1;
            start = i + 1;
        }
    }
    LineCol {
        line,
        col: (pos - start + 1) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_bytes() {
        let idx = LineIndex::new("ab\n世x\n");
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(3), LineCol { line: 2, col: 1 });
        assert_eq!(idx.line_col(6), LineCol { line: 2, col: 4 });
        assert_eq!(idx.line_col(8), LineCol { line: 3, col: 1 });
    }

    #[test]
    fn go_token_keeps_a_final_newline_on_its_line() {
        assert_eq!(go_token_line_col(b"a\n", 2), LineCol { line: 1, col: 3 });
        assert_eq!(go_token_line_col(b"a\nb", 2), LineCol { line: 2, col: 1 });
        assert_eq!(
            go_token_line_col("\u{feff}x".as_bytes(), 4),
            LineCol { line: 1, col: 2 }
        );
    }
}
