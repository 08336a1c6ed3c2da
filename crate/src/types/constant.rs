//! Exact constant values (Go's untyped constant arithmetic) and their
//! printing in gc's messages (go/constant's `String`).
//!
//! Integers are big integers; floats are exact rationals (Go uses 512-bit
//! floats once rationals get too large; we fall back to f64 precision there,
//! which only matters for absurd constants).

use super::bignum::{BigInt, Rat};
use super::print::quote_bytes;
use super::BasicKind;
use std::fmt;
use std::rc::Rc;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Unknown (after an error): operations on it stay unknown, silently.
    Unknown,
    Bool(bool),
    /// Go strings are bytes (maybe invalid UTF-8).
    String(Rc<[u8]>),
    Int(BigInt),
    Float(Rat),
    Complex(Rat, Rat),
}

/// Bits beyond which a rational is rounded (go/constant's maxExp).
const MAX_RAT_BITS: u64 = 4096;
/// gc's limit on untyped integer constants (types2 `prec`).
pub const MAX_INT_BITS: u64 = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    /// Integer division (`/` on integer operands).
    Quo,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
}

fn rat_from_int(i: BigInt) -> Rat {
    Rat::from_integer(i)
}

/// Keeps rationals bounded: very large ones are rounded to f64 precision,
/// and magnitudes beyond f64 are clamped to 2^MAX_RAT_BITS (they overflow
/// every float type either way), so no chain of operations can blow up.
fn norm_rat(r: Rat) -> Rat {
    if r.numer().bits() <= MAX_RAT_BITS && r.denom().bits() <= MAX_RAT_BITS {
        return r;
    }
    match r.to_f64() {
        Some(f) if f.is_finite() => Rat::from_float(f).unwrap_or(r),
        _ => {
            let huge = rat_from_int(BigInt::one().shl(MAX_RAT_BITS as usize));
            if r.is_negative() {
                -&huge
            } else {
                huge
            }
        }
    }
}

impl Value {
    pub fn int(i: i64) -> Value {
        Value::Int(BigInt::from(i))
    }

    pub fn string(s: &[u8]) -> Value {
        Value::String(Rc::from(s))
    }

    /// Parses an int, float or imaginary literal as written (with `_`s).
    pub fn from_number(raw: &str, imag: bool) -> Value {
        let text: String = raw.chars().filter(|&c| c != '_').collect();
        let text = if imag {
            let t = text.strip_suffix('i').unwrap_or(&text);
            // `017i` is decimal (17i): Go kept old imaginary literals' meaning.
            let decimal = t.bytes().all(|b| b.is_ascii_digit());
            let t = if decimal {
                t.trim_start_matches('0')
            } else {
                t
            };
            if t.is_empty() { "0" } else { t }.to_string()
        } else {
            text
        };
        let v = parse_int(&text)
            .map(Value::Int)
            .or_else(|| parse_float(&text).map(Value::Float))
            .unwrap_or(Value::Unknown);
        if imag {
            match v.to_float() {
                Value::Float(r) => Value::Complex(Rat::zero(), r),
                _ => Value::Unknown,
            }
        } else {
            v
        }
    }

