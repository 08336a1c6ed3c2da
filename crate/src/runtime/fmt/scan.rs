//! fmt's scanning (`Sscan`, `Sscanln`, `Sscanf`), ported from Go's
//! fmt/scan.go for the operand kinds learners scan into: integers, floats, complex numbers,
//! strings and booleans (and runes with `%c`).

use crate::runtime::strconv as rconv;

/// What an operand points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Int(u32),
    Uint(u32),
    Float(u32),
    /// complex64 (64) or complex128 (128).
    Complex(u32),
    String,
    Bool,
    /// A type scanning does not support (its name for the error).
    Other,
}

/// A scanned value, to store through the operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Scanned {
    Int(i64),
    Uint(u64),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
    Bool(bool),
}

/// Why scanning stopped early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanError {
    /// `io.EOF`.
    Eof,
    /// `io.ErrUnexpectedEOF`.
    UnexpectedEof,
    /// An error with this text (`errors.New` or a `*strconv.NumError`).
    Text(Vec<u8>),
    /// `can't scan type: T` for operand `i`.
    CantScan(usize),
}

/// The values scanned (one per operand processed) and the error, if any.
pub type ScanResult = (Vec<Scanned>, Option<ScanError>);

const EOF: i32 = -1;

struct Ss<'a> {
    input: &'a [u8],
    pos: usize,
    /// Reads stop here (`%5d` widths).
    limit: usize,
    /// Sscan treats newlines as spaces; Sscanln and Sscanf do not.
    nl_is_space: bool,
    prev: usize,
}

type Step<T> = Result<T, ScanError>;

fn text(s: &str) -> ScanError {
    ScanError::Text(s.as_bytes().to_vec())
}

fn is_space(r: i32) -> bool {
    matches!(
        r,
        0x09..=0x0d | 0x20 | 0x85 | 0xa0 | 0x1680 | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
    ) || (0x2000..=0x200a).contains(&r)
}

