//! sync, runtime, time.Sleep and os.Exit: natives that park, wake or end
//! goroutines. Sync primitives keep their state in the VM keyed by the
//! primitive's address, so their Go declarations may have any layout.

use std::collections::VecDeque;

use crate::race::SyncId;
use crate::vm::exec::Ret;
use crate::vm::value::{Key, Value};
use crate::vm::{panic, Goroutine, Vm, WaitReason};

/// State of one sync primitive.
#[derive(Debug, Default, Clone)]
pub struct SyncState {
    /// WaitGroup counter, or RWMutex reader count.
    pub count: i64,
    pub locked: bool,
    /// RWMutex: goroutines waiting to write / read.
    pub writers: VecDeque<(usize, u64)>,
    pub readers: VecDeque<(usize, u64)>,
    pub done: bool,
    /// Cond: the next ticket to notify (tickets below it are notified; the
    /// next ticket to hand out is `count`), and the parked (ticket, slot, token).
    pub notify: i64,
    pub parked: Vec<(i64, usize, u64)>,
}

fn key(vm: &mut Vm, v: Option<&Value>) -> Key {
    Key::from_value(v.unwrap_or(&Value::Nil), &mut vm.nan_keys).unwrap_or(Key::Nil)
}

fn state<'v>(vm: &'v mut Vm, k: &Key) -> &'v mut SyncState {
    vm.sync_state.entry(k.clone()).or_default()
}

fn park_on(vm: &mut Vm, g: &mut Goroutine, k: Key, reason: WaitReason) -> Ret {
    let token = vm.park(g, reason);
    let slot = vm.cur_slot;
    vm.sync_waiters
        .entry(k)
        .or_default()
        .push_back((slot, token));
    Ret::Blocked
}

/// Wakes the first still-parked waiter of `k`, which acquires `sync` (race mode).
fn wake_one(vm: &mut Vm, k: &Key, sync: fn(u64) -> SyncId) -> bool {
    while let Some((slot, token)) = vm.sync_waiters.get_mut(k).and_then(VecDeque::pop_front) {
        if vm.wake(slot, token) {
            if vm.race.is_some() {
                vm.race_acquire(vm.race_goid(slot), sync, k);
            }
            return true;
        }
    }
    false
}

pub fn wg_add_delta(vm: &mut Vm, k: Key, delta: i64) -> Result<(), Value> {
    let s = state(vm, &k);
    s.count += delta;
    if s.count < 0 {
        return Err(Value::Iface(std::rc::Rc::new((
            panic::builtin_types::STRING,
            Value::str("sync: negative WaitGroup counter"),
        ))));
    }
    if s.count == 0 {
        while wake_one(vm, &k, SyncId::WaitGroup) {}
    }
    Ok(())
}

pub fn wg_add(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let delta = args.get(1).map_or(0, Value::as_int);
    if delta < 0 {
        vm.race_release(g.id, SyncId::WaitGroup, &k);
    }
    wg_add_delta(vm, k, delta)?;
    Ok(Ret::None)
}

pub fn wg_done(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    vm.race_release(g.id, SyncId::WaitGroup, &k);
    wg_add_delta(vm, k, -1)?;
    Ok(Ret::None)
}

pub fn wg_wait(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    if state(vm, &k).count == 0 {
        vm.race_acquire(g.id, SyncId::WaitGroup, &k);
        return Ok(Ret::None);
    }
    Ok(park_on(vm, g, k, WaitReason::WaitGroup))
}

/// WaitGroup.Go(f): Add(1), then run f in a new goroutine that calls Done when it ends.
pub fn wg_go(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    wg_add_delta(vm, k.clone(), 1)?;
    let f = args.get(1).cloned().unwrap_or_default();
    let line = crate::vm::sched::current_line(&vm.prog, g);
    let fid = g.frames.last().map_or(0, |f| f.func);
    let id = vm.spawn(f, Vec::new(), Some((g.id, fid, line)));
    vm.race_go(g, None, id, false);
    vm.on_exit.insert(id, k);
    Ok(Ret::None)
}

pub fn mutex_lock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    if !s.locked {
        s.locked = true;
        vm.race_acquire(g.id, SyncId::Mutex, &k);
        return Ok(Ret::None);
    }
    Ok(park_on(vm, g, k, WaitReason::Mutex))
}

pub fn mutex_trylock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    let ok = !s.locked;
    s.locked = true;
    if ok {
        vm.race_acquire(g.id, SyncId::Mutex, &k);
    }
    Ok(Ret::One(Value::Bool(ok)))
}

pub fn mutex_unlock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    if !state(vm, &k).locked {
        vm.fatal_in(g, "sync: unlock of unlocked mutex");
        return Ok(Ret::Exit);
    }
    vm.race_release(g.id, SyncId::Mutex, &k);
    // Hand the lock to the next waiter, if any.
    if !wake_one(vm, &k, SyncId::Mutex) {
        state(vm, &k).locked = false;
    }
    Ok(Ret::None)
}

pub fn rw_lock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    if !s.locked && s.count == 0 {
        s.locked = true;
        vm.race_acquire(g.id, SyncId::RwReaders, &k);
        vm.race_acquire(g.id, SyncId::RwWriters, &k);
        return Ok(Ret::None);
    }
    let token = vm.park(g, WaitReason::RWMutexLock);
    let slot = vm.cur_slot;
    state(vm, &k).writers.push_back((slot, token));
    Ok(Ret::Blocked)
}

