//! Issue 7's rule: no race report on any race-free program of the corpus.
//!
//! Every runnable program not flagged `race` (those are judged by corpus.rs
//! against `go run -race`) runs in race mode, as corpus.rs runs it (one
//! processor, seed 1, its go.mod's version), and must report nothing, except
//! the programs below, which are racy on purpose and which `go run -race`
//! reports too (checked when they were listed).

use std::path::Path;

use goplay::{GoVersion, RunConfig};

/// Racy lesson programs (the loop-variable traps before Go 1.22, the
/// lesson's shared total): `go run -race` reports them at GOMAXPROCS=1.
const RACY: [&str; 5] = [
    "lesson_loopvar_trap_counter_121",
    "lesson_loopvar_trap_index_121",
    "lesson_loopvar_trap_value_121",
    "lesson_racy_total",
    "lesson_range_kv_trap_121",
];

#[test]
fn race_free_programs_report_no_race() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/programs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("prog.go").exists())
        .collect();
    dirs.sort();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for dir in dirs {
        let name = dir
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_default();
        let flags = read("flags");
        let runnable = !flags
            .lines()
            .any(|l| matches!(l.trim(), "race" | "check-only"))
            && !read("stderr").starts_with("# ")
            && !read("stderr").starts_with("./prog.go:");
        if !runnable {
            continue;
        }
        let config = RunConfig {
            go: GoVersion::from_go_mod(&read("go.mod")).unwrap_or_default(),
            procs: 1,
            seed: 1,
            race: true,
            ..RunConfig::default()
        };
        let out = goplay::run(&read("prog.go"), &config);
        let reported = String::from_utf8_lossy(&out.stderr).contains("WARNING: DATA RACE");
        if reported != RACY.contains(&name.as_str()) {
            wrong.push(format!("{name}: reported a race: {reported}"));
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} programs found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