impl Ss<'_> {
    fn get_rune(&mut self) -> i32 {
        let end = self.limit.min(self.input.len());
        let Some(rest) = self.input.get(self.pos..end) else {
            return EOF;
        };
        if rest.is_empty() {
            return EOF;
        }
        let (r, n) = crate::runtime::utf8::decode_rune(rest);
        self.prev = self.pos;
        self.pos += n.max(1);
        r as i32
    }

    fn unread(&mut self) {
        self.pos = self.prev;
    }

    fn peek(&mut self, ok: &str) -> bool {
        let r = self.get_rune();
        if r != EOF {
            self.unread();
        }
        r != EOF && ok.chars().any(|c| c as i32 == r)
    }

    /// Consumes the next rune if it is in `ok`, appending it to `buf`.
    fn accept(&mut self, buf: &mut Vec<u8>, ok: &str) -> bool {
        let r = self.get_rune();
        if r == EOF {
            return false;
        }
        if ok.chars().any(|c| c as i32 == r) {
            buf.extend_from_slice(&self.input[self.prev..self.pos]);
            return true;
        }
        self.unread();
        false
    }

    fn skip_space(&mut self) -> Step<()> {
        loop {
            let r = self.get_rune();
            if r == EOF {
                return Ok(());
            }
            if r == '\r' as i32 && self.peek("\n") {
                continue;
            }
            if r == '\n' as i32 {
                if self.nl_is_space {
                    continue;
                }
                return Err(text("unexpected newline"));
            }
            if !is_space(r) {
                self.unread();
                return Ok(());
            }
        }
    }

    fn not_eof(&mut self) -> Step<()> {
        if self.get_rune() == EOF {
            return Err(ScanError::Eof);
        }
        self.unread();
        Ok(())
    }

    fn scan_one(&mut self, verb: char, t: Target, i: usize) -> Step<Scanned> {
        match t {
            Target::Int(bits) if verb == 'c' => {
                let r = self.get_rune();
                if r == EOF {
                    return Err(ScanError::UnexpectedEof);
                }
                let _ = bits;
                Ok(Scanned::Int(i64::from(r)))
            }
            Target::Int(bits) => self.scan_int(verb, bits).map(Scanned::Int),
            Target::Uint(bits) => self.scan_uint(verb, bits).map(Scanned::Uint),
            Target::Float(bits) => {
                self.skip_space()?;
                self.not_eof()?;
                let tok = self.float_token();
                parse_float(&tok, bits).map(Scanned::Float)
            }
            Target::Complex(bits) => {
                // `(re±imi)` or `re±imi` (fmt's complexTokens).
                self.skip_space()?;
                self.not_eof()?;
                let complex_error = || text("syntax error scanning complex number");
                let mut b = Vec::new();
                let parens = self.accept(&mut b, "(");
                let re = self.float_token();
                let mut im = Vec::new();
                if !self.accept(&mut im, "+-") {
                    return Err(complex_error());
                }
                im.extend(self.float_token());
                if !self.accept(&mut b, "i") || parens && !self.accept(&mut b, ")") {
                    return Err(complex_error());
                }
                Ok(Scanned::Complex(
                    parse_float(&re, bits / 2)?,
                    parse_float(&im, bits / 2)?,
                ))
            }
            Target::String => {
                self.skip_space()?;
                self.not_eof()?;
                let mut buf = Vec::new();
                loop {
                    let r = self.get_rune();
                    if r == EOF {
                        break;
                    }
                    if is_space(r) {
                        self.unread();
                        break;
                    }
                    buf.extend_from_slice(&self.input[self.prev..self.pos]);
                }
                Ok(Scanned::Str(buf))
            }
            Target::Bool => {
                self.skip_space()?;
                self.not_eof()?;
                let bool_error = || text("syntax error scanning boolean");
                let mut b = Vec::new();
                Ok(Scanned::Bool(
                    match char::from_u32(self.get_rune() as u32) {
                        Some('1') => true,
                        Some('t' | 'T') => {
                            if self.accept(&mut b, "rR")
                                && (!self.accept(&mut b, "uU") || !self.accept(&mut b, "eE"))
                            {
                                return Err(bool_error());
                            }
                            true
                        }
                        Some('f' | 'F') => {
                            if self.accept(&mut b, "aA")
                                && (!self.accept(&mut b, "lL")
                                    || !self.accept(&mut b, "sS")
                                    || !self.accept(&mut b, "eE"))
                            {
                                return Err(bool_error());
                            }
                            false
                        }
                        _ => false,
                    },
                ))
            }
            Target::Other => Err(ScanError::CantScan(i)),
        }
    }

    /// The base and digits of an integer verb, with any `0x`-style prefix
    /// accepted for `%v`.
    fn int_token(&mut self, verb: char, signed: bool) -> Step<(Vec<u8>, i64)> {
        self.skip_space()?;
        self.not_eof()?;
        let mut tok = Vec::new();
        let (mut base, mut digits) = match verb {
            'b' => (2, "01"),
            'o' => (8, "01234567"),
            'x' | 'X' => (16, "0123456789aAbBcCdDeEfF"),
            _ => (10, "0123456789"),
        };
        let mut have = false;
        if signed {
            self.accept(&mut tok, "+-");
        }
        if verb == 'v' {
            base = 0;
            digits = "0123456789_";
            if self.peek("0") {
                self.accept(&mut tok, "0");
                if self.accept(&mut tok, "bB") {
                    digits = "01_";
                } else if self.accept(&mut tok, "oO") {
                    digits = "01234567_";
                } else if self.accept(&mut tok, "xX") {
                    digits = "0123456789aAbBcCdDeEfF_";
                } else {
                    digits = "01234567_";
                    have = true;
                }
            }
        }
        let start = tok.len();
        while self.accept(&mut tok, digits) {}
        if tok.len() == start && !have {
            return Err(text("expected integer"));
        }
        Ok((tok, base))
    }

    fn scan_int(&mut self, verb: char, bits: u32) -> Step<i64> {
        let (tok, base) = self.int_token(verb, true)?;
        let (i, err) = rconv::parse_int(&tok, base, 64);
        if let Some(e) = err {
            return Err(ScanError::Text(e.message()));
        }
        let shift = 64 - bits.clamp(1, 64);
        if (i << shift) >> shift != i {
            let mut m = b"integer overflow on token ".to_vec();
            m.extend_from_slice(&tok);
            return Err(ScanError::Text(m));
        }
        Ok(i)
    }

    fn scan_uint(&mut self, verb: char, bits: u32) -> Step<u64> {
        let (tok, base) = self.int_token(verb, false)?;
        let (i, err) = rconv::parse_uint(&tok, base, 64);
        if let Some(e) = err {
            return Err(ScanError::Text(e.message()));
        }
        let shift = 64 - bits.clamp(1, 64);
        if (i << shift) >> shift != i {
            let mut m = b"unsigned integer overflow on token ".to_vec();
            m.extend_from_slice(&tok);
            return Err(ScanError::Text(m));
        }
        Ok(i)
    }

    fn float_token(&mut self) -> Vec<u8> {
        let mut b = Vec::new();
        if self.accept(&mut b, "nN") && self.accept(&mut b, "aA") && self.accept(&mut b, "nN") {
            return b;
        }
        self.accept(&mut b, "+-");
        if self.accept(&mut b, "iI") && self.accept(&mut b, "nN") && self.accept(&mut b, "fF") {
            return b;
        }
        let mut digits = "0123456789_";
        let mut exp = "eEpP";
        if self.accept(&mut b, "0") && self.accept(&mut b, "xX") {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        while self.accept(&mut b, digits) {}
        if self.accept(&mut b, ".") {
            while self.accept(&mut b, digits) {}
        }
        if self.accept(&mut b, exp) {
            self.accept(&mut b, "+-");
            while self.accept(&mut b, "0123456789_") {}
        }
        b
    }

    /// Matches the literal text and spaces of `format` against the input:
    /// the bytes of format consumed, or `None` on a mismatched literal.
    fn advance(&mut self, format: &[u8]) -> Step<Option<usize>> {
        let mut i = 0;
        while i < format.len() {
            let (mut fc, mut w) = decode(format.get(i..).unwrap_or_default());
            if fc == '%' as i32 {
                if i + w == format.len() {
                    return Err(text("missing verb: % at end of format string"));
                }
                if decode(format.get(i + w..).unwrap_or_default()).0 != '%' as i32 {
                    return Ok(Some(i));
                }
                i += w;
            }
            let (mut saw_space, mut was_newline) = (false, false);
            while is_space(fc) && i < format.len() {
                if fc == '\n' as i32 {
                    if was_newline {
                        break;
                    }
                    was_newline = true;
                }
                saw_space = true;
                i += w;
                (fc, w) = decode(format.get(i..).unwrap_or_default());
            }
            if saw_space {
                let mut ic = self.get_rune();
                if ic == EOF {
                    return Ok(Some(i));
                }
                if !is_space(ic) {
                    return Err(text("expected space in input to match format"));
                }
                while ic != '\n' as i32 && is_space(ic) {
                    ic = self.get_rune();
                }
                if ic == '\n' as i32 {
                    if !was_newline {
                        return Err(text("newline in input does not match format"));
                    }
                    return Ok(Some(i));
                }
                if ic != EOF {
                    self.unread();
                }
                if was_newline {
                    return Err(text("newline in format does not match input"));
                }
                continue;
            }
            let ic = self.get_rune();
            if ic == EOF {
                return Err(ScanError::UnexpectedEof);
            }
            if fc != ic {
                self.unread();
                return Ok(None);
            }
            i += w;
        }
        Ok(Some(i))
    }
}

