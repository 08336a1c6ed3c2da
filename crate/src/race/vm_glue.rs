//! The VM's side of race mode: turns VM values into detector locations and
//! forwards accesses and synchronisation. Every entry point returns at once
//! when race mode is off; call sites guard with `vm.race.is_some()` so normal
//! runs pay one predictable branch.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::{AtomicOp, Detector, FxHasher, Goid, Loc, Origin, Owner, RawFrame, Symbols, SyncId};
use crate::vm::op::Program;
use crate::vm::value::{Boxed, Key, Map, Ptr, Value};
use crate::vm::{Goroutine, Vm};

impl Symbols for Program {
    fn func_name(&self, func: u32) -> String {
        self.funcs
            .get(func as usize)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }

    fn line(&self, func: u32, pc: u32, top: bool) -> u32 {
        let Some(p) = self.funcs.get(func as usize) else {
            return 0;
        };
        // The top frame gives the accessing instruction; a caller's pc is
        // past its call instruction.
        let i = if top { pc } else { pc.saturating_sub(1) } as usize;
        p.lines.get(i).or(p.lines.last()).copied().unwrap_or(0)
    }
}

/// The frames of `g`, outermost first; the top frame is at instruction `top`
/// (`None`: a native's caller, whose saved pc is past the call).
fn frames<'a>(
    prog: &'a Program,
    g: &'a Goroutine,
    top: Option<usize>,
) -> impl Iterator<Item = RawFrame> + 'a {
    let n = g.frames.len();
    g.frames
        .iter()
        .enumerate()
        .filter(move |(_, f)| {
            prog.funcs
                .get(f.func as usize)
                .is_some_and(|p| !p.name.is_empty())
        })
        .map(move |(i, f)| RawFrame {
            func: f.func,
            pc: match top {
                Some(pc) if i + 1 == n => pc as u32,
                None if i + 1 == n => f.pc.saturating_sub(1),
                _ => f.pc,
            },
        })
}

fn box_addr(b: &Boxed) -> usize {
    Rc::as_ptr(b) as *const u8 as usize
}

/// The box of a struct or array value.
fn aggregate(v: &Value) -> Option<Boxed> {
    match v {
        Value::Struct(b) | Value::Array(b) => Some(b.clone()),
        _ => None,
    }
}

/// The box of the struct or array in slot `i` of `b`, if it holds one.
fn held_at(b: &Boxed, i: usize) -> Option<Boxed> {
    b.try_borrow().ok()?.get(i).and_then(aggregate)
}

/// A stable 64-bit id for a sync primitive's or channel's key.
fn key_id(k: &Key) -> u64 {
    let mut h = FxHasher::default();
    k.hash(&mut h);
    h.finish()
}

/// The shadow slot of a heap cell, if `o` is one (the detector keeps cells'
/// shadow state in a slab; see `CellShadows`).
pub(super) fn cell_slot(o: &dyn std::any::Any) -> Option<&std::cell::Cell<u32>> {
    o.downcast_ref::<crate::vm::value::Cell>().map(|c| &c.race)
}

/// How a map operation touches the map.
#[derive(Clone, Copy)]
pub enum MapOp {
    Get { comma_ok: bool },
    Set,
    Delete,
    Range,
}

impl Vm {
    #[inline]
    fn race_report(&mut self, race: Option<super::Race>) {
        if let Some(race) = race {
            self.print_race(race);
        }
    }

    #[cold]
    fn print_race(&mut self, race: super::Race) {
        let Some(d) = self.race.as_deref() else {
            return;
        };
        let text = d.render(&race, &*self.prog);
        let (line, prev_line) = d.race_lines(&race, &*self.prog);
        self.write_out(true, text.as_bytes());
        let kind = crate::vm::sched::EventKind::Race {
            line,
            write: race.cur.write,
            prev_goid: race.prev.goid,
            prev_line,
            prev_write: race.prev.write,
            prev_step: u64::from(race.prev.step),
        };
        self.event(race.cur.goid, kind);
    }

    /// The statement count accesses are stamped with (see `Detector::step`).
    fn race_step(&self) -> u32 {
        u32::try_from(self.steps).unwrap_or(u32::MAX)
    }

    #[allow(clippy::too_many_arguments)]
    fn race_at(
        &mut self,
        g: &Goroutine,
        pc: Option<usize>,
        loc: Loc,
        owner: Option<&dyn Owner>,
        write: bool,
        origin: Origin,
    ) {
        let step = self.race_step();
        let Some(d) = self.race.as_deref_mut() else {
            return;
        };
        d.step = step;
        let prog = &self.prog;
        let race = d.runtime_access(g.id, loc, write, origin, owner, &mut |sink| {
            frames(prog, g, pc).for_each(sink)
        });
        self.race_report(race);
    }

