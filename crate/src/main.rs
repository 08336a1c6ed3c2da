//! The native CLI: `goplay run|check [options] FILE.go`.

use std::path::Path;
use std::process::ExitCode;

use goplay::diag::render_errors;
use goplay::{GoVersion, Policy, RunConfig};

const USAGE: &str = "usage: goplay run [--go VERSION] [--seed N] [--policy go|random|fifo|manual] [--procs N] [--race] FILE.go
       goplay check [--go VERSION] FILE.go";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli(&args) {
        Ok(code) => ExitCode::from(code as u8),
        Err(msg) => {
            eprintln!("goplay: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct Invocation {
    command: String,
    file: String,
    go: Option<GoVersion>,
    config: RunConfig,
}

fn parse_args(args: &[String]) -> Result<Invocation, String> {
    let mut it = args.iter();
    let command = it.next().ok_or("missing command")?.clone();
    if command != "run" && command != "check" {
        return Err(format!("unknown command {command:?}"));
    }
    let mut inv = Invocation {
        command,
        file: String::new(),
        go: None,
        config: RunConfig::default(),
    };
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or(format!("{name} needs a value"))
        };
        match flag {
            "--go" => {
                let v = value("--go")?;
                inv.go = Some(GoVersion::parse(&v).ok_or(format!(
                    "unsupported Go version {v:?} (goplay knows 1.{}..1.{})",
                    GoVersion::OLDEST.minor,
                    GoVersion::NEWEST.minor
                ))?);
            }
            "--seed" => {
                let v = value("--seed")?;
                inv.config.seed = v.parse().map_err(|_| format!("bad seed {v:?}"))?;
            }
            "--policy" => {
                let v = value("--policy")?;
                inv.config.policy = Policy::parse(&v).ok_or(format!("unknown policy {v:?}"))?;
            }
            "--procs" => {
                let v = value("--procs")?;
                inv.config.procs = match v.parse() {
                    Ok(n) if (1..=64).contains(&n) => n,
                    _ => return Err(format!("--procs takes 1 to 64, not {v:?}")),
                };
            }
            "--race" => inv.config.race = true,
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            file => {
                if !inv.file.is_empty() {
                    return Err("only one FILE.go can be given".into());
                }
                inv.file = file.to_string();
            }
        }
    }
    if inv.file.is_empty() {
        return Err("missing FILE.go".into());
    }
    Ok(inv)
}

fn cli(args: &[String]) -> Result<i32, String> {
    let inv = parse_args(args)?;
    let path = Path::new(&inv.file);
    let src = std::fs::read(path).map_err(|e| format!("{}: {e}", inv.file))?;
    let src = String::from_utf8_lossy(&src).into_owned();
    let mut config = inv.config;
    config.file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "prog.go".into());
    config.go = inv.go.or_else(|| go_mod_version(path)).unwrap_or_default();
    if inv.command == "check" {
        let diags = goplay::check(&src, config.go);
        let text = render_errors(&config.file_name, src.as_bytes(), &diags);
        eprint!("{text}");
        return Ok(if text.is_empty() { 0 } else { 1 });
    }
    let outcome = goplay::run(&src, &config);
    use std::io::Write;
    std::io::stdout().write_all(&outcome.stdout).ok();
    std::io::stderr().write_all(&outcome.stderr).ok();
    Ok(outcome.exit_code)
}

/// The `go` line of a go.mod beside the program, as `go run` would use it.
fn go_mod_version(file: &Path) -> Option<GoVersion> {
    let dir = file.parent()?;
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let text = std::fs::read_to_string(dir.join("go.mod")).ok()?;
    GoVersion::from_go_mod(&text)
}
