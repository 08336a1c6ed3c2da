//! The syntax tree of one Go source file.
//!
//! Conventions (shared with the checker and compiler):
//! - Types are expressions (`ExprKind::ArrayType`, `MapType`, ...), as in gc, because
//!   the parser cannot always tell them apart (`[]int{}`, `(*T)(x)`, `f[int]`).
//! - Every [`Expr`], [`Ident`], [`Stmt`], [`CaseClause`] and [`CommClause`] has a
//!   [`NodeId`] unique within the file; ids are dense in `0..File::node_count`, so side
//!   tables can be plain vectors. A name expression (`ExprKind::Name`) carries the same id
//!   and span as its inner [`Ident`].
//! - `span` covers the whole node (`span.lo` is what types2 calls the start position).
//!   Extra `Pos` fields hold the token positions gc reports some errors at; gc's own node
//!   position (what `syntax.Node.Pos()` returns) is given by [`Expr::pos`] / [`Stmt::pos`].
//! - Positions are byte offsets into the source; see `crate::source::LineIndex`.

use std::rc::Rc;

pub use crate::source::Span;

/// Unique (per file) id of an expression, identifier, statement or clause.
pub type NodeId = u32;

/// A byte offset into the source text.
pub type Pos = u32;

/// A name: a declared or used identifier, a field or method name, a label.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: Rc<str>,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        &*self.name == "_"
    }
}

/// A parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// Position of the `package` keyword.
    pub package_pos: Pos,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    /// Top-level declarations other than imports, in source order.
    pub decls: Vec<Decl>,
    /// All node ids in this file are `< node_count`.
    pub node_count: u32,
}

/// `import alias "path"`, single or from a group.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// The local name: an identifier, `_`, or `.`.
    pub alias: Option<Ident>,
    pub path: BasicLit,
    pub span: Span,
}

/// A declaration. At package level all kinds occur; inside functions only
/// const, var and type (as [`StmtKind::Decl`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(Group<ConstSpec>),
    Var(Group<VarSpec>),
    Type(Group<TypeSpec>),
    Func(Box<FuncDecl>),
}

/// `keyword spec` or `keyword ( spec; spec; ... )`.
#[derive(Clone, Debug, PartialEq)]
pub struct Group<T> {
    /// Position of `const` / `var` / `type`.
    pub keyword: Pos,
    /// `Some((lparen, rparen))` for a parenthesized group.
    pub parens: Option<(Pos, Pos)>,
    pub specs: Vec<T>,
    pub span: Span,
}

/// `names [type] [= values]` in a const declaration, exactly as written.
///
/// When `typ` and `values` are both absent, the spec repeats the type and values of the
/// last preceding spec in the group that has values (implicit repetition); the checker
/// performs that inheritance, with `iota` set to this spec's own index.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec within its group (the value of `iota`).
    pub iota: u32,
    pub span: Span,
}

/// `names type`, `names = values` or `names type = values`.
#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Position of `=` when there are values.
    pub assign_pos: Option<Pos>,
    pub span: Span,
}

/// `type Name[TParams] Type` or the alias form `type Name = Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Vec<Field>,
    /// Position of `=` for an alias declaration.
    pub alias: Option<Pos>,
    pub typ: Expr,
    pub span: Span,
}

/// A function or method declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub func_pos: Pos,
    /// The receiver of a method. (gc reports a missing or repeated receiver while
    /// parsing; only the first one is kept.)
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a body-less (native) function. `body.rbrace` is where gc reports
    /// `missing return`.
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, receiver, type parameter or struct field group.
///
/// `a, b int` is one field with two names (the type is shared and must be checked once).
/// An unnamed parameter or an embedded struct field has no names.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    /// For a variadic parameter this is `ExprKind::Dots(elem)`; for a type parameter
    /// it is the constraint.
    pub typ: Expr,
    /// A struct field tag, e.g. `json:"x"`.
    pub tag: Option<BasicLit>,
    pub span: Span,
}

impl Field {
    /// An embedded struct field (`T`, `*T`, `pkg.T`).
    pub fn is_embedded(&self) -> bool {
        self.names.is_empty()
    }
}

/// A function signature (without type parameters, which belong to the declaration).
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    /// Parameter list parentheses.
    pub lparen: Pos,
    pub rparen: Pos,
    /// From the token after `func` (or after the function or method name) to the
    /// end of the results: gc's position of a function type is its `(` (or `[`).
    pub span: Span,
}

