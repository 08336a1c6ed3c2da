//! Runtime values.
//!
//! A [`Value`] is 32 bytes. Scalars are stored inline; every integer width is an
//! `i64` kept normalised to its type's range by the instructions that produce it
//! (uint64 is stored as its bit pattern). Aggregates with copy semantics (arrays,
//! structs) are boxes that the compiler copies explicitly whenever Go copies them;
//! reference types (slices, maps, pointers, funcs, channels) share their boxes.

use std::cell::RefCell;
use std::rc::Rc;

/// Index of a runtime type descriptor in `Program::types`.
pub type RtType = u32;
/// Index of a compiled function in `Program::funcs`.
pub type FuncId = u32;

/// The storage behind arrays, structs and slices.
pub type Boxed = Rc<RefCell<Vec<Value>>>;

#[derive(Clone, Debug, Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, chans, funcs and interfaces.
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// complex64 (both parts rounded to float32) or complex128.
    Complex(f64, f64),
    Str(Str),
    Slice(Slice),
    Array(Boxed),
    Struct(Boxed),
    Map(Rc<RefCell<Map>>),
    Ptr(Ptr),
    /// A non-nil interface: dynamic type and value.
    Iface(Rc<(RtType, Value)>),
    Func(Rc<Closure>),
    Chan(Rc<RefCell<super::chan::Chan>>),
    /// A tuple of results (multi-value native returns, select results).
    Tuple(Rc<[Value]>),
}

/// A Go string: immutable bytes. Slicing shares the buffer, as Go's strings
/// do, so `s = s[i:]` in a loop (strings.Count, parsers) is linear instead of
/// copying the rest of the string each time.
#[derive(Clone)]
pub struct Str {
    buf: Rc<[u8]>,
    off: u32,
    len: u32,
}

impl Str {
    /// `s[lo:hi]` sharing the buffer; the caller has checked the bounds
    /// (out-of-range bounds give an empty string rather than a panic).
    pub fn slice(&self, lo: usize, hi: usize) -> Str {
        if lo > hi || hi > self.len as usize {
            return Str::from(&[][..]);
        }
        Str {
            buf: self.buf.clone(),
            off: self.off + lo as u32,
            len: (hi - lo) as u32,
        }
    }
}

impl Str {
    /// The bytes as a buffer of their own (shared when the string is a
    /// whole buffer, copied when it is a slice of one).
    pub fn bytes(&self) -> Rc<[u8]> {
        if self.off == 0 && self.len as usize == self.buf.len() {
            self.buf.clone()
        } else {
            Rc::from(&**self)
        }
    }
}

impl std::ops::Deref for Str {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        let (off, len) = (self.off as usize, self.len as usize);
        self.buf.get(off..off + len).unwrap_or(&[])
    }
}

impl From<&[u8]> for Str {
    fn from(b: &[u8]) -> Str {
        Str::from(Rc::<[u8]>::from(b))
    }
}

impl From<Vec<u8>> for Str {
    fn from(b: Vec<u8>) -> Str {
        Str::from(Rc::<[u8]>::from(b))
    }
}

impl From<Rc<[u8]>> for Str {
    fn from(buf: Rc<[u8]>) -> Str {
        // Longer strings cannot be allocated under the VM's memory limit.
        let len = buf.len().min(u32::MAX as usize) as u32;
        Str { buf, off: 0, len }
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self))
    }
}

impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        **self == **other
    }
}

#[derive(Clone, Debug)]
pub struct Slice {
    pub arr: Boxed,
    pub off: u32,
    pub len: u32,
    pub cap: u32,
}

/// A heap cell: a variable that is captured by a closure or whose address is
/// taken. `id` is stable for the life of the run (the host draws cells by it).
#[derive(Debug)]
pub struct Cell {
    pub id: u32,
    /// The race detector's shadow slot for the cell (0: none yet; it fits
    /// in the padding after `id`, so normal mode pays nothing).
    pub race: std::cell::Cell<u32>,
    pub v: RefCell<Value>,
}

#[derive(Clone, Debug)]
pub enum Ptr {
    Cell(Rc<Cell>),
    /// An element of an array, slice backing array or struct.
    Elem(Boxed, u32),
}

