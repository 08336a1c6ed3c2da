//! Embeds the standard library's Go sources (src/stdlib/*.go) without their comments:
//! a fifth of their bytes, which would otherwise ship in the wasm. Newlines stay, so
//! every declaration keeps its line (runtime stack traces print stdlib lines).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = Path::new("src/stdlib");
    println!("cargo:rerun-if-changed=src/stdlib");
    for entry in fs::read_dir(dir).expect("src/stdlib exists") {
        let path = entry.expect("readable src/stdlib").path();
        if path.extension().is_some_and(|e| e == "go") {
            println!("cargo:rerun-if-changed={}", path.display());
            let src = fs::read_to_string(&path).expect("stdlib sources are UTF-8");
            let name = path.file_name().expect("a file name");
            fs::write(Path::new(&out).join(name), strip_comments(&src))
                .expect("OUT_DIR is writable");
        }
    }
}

/// `src` without comments and trailing blanks. A comment becomes the newlines it held
/// (a line comment keeps its line's newline), or a space when it had none, so the
/// lexer's automatic semicolons and every line number are unchanged.
fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut newlines = 0;
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    newlines += usize::from(c == '\n');
                    prev = c;
                }
                if newlines == 0 {
                    out.push(' ');
                }
                out.extend(std::iter::repeat_n('\n', newlines));
            }
            '"' | '\'' | '`' => {
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = c != '`' && s == '\\' && !escaped;
                }
            }
            '\n' => {
                while out.ends_with([' ', '\t']) {
                    out.pop();
                }
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    out
}
