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
    assert!(session.goroutines().length() >= 1);
    while session.run(1000.0).as_string().as_deref() != Some("exited") {}
    assert_eq!(session.exit_code(), Some(0));
    assert!(session.output(0).length() >= 1);
    assert_eq!(session.output(1_000).length(), 0);
}
