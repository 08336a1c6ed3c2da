//! The scanner: Go tokens with automatic semicolons, and gc's lexical errors.
//!
//! This follows cmd/compile/internal/syntax/scanner.go closely so that error
//! messages and positions match gc byte for byte. Positions are byte offsets.

use super::ast::LitKind;
use super::token::{Operator, Tok, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR};
use crate::runtime::{strconv, unicode};

const EOF: i32 = -1;
const BOM: i32 = 0xFEFF;

pub struct Lexer<'a> {
    src: &'a [u8],
    /// Offset just past the current character `ch`.
    r: usize,
    /// The current character (a code point), or `EOF`.
    ch: i32,
    /// Byte width of `ch`.
    chw: usize,
    /// A newline or EOF now would be a semicolon.
    nlsemi: bool,
    /// Start of the current token's text.
    seg: usize,

    // The current token.
    pub tok: Tok,
    /// Offset of the token's first byte.
    pub pos: u32,
    /// Offset just past the token's last byte.
    pub end: u32,
    /// Name text, literal text, or for `Semi` one of "semicolon", "newline", "EOF".
    pub lit: String,
    pub kind: LitKind,
    /// The literal had a lexical error (already reported).
    pub bad: bool,
    pub op: Operator,
    pub prec: u8,

    /// Errors found since the owner last drained them, in order: (offset, message).
    pub errors: Vec<(u32, String)>,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            r: 0,
            ch: ' ' as i32,
            chw: 0,
            nlsemi: false,
            seg: 0,
            tok: Tok::Eof,
            pos: 0,
            end: 0,
            lit: String::new(),
            kind: LitKind::Int,
            bad: false,
            op: Operator::None,
            prec: 0,
            errors: Vec::new(),
        };
        lx.nextch();
        lx
    }

    /// Offset of the current character.
    fn chpos(&self) -> usize {
        self.r - self.chw
    }

    fn error_at(&mut self, pos: usize, msg: String) {
        self.errors.push((pos as u32, msg));
    }

    /// Reports an error at the current character.
    fn error(&mut self, msg: String) {
        self.error_at(self.chpos(), msg);
    }

    /// Reports an error at a byte offset from the current token's start.
    fn error_tok(&mut self, offset: usize, msg: String) {
        self.error_at(self.pos as usize + offset, msg);
    }

    #[inline]
    fn nextch(&mut self) {
        // fast path: a plain ASCII character
        if let Some(&b) = self.src.get(self.r) {
            if b < 0x80 && b != 0 {
                self.r += 1;
                self.chw = 1;
                self.ch = b as i32;
                return;
            }
        }
        self.nextch_slow();
    }

    fn nextch_slow(&mut self) {
        loop {
            let Some(&b) = self.src.get(self.r) else {
                self.r = self.src.len();
                self.ch = EOF;
                self.chw = 0;
                return;
            };
            if b < 0x80 {
                self.r += 1;
                self.chw = 1;
                self.ch = b as i32;
                if b == 0 {
                    self.error("invalid NUL character".to_string());
                    continue;
                }
                return;
            }
            let (c, w) = decode_utf8(&self.src[self.r..]);
            self.r += w;
            self.chw = w;
            match c {
                None => {
                    self.ch = 0xFFFD;
                    self.error("invalid UTF-8 encoding".to_string());
                    continue;
                }
                Some(c) => {
                    self.ch = c as i32;
                    if self.ch == BOM {
                        if self.chpos() > 0 {
                            self.error("invalid BOM in the middle of the file".to_string());
                        }
                        continue;
                    }
                    return;
                }
            }
        }
    }

    /// The bytes of the current token read so far (excluding `ch`).
    fn segment(&self) -> &'a [u8] {
        let src: &'a [u8] = self.src;
        src.get(self.seg..self.chpos()).unwrap_or(&[])
    }

    /// Advances to the next token.
    pub fn next(&mut self) {
        self.scan();
        self.end = self.chpos() as u32;
    }

    fn scan(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || self.ch == '\n' as i32 && !nlsemi
                || self.ch == '\r' as i32
            {
                self.nextch();
            }
            self.pos = self.chpos() as u32;
            self.seg = self.chpos();
            if is_letter(self.ch) || self.ch >= 0x80 && self.at_ident_char(true) {
                self.nextch();
                self.ident();
                return;
            }
            let c = if self.ch < 0 {
                None
            } else {
                char::from_u32(self.ch as u32)
            };
            let Some(c) = c else {
                if nlsemi {
                    self.set_text(b"EOF");
                    self.tok = Tok::Semi;
                } else {
                    self.tok = Tok::Eof;
                }
                return;
            };
            match c {
                '\n' => {
                    self.nextch();
                    self.set_text(b"newline");
                    self.tok = Tok::Semi;
                }
                '0'..='9' => self.number(false),
                '"' => self.std_string(),
                '`' => self.raw_string(),
                '\'' => self.rune(),
                '(' => self.simple(Tok::Lparen, false),
                '[' => self.simple(Tok::Lbrack, false),
                '{' => self.simple(Tok::Lbrace, false),
                ',' => self.simple(Tok::Comma, false),
                ';' => {
                    self.nextch();
                    self.set_text(b"semicolon");
                    self.tok = Tok::Semi;
                }
                ')' => self.simple(Tok::Rparen, true),
                ']' => self.simple(Tok::Rbrack, true),
                '}' => self.simple(Tok::Rbrace, true),
                ':' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.tok = Tok::Define;
                    } else {
                        self.tok = Tok::Colon;
                    }
                }
                '.' => {
                    self.nextch();
                    if is_decimal(self.ch) {
                        self.number(true);
                    } else if self.ch == '.' as i32 && self.peek_byte(0) == Some(b'.') {
                        self.nextch();
                        self.nextch();
                        self.tok = Tok::DotDotDot;
                    } else {
                        self.tok = Tok::Dot;
                    }
                }
                '+' | '-' => {
                    self.nextch();
                    self.op = if c == '+' {
                        Operator::Add
                    } else {
                        Operator::Sub
                    };
                    self.prec = PREC_ADD;
                    if self.ch == c as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        self.tok = Tok::IncOp;
                    } else {
                        self.assign_op();
                    }
                }
                '*' => {
                    self.nextch();
                    self.op = Operator::Mul;
                    self.prec = PREC_MUL;
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.tok = Tok::AssignOp;
                    } else {
                        self.tok = Tok::Star;
                    }
                }
                '/' => {
                    self.nextch();
                    if self.ch == '/' as i32 {
                        self.nextch();
                        self.skip_line();
                        continue;
                    }
                    if self.ch == '*' as i32 {
                        self.nextch();
                        let start = self.pos as usize;
                        self.skip_comment();
                        let multiline = self
                            .src
                            .get(start..self.chpos())
                            .is_some_and(|t| t.contains(&b'\n'));
                        if multiline && nlsemi {
                            // A multi-line comment acts like a newline.
                            self.set_text(b"newline");
                            self.tok = Tok::Semi;
                            return;
                        }
                        continue;
                    }
                    self.op = Operator::Div;
                    self.prec = PREC_MUL;
                    self.assign_op();
                }
                '%' => {
                    self.nextch();
                    self.op = Operator::Rem;
                    self.prec = PREC_MUL;
                    self.assign_op();
                }
                '&' => {
                    self.nextch();
                    if self.ch == '&' as i32 {
                        self.nextch();
                        self.operator(Operator::AndAnd, PREC_ANDAND);
                    } else {
                        self.op = Operator::And;
                        self.prec = PREC_MUL;
                        if self.ch == '^' as i32 {
                            self.nextch();
                            self.op = Operator::AndNot;
                        }
                        self.assign_op();
                    }
                }
                '|' => {
                    self.nextch();
                    if self.ch == '|' as i32 {
                        self.nextch();
                        self.operator(Operator::OrOr, PREC_OROR);
                    } else {
                        self.op = Operator::Or;
                        self.prec = PREC_ADD;
                        self.assign_op();
                    }
                }
                '^' => {
                    self.nextch();
                    self.op = Operator::Xor;
                    self.prec = PREC_ADD;
                    self.assign_op();
                }
                '<' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.operator(Operator::Leq, PREC_CMP);
                    } else if self.ch == '<' as i32 {
                        self.nextch();
                        self.op = Operator::Shl;
                        self.prec = PREC_MUL;
                        self.assign_op();
                    } else if self.ch == '-' as i32 {
                        self.nextch();
                        self.tok = Tok::Arrow;
                    } else {
                        self.operator(Operator::Lss, PREC_CMP);
                    }
                }
                '>' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.operator(Operator::Geq, PREC_CMP);
                    } else if self.ch == '>' as i32 {
                        self.nextch();
                        self.op = Operator::Shr;
                        self.prec = PREC_MUL;
                        self.assign_op();
                    } else {
                        self.operator(Operator::Gtr, PREC_CMP);
                    }
                }
                '=' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.operator(Operator::Eql, PREC_CMP);
                    } else {
                        self.tok = Tok::Assign;
                    }
                }
                '!' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        self.operator(Operator::Neq, PREC_CMP);
                    } else {
                        self.operator(Operator::Not, 0);
                    }
                }
                '~' => {
                    self.nextch();
                    self.operator(Operator::Tilde, 0);
                }
                _ => {
                    self.error(format!("invalid character {}", fmt_sharp_u(self.ch)));
                    self.nextch();
                    continue;
                }
            }
            return;
        }
    }

    /// The byte `n` bytes after the current character, if any.
    fn peek_byte(&self, n: usize) -> Option<u8> {
        self.src.get(self.r + n).copied()
    }

    fn simple(&mut self, tok: Tok, nlsemi: bool) {
        self.nextch();
        self.nlsemi = nlsemi;
        self.tok = tok;
    }

    fn operator(&mut self, op: Operator, prec: u8) {
        self.op = op;
        self.prec = prec;
        self.tok = Tok::Operator;
    }

    /// After an operator that has an `op=` form.
    fn assign_op(&mut self) {
        if self.ch == '=' as i32 {
            self.nextch();
            self.tok = Tok::AssignOp;
        } else {
            self.tok = Tok::Operator;
        }
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = self.segment();
        if lit.len() >= 2 {
            if let Some(tok) = Tok::keyword(lit) {
                self.nlsemi = matches!(
                    tok,
                    Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return
                );
                self.tok = tok;
                return;
            }
        }
        self.nlsemi = true;
        self.set_text(lit);
        self.tok = Tok::Name;
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let Some(c) = u32::try_from(self.ch).ok().and_then(char::from_u32) else {
            return false;
        };
        if unicode::is_letter(self.ch) || c == '_' {
            return true;
        }
        if unicode::is_digit(self.ch) {
            if first {
                self.error(format!(
                    "identifier cannot begin with digit {}",
                    fmt_sharp_u(self.ch)
                ));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error(format!(
                "invalid character {} in identifier",
                fmt_sharp_u(self.ch)
            ));
            return true;
        }
        false
    }

    /// Sets `lit`, reusing its buffer (one allocation per token adds up).
    fn set_text(&mut self, text: &[u8]) {
        self.lit.clear();
        match std::str::from_utf8(text) {
            Ok(t) => self.lit.push_str(t),
            Err(_) => self.lit.push_str(&String::from_utf8_lossy(text)),
        }
    }

    fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok = Tok::Literal;
        self.set_text(self.segment());
        self.bad = !ok;
        self.kind = kind;
    }

    /// Accepts `{ digit | '_' }`; returns bit 0 if digits were seen, bit 1 for '_'.
    /// For bases <= 10 it records the offset of the first digit >= base in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.chpos() - self.pos as usize);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = '\0'; // 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == '0' as i32 {
                self.nextch();
                match lower(self.ch) {
                    x if x == 'x' as i32 => {
                        self.nextch();
                        (base, prefix) = (16, 'x');
                    }
                    o if o == 'o' as i32 => {
                        self.nextch();
                        (base, prefix) = (8, 'o');
                    }
                    b if b == 'b' as i32 => {
                        self.nextch();
                        (base, prefix) = (2, 'b');
                    }
                    _ => {
                        (base, prefix) = (8, '0');
                        digsep = 1; // leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == 'o' || prefix == 'b' {
                    self.error(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != '\0' && prefix != '0' {
                    self.error(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                } else if e == 'p' as i32 && prefix != 'x' {
                    self.error(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error("exponent has no digits".to_string());
                ok = false;
            }
        } else if prefix == 'x' && kind == LitKind::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent".to_string());
            ok = false;
        }

        if self.ch == 'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }

        self.set_lit(kind, ok);

        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let d = self.segment().get(i).copied().unwrap_or(b'0');
                self.error_tok(
                    i,
                    format!(
                        "invalid digit {} in {} literal",
                        quote_rune(d as i32),
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }

        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(self.segment()) {
                self.error_tok(i, "'_' must separate successive digits".to_string());
                ok = false;
            }
        }

        self.bad = !ok;
    }

    fn rune(&mut self) {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '".to_string());
                        ok = false;
                    } else if n != 1 {
                        self.error_tok(0, "more than one character in rune literal".to_string());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error("newline in rune literal".to_string());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_tok(0, "rune literal not terminated".to_string());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Rune, ok);
    }

    fn std_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('"') {
                    ok = false;
                }
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error("newline in string".to_string());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_tok(0, "string not terminated".to_string());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == '`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_tok(0, "string not terminated".to_string());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    /// Skips a line comment (without its newline, which may become a semicolon).
    fn skip_line(&mut self) {
        while self.ch >= 0 && self.ch != '\n' as i32 {
            self.nextch();
        }
    }

    fn skip_comment(&mut self) {
        while self.ch >= 0 {
            while self.ch == '*' as i32 {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_tok(0, "comment not terminated".to_string());
    }

    /// Checks an escape sequence after its backslash.
    fn escape(&mut self, quote: char) -> bool {
        let (n, base, max): (u32, u32, u32) = match char::from_u32(self.ch.max(0) as u32) {
            _ if self.ch < 0 => return true, // the caller complains about EOF
            Some(c) if c == quote || "abfnrtv\\".contains(c) => {
                self.nextch();
                return true;
            }
            Some('0'..='7') => (3, 8, 255),
            Some('x') => {
                self.nextch();
                (2, 16, 255)
            }
            Some('u') => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            Some('U') => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            _ => {
                self.error("unknown escape".to_string());
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true; // the caller complains about EOF
            }
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if ('a' as i32..='f' as i32).contains(&lower(self.ch)) {
                (lower(self.ch) - 'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                self.error(format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch),
                    base_name(base)
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error(format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!(
                "escape is invalid Unicode code point {}",
                fmt_sharp_u(x as i32)
            ));
            return false;
        }
        true
    }
}

/// Decodes one UTF-8 sequence as Go's `utf8.DecodeRune` does: `None` (width 1)
/// for an invalid or truncated encoding.
fn decode_utf8(b: &[u8]) -> (Option<char>, usize) {
    let chunk = &b[..b.len().min(4)];
    let valid = match std::str::from_utf8(chunk) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&chunk[..e.valid_up_to()]).unwrap_or(""),
    };
    match valid.chars().next() {
        Some(c) => (Some(c), c.len_utf8()),
        None => (None, 1),
    }
}

fn lower(ch: i32) -> i32 {
    ('a' as i32 - 'A' as i32) | ch
}

fn is_letter(ch: i32) -> bool {
    ('a' as i32..='z' as i32).contains(&lower(ch)) || ch == '_' as i32
}

fn is_decimal(ch: i32) -> bool {
    ('0' as i32..='9' as i32).contains(&ch)
}

fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || ('a' as i32..='f' as i32).contains(&lower(ch))
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0007` for unprintable characters.
pub fn fmt_sharp_u(ch: i32) -> String {
    let u = ch.max(0) as u32;
    let code = format!("U+{:04X}", u);
    match char::from_u32(u) {
        Some(c) if strconv::is_print(u) => format!("{} '{}'", code, c),
        _ => code,
    }
}

/// Go's `%q` of a rune (`strconv.QuoteRune`).
pub fn quote_rune(ch: i32) -> String {
    let mut out = Vec::new();
    strconv::append_quote_rune(&mut out, ch.max(0) as u32, false);
    String::from_utf8_lossy(&out).into_owned()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// The index of the first `_` in a number literal that does not separate digits.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' '; // prefix char, we only care if it's 'x'
    let mut d = b'.'; // digit: '_', '0' (a digit), or '.' (anything else)
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// The value of a string literal's source text (escapes decoded, `\r` dropped from
/// raw strings). Tolerates malformed literals (already reported by the lexer).
pub fn string_value(raw: &[u8]) -> Vec<u8> {
    if raw.first() == Some(&b'`') {
        let end = if raw.len() >= 2 && raw.last() == Some(&b'`') {
            raw.len() - 1
        } else {
            raw.len()
        };
        let mut v = raw[1..end].to_vec();
        v.retain(|&b| b != b'\r');
        return v;
    }
    let body = &raw[1.min(raw.len())..];
    let body = body.strip_suffix(b"\"").unwrap_or(body);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' {
            let (v, n) = unescape(&body[i + 1..]);
            match v {
                Escaped::Byte(b) => out.push(b),
                Escaped::Char(c) => {
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
            i += 1 + n;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

/// The code point of a rune literal's source text (0 if malformed).
pub fn rune_value(raw: &[u8]) -> u32 {
    let body = raw.get(1..).unwrap_or(&[]);
    if body.first() == Some(&b'\\') {
        return match unescape(&body[1..]).0 {
            Escaped::Byte(b) => b as u32,
            Escaped::Char(c) => c as u32,
        };
    }
    match decode_utf8(body) {
        (Some(c), _) => c as u32,
        (None, _) => 0xFFFD,
    }
}

enum Escaped {
    Byte(u8),
    Char(char),
}

/// Decodes the escape after a backslash; returns the value and the bytes used.
fn unescape(s: &[u8]) -> (Escaped, usize) {
    let hex = |s: &[u8], n: usize| -> (u32, usize) {
        let mut v: u32 = 0;
        let mut used = 0;
        for &b in s.iter().take(n) {
            match (b as char).to_digit(16) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    used += 1;
                }
                None => break,
            }
        }
        (v, used)
    };
    let Some(&c) = s.first() else {
        return (Escaped::Byte(b'\\'), 0);
    };
    let simple = |b: u8| (Escaped::Byte(b), 1);
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'0'..=b'7' => {
            let mut v: u32 = 0;
            let mut used = 0;
            for &b in s.iter().take(3) {
                if !(b'0'..=b'7').contains(&b) {
                    break;
                }
                v = v * 8 + (b - b'0') as u32;
                used += 1;
            }
            (Escaped::Byte(v as u8), used)
        }
        b'x' => {
            let (v, used) = hex(&s[1..], 2);
            (Escaped::Byte(v as u8), 1 + used)
        }
        b'u' | b'U' => {
            let (v, used) = hex(&s[1..], if c == b'u' { 4 } else { 8 });
            (
                Escaped::Char(char::from_u32(v).unwrap_or('\u{FFFD}')),
                1 + used,
            )
        }
        _ => simple(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<String> {
        let mut lx = Lexer::new(src.as_bytes());
        let mut out = Vec::new();
        loop {
            lx.next();
            let s = match lx.tok {
                Tok::Name | Tok::Literal => lx.lit.clone(),
                Tok::Semi => format!(";{}", lx.lit),
                Tok::Operator | Tok::Star => lx.op.as_str().to_string(),
                Tok::AssignOp => format!("{}=", lx.op.as_str()),
                Tok::IncOp => format!("{}{}", lx.op.as_str(), lx.op.as_str()),
                Tok::Eof => break,
                t => t.as_str().to_string(),
            };
            out.push(s);
        }
        out
    }

    fn errors(src: &[u8]) -> Vec<(u32, String)> {
        let mut lx = Lexer::new(src);
        loop {
            lx.next();
            if lx.tok == Tok::Eof {
                break;
            }
        }
        lx.errors
    }

    #[test]
    fn semicolons_are_inserted_after_line_final_tokens() {
        assert_eq!(
            toks("x := f(1)\nreturn\nbreak // c\ny++\n}\n"),
            vec![
                "x", ":=", "f", "(", "1", ")", ";newline", "return", ";newline", "break",
                ";newline", "y", "++", ";newline", "}", ";newline"
            ]
        );
        assert_eq!(toks("a /* x\ny */ b"), vec!["a", ";newline", "b", ";EOF"]);
        assert_eq!(toks("a /* x */ b"), vec!["a", "b", ";EOF"]);
        assert_eq!(toks("x +\ny"), vec!["x", "+", "y", ";EOF"]);
        assert_eq!(toks("a;b"), vec!["a", ";semicolon", "b", ";EOF"]);
    }

    #[test]
    fn operators() {
        assert_eq!(
            toks("a &^= b <- c <<= d ... e.f &&|| ~ != ! >>"),
            vec![
                "a", "&^=", "b", "<-", "c", "<<=", "d", "...", "e", ".", "f", "&&", "||", "~",
                "!=", "!", ">>"
            ]
        );
        assert_eq!(toks("x..y"), vec!["x", ".", ".", "y", ";EOF"]);
    }

    #[test]
    fn number_literals() {
        assert_eq!(
            toks("0 0x1F 0o17 0b101 017 1_000 1.5 .5 1e9 0x1p-2 3i 0x1.8p1 1_0.2_5"),
            vec![
                "0", "0x1F", "0o17", "0b101", "017", "1_000", "1.5", ".5", "1e9", "0x1p-2", "3i",
                "0x1.8p1", "1_0.2_5", ";EOF"
            ]
        );
        assert_eq!(errors(b"0x").len(), 1);
        assert_eq!(
            errors(b"x = 019"),
            vec![(6, "invalid digit '9' in octal literal".to_string())]
        );
        assert_eq!(
            errors(b"1__0"),
            vec![(2, "'_' must separate successive digits".to_string())]
        );
        assert_eq!(
            errors(b"0x1.5"),
            vec![(
                5,
                "hexadecimal mantissa requires a 'p' exponent".to_string()
            )]
        );
        assert_eq!(
            errors(b"0b1e3"),
            vec![(3, "'e' exponent requires decimal mantissa".to_string())]
        );
    }

    #[test]
    fn string_and_rune_values() {
        assert_eq!(
            string_value(br#""a\tb\x41\101\u4e16\U0001F600\"""#),
            "a\tbAA\u{4e16}\u{1F600}\"".as_bytes()
        );
        assert_eq!(string_value(b"\"\\xff\""), vec![0xff]);
        assert_eq!(string_value(b"`a\r\nb`"), b"a\nb");
        assert_eq!(rune_value("'世'".as_bytes()), 0x4e16);
        assert_eq!(rune_value(b"'\\n'"), 10);
        assert_eq!(rune_value(b"'\\377'"), 255);
        assert_eq!(rune_value(b"'\\u00e9'"), 0xe9);
    }

    #[test]
    fn lexical_errors() {
        assert_eq!(
            errors(b"x @"),
            vec![(2, "invalid character U+0040 '@'".to_string())]
        );
        assert_eq!(
            errors(b"\"ab\nc"),
            vec![(3, "newline in string".to_string())]
        );
        assert_eq!(
            errors(b"'ab'"),
            vec![(0, "more than one character in rune literal".to_string())]
        );
        assert_eq!(
            errors(b"x := 'a"),
            vec![(5, "rune literal not terminated".to_string())]
        );
        assert_eq!(
            errors(b"a\x00b"),
            vec![(1, "invalid NUL character".to_string())]
        );
        assert_eq!(
            errors(b"a\xffb"),
            vec![(1, "invalid UTF-8 encoding".to_string())]
        );
        assert_eq!(errors(b"\xEF\xBB\xBFx"), vec![]);
        assert_eq!(
            errors(b"x\xEF\xBB\xBF"),
            vec![(1, "invalid BOM in the middle of the file".to_string())]
        );
        assert_eq!(errors(b"\"\\q\""), vec![(2, "unknown escape".to_string())]);
        assert_eq!(
            errors(b"'\\uD800'"),
            vec![(7, "escape is invalid Unicode code point U+D800".to_string())]
        );
    }

    #[test]
    fn token_positions_are_byte_offsets() {
        let mut lx = Lexer::new("世 := 1".as_bytes());
        lx.next();
        assert_eq!((lx.tok, lx.pos), (Tok::Name, 0));
        lx.next();
        assert_eq!((lx.tok, lx.pos), (Tok::Define, 4));
        lx.next();
        assert_eq!((lx.tok, lx.pos), (Tok::Literal, 7));
    }
}