impl Ptr {
    pub fn load(&self) -> Value {
        match self {
            Ptr::Cell(c) => c.v.borrow().clone(),
            Ptr::Elem(b, i) => b.borrow().get(*i as usize).cloned().unwrap_or_default(),
        }
    }

    pub fn store(&self, v: Value) {
        match self {
            Ptr::Cell(c) => store_into(&mut c.v.borrow_mut(), v),
            Ptr::Elem(b, i) => {
                if let Some(slot) = b.borrow_mut().get_mut(*i as usize) {
                    store_into(slot, v)
                }
            }
        }
    }

    pub fn same(&self, other: &Ptr) -> bool {
        match (self, other) {
            (Ptr::Cell(a), Ptr::Cell(b)) => Rc::ptr_eq(a, b),
            (Ptr::Elem(a, i), Ptr::Elem(b, j)) => Rc::ptr_eq(a, b) && i == j,
            _ => false,
        }
    }

    /// An address-like number for `%p` and race reports.
    pub fn addr(&self) -> u64 {
        match self {
            Ptr::Cell(c) => 0xc000010000 + u64::from(c.id) * 16,
            Ptr::Elem(b, i) => {
                0xc000100000 + (Rc::as_ptr(b) as usize as u64 & 0xffff_fff0) + u64::from(*i) * 8
            }
        }
    }
}

/// Stores `v` into a location. A struct or array stored over a struct or array
/// is copied element-wise into the existing box, so pointers into the old
/// value (`p := &s.f; s = T{}`) keep seeing the variable, as in Go.
pub fn store_into(slot: &mut Value, v: Value) {
    match (&*slot, &v) {
        // `*p = arr` where p came from `(*[n]T)(s)`: write through the window.
        (Value::Slice(dst), Value::Array(src)) => {
            let src = src.borrow();
            let mut arr = dst.arr.borrow_mut();
            let at = dst.off as usize;
            for (d, s) in arr
                .iter_mut()
                .skip(at)
                .take(dst.len as usize)
                .zip(src.iter())
            {
                store_into(d, s.clone());
            }
        }
        (Value::Struct(dst), Value::Struct(src)) | (Value::Array(dst), Value::Array(src)) => {
            if Rc::ptr_eq(dst, src) {
                return;
            }
            let src = src.borrow();
            let mut dst = dst.borrow_mut();
            if dst.len() == src.len() {
                for (d, s) in dst.iter_mut().zip(src.iter()) {
                    store_into(d, s.clone());
                }
                return;
            }
            drop(dst);
            drop(src);
            *slot = v;
        }
        _ => *slot = v,
    }
}

/// A function value: compiled code plus captured values (cells of captured
/// variables, or the receiver of a method value), or a native.
#[derive(Debug)]
pub struct Closure {
    pub func: FuncRef,
    env: Env,
}

/// What a function value carries. A closure's one captured variable (most
/// `go func() {...}()` literals capture one) sits inline, so such a closure
/// is a single 56-byte allocation; several captured variables, which the
/// compiler always puts in heap cells, are kept as 8-byte cell pointers
/// rather than 32-byte values. Every case fits in the same 32 bytes (a
/// method value's receiver is boxed: method values are rare).
#[derive(Debug)]
enum Env {
    None,
    One(Value),
    Cells(Box<[Rc<Cell>]>),
    Many(Box<[Value]>),
    /// A method value's receiver, passed as the first argument.
    Recv(Box<Value>),
}

impl Closure {
    /// A plain function value (no captures, no receiver).
    pub fn new(func: FuncRef) -> Closure {
        Closure {
            func,
            env: Env::None,
        }
    }

    /// A method value: `recv` is passed as the first argument.
    pub fn method(func: FuncRef, recv: Value) -> Closure {
        Closure {
            func,
            env: Env::Recv(Box::new(recv)),
        }
    }

