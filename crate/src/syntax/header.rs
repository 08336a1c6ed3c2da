//! The check `go build` makes before it runs the compiler: it reads the file's
//! header (package clause and imports) with go/build's import reader and parses it
//! with go/parser. If that fails, go build prints only go/parser's first error, as
//! `prog.go:L:C: msg` (no `./`, no `# prog` line), and gc never runs. A missing
//! package clause is the common case (`expected 'package', found 'func'`).

use super::ast::LitKind;
use super::lexer::Lexer;
use super::token::Tok;

/// go/parser's first error in the header: its byte offset in `src` and the
/// message. diag.rs renders it with go/token's positions.
pub fn header_error(src: &[u8]) -> Option<(u32, String)> {
    // go/build drops a leading BOM before go/parser sees the text
    let text = src.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(src);
    let bom = (src.len() - text.len()) as u32;
    let header_len = header_len(text)?;
    let header = text.get(..header_len)?;
    let (pos, msg) = HeaderParser::new(header).parse()?;
    Some((pos + bom, msg))
}

/// How many bytes go/build hands to go/parser: up to the end of the imports, or
/// the whole file if the import reader found a syntax error. `None` when go/build
/// would fail with a read error instead (a NUL byte), which we cannot mimic.
fn header_len(src: &[u8]) -> Option<usize> {
    let mut r = ImportReader {
        src,
        n: 0,
        peek: 0,
        err: None,
        eof: false,
    };
    r.read_keyword(b"package");
    r.read_ident();
    while r.peek_byte(true) == b'i' {
        r.read_keyword(b"import");
        if r.peek_byte(true) == b'(' {
            r.next_byte(false);
            while r.peek_byte(true) != b')' && r.err.is_none() {
                r.read_import();
            }
            r.next_byte(false);
        } else {
            r.read_import();
        }
    }
    match r.err {
        Some(ReadErr::Nul) => None,
        Some(ReadErr::Syntax) => Some(src.len()),
        // the last byte read told the reader it was done; it is not part of the header
        None if !r.eof => Some(r.n.saturating_sub(1)),
        None => Some(r.n),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ReadErr {
    Syntax,
    Nul,
}

/// A port of go/build's importReader (read.go), which scans bytes, not tokens.
struct ImportReader<'a> {
    src: &'a [u8],
    /// Bytes read so far.
    n: usize,
    /// A byte read but not consumed (0 = none).
    peek: u8,
    err: Option<ReadErr>,
    eof: bool,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl ImportReader<'_> {
    fn syntax_error(&mut self) {
        if self.err.is_none() {
            self.err = Some(ReadErr::Syntax);
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.src.get(self.n) {
            Some(&c) => {
                self.n += 1;
                if c == 0 && self.err.is_none() {
                    self.err = Some(ReadErr::Nul);
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err.is_some() {
            return 0;
        }
        let mut c = self.peek;
        if c == 0 {
            c = self.read_byte();
        }
        while self.err.is_none() && !self.eof {
            if skip_space {
                match c {
                    b' ' | b'\x0C' | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.err.is_none() && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0;
                            while (c != b'*' || c1 != b'/') && self.err.is_none() {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident(c) {
            self.syntax_error();
            return;
        }
        while is_ident(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.err.is_none() {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.err.is_none() {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident(c) {
            self.read_ident();
        }
        self.read_string();
    }
}

/// go/parser's package clause and import declarations (ImportsOnly mode), up to
/// its first error. Tokens come from our scanner; its messages are translated to
/// go/scanner's where they differ.
struct HeaderParser<'a> {
    src: &'a [u8],
    lx: Lexer<'a>,
    errors: Vec<(u32, String)>,
}

impl<'a> HeaderParser<'a> {
    fn new(src: &'a [u8]) -> HeaderParser<'a> {
        HeaderParser {
            src,
            lx: Lexer::new(src),
            errors: Vec::new(),
        }
    }

    fn next(&mut self) {
        self.lx.next();
        for (pos, msg) in std::mem::take(&mut self.lx.errors) {
            let err = self.go_scanner_error(pos, msg);
            self.errors.push(err);
        }
    }

    /// Translates one of our (gc's) lexical errors into go/scanner's words and
    /// position, for the cases a header can plausibly contain.
    fn go_scanner_error(&self, pos: u32, msg: String) -> (u32, String) {
        let start = self.lx.pos;
        let literal = |k| self.lx.tok == Tok::Literal && self.lx.kind == k;
        let text = match msg.as_str() {
            "newline in string" | "string not terminated" if literal(LitKind::String) => {
                let raw = self.lx.lit.starts_with('`');
                let what = if raw { "raw string" } else { "string" };
                return (start, format!("{} literal not terminated", what));
            }
            "newline in rune literal" | "rune literal not terminated" if literal(LitKind::Rune) => {
                return (start, "rune literal not terminated".to_string());
            }
            "more than one character in rune literal" | "empty rune literal or unescaped '"
                if literal(LitKind::Rune) =>
            {
                return (start, "illegal rune literal".to_string());
            }
            "invalid UTF-8 encoding" => "illegal UTF-8 encoding".to_string(),
            "invalid BOM in the middle of the file" => "illegal byte order mark".to_string(),
            m => match m.strip_prefix("invalid character ") {
                Some(rest) if !rest.contains("escape") => {
                    let rest = rest.strip_suffix(" in identifier").unwrap_or(rest);
                    format!("illegal character {}", rest)
                }
                _ => msg,
            },
        };
        (pos, text)
    }

    fn line(&self, pos: u32) -> usize {
        let end = (pos as usize).min(self.src.len());
        self.src[..end].iter().filter(|&&b| b == b'\n').count()
    }

    /// A parser error; go/parser drops it if the last error (a scanner error,
    /// usually) is on the same line.
    fn error(&mut self, pos: u32, msg: String) {
        if let Some(&(last, _)) = self.errors.last() {
            if self.line(last) == self.line(pos) {
                return;
            }
        }
        self.errors.push((pos, msg));
    }

    /// go/parser's `errorExpected`.
    fn expected(&mut self, what: &str) {
        let found = match self.lx.tok {
            Tok::Semi if self.lx.lit != "semicolon" => "newline".to_string(),
            Tok::Semi => "';'".to_string(),
            Tok::Name | Tok::Literal => self.lx.lit.clone(),
            Tok::Operator | Tok::Star => format!("'{}'", self.lx.op.as_str()),
            Tok::AssignOp => format!("'{}='", self.lx.op.as_str()),
            Tok::IncOp => format!("'{0}{0}'", self.lx.op.as_str()),
            t => format!("'{}'", t.as_str()),
        };
        let pos = self.lx.pos;
        self.error(pos, format!("expected {}, found {}", what, found));
    }

    fn first_error(&self) -> Option<(u32, String)> {
        self.errors.iter().min_by_key(|e| e.0).cloned()
    }

    fn expect(&mut self, tok: Tok, what: &str) {
        if self.lx.tok != tok {
            self.expected(what);
        }
        self.next();
    }

    fn expect_semi(&mut self) {
        match self.lx.tok {
            Tok::Rparen | Tok::Rbrace => {}
            Tok::Semi => self.next(),
            _ => self.expected("';'"),
        }
    }

    fn parse(mut self) -> Option<(u32, String)> {
        self.next();
        if !self.errors.is_empty() {
            return self.first_error();
        }
        self.expect(Tok::Package, "'package'");
        if self.lx.tok == Tok::Name {
            self.next();
        } else {
            self.expect(Tok::Name, "'IDENT'");
        }
        self.expect_semi();
        while self.errors.is_empty() && self.lx.tok == Tok::Import {
            self.next();
            if self.lx.tok == Tok::Lparen {
                self.next();
                while self.errors.is_empty() && !matches!(self.lx.tok, Tok::Rparen | Tok::Eof) {
                    self.import_spec();
                }
                if self.errors.is_empty() {
                    self.expect(Tok::Rparen, "')'");
                    self.expect_semi();
                }
            } else {
                self.import_spec();
            }
        }
        self.first_error()
    }

    fn import_spec(&mut self) {
        if matches!(self.lx.tok, Tok::Name | Tok::Dot) {
            self.next();
        }
        let pos = self.lx.pos;
        if self.lx.tok == Tok::Literal {
            if self.lx.kind != LitKind::String {
                self.error(pos, "import path must be a string".to_string());
            }
            self.next();
        } else {
            self.error(pos, "missing import path".to_string());
            return;
        }
        self.expect_semi();
    }
}