    /// The same number as a float (`None` for non-numeric or complex with
    /// an imaginary part).
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(i) => Value::Float(rat_from_int(i.clone())),
            Value::Float(_) => self.clone(),
            Value::Complex(re, im) if im.is_zero() => Value::Float(re.clone()),
            _ => Value::Unknown,
        }
    }

    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => match self.to_float() {
                Value::Float(r) => Value::Complex(r, Rat::zero()),
                _ => Value::Unknown,
            },
            Value::Complex(..) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// The same number as an integer, if it is integral.
    pub fn to_int(&self) -> Option<Value> {
        match self {
            Value::Int(_) => Some(self.clone()),
            Value::Float(r) if r.is_integer() => Some(Value::Int(r.to_integer())),
            Value::Complex(re, im) if im.is_zero() && re.is_integer() => {
                Some(Value::Int(re.to_integer()))
            }
            _ => None,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Value::Int(_) => 1,
            Value::Float(_) => 2,
            Value::Complex(..) => 3,
            _ => 0,
        }
    }

    /// Converts both numbers to the larger of their kinds.
    pub fn match_kinds(a: &Value, b: &Value) -> (Value, Value) {
        let up = |v: &Value, r: u8| match r {
            2 => v.to_float(),
            3 => v.to_complex(),
            _ => v.clone(),
        };
        let r = a.rank().max(b.rank());
        (up(a, r), up(b, r))
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => i.is_zero(),
            Value::Float(r) => r.is_zero(),
            Value::Complex(a, b) => a.is_zero() && b.is_zero(),
            _ => false,
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Value::Int(i) => i.is_negative(),
            Value::Float(r) => r.is_negative(),
            _ => false,
        }
    }

    /// Bit length of an integer's magnitude (0 for other values).
    pub fn bit_len(&self) -> u64 {
        match self {
            Value::Int(i) => i.bits(),
            _ => 0,
        }
    }

    /// `-x`, `+x`, `^x`, `!x`. `unsigned_bits` is set when `^x` applies to
    /// a typed unsigned integer of that size (the result is masked).
    pub fn unary(&self, op: char, unsigned_bits: Option<u32>) -> Value {
        match (op, self) {
            ('+', _) => self.clone(),
            ('-', Value::Int(i)) => Value::Int(-i),
            ('-', Value::Float(r)) => Value::Float(-r),
            ('-', Value::Complex(a, b)) => Value::Complex(-a, -b),
            ('!', Value::Bool(b)) => Value::Bool(!b),
            ('^', Value::Int(i)) => match unsigned_bits {
                Some(bits) => {
                    let mask = &BigInt::one().shl(bits as usize) - &BigInt::one();
                    Value::Int(i.bitwise(&mask, |p, q| p ^ q))
                }
                None => Value::Int(&-i - &BigInt::one()),
            },
            _ => Value::Unknown,
        }
    }

    /// A binary arithmetic operation on two values of the same kind (see
    /// [`Value::match_kinds`]). `None` on division by zero.
    pub fn binary(&self, op: Op, y: &Value) -> Option<Value> {
        Some(match (self, y) {
            (Value::Int(a), Value::Int(b)) => match op {
                Op::Add => Value::Int(a + b),
                Op::Sub => Value::Int(a - b),
                Op::Mul => Value::Int(a * b),
                Op::Div => {
                    if b.is_zero() {
                        return None;
                    }
                    Value::Float(norm_rat(Rat::new(a.clone(), b.clone())))
                }
                Op::Quo | Op::Rem => {
                    if b.is_zero() {
                        return None;
                    }
                    // Go truncates toward zero. go/constant divides operands that
                    // fit in an int64 with int64 arithmetic, so gc folds
                    // MinInt64 / -1 to MinInt64; so do we.
                    let (q, r) = a.div_rem(b);
                    let q = match (a.to_i64(), b.to_i64()) {
                        (Some(x), Some(y)) => BigInt::from(x.wrapping_div(y)),
                        _ => q,
                    };
                    Value::Int(if op == Op::Quo { q } else { r })
                }
                Op::And => Value::Int(a.bitwise(b, |p, q| p & q)),
                Op::Or => Value::Int(a.bitwise(b, |p, q| p | q)),
                Op::Xor => Value::Int(a.bitwise(b, |p, q| p ^ q)),
                Op::AndNot => Value::Int(a.bitwise(b, |p, q| p & !q)),
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(norm_rat(match op {
                Op::Add => a + b,
                Op::Sub => a - b,
                Op::Mul => a * b,
                Op::Div | Op::Quo => {
                    if b.is_zero() {
                        return None;
                    }
                    a / b
                }
                _ => return Some(Value::Unknown),
            })),
            (Value::Complex(a, b), Value::Complex(c, d)) => match op {
                Op::Add => Value::Complex(norm_rat(a + c), norm_rat(b + d)),
                Op::Sub => Value::Complex(norm_rat(a - c), norm_rat(b - d)),
                Op::Mul => {
                    Value::Complex(norm_rat(&(a * c) - &(b * d)), norm_rat(&(a * d) + &(b * c)))
                }
                Op::Div | Op::Quo => {
                    let den = &(c * c) + &(d * d);
                    if den.is_zero() {
                        return None;
                    }
                    Value::Complex(
                        norm_rat(&(&(a * c) + &(b * d)) / &den),
                        norm_rat(&(&(b * c) - &(a * d)) / &den),
                    )
                }
                _ => Value::Unknown,
            },
            (Value::String(a), Value::String(b)) if op == Op::Add => {
                let mut v = a.to_vec();
                v.extend_from_slice(b);
                Value::String(v.into())
            }
            (Value::Bool(a), Value::Bool(b)) => match op {
                Op::And => Value::Bool(*a && *b),
                Op::Or => Value::Bool(*a || *b),
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        })
    }

    /// `x << s` / `x >> s` on an integer (`s` already checked to be small).
    pub fn shift(&self, left: bool, s: u64) -> Value {
        match self.to_int() {
            Some(Value::Int(i)) => {
                let s = s as usize;
                Value::Int(if left { i.shl(s) } else { i.shr(s) })
            }
            _ => Value::Unknown,
        }
    }

    /// Comparison; `None` if the values are not comparable.
    pub fn compare(&self, op: &str, y: &Value) -> Option<bool> {
        use std::cmp::Ordering;
        let (a, b) = Value::match_kinds(self, y);
        let ord: Option<Ordering> = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => Some(x.cmp(y)),
            (Value::String(x), Value::String(y)) => Some(x.cmp(y)),
            (Value::Bool(x), Value::Bool(y)) => {
                return match op {
                    "==" => Some(x == y),
                    "!=" => Some(x != y),
                    _ => None,
                }
            }
            (Value::Complex(p, q), Value::Complex(r, s)) => {
                return match op {
                    "==" => Some(p == r && q == s),
                    "!=" => Some(p != r || q != s),
                    _ => None,
                }
            }
            _ => None,
        };
        let ord = ord?;
        Some(match op {
            "==" => ord == Ordering::Equal,
            "!=" => ord != Ordering::Equal,
            "<" => ord == Ordering::Less,
            "<=" => ord != Ordering::Greater,
            ">" => ord == Ordering::Greater,
            ">=" => ord != Ordering::Less,
            _ => return None,
        })
    }

    /// The value converted to be representable by a value of basic kind
    /// `k` (floats are rounded), or `None` if it is not representable.
    pub fn representable(&self, k: BasicKind) -> Option<Value> {
        use BasicKind as B;
        if matches!(self, Value::Unknown) {
            return Some(Value::Unknown);
        }
        if k.is_integer() {
            let Some(Value::Int(i)) = self.to_int() else {
                return None;
            };
            let ok = match k {
                B::UntypedInt | B::UntypedRune => true,
                _ if k.is_unsigned() => !i.is_negative() && i.bits() <= u64::from(k.bits()),
                _ => {
                    let bits = u64::from(k.bits());
                    let lo = -&BigInt::one().shl(bits as usize - 1);
                    let hi = &BigInt::one().shl(bits as usize - 1) - &BigInt::one();
                    i >= lo && i <= hi
                }
            };
            return ok.then_some(Value::Int(i));
        }
        if k.is_float() {
            let Value::Float(r) = self.to_float() else {
                return None;
            };
            return match k {
                B::Float64 => round_f64(&r).map(Value::Float),
                B::Float32 => round_f32(&r).map(Value::Float),
                _ => Some(Value::Float(r)),
            };
        }
        if k.is_complex() {
            let Value::Complex(re, im) = self.to_complex() else {
                return None;
            };
            let round = |r: &Rat| match k {
                B::Complex64 => round_f32(r),
                B::Complex128 => round_f64(r),
                _ => Some(r.clone()),
            };
            return Some(Value::Complex(round(&re)?, round(&im)?));
        }
        match (k, self) {
            (B::String | B::UntypedString, Value::String(_)) => Some(self.clone()),
            (B::Bool | B::UntypedBool, Value::Bool(_)) => Some(self.clone()),
            _ => None,
        }
    }

    /// Wraps an integer to a typed integer kind's range (for conversions of
    /// non-constant context; constants never wrap in Go).
    pub fn as_i64(&self) -> Option<i64> {
        match self.to_int()? {
            Value::Int(i) => i.to_i64(),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self.to_int()? {
            Value::Int(i) => i.to_u64(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self.to_float() {
            Value::Float(r) => r.to_f64(),
            _ => None,
        }
    }

    /// (re, im) of a numeric value.
    pub fn as_complex(&self) -> Option<(f64, f64)> {
        match self.to_complex() {
            Value::Complex(a, b) => Some((a.to_f64()?, b.to_f64()?)),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

fn round_f64(r: &Rat) -> Option<Rat> {
    let f = r.to_f64()?;
    if !f.is_finite() {
        return None;
    }
    Rat::from_float(f)
}

fn round_f32(r: &Rat) -> Option<Rat> {
    let f = r.to_f64()? as f32;
    if !f.is_finite() {
        return None;
    }
    Rat::from_float(f64::from(f))
}

fn parse_int(t: &str) -> Option<BigInt> {
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (b, 2)
    } else if let Some(o) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (o, 8)
    } else if t.len() > 1 && t.starts_with('0') && t.bytes().all(|b| b.is_ascii_digit()) {
        (&t[1..], 8)
    } else {
        (t, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    BigInt::parse(digits.as_bytes(), radix)
}

/// Decimal exponents beyond this are far outside every float type; such
/// literals are clamped instead of computed exactly (bounded work).
const MAX_DEC_EXP: i64 = 1000;

fn pow_rat(base: u32, exp: i64) -> Option<Rat> {
    if exp.unsigned_abs() > 4 * MAX_DEC_EXP as u64 {
        return None;
    }
    let p = BigInt::from(u64::from(base)).pow(exp.unsigned_abs());
    Some(if exp >= 0 {
        rat_from_int(p)
    } else {
        Rat::new(BigInt::one(), p)
    })
}

fn parse_float(t: &str) -> Option<Rat> {
    let hex = t.starts_with("0x") || t.starts_with("0X");
    let body = if hex { &t[2..] } else { t };
    let (mant, exp) = match body.find(if hex { ['p', 'P'] } else { ['e', 'E'] }) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let exp: i64 = if exp.is_empty() {
        0
    } else {
        let e = exp.strip_prefix('+').unwrap_or(exp);
        e.parse().ok()?
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let m = BigInt::parse(digits.as_bytes(), radix)?;
    let frac_len = frac_part.len() as i64;
    // Order of magnitude (in the literal's radix): clamp absurd ones.
    let magnitude = exp.saturating_add(int_part.trim_start_matches('0').len() as i64);
    if !hex && !m.is_zero() {
        if magnitude > MAX_DEC_EXP {
            return Some(norm_rat(rat_from_int(
                BigInt::one().shl((4 * MAX_RAT_BITS) as usize),
            )));
        }
        if magnitude < -MAX_DEC_EXP {
            return Some(Rat::zero());
        }
    }
    let scale = if hex {
        pow_rat(2, exp.checked_sub(frac_len.checked_mul(4)?)?)?
    } else {
        pow_rat(10, exp.checked_sub(frac_len)?)?
    };
    Some(norm_rat(&rat_from_int(m) * &scale))
}

/// Go's `%g` with precision `prec` (strconv 'g' format: shortest digits
/// when `prec` is `None`).
pub fn format_g(x: f64, prec: Option<usize>) -> String {
    let prec = prec.map_or(-1, |p| p.clamp(1, 1_000_000) as i32);
    crate::runtime::strconv::format_float(x, b'g', prec, 64)
}

/// go/constant's float String: `%.6g`, more digits if that hides a fraction.
fn float_string(r: &Rat) -> String {
    match r.to_f64() {
        Some(f) if f.is_finite() && (f == 0.0) == r.is_zero() => {
            let s = format_g(f, Some(6));
            if !r.is_integer() && !s.contains('.') && !s.contains('e') {
                format_g(f, None)
            } else {
                s
            }
        }
        _ => {
            // Out of float64 range: approximate m * 10^e by bit lengths.
            let neg = r.is_negative();
            let a = r.abs();
            let e2 = a.numer().bits() as i64 - a.denom().bits() as i64;
            let scaled = if e2 >= 0 {
                &a / &rat_from_int(BigInt::one().shl(e2 as usize))
            } else {
                &a * &rat_from_int(BigInt::one().shl((-e2) as usize))
            };
            let mut m = scaled.to_f64().unwrap_or(1.0);
            let d = e2 as f64 * std::f64::consts::LOG10_2;
            let mut e = d as i64;
            m *= 10f64.powf(d - e as f64);
            if m < 1.0 - 0.5e-6 {
                m *= 10.0;
                e -= 1;
            } else if m >= 10.0 {
                m /= 10.0;
                e += 1;
            }
            if neg {
                m = -m;
            }
            format!("{}e{:+}", format_g(m, Some(6)), e)
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Unknown => f.write_str("unknown"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::String(s) => {
                // go/constant truncates long strings to 72 runes.
                const MAX: usize = 72;
                let q = quote_bytes(s);
                if q.chars().count() > MAX {
                    let cut: String = q.chars().take(MAX - 3).collect();
                    write!(f, "{cut}...")
                } else {
                    f.write_str(&q)
                }
            }
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => f.write_str(&float_string(r)),
            Value::Complex(re, im) => {
                write!(f, "({} + {}i)", float_string(re), float_string(im))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Value {
        Value::from_number(s, false)
    }

    #[test]
    fn prints_like_go_constant() {
        assert_eq!(lit("1.5").to_string(), "1.5");
        assert_eq!(lit("1e20").to_float().to_string(), "1e+20");
        assert_eq!(lit("1.0").to_string(), "1");
        assert_eq!(lit("1e-7").to_string(), "1e-07");
        assert_eq!(lit("123456789.0").to_string(), "1.23457e+08");
        assert_eq!(lit("1e400").to_string(), "1e+400");
        assert_eq!(lit("2.5e10").to_string(), "2.5e+10");
        let three = lit("3.0");
        let q = three.binary(Op::Div, &lit("7").to_float()).unwrap();
        assert_eq!(q.to_string(), "0.428571");
        let big = lit("1").shift(true, 64);
        assert_eq!(big.to_string(), "18446744073709551616");
        assert_eq!(Value::from_number("4i", true).to_string(), "(0 + 4i)");
        assert_eq!(Value::string(b"a\"b\n").to_string(), "\"a\\\"b\\n\"");
        assert_eq!(format_g(123456.7, Some(6)), "123457");
        assert_eq!(format_g(123456.7, None), "123456.7");
        assert_eq!(format_g(0.0001, Some(6)), "0.0001");
        assert_eq!(format_g(200.0, Some(6)), "200");
    }

    #[test]
    fn literals_and_representability() {
        assert_eq!(lit("0x_ff").as_i64(), Some(255));
        assert_eq!(lit("0o17").as_i64(), Some(15));
        assert_eq!(lit("017").as_i64(), Some(15));
        assert_eq!(lit("0b101").as_i64(), Some(5));
        assert_eq!(lit("0x1p-2").as_f64(), Some(0.25));
        assert!(lit("256").representable(BasicKind::Uint8).is_none());
        assert!(lit("255").representable(BasicKind::Uint8).is_some());
        assert!(lit("1")
            .unary('-', None)
            .representable(BasicKind::Uint)
            .is_none());
        assert!(lit("1.5").representable(BasicKind::Int).is_none());
        assert!(lit("2.0").representable(BasicKind::Int).is_some());
        assert!(lit("1e300").representable(BasicKind::Float32).is_none());
        assert!(lit("1e999999999")
            .representable(BasicKind::Float64)
            .is_none());
        assert!(lit("1e-999999999").is_zero());
        let m = lit("7")
            .unary('-', None)
            .binary(Op::Rem, &lit("2"))
            .unwrap();
        assert_eq!(m.as_i64(), Some(-1));
        assert_eq!(lit("1").binary(Op::Quo, &lit("0")), None);
        assert_eq!(lit("5").unary('^', Some(8)).as_i64(), Some(250));
    }

    #[test]
    fn int64_division_wraps_as_go_constant_does() {
        let min = Value::int(i64::MIN);
        let q = min.binary(Op::Quo, &Value::int(-1)).unwrap();
        assert_eq!(q.as_i64(), Some(i64::MIN));
        let r = min.binary(Op::Rem, &Value::int(-1)).unwrap();
        assert_eq!(r.as_i64(), Some(0));
        // Beyond int64 the division is exact.
        let big = lit("18446744073709551616");
        let q = big.binary(Op::Quo, &Value::int(-2)).unwrap();
        assert_eq!(q.to_string(), "-9223372036854775808");
    }

    /// As the checker combines operands: both to the larger kind first.
    fn bin(x: &Value, op: Op, y: &Value) -> Value {
        let (x, y) = Value::match_kinds(x, y);
        x.binary(op, &y).unwrap_or(Value::Unknown)
    }

    #[test]
    fn complex_constants_are_exact() {
        let imag = |s: &str| Value::from_number(s, true);
        // Old-style imaginary literals with leading zeros are decimal; prefixed ones are not.
        assert_eq!(imag("017i").to_string(), "(0 + 17i)");
        assert_eq!(imag("089i").to_string(), "(0 + 89i)");
        assert_eq!(imag("00i").to_string(), "(0 + 0i)");
        assert_eq!(imag("0o17i").to_string(), "(0 + 15i)");
        assert_eq!(imag("0x1p-2i").to_string(), "(0 + 0.25i)");
        assert_eq!(imag("1_000i").to_string(), "(0 + 1000i)");
        // (1+2i)(3-i)/2i = 2.5-2.5i exactly.
        let z = bin(&lit("1"), Op::Add, &imag("2i"));
        let w = bin(&lit("3"), Op::Sub, &imag("1i"));
        let q = bin(&bin(&z, Op::Mul, &w), Op::Quo, &imag("2i"));
        assert_eq!(q.to_string(), "(2.5 + -2.5i)");
        assert_eq!(q.as_complex(), Some((2.5, -2.5)));
        // Huge intermediates stay exact: 1e300i * 1e300i / -1e600 == 1.
        let h = bin(&imag("1e300i"), Op::Mul, &imag("1e300i"));
        let one = bin(&h, Op::Quo, &lit("1e600").unary('-', None));
        assert_eq!(one.to_int().and_then(|v| v.as_i64()), Some(1));
        assert_eq!(z.binary(Op::Quo, &imag("0i")), None);
        assert_eq!(
            q.compare("==", &bin(&lit("2.5"), Op::Sub, &imag("2.5i"))),
            Some(true)
        );
        // complex64 rounds both parts to float32; overflow is not representable.
        let r = bin(&lit("0.1"), Op::Add, &imag("0.1i"));
        let c64 = r
            .representable(BasicKind::Complex64)
            .and_then(|v| v.as_complex());
        assert_eq!(c64, Some((0.1f32 as f64, 0.1f32 as f64)));
        assert!(imag("1e40i").representable(BasicKind::Complex64).is_none());
        assert!(imag("1e40i").representable(BasicKind::Complex128).is_some());
        assert!(imag("2i").representable(BasicKind::Float64).is_none());
        assert!(bin(&lit("2"), Op::Add, &imag("0i"))
            .representable(BasicKind::Int)
            .is_some());
    }
}