    /// A closure over `captures` (by capture index).
    pub fn with_captures(func: FuncRef, captures: &[Value]) -> Closure {
        let cell = |v: &Value| match v {
            Value::Ptr(Ptr::Cell(c)) => Some(c.clone()),
            _ => None,
        };
        let env = match captures {
            [] => Env::None,
            [v] => Env::One(v.clone()),
            _ => match captures.iter().map(cell).collect::<Option<Box<[_]>>>() {
                Some(cells) => Env::Cells(cells),
                None => Env::Many(captures.into()),
            },
        };
        Closure { func, env }
    }

    pub fn has_captures(&self) -> bool {
        matches!(self.env, Env::One(_) | Env::Cells(_) | Env::Many(_))
    }

    /// Captured value `i`.
    pub fn capture(&self, i: usize) -> Option<Value> {
        match &self.env {
            Env::One(v) if i == 0 => Some(v.clone()),
            Env::Cells(cs) => cs.get(i).map(|c| Value::Ptr(Ptr::Cell(c.clone()))),
            Env::Many(vs) => vs.get(i).cloned(),
            _ => None,
        }
    }

    /// The captured values in capture order.
    pub fn captures(&self) -> impl Iterator<Item = Value> + '_ {
        (0..).map_while(|i| self.capture(i))
    }

    pub fn recv(&self) -> Option<&Value> {
        match &self.env {
            Env::Recv(v) => Some(v.as_ref()),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncRef {
    Go(FuncId),
    Native(u32),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Str::from(s.as_bytes()))
    }

    pub fn bytes(b: &[u8]) -> Value {
        Value::Str(Str::from(b))
    }

    pub fn new_box(v: Vec<Value>) -> Boxed {
        Rc::new(RefCell::new(v))
    }

    #[inline]
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            _ => 0,
        }
    }

    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 0.0,
        }
    }

    /// The (real, imaginary) parts of a complex value.
    pub fn as_complex(&self) -> (f64, f64) {
        match self {
            Value::Complex(re, im) => (*re, *im),
            _ => (0.0, 0.0),
        }
    }

    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => &[],
        }
    }

    /// Go's copy of an array or struct value (deep for nested arrays/structs,
    /// shallow for everything else).
    pub fn deep_copy(&self) -> Value {
        match self {
            Value::Array(b) => Value::Array(copy_box(b)),
            Value::Struct(b) => Value::Struct(copy_box(b)),
            v => v.clone(),
        }
    }

    /// Go's copy of an array or struct value where the compiler copies one. A
    /// slice here is the array behind a `(*[n]T)(s)` pointer: it becomes an array.
    pub fn copy_aggregate(&self) -> Value {
        match self {
            Value::Slice(_) => Value::Array(Value::new_box(
                self.elems().iter().map(Value::deep_copy).collect(),
            )),
            v => v.deep_copy(),
        }
    }

    /// len() of a string, slice, array, map or channel.
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> i64 {
        match self {
            Value::Str(s) => s.len() as i64,
            Value::Slice(s) => s.len as i64,
            Value::Array(b) => b.borrow().len() as i64,
            Value::Map(m) => m.borrow().len() as i64,
            Value::Chan(c) => c.borrow().len() as i64,
            _ => 0,
        }
    }

    pub fn cap(&self) -> i64 {
        match self {
            Value::Slice(s) => s.cap as i64,
            Value::Array(b) => b.borrow().len() as i64,
            Value::Chan(c) => {
                let c = c.borrow();
                if c.timer {
                    0
                } else {
                    c.cap as i64
                }
            }
            _ => 0,
        }
    }

    /// The elements of a slice or array, copied out.
    pub fn elems(&self) -> Vec<Value> {
        match self {
            Value::Slice(s) => {
                let a = s.arr.borrow();
                a.get(s.off as usize..(s.off + s.len) as usize)
                    .map(|e| e.to_vec())
                    .unwrap_or_default()
            }
            Value::Array(b) => b.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// The bytes of a `[]byte` (or byte array).
    pub fn byte_vec(&self) -> Vec<u8> {
        self.elems().iter().map(|e| e.as_int() as u8).collect()
    }

    /// A new `[]byte` holding `bytes`.
    pub fn byte_slice(bytes: &[u8]) -> Value {
        Value::slice_of(bytes.iter().map(|&b| Value::Int(i64::from(b))).collect())
    }

    pub fn slice_of(v: Vec<Value>) -> Value {
        let n = v.len() as u32;
        Value::Slice(Slice {
            arr: Value::new_box(v),
            off: 0,
            len: n,
            cap: n,
        })
    }
}

fn copy_box(b: &Boxed) -> Boxed {
    Value::new_box(b.borrow().iter().map(Value::deep_copy).collect())
}

/// Equality as Go's `==`. `Err` carries the dynamic type that is not
/// comparable (Go panics with `comparing uncomparable type T`).
pub fn equal(a: &Value, b: &Value) -> Result<bool, Uncomparable> {
    Ok(match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Complex(a, b), Value::Complex(c, d)) => a == c && b == d,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Ptr(x), Value::Ptr(y)) => x.same(y),
        (Value::Map(x), Value::Map(y)) => Rc::ptr_eq(x, y),
        (Value::Chan(x), Value::Chan(y)) => Rc::ptr_eq(x, y),
        (Value::Array(x), Value::Array(y)) | (Value::Struct(x), Value::Struct(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.borrow(), y.borrow());
            for (p, q) in x.iter().zip(y.iter()) {
                if !equal(p, q)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Iface(x), Value::Iface(y)) => {
            if x.0 != y.0 {
                return Ok(false);
            }
            match &x.1 {
                Value::Slice(_) | Value::Func(_) => return Err(Uncomparable(x.0)),
                Value::Map(_) => return Err(Uncomparable(x.0)),
                _ => equal(&x.1, &y.1)?,
            }
        }
        _ => false,
    })
}

