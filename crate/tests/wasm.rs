//! The wasm-bindgen layer, exercised in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p goplay --target wasm32-unknown-unknown --test wasm`
#![cfg(target_arch = "wasm32")]

use goplay::wasm::{check_program, run_program};
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