/// A function literal `func(params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncLit {
    pub sig: FuncType,
    pub body: Block,
}

/// An element of an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncType },
    /// An embedded interface, a type, or a union / `~T` term list (as
    /// `Binary{op: Or}` / `Unary{op: Tilde}` expressions).
    Embed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

/// The kind of a literal token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// A literal as written, plus its decoded value for runes and strings.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    pub kind: LitKind,
    /// The source text of the literal (for numbers, what constant evaluation parses;
    /// `_` separators included).
    pub raw: Rc<str>,
    /// The decoded bytes of a string literal (Go strings may hold invalid UTF-8);
    /// empty for other kinds.
    pub bytes: Rc<[u8]>,
    /// The code point of a rune literal (0 for other kinds).
    pub rune: u32,
    /// The lexer already reported an error for this literal; the checker must not
    /// report another one.
    pub bad: bool,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint
    Tilde,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    OrOr,
    AndAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    /// `|`, also a union in a constraint
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl BinOp {
    /// Go's operator precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | And | AndNot | Shl | Shr => 5,
        }
    }

    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }
}

/// Channel direction of a channel type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Placeholder after a syntax error.
    Bad,
    /// An identifier use (the `Ident` has the same id and span as the `Expr`).
    Name(Ident),
    BasicLit(BasicLit),
    /// `T{elems}`; `typ` is `None` for an elided type inside another composite literal.
    /// Keyed elements are `ExprKind::KeyValue`.
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<Expr>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal (gc's pos: the colon).
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
        colon: Pos,
    },
    FuncLit(Box<FuncLit>),
    /// `(x)`
    Paren(Box<Expr>),
    /// `x.sel` (gc's pos: the dot).
    Selector {
        x: Box<Expr>,
        sel: Ident,
        dot: Pos,
    },
    /// `x[i]`, or a generic instantiation `f[int]` / `T[K, V]` (several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
        lbrack: Pos,
        rbrack: Pos,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`full` for the 3-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
        lbrack: Pos,
        rbrack: Pos,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` (only valid as a type switch guard).
    TypeAssert {
        x: Box<Expr>,
        typ: Option<Box<Expr>>,
        dot: Pos,
        lparen: Pos,
        rparen: Pos,
    },
    /// `fun(args)` or `fun(args...)`; also conversions `T(x)` and builtin calls.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of `...` after the last argument.
        dots: Option<Pos>,
        lparen: Pos,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type, depending on context.
    Star {
        x: Box<Expr>,
        star: Pos,
    },
    Unary {
        op: UnOp,
        x: Box<Expr>,
        op_pos: Pos,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
        op_pos: Pos,
    },

    // ---- type expressions ----
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `[]T`
    SliceType {
        elem: Box<Expr>,
    },
    /// `map[K]V`
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// `chan T`, `chan<- T`, `<-chan T`
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(Box<FuncType>),
    StructType {
        fields: Vec<Field>,
        lbrace: Pos,
        rbrace: Pos,
    },
    InterfaceType {
        elems: Vec<InterfaceElem>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `...T` as the type of a final variadic parameter (or `[...]` misuse elsewhere).
    Dots(Box<Expr>),
}

impl Expr {
    /// The position gc's syntax package gives this node (`Node.Pos()`), which some
    /// errors are reported at: the operator of a unary/binary expression, the `(` of a
    /// call, the `[` of an index or slice, the `.` of a selector or assertion, the `{`
    /// of a composite literal, the `:` of a key/value pair, the `(` of a function
    /// type; otherwise the start.
    pub fn pos(&self) -> Pos {
        match &self.kind {
            ExprKind::CompositeLit { lbrace, .. } => *lbrace,
            ExprKind::KeyValue { colon, .. } => *colon,
            ExprKind::Selector { dot, .. } => *dot,
            ExprKind::TypeAssert { dot, .. } => *dot,
            ExprKind::Index { lbrack, .. } | ExprKind::Slice { lbrack, .. } => *lbrack,
            ExprKind::Call { lparen, .. } => *lparen,
            ExprKind::Binary { op_pos, .. } => *op_pos,
            ExprKind::FuncType(sig) => sig.span.lo,
            _ => self.span.lo,
        }
    }

    /// gc's `syntax.StartPos`: where types2 reports most errors about an
    /// expression. It is the leftmost position, except that gc stops at a slice
    /// expression's `[` and at a function type's `(`.
    pub fn start_pos(&self) -> Pos {
        let mut e = self;
        loop {
            e = match &e.kind {
                ExprKind::CompositeLit { typ: Some(t), .. } => t,
                ExprKind::KeyValue { key, .. } => key,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::Binary { x, .. } => x,
                ExprKind::Call { fun, .. } => fun,
                _ => return e.pos(),
            }
        }
    }

    /// Strips any number of parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }
}

/// `{ stmts }`
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub lbrace: Pos,
    pub rbrace: Pos,
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub id: NodeId,
    pub span: Span,
    pub kind: StmtKind,
}

/// `=`, `:=` or an op-assignment like `+=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Define,
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

impl BranchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BranchKind::Break => "break",
            BranchKind::Continue => "continue",
            BranchKind::Goto => "goto",
            BranchKind::Fallthrough => "fallthrough",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An empty statement (e.g. a lone `;`).
    Empty,
    /// `label: stmt`
    Labeled {
        label: Ident,
        colon: Pos,
        stmt: Box<Stmt>,
    },
    Block(Block),
    /// An expression statement (call, receive, or an erroneous unused expression).
    Expr(Expr),
    /// `ch <- value`
    Send {
        ch: Box<Expr>,
        value: Box<Expr>,
        arrow: Pos,
    },
    /// `x++` / `x--`
    IncDec {
        x: Expr,
        inc: bool,
        op_pos: Pos,
    },
    /// `lhs op rhs` where op is `=`, `:=` or `op=`.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
        op_pos: Pos,
    },
    /// `go call` (`call` may be any expression; the checker reports non-calls).
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    /// `break`, `continue`, `goto`, `fallthrough` with an optional label.
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    /// A const, var or type declaration inside a function.
    Decl(Decl),
    If {
        init: Option<Box<Stmt>>,
        cond: Box<Expr>,
        then: Block,
        /// An `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch {`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Box<Expr>>,
        clauses: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `switch [bind :=] x.(type) { ... }`. `guard` is the `x` of `x.(type)`;
    /// `guard_span` covers `[bind :=] x.(type)`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        guard: Box<Expr>,
        guard_span: Span,
        clauses: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Box<Expr>>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x {}`. `lhs` is empty for `for range x`
    /// and may (erroneously) hold more than two expressions.
    Range {
        lhs: Vec<Expr>,
        /// `:=` (true) or `=` (false); meaningless without `lhs`.
        define: bool,
        /// Position of `=` / `:=` when there is an `lhs`.
        op_pos: Option<Pos>,
        range_pos: Pos,
        x: Box<Expr>,
        body: Block,
    },
}

impl Stmt {
    /// gc's `syntax.StartPos` of the statement: the left-hand side of an assignment
    /// or send, otherwise [`Stmt::pos`].
    pub fn start_pos(&self) -> Pos {
        match &self.kind {
            StmtKind::Send { ch, .. } => ch.start_pos(),
            StmtKind::Assign { lhs, .. } => lhs.first().map_or(self.span.lo, Expr::start_pos),
            StmtKind::IncDec { x, .. } => x.start_pos(),
            _ => self.pos(),
        }
    }

    /// gc's statement position: the keyword for keyword statements, the operator for
    /// assignments, sends and inc/dec, the colon of a labeled statement, otherwise
    /// the start.
    pub fn pos(&self) -> Pos {
        match &self.kind {
            StmtKind::Send { arrow, .. } => *arrow,
            StmtKind::IncDec { op_pos, .. } | StmtKind::Assign { op_pos, .. } => *op_pos,
            StmtKind::Expr(e) => e.pos(),
            StmtKind::Labeled { colon, .. } => *colon,
            _ => self.span.lo,
        }
    }
}

/// `case list:` or `default:` with its statements.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub id: NodeId,
    /// Empty for `default`.
    pub list: Vec<Expr>,
    pub default: bool,
    /// Position of `case` / `default`.
    pub pos: Pos,
    pub colon: Pos,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A `select` clause: `case comm:` or `default:`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub id: NodeId,
    /// `None` for `default`; otherwise a `Send`, an `Expr` (receive) or an `Assign`
    /// whose single right-hand side is a receive.
    pub comm: Option<Box<Stmt>>,
    pub pos: Pos,
    pub colon: Pos,
    pub body: Vec<Stmt>,
    pub span: Span,
}
