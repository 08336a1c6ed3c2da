//! Throughput of the fmt engine on Println-style loops: `cargo run --release --example fmt_bench`.
use goplay::runtime::fmt::{sprintf, sprintln};
use goplay::runtime::fmt_value::FmtValue;
use std::time::Instant;

fn main() {
    let n = 1_000_000;
    let mut out = Vec::with_capacity(1 << 20);
    let t = Instant::now();
    for i in 0..n {
        out.clear();
        sprintln(&mut out, &[FmtValue::int(i)]);
    }
    println!(
        "Println(int)        {:>6.0} ns/op",
        t.elapsed().as_nanos() as f64 / n as f64
    );
    let t = Instant::now();
    for i in 0..n {
        out.clear();
        sprintln(
            &mut out,
            &[
                FmtValue::string("i ="),
                FmtValue::int(i),
                FmtValue::float64(i as f64 / 7.0),
            ],
        );
    }
    println!(
        "Println(s, int, f)  {:>6.0} ns/op",
        t.elapsed().as_nanos() as f64 / n as f64
    );
    let t = Instant::now();
    for i in 0..n {
        out.clear();
        sprintf(
            &mut out,
            b"%5d %-8s %.2f\n",
            &[
                FmtValue::int(i),
                FmtValue::string("name"),
                FmtValue::float64(i as f64 / 3.0),
            ],
        );
    }
    println!(
        "Printf(%5d %-8s %.2f) {:>6.0} ns/op",
        t.elapsed().as_nanos() as f64 / n as f64
    );
    let t = Instant::now();
    let mut total = 0;
    for i in 0..n {
        out.clear();
        goplay::runtime::strconv::append_float(&mut out, i as f64 / 7.0, b'g', -1, 64);
        total += out.len();
    }
    println!(
        "FormatFloat(g, -1)  {:>6.0} ns/op ({total})",
        t.elapsed().as_nanos() as f64 / n as f64
    );
    let t = Instant::now();
    let mut s = String::new();
    for i in 0..n {
        use std::fmt::Write;
        s.clear();
        let _ = write!(s, "{:e}", i as f64 / 7.0);
        total += s.len();
    }
    println!(
        "Rust {{:e}}           {:>6.0} ns/op ({total})",
        t.elapsed().as_nanos() as f64 / n as f64
    );
}
