//! The raw formatter (fmt/format.go): flags, width, precision, padding and the number,
//! string and character layouts, writing into the output buffer.

use crate::runtime::strconv::{
    append_float, append_quote, append_quote_rune, can_backquote, is_print,
};
use crate::runtime::utf8::{append_rune, decode_rune, rune_count, MAX_RUNE, RUNE_ERROR};

pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Flags of one directive; cleared before each.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// %+v and %#v: set at the top level instead of plus/sharp.
    pub plus_v: bool,
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

/// The formatter state: the output buffer plus the current directive's flags.
pub(super) struct Fmt<'o> {
    pub buf: &'o mut Vec<u8>,
    pub f: Flags,
}

impl Fmt<'_> {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    /// Appends `b` padded to the width (counted in runes) on the left or right.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// %U: "U+0078", or "U+0078 'x'" with the sharp flag.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex = Vec::with_capacity(16);
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 0xF) as usize]);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        let mut s = Vec::with_capacity(hex.len() + 12);
        s.extend_from_slice(b"U+");
        s.extend(std::iter::repeat_n(
            b'0',
            (prec - hex.len() as i64).max(0) as usize,
        ));
        s.extend(hex.iter().rev());
        if self.f.sharp && u <= u64::from(MAX_RUNE) && is_print(u as u32) {
            s.extend_from_slice(b" '");
            append_rune(&mut s, u as u32);
            s.push(b'\'');
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&s);
        self.f.zero = old_zero;
    }

    /// Signed and unsigned integers in base 2, 8, 10 or 16 (`verb` matters for %O).
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Digits right to left, into a stack buffer unless the precision/width is huge.
        let mut stack = [0u8; 68];
        let mut heap = Vec::new();
        let needed = 3 + prec.max(0) as usize + 64;
        let buf: &mut [u8] = if needed <= stack.len() {
            &mut stack
        } else {
            heap.resize(needed, 0);
            &mut heap
        };
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = digits[(u % base) as usize];
            u /= base;
            if u == 0 {
                break;
            }
        }
        while ((buf.len() - i) as i64) < prec {
            i -= 1;
            buf[i] = b'0';
        }
        let leading_zero = buf[i] == b'0';
        let mut prefix = |bytes: &[u8]| {
            for &c in bytes.iter().rev() {
                i -= 1;
                buf[i] = c;
            }
        };
        if self.f.sharp {
            match base {
                2 => prefix(b"0b"),
                8 if !leading_zero => prefix(b"0"),
                16 => prefix(&[b'0', digits[16]]),
                _ => {}
            }
        }
        if verb == 'O' {
            prefix(b"0o");
        }
        if negative {
            prefix(b"-");
        } else if self.f.plus {
            prefix(b"+");
        } else if self.f.space {
            prefix(b" ");
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        let text = buf.get(i..).unwrap_or_default();
        self.pad(text);
        self.f.zero = old_zero;
    }

    /// Truncates to the precision, counted in runes.
    fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return s.get(..i).unwrap_or_default();
                }
                i += decode_rune(s.get(i..).unwrap_or_default()).1.max(1);
            }
        }
        s
    }

    /// %s of a string or byte slice.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// %x / %X of a string or byte slice.
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in s.iter().take(length as usize).enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf
                .extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 0xF)]]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// %q of a string: a Go string literal (backquoted with `#` when possible).
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let mut q = Vec::with_capacity(s.len() + 2);
        if self.f.sharp && can_backquote(s) {
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
        } else {
            append_quote(&mut q, s, self.f.plus);
        }
        self.pad(&q);
    }

    /// %c: the integer as a UTF-8 character.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = Vec::with_capacity(4);
        append_rune(&mut b, r);
        self.pad(&b);
    }

    /// %q of an integer: a Go rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > u64::from(MAX_RUNE) {
            RUNE_ERROR
        } else {
            c as u32
        };
        let mut b = Vec::with_capacity(8);
        append_quote_rune(&mut b, r, self.f.plus);
        self.pad(&b);
    }

    /// Floats: `verb` is a strconv format byte, `prec` the default precision (-1 shortest).
    /// The number is rendered straight into the output and fixed up in place.
    pub fn fmt_float(&mut self, v: f64, size: u8, verb: u8, prec: i64) {
        let prec = if self.f.prec_present {
            self.f.prec
        } else {
            prec
        };
        let start = self.buf.len();
        self.buf.push(b'+');
        append_float(self.buf, v, verb, prec.clamp(-1, 1 << 20) as i32, size);
        // buf[start] is the sign slot: '+' unless the number wrote its own sign.
        if matches!(self.buf.get(start + 1), Some(b'-' | b'+')) {
            self.buf.remove(start);
        }
        if self.f.space && self.buf[start] == b'+' && !self.f.plus {
            self.buf[start] = b' ';
        }
        if matches!(self.buf.get(start + 1), Some(b'I' | b'N')) {
            // Infinities and NaN are padded with spaces, and NaN drops an unasked sign.
            if self.buf[start + 1] == b'N' && !self.f.space && !self.f.plus {
                self.buf.remove(start);
            }
            let old_zero = self.f.zero;
            self.f.zero = false;
            self.pad_tail(start);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let num = self.buf.split_off(start);
            self.buf.extend_from_slice(&sharp_float(num, verb, prec));
        }
        if self.f.plus || self.buf[start] != b'+' {
            let len = (self.buf.len() - start) as i64;
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > len {
                // Zero padding goes between the sign and the digits.
                let n = (self.f.wid - len) as usize;
                self.buf
                    .splice(start + 1..start + 1, std::iter::repeat_n(b'0', n));
                return;
            }
            self.pad_tail(start);
            return;
        }
        self.buf.remove(start);
        self.pad_tail(start);
    }

    /// pad() for text already written at buf[start..].
    fn pad_tail(&mut self, start: usize) {
        if !self.f.wid_present || self.f.wid == 0 {
            return;
        }
        let width = self.f.wid - rune_count(self.buf.get(start..).unwrap_or_default()) as i64;
        if width <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        let fill = std::iter::repeat_n(pad, width as usize);
        if self.f.minus {
            self.buf.extend(fill);
        } else {
            self.buf.splice(start..start, fill);
        }
    }
}

/// The `#` flag on floats: always a decimal point, and %g/%v keep trailing zeros.
fn sharp_float(mut num: Vec<u8>, verb: u8, prec: i64) -> Vec<u8> {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail: Vec<u8> = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = 1;
    while i < num.len() {
        match num[i] {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail.extend_from_slice(num.get(i..).unwrap_or_default());
                num.truncate(i);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail.extend_from_slice(num.get(i..).unwrap_or_default());
                num.truncate(i);
                break;
            }
            c => {
                if c != b'0' {
                    saw_nonzero = true;
                }
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend_from_slice(&tail);
    num
}
