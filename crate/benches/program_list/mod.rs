//! The Go programs of benches/programs/ that the bench binaries share.

use std::path::PathBuf;

pub fn programs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/programs")
}

/// The bench's arguments, without the `--bench` cargo adds.
pub fn bench_args() -> Vec<String> {
    std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect()
}

/// The programs' names, sorted, limited to `only` unless it is empty.
pub fn program_names(only: &[String]) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(programs_dir())
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()?
                        .strip_suffix(".go")
                        .map(String::from)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.retain(|n| only.is_empty() || only.contains(n));
    names
}
