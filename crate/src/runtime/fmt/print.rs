//! The printer (fmt/print.go): operands, verbs, nested values, Printf directives.

use super::format::{Flags, Fmt, LDIGITS, UDIGITS};
use super::sort::sort_entries;
use super::{Needs, Wrapped};
use crate::runtime::fmt_value::{FmtValue, Method, MethodKind, MethodOutcome, RefKind, Seq};
use crate::runtime::utf8::decode_rune;

const MAX_WIDTH: i64 = 1_000_000;
/// Nesting beyond this prints `...`: Go's stack would grow, the host's may not.
const MAX_DEPTH: usize = 500;
/// What `%p` prints for a non-nil map or slice (the tree has no address for them).
const PLACEHOLDER_ADDR: u64 = 0xc000010000;

pub(super) struct Printer<'o> {
    fmt: Fmt<'o>,
    /// Formatting an error form (`%!d(...)`): methods are not called.
    erroring: bool,
    /// Formatting a panic from a method: a nested panic is not reformatted.
    panicking: bool,
    /// Errorf: `%w` is allowed.
    pub wrap_errs: bool,
    /// The operands of `%w` directives, in directive order.
    wrapped_args: Vec<usize>,
    /// An explicit `[n]` index was used (no EXTRA check; Errorf sorts the %w operands).
    reordered: bool,
    good_arg_num: bool,
    /// method_needs' dry run: record which methods each operand needs instead of printing.
    pub needs: Option<Vec<Needs>>,
}

impl<'o> Printer<'o> {
    pub fn new(buf: &'o mut Vec<u8>) -> Self {
        Printer {
            fmt: Fmt {
                buf,
                f: Flags::default(),
            },
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped_args: Vec::new(),
            reordered: false,
            good_arg_num: true,
            needs: None,
        }
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn write_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.write(c.encode_utf8(&mut b).as_bytes());
    }

