//! Expressions and simple statements as text, the way gc's `syntax.String` (its
//! short form) prints them in error messages: composite literal and function
//! bodies elided as `…`, no added parentheses.

use super::ast::*;

/// gc's `syntax.String(x)` for an expression.
pub fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, x);
    out
}

/// A comma-separated expression list.
pub fn list_string(list: &[Expr]) -> String {
    let mut out = String::new();
    write_list(&mut out, list);
    out
}

/// gc's `syntax.String(s)` for the simple statements that can appear in headers.
pub fn stmt_string(s: &Stmt) -> String {
    let mut out = String::new();
    match &s.kind {
        StmtKind::Expr(x) => write_expr(&mut out, x),
        StmtKind::Send { ch, value, .. } => {
            write_expr(&mut out, ch);
            out.push_str(" <- ");
            write_expr(&mut out, value);
        }
        StmtKind::IncDec { x, inc, .. } => {
            write_expr(&mut out, x);
            out.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            write_list(&mut out, lhs);
            let op = match op {
                AssignOp::Assign => " = ".to_string(),
                AssignOp::Define => " := ".to_string(),
                AssignOp::Op(op) => format!(" {}= ", op.as_str()),
            };
            out.push_str(&op);
            write_list(&mut out, rhs);
        }
        StmtKind::Range { lhs, define, x, .. } => {
            if !lhs.is_empty() {
                write_list(&mut out, lhs);
                out.push_str(if *define { " := " } else { " = " });
            }
            out.push_str("range ");
            write_expr(&mut out, x);
        }
        StmtKind::Go(x) | StmtKind::Defer(x) => {
            out.push_str(if matches!(s.kind, StmtKind::Go(_)) {
                "go "
            } else {
                "defer "
            });
            write_expr(&mut out, x);
        }
        StmtKind::Return(results) => {
            out.push_str("return");
            if !results.is_empty() {
                out.push(' ');
                write_list(&mut out, results);
            }
        }
        StmtKind::Branch { kind, label } => {
            out.push_str(kind.as_str());
            if let Some(l) = label {
                out.push(' ');
                out.push_str(&l.name);
            }
        }
        _ => {}
    }
    out
}

fn write_list(out: &mut String, list: &[Expr]) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, x);
    }
}

fn write_expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(n) => out.push_str(&n.name),
        ExprKind::BasicLit(l) => out.push_str(&l.raw),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(out, t);
            }
            out.push('{');
            if !elems.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::KeyValue { key, value, .. } => {
            write_expr(out, key);
            out.push_str(": ");
            write_expr(out, value);
        }
        ExprKind::FuncLit(f) => {
            out.push_str("func");
            write_signature(out, &f.sig);
            out.push_str(" {");
            if !f.body.stmts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::Paren(inner) => {
            out.push('(');
            write_expr(out, inner);
            out.push(')');
        }
        ExprKind::Selector { x, sel, .. } => {
            write_expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(out, x);
            out.push('[');
            write_list(out, indices);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                write_expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            write_expr(out, x);
            out.push_str(".(");
            match typ {
                Some(t) => write_expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun, args, dots, ..
        } => {
            write_expr(out, fun);
            out.push('(');
            write_list(out, args);
            if dots.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star { x, .. } => {
            out.push('*');
            write_expr(out, x);
        }
        ExprKind::Unary { op, x, .. } => {
            out.push_str(op.as_str());
            write_expr(out, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write_expr(out, elem);
        }
        ExprKind::Dots(elem) => {
            out.push_str("...");
            write_expr(out, elem);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key);
            out.push(']');
            write_expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Recv => "<-chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Both => "chan ",
            });
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                out.push('(');
            }
            write_expr(out, elem);
            if paren {
                out.push(')');
            }
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_signature(out, sig);
        }
        ExprKind::StructType { fields, .. } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.names.is_empty() {
                    write_names(out, &f.names);
                    out.push(' ');
                }
                write_expr(out, &f.typ);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(&tag.raw);
                }
            }
            out.push('}');
        }
        ExprKind::InterfaceType { elems, .. } => {
            out.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_signature(out, sig);
                    }
                    InterfaceElem::Embed(t) => write_expr(out, t),
                }
            }
            out.push('}');
        }
    }
}