    /// The variable at `loc` (holding `held`, if it holds a struct or an
    /// array) is read or written. Go's detector sees memory as words: a
    /// struct or array variable is its fields' and elements' words, so a
    /// whole-struct store races with a write of one field, and two fields
    /// never race. `whole`: a read of the value itself (a copy); otherwise
    /// a read only reaches into it (`p.f`, `a[i]`), reading nothing yet.
    #[allow(clippy::too_many_arguments)]
    fn race_var(
        &mut self,
        g: &Goroutine,
        pc: Option<usize>,
        loc: Loc,
        owner: Option<&dyn Owner>,
        held: Option<Boxed>,
        write: bool,
        whole: bool,
    ) {
        match held {
            Some(b) if write || whole => self.race_words(g, pc, &b, write),
            Some(_) => {}
            None => self.race_at(g, pc, loc, owner, write, Origin::Go),
        }
    }

    /// Every word of a struct or array value, nested ones included.
    fn race_words(&mut self, g: &Goroutine, pc: Option<usize>, b: &Boxed, write: bool) {
        // A work list rather than recursion: nesting depth is the program's.
        let mut todo = vec![b.clone()];
        while let Some(b) = todo.pop() {
            let n = b.try_borrow().map_or(0, |v| v.len());
            for i in 0..n {
                match held_at(&b, i) {
                    Some(inner) => todo.push(inner),
                    None => {
                        let loc = Loc::elem(box_addr(&b), u32::try_from(i).unwrap_or(u32::MAX));
                        self.race_at(g, pc, loc, Some(&b), write, Origin::Go);
                    }
                }
            }
        }
    }

    /// A load or store through a pointer; `pc` is the instruction's index.
    pub(crate) fn race_ptr(&mut self, g: &Goroutine, pc: Option<usize>, p: &Ptr, write: bool) {
        match p {
            Ptr::Cell(c) => {
                let held = c.v.try_borrow().ok().and_then(|v| aggregate(&v));
                self.race_var(g, pc, Loc::cell(c.id), Some(c), held, write, false)
            }
            Ptr::Elem(b, i) => {
                let held = held_at(b, *i as usize);
                self.race_var(
                    g,
                    pc,
                    Loc::elem(box_addr(b), *i),
                    Some(b),
                    held,
                    write,
                    false,
                )
            }
        }
    }

    /// Element or field `i` of an array, struct or slice backing array.
    pub(crate) fn race_elem(&mut self, g: &Goroutine, pc: usize, b: &Boxed, i: usize, write: bool) {
        self.race_slot(g, pc, b, i, write, false);
    }

    fn race_slot(
        &mut self,
        g: &Goroutine,
        pc: usize,
        b: &Boxed,
        i: usize,
        write: bool,
        whole: bool,
    ) {
        let slot = u32::try_from(i).unwrap_or(u32::MAX);
        let held = held_at(b, i);
        self.race_var(
            g,
            Some(pc),
            Loc::elem(box_addr(b), slot),
            Some(b),
            held,
            write,
            whole,
        );
    }

    /// Elements `range` of a box, all read or all written (copies, append).
    pub(crate) fn race_elems(
        &mut self,
        g: &Goroutine,
        pc: usize,
        b: &Boxed,
        range: std::ops::Range<usize>,
        write: bool,
    ) {
        for i in range {
            self.race_slot(g, pc, b, i, write, true);
        }
    }

    /// Copying a struct or array value reads every word of it.
    pub(crate) fn race_copy(&mut self, g: &Goroutine, pc: usize, v: &Value) {
        if let Some(b) = aggregate(v) {
            self.race_words(g, Some(pc), &b, false);
        }
    }

    /// `append` turned `before` into `after`: the new elements are written;
    /// when the array grew, the old elements were read (copied).
    pub(crate) fn race_append(&mut self, g: &Goroutine, pc: usize, before: &Value, after: &Value) {
        let Value::Slice(new) = after else { return };
        let (old_len, grown) = match before {
            Value::Slice(old) => (old.len as usize, !Rc::ptr_eq(&old.arr, &new.arr)),
            _ => (0, true),
        };
        if let (true, Value::Slice(old)) = (grown, before) {
            let off = old.off as usize;
            self.race_elems(g, pc, &old.arr, off..off + old_len, false);
        }
        let off = new.off as usize;
        self.race_elems(g, pc, &new.arr, off + old_len..off + new.len as usize, true);
    }

    /// `copy(dst, src)`: reads of the copied source elements, writes of the
    /// destination's.
    pub(crate) fn race_copy_slice(&mut self, g: &Goroutine, pc: usize, dst: &Value, src: &Value) {
        let Value::Slice(d) = dst else { return };
        let n = match src {
            Value::Slice(s) => {
                let n = s.len.min(d.len) as usize;
                self.race_elems(g, pc, &s.arr, s.off as usize..s.off as usize + n, false);
                n
            }
            other => (other.len().max(0) as usize).min(d.len as usize),
        };
        self.race_elems(g, pc, &d.arr, d.off as usize..d.off as usize + n, true);
    }

    /// A value passed from `sender` to `receiver` on channel `id`: a
    /// rendezvous if unbuffered, else through the buffer's next slot.
    pub(crate) fn race_chan_pass(&mut self, sender: Goid, receiver: Goid, id: u32, cap: usize) {
        let (ch, cap) = (u64::from(id), cap as u64);
        self.race_sync(|d| {
            if cap == 0 {
                d.chan_handoff(sender, receiver, ch);
            } else {
                d.chan_send(sender, ch, cap);
                d.chan_recv(receiver, ch, cap);
            }
        });
    }

