//! The wasm-bindgen layer, exercised in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p goplay --target wasm32-unknown-unknown --test wasm`
#![cfg(target_arch = "wasm32")]

use goplay::wasm::{check_program, run_program, Session};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn bad_settings_are_errors_not_panics() {
    let src = "package main\n";
    assert!(run_program(src, "2.0", 1.0, "go", 1, false).is_err());
    assert!(run_program(src, "1.22", 1.0, "sometimes", 1, false).is_err());
    assert!(check_program(src, "1.99").is_err());
}

#[wasm_bindgen_test]
fn compile_errors_come_back_as_gc_lines() {
    let result = run_program(
        "package main\n\nfunc main() {\n\tx := 1\n}\n",
        "1.22",
        7.0,
        "go",
        1,
        false,
    )
    .unwrap_or_else(|_| panic!("valid settings"));
    assert_eq!(result.exit_code, 1);
    assert!(result.stderr.starts_with("./prog.go:"), "{}", result.stderr);
}

#[wasm_bindgen_test]
fn hello_world_runs_in_the_browser() {
    let src =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"Hello, 世界\")\n}\n";
    let result =
        run_program(src, "1.22", 1.0, "go", 1, false).unwrap_or_else(|_| panic!("valid settings"));
    assert_eq!(result.stdout, "Hello, 世界\n");
    assert_eq!(result.exit_code, 0);
}

#[wasm_bindgen_test]
fn a_session_runs_in_slices_and_reports_goroutines() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tgo fmt.Println(\"child\")\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n";
    let mut session = Session::new(src, "1.22", 3.0, "fifo", 1, false)
        .unwrap_or_else(|_| panic!("valid settings"));
    assert_eq!(session.compile_errors(), "");
    assert_eq!(session.step(None).as_string().as_deref(), Some("budget"));
    assert!(array(session.goroutines()).length() >= 1);
    while session.run(1000.0).as_string().as_deref() != Some("exited") {}
    assert_eq!(session.exit_code(), Some(0));
    assert!(array(session.output(0)).length() >= 1);
    assert_eq!(array(session.output(1_000)).length(), 0);
}

/// A JS array the layer returned (it declares its own `Array` type, not js-sys's).
fn array(value: impl Into<wasm_bindgen::JsValue>) -> js_sys::Array {
    js_sys::Array::from(&value.into())
}

fn get(object: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(object, &key.into()).unwrap_or_else(|_| panic!("no {key}"))
}

#[wasm_bindgen_test]
fn a_race_comes_out_as_an_event_with_both_accesses() {
    let src = "package main\n\nimport \"time\"\n\nfunc main() {\n\tn := 0\n\tgo func() {\n\t\tn = 1\n\t}()\n\ttime.Sleep(time.Millisecond)\n\tprintln(n)\n}\n";
    let mut session =
        Session::new(src, "1.22", 1.0, "go", 1, true).unwrap_or_else(|_| panic!("valid settings"));
    while session.run(1000.0).as_string().as_deref() != Some("exited") {}
    assert_eq!(session.exit_code(), Some(66));
    assert_eq!(array(session.events(0, Some(1))).length(), 1);
    let race = array(session.events(0, None))
        .iter()
        .find(|e| get(e, "kind").as_string().as_deref() == Some("race"))
        .unwrap_or_else(|| panic!("a race event"));
    assert_eq!(get(&race, "goroutine").as_f64(), Some(1.0));
    assert_eq!(get(&race, "line").as_f64(), Some(11.0));
    assert_eq!(get(&race, "write").as_bool(), Some(false));
    assert_eq!(get(&race, "prevGoroutine").as_f64(), Some(6.0));
    assert_eq!(get(&race, "prevLine").as_f64(), Some(8.0));
    assert_eq!(get(&race, "prevWrite").as_bool(), Some(true));
    assert!(get(&race, "prevStep").as_f64() < get(&race, "step").as_f64());
}

#[wasm_bindgen_test]
fn run_queues_name_goroutines_per_processor() {
    let src = "package main\n\nfunc main() {\n\tgo func() {}()\n\tgo func() {}()\n\tprintln()\n}\n";
    let mut session =
        Session::new(src, "1.22", 1.0, "go", 1, false).unwrap_or_else(|_| panic!("valid settings"));
    for _ in 0..2 {
        session.step(None);
    }
    let queues = session.run_queues();
    let procs = js_sys::Array::from(&get(&queues, "procs"));
    assert_eq!(procs.length(), 1);
    let p0 = procs.get(0);
    assert_eq!(get(&p0, "running").as_f64(), Some(1.0));
    assert_eq!(get(&p0, "runnext").as_f64(), Some(7.0));
    let runq: Vec<_> = js_sys::Array::from(&get(&p0, "runq"))
        .iter()
        .map(|id| id.as_f64())
        .collect();
    assert_eq!(runq, vec![Some(6.0)]);
    assert_eq!(js_sys::Array::from(&get(&queues, "global")).length(), 0);
}
