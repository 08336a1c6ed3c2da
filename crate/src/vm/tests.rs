//! VM tests with hand-built bytecode.

use std::rc::Rc;

use super::op::{Cmp, FuncProto, Op, Program};
use super::{Status, Value, Vm};
use crate::vm::sched::Policy;

/// fib(n) as a register program: r0 = n; result in r0.
pub fn fib_program(n: i32) -> Program {
    let fib = FuncProto {
        name: "main.fib".into(),
        code: vec![
            Op::Line(1),
            Op::Int(1, 2),
            Op::CmpI(Cmp::Lt, 2, 0, 1),
            Op::JumpIfNot(2, 1),
            Op::Return(0, 1),
            Op::AddIK(3, 0, -1),
            Op::CallStatic(0, 3),
            Op::AddIK(4, 0, -2),
            Op::CallStatic(0, 4),
            Op::AddI(0, 3, 4),
            Op::Return(0, 1),
        ],
        lines: vec![1; 11],
        nparams: 1,
        nresults: 1,
        nregs: 5,
        ..Default::default()
    };
    let main = FuncProto {
        name: "main.main".into(),
        code: vec![
            Op::Line(2),
            Op::Int(0, n),
            Op::CallStatic(0, 0),
            Op::StoreGlobal(0, 0),
            Op::Return(0, 0),
        ],
        lines: vec![2; 5],
        nregs: 1,
        ..Default::default()
    };
    Program {
        funcs: vec![Rc::new(fib), Rc::new(main)],
        globals: vec![Value::Int(0)],
        entry: 1,
        ..Default::default()
    }
}

#[test]
fn fib_runs() {
    let mut vm = Vm::new(fib_program(20), Policy::Go, 1, 1);
    assert_eq!(vm.run(u64::MAX), Status::Exited(0));
    assert_eq!(vm.globals[0].v.borrow().as_int(), 6765);
}

#[test]
fn budget_returns_to_host() {
    let mut vm = Vm::new(fib_program(15), Policy::Go, 1, 1);
    let mut slices = 0;
    while vm.run(100) == Status::Budget {
        slices += 1;
    }
    assert!(slices > 10);
    assert_eq!(vm.globals[0].v.borrow().as_int(), 610);
}