/// strconv.ParseFloat, its error becoming the scan's.
fn parse_float(tok: &[u8], bits: u32) -> Step<f64> {
    match rconv::parse_float(tok, i64::from(bits)) {
        (_, Some(e)) => Err(ScanError::Text(e.message())),
        (f, None) => Ok(f),
    }
}

fn decode(b: &[u8]) -> (i32, usize) {
    if b.is_empty() {
        return (EOF, 0);
    }
    let (r, n) = crate::runtime::utf8::decode_rune(b);
    (r as i32, n.max(1))
}

/// `fmt.Sscan` (`newlines` false) or `fmt.Sscanln` (true).
pub fn sscan(input: &[u8], targets: &[Target], line: bool) -> ScanResult {
    let mut s = Ss {
        input,
        pos: 0,
        limit: usize::MAX,
        nl_is_space: !line,
        prev: 0,
    };
    let mut out = Vec::new();
    for (i, &t) in targets.iter().enumerate() {
        match s.scan_one('v', t, i) {
            Ok(v) => out.push(v),
            Err(e) => return (out, Some(e)),
        }
    }
    if line {
        loop {
            let r = s.get_rune();
            if r == '\n' as i32 || r == EOF {
                break;
            }
            if !is_space(r) {
                return (out, Some(text("expected newline")));
            }
        }
    }
    (out, None)
}