/// A dynamic type that cannot be compared or hashed.
#[derive(Debug)]
pub struct Uncomparable(pub RtType);

/// A hashable form of a comparable Go value, used as a map key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    /// Float bits with -0 folded into +0 (NaN keys never match, as in Go,
    /// because each NaN gets a fresh key via `Key::Nan`).
    Float(u64),
    Nan(u64),
    /// The bytes alone (no offset and length): map entries stay small.
    Str(Rc<[u8]>),
    Ptr(usize, u32),
    Tuple(Vec<Key>),
    Iface(RtType, Box<Key>),
}

impl Key {
    fn float(f: f64, nan_counter: &mut u64) -> Key {
        if f.is_nan() {
            *nan_counter += 1;
            Key::Nan(*nan_counter)
        } else if f == 0.0 {
            Key::Float(0)
        } else {
            Key::Float(f.to_bits())
        }
    }

    pub fn from_value(v: &Value, nan_counter: &mut u64) -> Result<Key, Uncomparable> {
        Ok(match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) => Key::float(*f, nan_counter),
            Value::Complex(re, im) => Key::Tuple(vec![
                Key::float(*re, nan_counter),
                Key::float(*im, nan_counter),
            ]),
            Value::Str(s) => Key::Str(s.bytes()),
            Value::Ptr(Ptr::Cell(c)) => Key::Ptr(Rc::as_ptr(c) as usize, 0),
            Value::Ptr(Ptr::Elem(b, i)) => Key::Ptr(Rc::as_ptr(b) as usize, *i + 1),
            Value::Chan(c) => Key::Ptr(Rc::as_ptr(c) as *const u8 as usize, 0),
            Value::Array(b) | Value::Struct(b) => Key::Tuple(
                b.borrow()
                    .iter()
                    .map(|e| Key::from_value(e, nan_counter))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Iface(x) => match &x.1 {
                Value::Slice(_) | Value::Func(_) | Value::Map(_) => return Err(Uncomparable(x.0)),
                inner => Key::Iface(x.0, Box::new(Key::from_value(inner, nan_counter)?)),
            },
            _ => Key::Nil,
        })
    }
}

/// Go maps' index, with the crate's one deterministic hasher: map iteration
/// order never depends on it, but determinism keeps runs reproducible.
pub type FxMap<K, V> = crate::types::FastMap<K, V>;

