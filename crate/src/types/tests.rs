use super::*;

fn p(ty: TypeId) -> Param {
    Param { name: None, ty }
}

#[test]
fn prints_like_gc() {
    let mut t = Types::new();
    let int = B::Int.id();
    let s = t.slice(int);
    assert_eq!(t.type_string(s, "main"), "[]int");
    let m = t.map(B::String.id(), int);
    assert_eq!(t.runtime_string(m), "map[string]int");
    let named = t.new_named("main", "T");
    let st = t.strukt(vec![Field {
        name: "a".into(),
        ty: int,
        embedded: false,
        tag: None,
        pkg: None,
    }]);
    t.set_underlying(named, st);
    let ptr = t.pointer(named);
    assert_eq!(t.runtime_string(ptr), "*main.T");
    assert_eq!(t.type_string(ptr, "main"), "*T");
    let c = t.chan(ChanDir::Send, int);
    assert_eq!(t.type_string(c, "main"), "chan<- int");
    let f = t.func(
        vec![Param {
            name: Some("x".into()),
            ty: int,
        }],
        vec![p(B::String.id())],
        false,
    );
    assert_eq!(t.type_string(f, "main"), "func(x int) string");
    assert_eq!(t.runtime_string(f), "func(int) string");
    assert_eq!(t.runtime_string(st), "struct { a int }");
    let v = t.func(vec![p(s)], vec![p(int), p(t.error)], true);
    assert_eq!(t.type_string(v, "main"), "func(...int) (int, error)");
    assert_eq!(t.type_string(t.any, "main"), "any");
    assert_eq!(t.runtime_string(t.any), "interface {}");
}

#[test]
fn identity_ignores_param_names() {
    let mut t = Types::new();
    let int = B::Int.id();
    let f = t.func(
        vec![Param {
            name: Some("x".into()),
            ty: int,
        }],
        vec![],
        false,
    );
    let g = t.func(vec![p(int)], vec![], false);
    assert_ne!(f, g);
    assert!(t.identical(f, g));
}

#[test]
fn method_sets_and_interfaces() {
    let mut t = Types::new();
    let named = t.new_named("main", "T");
    let st = t.strukt(vec![]);
    t.set_underlying(named, st);
    let sig = t.func(vec![], vec![p(B::String.id())], false);
    t.add_method(
        named,
        Method {
            name: "Error".into(),
            sig,
            ptr_recv: true,
            obj: 0,
        },
    );
    assert_eq!(
        t.missing_method(named, t.error),
        Some(MissingMethod::PointerRecv("Error".into()))
    );
    let ptr = t.pointer(named);
    assert_eq!(t.missing_method(ptr, t.error), None);
    assert!(t.assignable(ptr, t.error));
    assert!(!t.assignable(named, t.error));
    // Promotion through an embedded field.
    let outer = t.new_named("main", "U");
    let ost = t.strukt(vec![Field {
        name: "T".into(),
        ty: ptr,
        embedded: true,
        tag: None,
        pkg: None,
    }]);
    t.set_underlying(outer, ost);
    match t.lookup(outer, "Error") {
        LookupResult::Found(sel) => {
            assert_eq!(sel.path, vec![0]);
            assert!(sel.indirect);
        }
        r => panic!("{r:?}"),
    }
    assert!(t.assignable(outer, t.error));
}

#[test]
fn generic_instantiation() {
    let mut t = Types::new();
    let tp = t.new_type_param("T", 0, t.any);
    let list = t.new_named("main", "List");
    let s = t.slice(tp);
    t.set_underlying(list, s);
    if let Some(n) = t.named_mut(list) {
        n.tparams = vec![tp];
    }
    let li = t.instantiate(list, &[B::Int.id()]);
    assert_eq!(t.type_string(li, "main"), "List[int]");
    assert_eq!(t.runtime_string(li), "main.List[int]");
    assert_eq!(t.type_string(t.underlying(li), "main"), "[]int");
    assert_eq!(t.instantiate(list, &[B::Int.id()]), li);
}
