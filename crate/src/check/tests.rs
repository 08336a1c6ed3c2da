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
        let got = crate::diag::render_errors("prog.go", src.as_bytes(), &diags);
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

/// go vet's loopclosure findings for `testdata/vet/*.go` (recorded by
/// `testdata/record.sh`) are the checker's warnings.
#[test]
fn matches_vet() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/testdata/vet");
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let want = std::fs::read_to_string(path.with_extension("out")).unwrap();
        let go = src
            .lines()
            .find_map(|l| l.strip_prefix("//goplay:go "))
            .and_then(GoVersion::parse)
            .unwrap_or(GoVersion { minor: 22 });
        let prog = check_source(&src, go).unwrap_or_else(|d| panic!("{d:?}"));
        let index = crate::source::LineIndex::new(&src);
        let got: String = prog
            .warnings
            .iter()
            .map(|w| {
                let lc = index.line_col(w.span.lo);
                format!("prog.go:{}:{}: {}\n", lc.line, lc.col, w.message)
            })
            .collect();
        assert_eq!(got, want, "{}", path.display());
        // From go1.22 on each iteration has its own variable: no findings.
        let later = check_source(&src, GoVersion { minor: 22 }).unwrap_or_else(|d| panic!("{d:?}"));
        assert!(later.warnings.is_empty());
    }
}

/// Inputs the fuzzer found.
#[test]
fn fuzz_regressions() {
    let src = "package main\n\nfunc main() {\n\tx\u{263a} := 11\n\tx\u{263a} = _\n}\n";
    let _ = check_source(src, GoVersion::NEWEST);
}

#[test]
fn pathological_programs_terminate() {
    let deep_float = format!(
        "package main\n\nconst c = 1e9999{}\n\nfunc main() {{}}\n",
        " * 1e9999".repeat(150)
    );
    let growing = "package main\n\ntype T[P any] struct{ f *T[[]P] }\n\nvar x T[int]\n\nfunc main() { _ = x }\n";
    let cyclic_constraints = "package main\n\nfunc h[P interface{ Q }, Q interface{ P }](p P) { var q Q = p; _ = q }\n\nfunc main() {}\n";
    for src in [deep_float.as_str(), growing, cyclic_constraints] {
        let _ = check_source(src, GoVersion::NEWEST);
    }
}