pub fn rw_unlock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    if !state(vm, &k).locked {
        vm.fatal_in(g, "sync: Unlock of unlocked RWMutex");
        return Ok(Ret::Exit);
    }
    vm.race_release(g.id, SyncId::RwReaders, &k);
    state(vm, &k).locked = false;
    let readers: Vec<(usize, u64)> = state(vm, &k).readers.drain(..).collect();
    if readers.is_empty() {
        grant_writer(vm, &k);
    } else {
        for (slot, token) in readers {
            if vm.wake(slot, token) {
                vm.race_acquire(vm.race_goid(slot), SyncId::RwReaders, &k);
                state(vm, &k).count += 1;
            }
        }
    }
    Ok(Ret::None)
}

fn grant_writer(vm: &mut Vm, k: &Key) {
    while let Some((slot, token)) = state(vm, k).writers.pop_front() {
        if vm.wake(slot, token) {
            state(vm, k).locked = true;
            let goid = vm.race_goid(slot);
            vm.race_acquire(goid, SyncId::RwReaders, k);
            vm.race_acquire(goid, SyncId::RwWriters, k);
            return;
        }
    }
}

/// RWMutex.TryLock: only when nobody holds it.
pub fn rw_trylock(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    let ok = !s.locked && s.count == 0;
    if ok {
        s.locked = true;
    }
    Ok(Ret::One(Value::Bool(ok)))
}

/// RWMutex.TryRLock: fails while a writer holds or waits for it, as in Go.
pub fn rw_tryrlock(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    let ok = !s.locked && s.writers.is_empty();
    if ok {
        s.count += 1;
    }
    Ok(Ret::One(Value::Bool(ok)))
}

pub fn rw_rlock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    if !s.locked && s.writers.is_empty() {
        s.count += 1;
        vm.race_acquire(g.id, SyncId::RwReaders, &k);
        return Ok(Ret::None);
    }
    let token = vm.park(g, WaitReason::RWMutexRLock);
    let slot = vm.cur_slot;
    state(vm, &k).readers.push_back((slot, token));
    Ok(Ret::Blocked)
}

pub fn rw_runlock(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    if s.count <= 0 {
        vm.fatal_in(g, "sync: RUnlock of unlocked RWMutex");
        return Ok(Ret::Exit);
    }
    s.count -= 1;
    let last = s.count == 0;
    vm.race_release(g.id, SyncId::RwWriters, &k);
    if last {
        grant_writer(vm, &k);
    }
    Ok(Ret::None)
}

/// Once.Do(f): runs f (in a nested loop) the first time only.
pub fn once_do(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    if std::mem::replace(&mut state(vm, &k).done, true) {
        vm.race_acquire(g.id, SyncId::Once, &k);
        return Ok(Ret::None);
    }
    let f = args.get(1).cloned().unwrap_or_default();
    vm.call_closure_sync(g, &f, Vec::new())?;
    vm.race_release(g.id, SyncId::Once, &k);
    Ok(Ret::None)
}

pub fn sleep(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let d = args.first().map_or(0, Value::as_int);
    if d <= 0 {
        vm.yielded = true;
        return Ok(Ret::Yield);
    }
    vm.sleep(g, d);
    Ok(Ret::Blocked)
}

/// runtime.Goexit: unwinds the goroutine's defers, then ends it.
pub fn goexit(vm: &mut Vm, g: &mut Goroutine, _args: &[Value]) -> Result<Ret, Value> {
    vm.goexit = true;
    if g.id == 1 {
        vm.main_exited = true;
    }
    Err(Value::Nil)
}

pub fn gosched(vm: &mut Vm, _g: &mut Goroutine, _args: &[Value]) -> Result<Ret, Value> {
    vm.yielded = true;
    Ok(Ret::Yield)
}

pub fn num_goroutine(vm: &mut Vm, _g: &mut Goroutine, _args: &[Value]) -> Result<Ret, Value> {
    Ok(Ret::One(Value::Int(vm.live as i64)))
}

pub fn gomaxprocs(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let prev = vm.nprocs() as i64;
    let n = args.first().map_or(0, Value::as_int);
    if n > 0 {
        vm.set_procs(n.min(64) as usize);
    }
    Ok(Ret::One(Value::Int(prev)))
}

pub fn exit(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    vm.exit = Some(args.first().map_or(0, Value::as_int) as i32);
    Ok(Ret::Exit)
}

/// Cond.ticket: the waiter's place in line (notifyListAdd).
pub fn cond_ticket(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    let t = s.count;
    s.count += 1;
    Ok(Ret::One(Value::Int(t)))
}

/// Cond.park(t): returns at once when t was already notified (notifyListWait).
pub fn cond_park(vm: &mut Vm, g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let t = args.get(1).map_or(0, Value::as_int);
    if t < state(vm, &k).notify {
        return Ok(Ret::None);
    }
    let token = vm.park(g, WaitReason::Cond);
    let slot = vm.cur_slot;
    state(vm, &k).parked.push((t, slot, token));
    Ok(Ret::Blocked)
}

/// Cond.Signal: notifies the oldest ticket not yet notified.
pub fn cond_signal(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    if s.notify == s.count {
        return Ok(Ret::None);
    }
    let t = s.notify;
    s.notify += 1;
    if let Some(i) = s.parked.iter().position(|w| w.0 == t) {
        let (_, slot, token) = s.parked.remove(i);
        vm.wake(slot, token);
    }
    Ok(Ret::None)
}

/// Cond.Broadcast: notifies every ticket handed out so far.
pub fn cond_broadcast(vm: &mut Vm, _g: &mut Goroutine, args: &[Value]) -> Result<Ret, Value> {
    let k = key(vm, args.first());
    let s = state(vm, &k);
    s.notify = s.count;
    let mut parked = std::mem::take(&mut s.parked);
    crate::sort::sort_by_key(&mut parked, |w| w.0);
    for (_, slot, token) in parked {
        vm.wake(slot, token);
    }
    Ok(Ret::None)
}