/// A Go map: entries in insertion order (with holes for deletions) plus an
/// index. Iteration starts at a seeded random offset, as Go randomizes it.
#[derive(Debug, Default)]
pub struct Map {
    pub index: FxMap<Key, u32>,
    pub entries: Vec<Option<(Key, Value, Value)>>,
    live: usize,
}

impl Map {
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn get(&self, k: &Key) -> Option<&Value> {
        let i = *self.index.get(k)?;
        self.entries.get(i as usize)?.as_ref().map(|e| &e.2)
    }

    pub fn insert(&mut self, k: Key, kv: Value, v: Value) {
        if let Some(&i) = self.index.get(&k) {
            if let Some(Some(e)) = self.entries.get_mut(i as usize) {
                // Go overwrites the stored key too (NeedKeyUpdate): +0 replaces -0.
                e.1 = kv;
                e.2 = v;
                return;
            }
        }
        if self.entries.len() > 32 && self.entries.len() > 2 * self.live {
            self.compact();
        }
        self.index.insert(k.clone(), self.entries.len() as u32);
        self.entries.push(Some((k, kv, v)));
        self.live += 1;
    }

    pub fn remove(&mut self, k: &Key) {
        if let Some(i) = self.index.remove(k) {
            if let Some(slot) = self.entries.get_mut(i as usize) {
                if slot.take().is_some() {
                    self.live -= 1;
                }
            }
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.live = 0;
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some((k, _, _)) = e {
                self.index.insert(k.clone(), i as u32);
            }
        }
    }

    /// The live keys, rotated to start at `start % n` (Go's random start).
    pub fn keys_from(&self, start: u64) -> Vec<(Key, Value)> {
        let live: Vec<(Key, Value)> = self
            .entries
            .iter()
            .flatten()
            .map(|(k, kv, _)| (k.clone(), kv.clone()))
            .collect();
        if live.is_empty() {
            return live;
        }
        let s = (start % live.len() as u64) as usize;
        let mut out = Vec::with_capacity(live.len());
        out.extend_from_slice(&live[s..]);
        out.extend_from_slice(&live[..s]);
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn string_slices_share_their_buffer() {
        let s = Str::from(&b"hello, world"[..]);
        let w = s.slice(7, 12);
        assert_eq!(&*w, b"world");
        assert!(Rc::ptr_eq(&s.buf, &w.buf));
        assert_eq!(w, Str::from(&b"world"[..]));
        assert_eq!(&*w.slice(1, 3), b"or");
        // Out-of-range bounds (checked by the caller) give "", not a panic.
        assert!(w.slice(3, 9).is_empty());
        // A map key holds only the bytes.
        assert_eq!(&*w.bytes(), b"world");
        assert!(Rc::ptr_eq(&s.bytes(), &s.buf));
    }

    use super::*;

    #[test]
    fn value_is_compact() {
        assert!(std::mem::size_of::<Value>() <= 32);
    }

    #[test]
    fn store_into_keeps_field_pointers() {
        let inner = Value::Struct(Value::new_box(vec![Value::Int(1)]));
        let mut s = Value::Struct(Value::new_box(vec![inner]));
        let p = match &s {
            Value::Struct(b) => match &b.borrow()[0] {
                Value::Struct(ib) => Ptr::Elem(ib.clone(), 0),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        };
        let fresh = Value::Struct(Value::new_box(vec![Value::Struct(Value::new_box(vec![
            Value::Int(7),
        ]))]));
        store_into(&mut s, fresh);
        assert_eq!(p.load().as_int(), 7);
    }

    #[test]
    fn map_keys_and_deletes() {
        let mut m = Map::default();
        let mut n = 0;
        for i in 0..100 {
            let k = Key::from_value(&Value::Int(i), &mut n).unwrap();
            m.insert(k, Value::Int(i), Value::Int(i * 2));
        }
        for i in 0..90 {
            m.remove(&Key::Int(i));
        }
        m.insert(Key::Int(500), Value::Int(500), Value::Int(1));
        assert_eq!(m.len(), 11);
        assert_eq!(m.get(&Key::Int(95)).map(Value::as_int), Some(190));
        assert_eq!(m.keys_from(3).len(), 11);
    }
}