    /// badVerb: `%!verb(type=value)`, or `%!verb(<nil>)`.
    fn bad_verb(&mut self, v: Option<&FmtValue>, verb: char) {
        self.erroring = true;
        self.write(b"%!");
        self.write_char(verb);
        self.write(b"(");
        match v {
            Some(v) if !matches!(v.raw(), FmtValue::Nil { .. }) => {
                let raw = v.raw();
                self.write(raw.type_name().as_bytes());
                self.write(b"=");
                self.print_value(raw, 'v', 0);
            }
            _ => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: &FmtValue, u: u64, signed: bool, verb: char) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(u, true);
                } else {
                    self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(u),
            'q' => self.fmt.fmt_qc(u),
            'U' => self.fmt.fmt_unicode(u),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_float(&mut self, v: &FmtValue, x: f64, size: u8, verb: char) {
        match verb {
            'v' => self.fmt.fmt_float(x, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(x, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(x, size, verb as u8, 6),
            'F' => self.fmt.fmt_float(x, size, b'f', 6),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_complex(&mut self, v: &FmtValue, re: f64, im: f64, size: u8, verb: char) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.f.plus;
                self.write(b"(");
                self.fmt_float(v, re, size / 2, verb);
                self.fmt.f.plus = true;
                self.fmt_float(v, im, size / 2, verb);
                self.write(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(Some(v), verb),
        }
    }

    fn fmt_string(&mut self, v: &FmtValue, s: &[u8], verb: char) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s);
                } else {
                    self.fmt.fmt_s(s);
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// fmtBytes for a byte slice or array; `ty` is the type name %#v shows.
    fn fmt_bytes(&mut self, b: &[u8], nil: bool, verb: char, ty: &str, elem_ty: &str) {
        match verb {
            'v' | 'd' => {
                if self.fmt.f.sharp_v {
                    self.write(ty.as_bytes());
                    if nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.fmt.fmt_integer(u64::from(c), 10, false, verb, LDIGITS);
                    }
                    self.write(b"]");
                }
            }
            's' => self.fmt.fmt_s(b),
            'x' => self.fmt.fmt_sbx(b, LDIGITS),
            'X' => self.fmt.fmt_sbx(b, UDIGITS),
            'q' => self.fmt.fmt_q(b),
            _ => {
                // Element by element, like printValue of a []uint8.
                self.write(b"[");
                for (i, &c) in b.iter().enumerate() {
                    if i > 0 {
                        self.write(b" ");
                    }
                    let elem = FmtValue::Uint {
                        ty: elem_ty.into(),
                        v: u64::from(c),
                    };
                    self.fmt_integer(&elem, u64::from(c), false, verb);
                }
                self.write(b"]");
            }
        }
    }

    /// fmtPointer: chans, funcs, maps, pointers, slices and unsafe pointers as addresses.
    fn fmt_pointer(&mut self, v: &FmtValue, verb: char) {
        let raw = v.raw();
        let (ty, u) = match raw {
            FmtValue::Ref { ty, addr, .. } => (ty, *addr),
            // Maps and slices carry no address in the tree: non-nil ones print a
            // placeholder heap address.
            FmtValue::Map { ty, nil, .. }
            | FmtValue::List {
                ty,
                seq: Seq::Slice { nil },
                ..
            }
            | FmtValue::Bytes {
                ty,
                seq: Seq::Slice { nil },
                ..
            } => (ty, if *nil { 0 } else { PLACEHOLDER_ADDR }),
            _ => {
                self.bad_verb(Some(v), verb);
                return;
            }
        };
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write(b"(");
                    self.write(ty.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.fmt.f.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.fmt.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(raw, u, false, verb),
            _ => self.bad_verb(Some(v), verb),
        }
    }

    /// handleMethods: formats with an attached Error/String/GoString outcome if the verb
    /// uses it. Returns false when the raw value must be printed instead.
    fn handle_methods(&mut self, v: &FmtValue, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !v.is_error() || !self.wrap_errs {
                self.bad_verb(Some(v), verb);
                return true;
            }
            verb = 'v';
        }
        let mut cur = v;
        while let FmtValue::Method(m) = cur {
            let usable = if self.fmt.f.sharp_v {
                m.kind == MethodKind::GoString
            } else {
                m.kind != MethodKind::GoString && matches!(verb, 'v' | 's' | 'x' | 'X' | 'q')
            };
            if usable {
                self.print_method(m, verb);
                return true;
            }
            cur = &m.value;
        }
        false
    }

    fn print_method(&mut self, m: &Method, verb: char) {
        match &m.outcome {
            MethodOutcome::Returned(s) => {
                if m.kind == MethodKind::GoString {
                    self.fmt.fmt_s(s);
                } else {
                    self.fmt_string(&m.value, s, verb);
                }
            }
            MethodOutcome::Panicked(p) => {
                // catchPanic: a nil pointer receiver prints as <nil>.
                if let FmtValue::Ref {
                    kind: RefKind::Pointer,
                    addr: 0,
                    ..
                } = m.value.raw()
                {
                    self.write(b"<nil>");
                    return;
                }
                if self.panicking {
                    return;
                }
                let old = self.fmt.f;
                self.fmt.clear_flags();
                self.write(b"%!");
                self.write_char(verb);
                self.write(b"(PANIC=");
                self.write(match m.kind {
                    MethodKind::Error => b"Error".as_slice(),
                    MethodKind::String => b"String",
                    MethodKind::GoString => b"GoString",
                });
                self.write(b" method: ");
                self.panicking = true;
                self.print_arg(p, 'v');
                self.panicking = false;
                self.write(b")");
                self.fmt.f = old;
            }
        }
    }

    /// printArg: one top-level operand.
    pub fn print_arg(&mut self, arg: &FmtValue, verb: char) {
        if let FmtValue::Nil { .. } = arg {
            match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        }
        match verb {
            'T' => {
                let ty = arg.type_name().as_bytes();
                self.fmt.fmt_s(ty);
                return;
            }
            'p' => {
                self.fmt_pointer(arg, 'p');
                return;
            }
            _ => {}
        }
        // The exact type []byte prints as "[]byte" under %#v at top level.
        if let FmtValue::Bytes {
            ty,
            seq: Seq::Slice { nil },
            v,
            elem_ty,
        } = arg
        {
            if ty == "[]uint8" {
                self.fmt_bytes(v, *nil, verb, "[]byte", elem_ty);
                return;
            }
        }
        if self.handle_methods(arg, verb) {
            return;
        }
        self.print_value(arg.raw(), verb, 0);
    }

    /// printValue: a value at `depth` (0 = the operand itself).
    fn print_value(&mut self, value: &FmtValue, verb: char, depth: usize) {
        if depth > MAX_DEPTH {
            self.write(b"...");
            return;
        }
        if depth > 0 && self.handle_methods(value, verb) {
            return;
        }
        let v = value.raw();
        match v {
            FmtValue::Nil { ty } => {
                if self.fmt.f.sharp_v {
                    self.write(ty.as_bytes());
                    self.write(b"(nil)");
                } else if depth == 0 && verb != 'v' {
                    self.bad_verb(None, verb);
                } else {
                    self.write(b"<nil>");
                }
            }
            FmtValue::Bool { v: b, .. } => match verb {
                't' | 'v' => self.fmt.fmt_boolean(*b),
                _ => self.bad_verb(Some(v), verb),
            },
            FmtValue::Int { v: i, .. } => self.fmt_integer(v, *i as u64, true, verb),
            FmtValue::Uint { v: u, .. } => self.fmt_integer(v, *u, false, verb),
            FmtValue::Float { v: x, bits, .. } => self.fmt_float(v, *x, *bits, verb),
            FmtValue::Complex { re, im, bits, .. } => self.fmt_complex(v, *re, *im, *bits, verb),
            FmtValue::String { v: s, .. } => self.fmt_string(v, s, verb),
            FmtValue::Map { ty, nil, entries } => {
                if self.fmt.f.sharp_v {
                    self.write(ty.as_bytes());
                    if *nil {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                } else {
                    self.write(b"map[");
                }
                for (i, (k, val)) in sort_entries(entries).into_iter().enumerate() {
                    if i > 0 {
                        if self.fmt.f.sharp_v {
                            self.write(b", ");
                        } else {
                            self.write(b" ");
                        }
                    }
                    self.print_value(k, verb, depth + 1);
                    self.write(b":");
                    self.print_value(val, verb, depth + 1);
                }
                self.write(if self.fmt.f.sharp_v { b"}" } else { b"]" });
            }
            FmtValue::Struct { ty, fields } => {
                if self.fmt.f.sharp_v {
                    self.write(ty.as_bytes());
                }
                self.write(b"{");
                for (i, (name, f)) in fields.iter().enumerate() {
                    if i > 0 {
                        if self.fmt.f.sharp_v {
                            self.write(b", ");
                        } else {
                            self.write(b" ");
                        }
                    }
                    if (self.fmt.f.plus_v || self.fmt.f.sharp_v) && !name.is_empty() {
                        self.write(name.as_bytes());
                        self.write(b":");
                    }
                    self.print_value(f, verb, depth + 1);
                }
                self.write(b"}");
            }
            FmtValue::Bytes {
                ty,
                elem_ty,
                seq,
                v: b,
            } => {
                let nil = matches!(seq, Seq::Slice { nil: true });
                self.fmt_bytes(b, nil, verb, ty, elem_ty);
            }
            FmtValue::List { ty, seq, elems } => {
                if self.fmt.f.sharp_v {
                    self.write(ty.as_bytes());
                    if let Seq::Slice { nil: true } = seq {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, e) in elems.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.print_value(e, verb, depth + 1);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, e) in elems.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.print_value(e, verb, depth + 1);
                    }
                    self.write(b"]");
                }
            }
            FmtValue::Ref {
                kind,
                addr,
                pointee,
                ..
            } => {
                if depth == 0 && *kind == RefKind::Pointer && *addr != 0 {
                    if let Some(p) = pointee {
                        if matches!(
                            p.raw(),
                            FmtValue::Struct { .. }
                                | FmtValue::List { .. }
                                | FmtValue::Bytes { .. }
                                | FmtValue::Map { .. }
                        ) {
                            self.write(b"&");
                            self.print_value(p, verb, depth + 1);
                            return;
                        }
                    }
                }
                self.fmt_pointer(v, verb);
            }
            // raw() never returns a method wrapper.
            FmtValue::Method(_) => {}
        }
    }