/// `fmt.Sscanf`.
pub fn sscanf(input: &[u8], format: &[u8], targets: &[Target]) -> ScanResult {
    let mut s = Ss {
        input,
        pos: 0,
        limit: usize::MAX,
        nl_is_space: false,
        prev: 0,
    };
    let mut out = Vec::new();
    let err = scanf_loop(&mut s, format, targets, &mut out).err();
    if err.is_none() && out.len() < targets.len() {
        return (out, Some(text("too many operands")));
    }
    (out, err)
}

fn scanf_loop(s: &mut Ss, format: &[u8], targets: &[Target], out: &mut Vec<Scanned>) -> Step<()> {
    let mut i = 0;
    while i < format.len() {
        match s.advance(format.get(i..).unwrap_or_default())? {
            Some(w) if w > 0 => {
                i += w;
                continue;
            }
            None if format[i] != b'%' => return Err(text("input does not match format")),
            _ if format[i] != b'%' => return Ok(()),
            _ => {}
        }
        i += 1;
        let start = i;
        while i < format.len() && format[i].is_ascii_digit() {
            i += 1;
        }
        let width: Option<usize> = std::str::from_utf8(format.get(start..i).unwrap_or_default())
            .ok()
            .and_then(|d| d.parse().ok());
        let (c, w) = decode(format.get(i..).unwrap_or_default());
        i += w;
        let verb = char::from_u32(c as u32).unwrap_or('?');
        if verb != 'c' {
            s.skip_space()?;
        }
        if verb == '%' {
            s.skip_space()?;
            s.not_eof()?;
            let mut b = Vec::new();
            if !s.accept(&mut b, "%") {
                return Err(text("missing literal %"));
            }
            continue;
        }
        let Some(&t) = targets.get(out.len()) else {
            let rest = String::from_utf8_lossy(format.get(i - w..).unwrap_or_default());
            return Err(text(&format!("too few operands for format '%{rest}'")));
        };
        s.limit = match width {
            Some(n) => {
                // The width counts runes from here.
                let mut end = s.pos;
                for _ in 0..n {
                    match s.input.get(end..) {
                        Some(rest) if !rest.is_empty() => end += decode(rest).1,
                        _ => break,
                    }
                }
                end
            }
            None => usize::MAX,
        };
        let v = s.scan_one(verb, t, out.len());
        s.limit = usize::MAX;
        out.push(v?);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_words_and_numbers_as_go_does() {
        let (v, e) = sscan(
            b"12 apples 3.5",
            &[Target::Int(64), Target::String, Target::Float(64)],
            false,
        );
        assert_eq!(e, None);
        assert_eq!(
            v,
            vec![
                Scanned::Int(12),
                Scanned::Str(b"apples".to_vec()),
                Scanned::Float(3.5)
            ]
        );
        let (_, e) = sscan(b"300", &[Target::Uint(8)], false);
        assert_eq!(e, Some(text("unsigned integer overflow on token 300")));
        let (v, e) = sscan(b"1\n2", &[Target::Int(64), Target::Int(64)], true);
        assert_eq!((v.len(), e), (1, Some(text("unexpected newline"))));
        let (v, e) = sscanf(b"3;4", b"%d,%d", &[Target::Int(64), Target::Int(64)]);
        assert_eq!((v.len(), e), (1, Some(text("input does not match format"))));
        let (v, e) = sscanf(b"10 20", b"%d %d %d", &[Target::Int(64); 3]);
        assert_eq!((v.len(), e), (2, Some(ScanError::Eof)));
    }
}