fn write_names(out: &mut String, names: &[Ident]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
}

fn write_params(out: &mut String, fields: &[Field]) {
    out.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !f.names.is_empty() {
            write_names(out, &f.names);
            out.push(' ');
        }
        write_expr(out, &f.typ);
    }
    out.push(')');
}

fn write_signature(out: &mut String, sig: &FuncType) {
    write_params(out, &sig.params);
    match sig.results.as_slice() {
        [] => {}
        [f] if f.names.is_empty() => {
            out.push(' ');
            write_expr(out, &f.typ);
        }
        list => {
            out.push(' ');
            write_params(out, list);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_expr(src: &str) -> String {
        let (file, diags) = crate::syntax::parse_file(&format!("package p\nvar _ = {}\n", src));
        assert!(diags.is_empty(), "{:?}", diags);
        match &file.decls[0] {
            Decl::Var(g) => expr_string(&g.specs[0].values[0]),
            _ => panic!("not a var"),
        }
    }

    #[test]
    fn prints_like_gc() {
        for (src, want) in [
            ("a + b*c", "a + b * c"),
            ("(a + b) * c", "(a + b) * c"),
            ("f(x, y...)", "f(x, y...)"),
            ("[]int{1, 2}", "[]int{…}"),
            ("map[string]int{}", "map[string]int{}"),
            (
                "func(x, y int) (int, error) { return 0, nil }",
                "func(x, y int) (int, error) {…}",
            ),
            ("func() {}", "func() {}"),
            ("x.(T)", "x.(T)"),
            ("s[1:2:3]", "s[1:2:3]"),
            ("s[:]", "s[:]"),
            ("<-ch", "<-ch"),
            ("&T{a: 1}", "&T{…}"),
            (
                "struct{a, b int; c string `tag`}{}",
                "struct{a, b int; c string `tag`}{}",
            ),
            ("interface{M() int; N}(nil)", "interface{M() int; N}(nil)"),
            ("make(chan (<-chan int))", "make(chan (<-chan int))"),
            ("make(chan<- int)", "make(chan<- int)"),
            ("-x", "-x"),
            ("m[k]", "m[k]"),
            ("[...]string{}", "[...]string{}"),
            ("f[int, string]", "f[int, string]"),
        ] {
            assert_eq!(first_expr(src), want);
        }
    }

    /// testdata/printer/unused.go holds expression statements; gc reports each as
    /// `EXPR (...) is not used` at the expression's start position. Both the text
    /// and the position must be ours (recorded by testdata/record.sh).
    #[test]
    fn unused_expressions_match_gc() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/syntax/testdata/printer");
        let src = std::fs::read_to_string(dir.join("unused.go")).unwrap();
        let want = std::fs::read_to_string(dir.join("unused.go.err")).unwrap();
        let (file, diags) = crate::syntax::parse_file(&src);
        assert!(diags.is_empty(), "{:?}", diags);
        let lines = crate::source::LineIndex::new(&src);
        let mut stmts = Vec::new();
        for d in &file.decls {
            if let Decl::Func(f) = d {
                stmts.extend(f.body.iter().flat_map(|b| b.stmts.iter()));
            }
        }
        let mut checked = 0;
        for line in want.lines().filter(|l| l.ends_with(" is not used")) {
            let rest = line.strip_prefix("./prog.go:").unwrap();
            let mut parts = rest.splitn(3, ':');
            let l: u32 = parts.next().unwrap().parse().unwrap();
            let c: u32 = parts.next().unwrap().parse().unwrap();
            let msg = parts.next().unwrap().trim_start();
            let stmt = stmts
                .iter()
                .find(|s| lines.line_col(s.span.lo).line == l)
                .unwrap_or_else(|| panic!("no statement on line {}", l));
            let StmtKind::Expr(x) = &stmt.kind else {
                panic!("line {}: not an expression statement", l)
            };
            let printed = expr_string(x);
            assert!(
                msg.starts_with(&format!("{} (", printed)),
                "line {}: gc says {:?}, we print {:?}",
                l,
                msg,
                printed
            );
            assert_eq!(
                lines.line_col(x.start_pos()).col,
                c,
                "line {}: start position",
                l
            );
            checked += 1;
        }
        assert!(checked > 50);
    }
}
