use super::*;

fn check(src: &str) -> Result<Program, Vec<Diagnostic>> {
    check_source(src, GoVersion::NEWEST)
}

#[test]
fn every_stdlib_package_checks_clean() {
    for path in crate::stdlib::paths() {
        let src = format!("package main\n\nimport _ {path:?}\n\nfunc main() {{}}\n");
        match check(&src) {
            Ok(p) => assert!(
                p.packages.iter().any(|p| p.path == path),
                "{path} not loaded"
            ),
            Err(d) => panic!("{path}: {d:?}"),
        }
    }
}

#[test]
fn program_using_every_package_checks_clean() {
    let src = include_str!("testdata/uses_every_package.go");
    if let Err(d) = check(src) {
        panic!("{d:?}");
    }
}

/// Every `testdata/errors/*.go` must produce exactly what gc printed
/// (recorded by `testdata/record.sh` into `*.out`).
#[test]
fn matches_gc() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/testdata/errors");
    let mut failures = Vec::new();
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().is_none_or(|e| e != "go") {
            continue;
        }
        n += 1;
        let src = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("out")).unwrap();
        let go = src
            .lines()
            .find_map(|l| l.strip_prefix("//goplay:go "))
            .and_then(GoVersion::parse)
            .unwrap_or(GoVersion { minor: 22 });
        let diags = crate::driver::check(&src, go);
        let got = crate::diag::render_errors("prog.go", &src, &diags);
        if got != want {
            failures.push(format!(
                "{}:\n--- gc\n{want}--- goplay\n{got}",
                path.display()
            ));
        }
    }
    assert!(n > 0);
    assert!(
        failures.is_empty(),
        "{} of {n} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
