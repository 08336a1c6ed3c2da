//! The standard library surface: each package's API declared once, as Go
//! source (`<path with / replaced by _>.go`), embedded in the crate.
//!
//! A function or method without a body is a native: the VM binds it by its
//! qualified name (`check::Program::qualified_name`, e.g. `fmt.Println`,
//! `time.Duration.String`, `sync.WaitGroup.Add`). Functions with bodies are
//! compiled by our own pipeline like user code. Fields of types the natives
//! implement (`sync.Mutex`, `time.Time`, ...) are opaque to programs and
//! laid out for the VM's convenience.

use crate::syntax::ast::File;
use std::rc::Rc;

/// (import path, Go source) of every package; build.rs strips the comments.
const PACKAGES: &[(&str, &str)] = &[
    ("cmp", include_str!(concat!(env!("OUT_DIR"), "/cmp.go"))),
    (
        "errors",
        include_str!(concat!(env!("OUT_DIR"), "/errors.go")),
    ),
    ("fmt", include_str!(concat!(env!("OUT_DIR"), "/fmt.go"))),
    ("io", include_str!(concat!(env!("OUT_DIR"), "/io.go"))),
    ("iter", include_str!(concat!(env!("OUT_DIR"), "/iter.go"))),
    ("maps", include_str!(concat!(env!("OUT_DIR"), "/maps.go"))),
    ("math", include_str!(concat!(env!("OUT_DIR"), "/math.go"))),
    (
        "math/cmplx",
        include_str!(concat!(env!("OUT_DIR"), "/math_cmplx.go")),
    ),
    (
        "math/rand",
        include_str!(concat!(env!("OUT_DIR"), "/math_rand.go")),
    ),
    ("os", include_str!(concat!(env!("OUT_DIR"), "/os.go"))),
    (
        "runtime",
        include_str!(concat!(env!("OUT_DIR"), "/runtime.go")),
    ),
    (
        "slices",
        include_str!(concat!(env!("OUT_DIR"), "/slices.go")),
    ),
    ("sort", include_str!(concat!(env!("OUT_DIR"), "/sort.go"))),
    (
        "strconv",
        include_str!(concat!(env!("OUT_DIR"), "/strconv.go")),
    ),
    (
        "strings",
        include_str!(concat!(env!("OUT_DIR"), "/strings.go")),
    ),
    ("sync", include_str!(concat!(env!("OUT_DIR"), "/sync.go"))),
    (
        "sync/atomic",
        include_str!(concat!(env!("OUT_DIR"), "/sync_atomic.go")),
    ),
    ("time", include_str!(concat!(env!("OUT_DIR"), "/time.go"))),
    (
        "unicode",
        include_str!(concat!(env!("OUT_DIR"), "/unicode.go")),
    ),
    ("unicode/utf8", include_str!("unicode_utf8.go")),
];

/// Names of the internal packages in real Go's dependency closure of
/// `path` that share a name with a public one (`internal/sync` is `sync`,
/// `internal/runtime/atomic` is `atomic`, ...). gc writes a type of such a
/// public package with its quoted path (`"sync".Mutex`), so the checker
/// needs them; recorded with `go list -deps` for Go 1.27.
pub fn hidden_namesakes(path: &str) -> &'static [&'static str] {
    const RUNTIME: &[&str] = &["atomic", "maps", "math", "strconv"];
    const RUNTIME_SYNC: &[&str] = &["atomic", "maps", "math", "strconv", "sync"];
    match path {
        "errors" | "iter" | "maps" | "runtime" | "slices" | "sort" | "strconv" => RUNTIME,
        "fmt" | "io" | "math/rand" | "os" | "strings" | "sync" | "time" => RUNTIME_SYNC,
        _ => &[],
    }
}

/// The Go source declaring package `path`, if goplay provides it.
pub fn source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, s)| *s)
}

/// All package paths goplay provides.
pub fn paths() -> impl Iterator<Item = &'static str> {
    PACKAGES.iter().map(|(p, _)| *p)
}

/// Parses package `path`'s declarations.
pub fn parse(path: &str) -> Option<Rc<File>> {
    let src = source(path)?;
    let (file, diags) = crate::syntax::parse_file(src);
    if !diags.is_empty() && cfg!(debug_assertions) {
        eprintln!("goplay: stdlib {path} does not parse: {diags:?}");
    }
    Some(Rc::new(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_package_parses_cleanly() {
        for (path, src) in PACKAGES {
            let (_, diags) = crate::syntax::parse_file(src);
            assert!(diags.is_empty(), "{path}: {diags:?}");
        }
    }
}
