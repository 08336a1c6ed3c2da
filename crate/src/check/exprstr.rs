//! Expressions written back as gc writes them in messages (syntax.String's
//! short form: function bodies and composite literal contents become `…`).

use crate::syntax::ast::{ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem};

/// `e` as gc prints it in messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

/// The type name of a receiver (`T` for `*T`, `T[P]`).
pub fn receiver_base_name(e: &Expr) -> String {
    match &e.unparen().kind {
        ExprKind::Star { x, .. } => receiver_base_name(x),
        ExprKind::Index { x, .. } => receiver_base_name(x),
        ExprKind::Name(id) => id.name.to_string(),
        _ => expr_string(e),
    }
}

fn write_list(out: &mut String, list: &[Expr], depth: u32) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e, depth);
    }
}

fn write_fields(out: &mut String, fields: &[Field], sep: &str, depth: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        for (k, n) in f.names.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            out.push_str(&n.name);
        }
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(out, &f.typ, depth);
    }
}

fn write_sig(out: &mut String, ft: &FuncType, depth: u32) {
    out.push('(');
    write_fields(out, &ft.params, ", ", depth);
    out.push(')');
    match ft.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            out.push(' ');
            write_expr(out, &r.typ, depth);
        }
        rs => {
            out.push_str(" (");
            write_fields(out, rs, ", ", depth);
            out.push(')');
        }
    }
}

fn write_expr(out: &mut String, e: &Expr, depth: u32) {
    if depth > 200 {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => out.push_str("BadExpr"),
        ExprKind::Name(id) => out.push_str(&id.name),
        ExprKind::BasicLit(l) => out.push_str(&l.raw),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(out, t, d);
            }
            out.push('{');
            if !elems.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::KeyValue { key, value, .. } => {
            write_expr(out, key, d);
            out.push_str(": ");
            write_expr(out, value, d);
        }
        ExprKind::FuncLit { sig, .. } => {
            out.push_str("func");
            write_sig(out, sig, d);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, d);
            out.push(')');
        }
        ExprKind::Selector { x, sel, .. } => {
            write_expr(out, x, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(out, x, d);
            out.push('[');
            write_list(out, indices, d);
            out.push(']');
        }
        ExprKind::Slice {
            x, lo, hi, max, ..
        } => {
            write_expr(out, x, d);
            out.push('[');
            if let Some(l) = lo {
                write_expr(out, l, d);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(out, h, d);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(out, m, d);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            write_expr(out, x, d);
            out.push_str(".(");
            match typ {
                Some(t) => write_expr(out, t, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { fun, args, dots, .. } => {
            write_expr(out, fun, d);
            out.push('(');
            write_list(out, args, d);
            if dots.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star { x, .. } => {
            out.push('*');
            write_expr(out, x, d);
        }
        ExprKind::Unary { op, x, .. } => {
            out.push_str(op.as_str());
            write_expr(out, x, d);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(out, x, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l, d),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem, d);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write_expr(out, elem, d);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key, d);
            out.push(']');
            write_expr(out, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem, d);
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_sig(out, ft, d);
        }
        ExprKind::StructType { fields, .. } => {
            out.push_str("struct{");
            write_fields(out, fields, "; ", d);
            out.push('}');
        }
        ExprKind::InterfaceType { elems, .. } => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_sig(out, sig, d);
                    }
                    InterfaceElem::Embed(x) => write_expr(out, x, d),
                }
            }
            out.push('}');
        }
        ExprKind::Dots(x) => {
            out.push_str("...");
            write_expr(out, x, d);
        }
    }
}
