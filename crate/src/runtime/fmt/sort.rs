//! Map keys in the order internal/fmtsort gives them, so printed maps are deterministic.

use crate::runtime::fmt_value::FmtValue;
use std::cmp::Ordering;

/// The entries of a map, sorted by key.
pub(super) fn sort_entries<'v, 'a>(
    entries: &'v [(FmtValue<'a>, FmtValue<'a>)],
) -> Vec<&'v (FmtValue<'a>, FmtValue<'a>)> {
    let mut sorted: Vec<_> = entries.iter().collect();
    sorted.sort_by(|a, b| compare(&a.0, &b.0));
    sorted
}

fn float_compare(a: f64, b: f64) -> Ordering {
    if a.is_nan() {
        Ordering::Less
    } else if b.is_nan() {
        Ordering::Greater
    } else {
        a.partial_cmp(&b).unwrap_or(Ordering::Equal)
    }
}

/// fmtsort.compare. Keys of an interface-typed map may differ in type: Go orders those by
/// type descriptor address (unpredictable); we order them by type name.
fn compare(a: &FmtValue, b: &FmtValue) -> Ordering {
    use FmtValue as V;
    let (a, b) = (a.raw(), b.raw());
    match (a, b) {
        (V::Nil { .. }, V::Nil { .. }) => Ordering::Equal,
        (V::Nil { .. }, _) => Ordering::Less,
        (_, V::Nil { .. }) => Ordering::Greater,
        _ if a.type_name() != b.type_name() => a.type_name().cmp(b.type_name()),
        (V::Int { v: x, .. }, V::Int { v: y, .. }) => x.cmp(y),
        (V::Uint { v: x, .. }, V::Uint { v: y, .. }) => x.cmp(y),
        (V::String { v: x, .. }, V::String { v: y, .. }) => x.cmp(y),
        (V::Float { v: x, .. }, V::Float { v: y, .. }) => float_compare(*x, *y),
        (V::Complex { re: r1, im: i1, .. }, V::Complex { re: r2, im: i2, .. }) => {
            float_compare(*r1, *r2).then_with(|| float_compare(*i1, *i2))
        }
        (V::Bool { v: x, .. }, V::Bool { v: y, .. }) => x.cmp(y),
        (V::Ref { addr: x, .. }, V::Ref { addr: y, .. }) => x.cmp(y),
        (V::Struct { fields: x, .. }, V::Struct { fields: y, .. }) => x
            .iter()
            .zip(y)
            .map(|(f, g)| compare(&f.1, &g.1))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (V::List { elems: x, .. }, V::List { elems: y, .. }) => x
            .iter()
            .zip(y)
            .map(|(e, f)| compare(e, f))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (V::Bytes { v: x, .. }, V::Bytes { v: y, .. }) => x.cmp(y),
        _ => Ordering::Equal,
    }
}