    /// One Printf operand: printed, or (dry run) its method needs recorded.
    fn operand(&mut self, args: &[FmtValue], index: usize, verb: char) {
        if let Some(needs) = &mut self.needs {
            if let Some(n) = needs.get_mut(index) {
                if self.fmt.f.sharp_v {
                    n.go_string = true;
                } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q' | 'w') {
                    n.string = true;
                }
            }
            return;
        }
        if let Some(arg) = args.get(index) {
            self.print_arg(arg, verb);
        }
    }

    /// doPrint: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[FmtValue]) {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string = matches!(arg.raw(), FmtValue::String { .. });
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// doPrintln: spaces between all operands, then a newline.
    pub fn do_println(&mut self, args: &[FmtValue]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg, 'v');
        }
        self.write(b"\n");
    }

    /// argNumber: an explicit `[n]` index at format[i..].
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.get(i) != Some(&b'[') {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index >= 0 && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// doPrintf: the directive loop of Printf.
    pub fn do_printf(&mut self, format: &[u8], args: &[FmtValue]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'directives: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            // Flags, with the fast path for a simple lower-case verb.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped_args.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.fmt.f.sharp_v = self.fmt.f.sharp;
                                self.fmt.f.sharp = false;
                                self.fmt.f.plus_v = self.fmt.f.plus;
                                self.fmt.f.plus = false;
                            }
                            self.operand(args, arg_num, c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'directives;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(args, arg_num);
                (self.fmt.f.wid, self.fmt.f.wid_present, arg_num) = (w, ok, n);
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                if self.fmt.f.wid < 0 {
                    self.fmt.f.wid = -self.fmt.f.wid;
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parse_num(format, i, end);
                (self.fmt.f.wid, self.fmt.f.wid_present, i) = (w, ok, ni);
                if after_index && ok {
                    self.good_arg_num = false;
                }
            }
            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = int_from_arg(args, arg_num);
                    (self.fmt.f.prec, self.fmt.f.prec_present, arg_num) = (p, ok, n);
                    if self.fmt.f.prec < 0 {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = false;
                    }
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parse_num(format, i, end);
                    (self.fmt.f.prec, self.fmt.f.prec_present, i) = (p, ok, ni);
                    if !ok {
                        self.fmt.f.prec = 0;
                        self.fmt.f.prec_present = true;
                    }
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (r, size) = decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            i += size.max(1);
            if verb == '%' {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.write(b"%!");
                self.write_char(verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.write(b"%!");
                self.write_char(verb);
                self.write(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped_args.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    self.fmt.f.sharp_v = self.fmt.f.sharp;
                    self.fmt.f.sharp = false;
                    self.fmt.f.plus_v = self.fmt.f.plus;
                    self.fmt.f.plus = false;
                }
                self.operand(args, arg_num, verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (i, arg) in args.iter().enumerate().skip(arg_num) {
                if i > arg_num {
                    self.write(b", ");
                }
                if let FmtValue::Nil { .. } = arg {
                    self.write(b"<nil>");
                } else {
                    self.write(arg.type_name().as_bytes());
                    self.write(b"=");
                    self.operand(args, i, 'v');
                }
            }
            self.write(b")");
        }
    }

    /// The %w operands as Errorf picks them.
    pub fn wrapped(&self, args: &[FmtValue]) -> Wrapped {
        match self.wrapped_args.as_slice() {
            [] => Wrapped::None,
            [one] => Wrapped::One(*one),
            many => {
                let mut list = many.to_vec();
                if self.reordered {
                    crate::sort::sort(&mut list);
                }
                list.dedup();
                list.retain(|&i| args.get(i).is_some_and(FmtValue::is_error));
                Wrapped::Many(list)
            }
        }
    }
}

fn too_large(x: i64) -> bool {
    !(-MAX_WIDTH..=MAX_WIDTH).contains(&x)
}

/// parsenum: a decimal number at s[start..end]; (0, false, end) on overflow.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// parseArgNumber: `[n]` at the start of `format` → (n-1, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// intFromArg: a `*` width or precision operand.
fn int_from_arg(args: &[FmtValue], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = args.get(arg_num) else {
        return (0, false, arg_num);
    };
    let (mut num, mut is_int) = match arg.raw() {
        FmtValue::Int { v, .. } => (*v, true),
        FmtValue::Uint { v, .. } => match i64::try_from(*v) {
            Ok(n) => (n, true),
            Err(_) => (0, false),
        },
        _ => (0, false),
    };
    if too_large(num) {
        num = 0;
        is_int = false;
    }
    (num, is_int, arg_num + 1)
}
