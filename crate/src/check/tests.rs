use super::*;

fn check(src: &str) -> Result<Program, Vec<Diagnostic>> {
    check_source(src, GoVersion::NEWEST)
}

#[test]
fn every_stdlib_package_checks_clean() {
    let mut prog = None;
    for path in crate::stdlib::paths() {
        let src = format!("package main\n\nimport _ {path:?}\n\nfunc main() {{}}\n");
        match check(&src) {
            Ok(p) => prog = Some(p),
            Err(d) => panic!("{path}: {d:?}"),
        }
        let p = prog.as_ref().map(|p| p.packages.len()).unwrap_or(0);
        assert!(p >= 2, "{path} not loaded");
    }
}

#[test]
fn program_using_every_package_checks_clean() {
    let src = include_str!("testdata/uses_every_package.go");
    if let Err(d) = check(src) {
        panic!("{d:?}");
    }
}