    /// A package-level variable (a cell, so `&global` accesses match).
    pub(crate) fn race_global(&mut self, g: &Goroutine, pc: usize, i: usize, write: bool) {
        let Some(c) = self.globals.get(i).cloned() else {
            return;
        };
        let held = c.v.try_borrow().ok().and_then(|v| aggregate(&v));
        self.race_var(g, Some(pc), Loc::cell(c.id), Some(&c), held, write, false);
    }

    /// A map operation: the header (as Go's runtime functions touch it) and,
    /// for lookups and stores, the entry.
    pub(crate) fn race_map(
        &mut self,
        g: &Goroutine,
        pc: usize,
        m: &Rc<RefCell<Map>>,
        key: Option<&Key>,
        op: MapOp,
    ) {
        let addr = Rc::as_ptr(m) as *const u8 as usize;
        let str_key = matches!(key, Some(Key::Str(_)));
        let (origin, write) = match op {
            MapOp::Get { comma_ok: false } => (Origin::MapAccess1 { str_key }, false),
            MapOp::Get { comma_ok: true } => (Origin::MapAccess2 { str_key }, false),
            MapOp::Set => (Origin::MapAssign { str_key }, true),
            MapOp::Delete => (Origin::MapDelete { str_key }, true),
            MapOp::Range => (Origin::MapRange, false),
        };
        self.race_at(g, Some(pc), Loc::map_header(addr), Some(m), write, origin);
        if let (Some(k), MapOp::Get { .. } | MapOp::Set) = (key, op) {
            self.race_at(
                g,
                Some(pc),
                Loc::map_entry(addr, key_id(k)),
                Some(m),
                write,
                Origin::Go,
            );
        }
    }

    /// A sync/atomic operation on the location `p` (called from the native).
    pub(crate) fn race_atomic(&mut self, g: &Goroutine, p: &Ptr, op: AtomicOp) {
        let step = self.race_step();
        let Some(d) = self.race.as_deref_mut() else {
            return;
        };
        d.step = step;
        let prog = &self.prog;
        let (loc, owner): (Loc, &dyn Owner) = match p {
            Ptr::Cell(c) => (Loc::cell(c.id), c),
            Ptr::Elem(b, i) => (Loc::elem(box_addr(b), *i), b),
        };
        let race = d.atomic(g.id, loc, op, Some(owner), &mut |sink| {
            frames(prog, g, None).for_each(sink)
        });
        self.race_report(race);
    }

    /// `g` runs a go statement at instruction `pc` (`None`: from a native)
    /// that created `child`.
    /// `wrapped`: the call had arguments (or a receiver), so Go runs it
    /// through a `gowrap` function.
    pub(crate) fn race_go(&mut self, g: &Goroutine, pc: Option<usize>, child: Goid, wrapped: bool) {
        let Some(d) = self.race.as_deref_mut() else {
            return;
        };
        d.go_start(g.id, child, frames(&self.prog, g, pc));
        let (Some(pc), Some(f), true) = (pc, g.frames.last(), wrapped) else {
            return;
        };
        let Some(proto) = self.prog.funcs.get(f.func as usize) else {
            return;
        };
        // Wrappers are numbered per enclosing function in source order.
        let n = proto
            .code
            .iter()
            .take(pc + 1)
            .filter(|op| matches!(op, crate::vm::op::Op::Go(_, _, n) if *n > 0))
            .count()
            .max(1);
        let line = proto.lines.get(pc).copied().unwrap_or(0);
        d.wrapper_frame(child, &format!("{}.gowrap{n}", proto.name), line);
    }

    /// The goroutine id in scheduler slot `slot` (a woken waiter).
    pub(crate) fn race_goid(&self, slot: usize) -> Goid {
        self.gs
            .get(slot)
            .and_then(|g| g.as_ref())
            .map_or(0, |g| g.id)
    }

    /// Runs `f` on the detector, if race mode is on.
    pub(crate) fn race_sync(&mut self, f: impl FnOnce(&mut Detector)) {
        if let Some(d) = self.race.as_deref_mut() {
            f(d);
        }
    }

    /// Release then acquire on a sync primitive identified by its key.
    pub(crate) fn race_release(&mut self, g: Goid, s: impl Fn(u64) -> SyncId, k: &Key) {
        let id = key_id(k);
        self.race_sync(|d| d.release(g, s(id)));
    }

    pub(crate) fn race_acquire(&mut self, g: Goid, s: impl Fn(u64) -> SyncId, k: &Key) {
        let id = key_id(k);
        self.race_sync(|d| d.acquire(g, s(id)));
    }

    /// The program is ending with `code`: prints `Found N data race(s)` and
    /// turns a clean exit into 66, as Go's race runtime does.
    pub(crate) fn race_finish(&mut self, code: i32) -> i32 {
        let Some(d) = self.race.take() else {
            return code;
        };
        let (text, code) = d.finish(code);
        if let Some(t) = text {
            self.write_out(true, t.as_bytes());
        }
        code
    }
}
