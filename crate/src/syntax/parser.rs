//! Recursive-descent parser producing the [`ast`](super::ast).
//!
//! It mirrors cmd/compile/internal/syntax/parser.go production by production, so that
//! syntax errors, their positions and the error recovery (which decides what the
//! following errors are) match gc's.

use std::rc::Rc;

use super::ast::*;
use super::lexer::{rune_value, string_value, Lexer};
use super::printer::{expr_string, stmt_string};
use super::token::{Operator, Tok};
use crate::source::LineIndex;
use crate::types::FastSet;

/// How deeply expressions, types and statements may nest (each operand, postfix
/// operation, binary operator in a chain, type constructor, block and `else if`
/// counts one level). gc has no limit (its goroutine stacks grow); ours keeps the
/// parser (about 1.6 KB of stack per level in release builds, 3.5 KB in debug),
/// and every later pass that recurses over the tree, within a small native or
/// wasm stack.
pub const MAX_DEPTH: u32 = 200;

/// Statement keywords that are good synchronization points after an error.
const STOPSET: u64 = bits(&[
    Tok::Break,
    Tok::Const,
    Tok::Continue,
    Tok::Defer,
    Tok::Fallthrough,
    Tok::For,
    Tok::Go,
    Tok::Goto,
    Tok::If,
    Tok::Return,
    Tok::Select,
    Tok::Switch,
    Tok::Type,
    Tok::Var,
]);

const fn bits(toks: &[Tok]) -> u64 {
    let mut set = 0u64;
    let mut i = 0;
    while i < toks.len() {
        set |= 1u64 << (toks[i] as u32);
        i += 1;
    }
    set
}

/// A raw error in report order: (offset, message).
pub type RawError = (u32, String);

/// A parameter as gc parses it, before names and types are distributed.
struct Param {
    name: Option<Ident>,
    typ: Option<Expr>,
}

/// What `simpleStmt` found.
enum Simple {
    Stmt(Stmt),
    /// `[lhs (= | :=)] range x` in a for header.
    Range {
        lhs: Vec<Expr>,
        define: bool,
        op_pos: Option<Pos>,
        range_pos: Pos,
        x: Expr,
    },
    /// `bind := x.(type)` in a switch header (`guard` is the `x.(type)` expression).
    Guard {
        bind: Ident,
        guard: Expr,
    },
}

/// The result of `arrayOrTArgs`: a type, or type arguments for a preceding name.
enum ArrayOrTArgs {
    Type(Expr),
    TArgs {
        indices: Vec<Expr>,
        lbrack: Pos,
        rbrack: Pos,
    },
}

/// A header's condition: an expression or a type switch guard.
enum Cond {
    Expr(Expr),
    Guard { bind: Option<Ident>, guard: Expr },
}

pub struct Parser<'a> {
    lx: Lexer<'a>,
    src: &'a [u8],
    /// For positions inside messages (`label L already defined at ./prog.go:4:1`).
    file_name: &'a str,
    lines: Option<LineIndex>,
    /// End of the most recently consumed token.
    prev_end: u32,
    pub errors: Vec<RawError>,
    errcnt: usize,
    fnest: i32,
    xnest: i32,
    next_id: u32,
    depth: u32,
    /// Nesting went too deep: every further token reads as EOF.
    halted: bool,
    /// Interned names: each distinct identifier is allocated once.
    names: FastSet<Rc<str>>,
    /// Shared value of literals that have no bytes.
    no_bytes: Rc<[u8]>,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a [u8], file_name: &'a str) -> Parser<'a> {
        let mut p = Parser {
            lx: Lexer::new(src),
            src,
            file_name,
            lines: None,
            prev_end: 0,
            errors: Vec::new(),
            errcnt: 0,
            fnest: 0,
            xnest: 0,
            next_id: 0,
            depth: 0,
            halted: false,
            names: FastSet::default(),
            no_bytes: Rc::from(Vec::new()),
        };
        p.next();
        p
    }

    pub fn node_count(&self) -> u32 {
        self.next_id
    }

    // ---- tokens ----

    fn tok(&self) -> Tok {
        self.lx.tok
    }

    fn pos(&self) -> Pos {
        self.lx.pos
    }

    fn next(&mut self) {
        self.prev_end = self.lx.end;
        if self.halted {
            self.lx.tok = Tok::Eof;
            return;
        }
        self.lx.next();
        let errs = std::mem::take(&mut self.lx.errors);
        for (pos, msg) in errs {
            self.error_at(pos, msg);
        }
    }

    fn got(&mut self, tok: Tok) -> bool {
        if self.tok() == tok {
            self.next();
            return true;
        }
        false
    }

    fn want(&mut self, tok: Tok) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(&[]);
        }
    }

    /// Like `got(Assign)` but also accepts (and complains about) `:=`.
    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn is_op(&self, op: Operator) -> bool {
        self.tok() == Tok::Operator && self.lx.op == op
    }

    fn id(&mut self) -> NodeId {
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        id
    }

    fn span_from(&self, lo: Pos) -> Span {
        Span::new(lo, self.prev_end.max(lo))
    }

    /// Enters one nesting level; false (after reporting once) when too deep.
    fn enter(&mut self) -> bool {
        self.depth += 1;

        if self.depth > MAX_DEPTH {
            if !self.halted {
                let pos = self.pos();
                self.error_at(pos, "exceeded max nesting depth".to_string());
                self.halted = true;
                self.lx.tok = Tok::Eof;
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- errors ----

    fn error_at(&mut self, pos: Pos, msg: String) {
        self.errcnt += 1;
        self.errors.push((pos, msg));
    }

    fn error(&mut self, msg: &str) {
        let pos = self.pos();
        self.error_at(pos, msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Tok::Eof && self.errcnt > 0 {
            return; // avoid meaningless follow-up errors
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.error_at(pos, format!("syntax error: {}", msg));
            return;
        };
        let tok = match self.tok() {
            Tok::Name => format!("name {}", self.lx.lit),
            Tok::Semi => self.lx.lit.clone(),
            Tok::Literal => format!("literal {}", self.lx.lit),
            Tok::Operator => self.lx.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.lx.op.as_str()),
            Tok::IncOp => format!("{0}{0}", self.lx.op.as_str()),
            t => t.describe(),
        };
        self.error_at(pos, format!("syntax error: unexpected {}{}", tok, suffix));
    }

    /// Skips tokens until one in `follow` (or, inside functions, a statement keyword).
    /// With an empty `follow`, skips exactly one token.
    fn advance(&mut self, follow: &[Tok]) {
        let mut set = Tok::Eof.bit();
        if !follow.is_empty() {
            if self.fnest > 0 {
                set |= STOPSET;
            }
            for t in follow {
                set |= t.bit();
            }
        }
        while set & self.tok().bit() == 0 {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    // ---- node helpers ----

    fn bad_expr(&mut self) -> Expr {
        let pos = self.pos();
        self.bad_at(pos)
    }

    #[inline(never)]
    fn bad_at(&mut self, pos: Pos) -> Expr {
        Expr {
            id: self.id(),
            span: Span::at(pos),
            kind: ExprKind::Bad,
        }
    }

    // `mk`, `mk_stmt`: called from ~50 places; inlined, each repeated the id
    // and span updates.
    #[inline(never)]
    fn mk(&mut self, lo: Pos, kind: ExprKind) -> Expr {
        Expr {
            id: self.id(),
            span: self.span_from(lo),
            kind,
        }
    }

    #[inline(never)]
    fn mk_stmt(&mut self, lo: Pos, kind: StmtKind) -> Stmt {
        Stmt {
            id: self.id(),
            span: self.span_from(lo),
            kind,
        }
    }

    fn new_ident(&mut self, pos: Pos, name: &str) -> Ident {
        Ident {
            id: self.id(),
            name: self.intern(name),
            span: Span::new(pos, pos + name.len() as u32),
        }
    }

    fn intern(&mut self, name: &str) -> Rc<str> {
        intern(&mut self.names, name)
    }

    // ---- source file ----

    /// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    pub fn file(&mut self) -> File {
        let package_pos = self.pos();
        let mut file = File {
            package_pos,
            package: Ident {
                id: 0,
                name: Rc::from("_"),
                span: Span::at(package_pos),
            },
            imports: Vec::new(),
            decls: Vec::new(),
            node_count: 0,
        };
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return self.finish(file);
        }
        file.package = self.name();
        self.want(Tok::Semi);
        if self.errcnt > 0 {
            return self.finish(file);
        }

        let mut prev = Tok::Import;
        let mut last_is_bodyless_func = false;
        while self.tok() != Tok::Eof {
            if self.tok() == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            let kw = self.pos();
            match self.tok() {
                Tok::Import => {
                    self.next();
                    if self.tok() == Tok::Lparen {
                        self.next();
                        self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                            let spec = p.import_spec();
                            file.imports.extend(spec);
                            false
                        });
                    } else if let Some(spec) = self.import_spec() {
                        file.imports.push(spec);
                    }
                }
                Tok::Const | Tok::Type | Tok::Var => {
                    self.next();
                    let d = self.decl_group(prev, kw);
                    file.decls.push(d);
                    last_is_bodyless_func = false;
                }
                Tok::Func => {
                    self.next();
                    let f = self.func_decl(kw);
                    last_is_bodyless_func = f.body.is_none();
                    file.decls.push(Decl::Func(Box::new(f)));
                }
                _ => {
                    if self.tok() == Tok::Lbrace && last_is_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            if self.tok() != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        self.finish(file)
    }

    fn finish(&mut self, mut file: File) -> File {
        file.node_count = self.next_id;
        file
    }

    /// list = [ f { sep f } [sep] ] close . Returns the position of the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        // `dyn`: one copy of this loop instead of one per caller's closure.
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok() != Tok::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// A const, type or var declaration after its keyword (at `kw`).
    fn decl_group(&mut self, kind: Tok, kw: Pos) -> Decl {
        let mut specs_c = Vec::new();
        let mut specs_t = Vec::new();
        let mut specs_v = Vec::new();
        let mut parens = None;
        let mut iota = 0u32;
        let mut one = |p: &mut Self| match kind {
            Tok::Const => {
                let s = p.const_spec(iota);
                iota += 1;
                specs_c.push(s);
            }
            Tok::Type => {
                let s = p.type_spec();
                specs_t.push(s);
            }
            _ => {
                let s = p.var_spec();
                specs_v.push(s);
            }
        };
        if self.tok() == Tok::Lparen {
            let lparen = self.pos();
            self.next();
            let rparen = self.list("grouped declaration", Tok::Semi, Tok::Rparen, &mut |p| {
                one(p);
                false
            });
            parens = Some((lparen, rparen));
        } else {
            one(self);
        }
        let span = self.span_from(kw);
        match kind {
            Tok::Const => Decl::Const(Group {
                keyword: kw,
                parens,
                specs: specs_c,
                span,
            }),
            Tok::Type => Decl::Type(Group {
                keyword: kw,
                parens,
                specs: specs_t,
                span,
            }),
            _ => Decl::Var(Group {
                keyword: kw,
                parens,
                specs: specs_v,
                span,
            }),
        }
    }

    /// ImportSpec = [ "." | PackageName ] ImportPath .
    fn import_spec(&mut self) -> Option<ImportSpec> {
        let lo = self.pos();
        let alias = match self.tok() {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let id = self.new_ident(lo, ".");
                self.next();
                Some(id)
            }
            _ => None,
        };
        let Some(mut path) = self.oliteral() else {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        };
        if !path.bad && path.kind != LitKind::String {
            self.syntax_error_at(path.span.lo, "import path must be a string");
            path.bad = true;
        }
        Some(ImportSpec {
            alias,
            path,
            span: self.span_from(lo),
        })
    }

    /// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    fn const_spec(&mut self, iota: u32) -> ConstSpec {
        let lo = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Tok::Eof | Tok::Semi | Tok::Rparen) {
            typ = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ConstSpec {
            names,
            typ,
            values,
            iota,
            span: self.span_from(lo),
        }
    }

    /// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    fn type_spec(&mut self) -> TypeSpec {
        let lo = self.pos();
        let name = self.name();
        let mut tparams = Vec::new();
        let mut alias = None;
        let typ;
        if self.tok() == Tok::Lbrack {
            // array/slice type or type parameter list
            let lbrack = self.pos();
            self.next();
            match self.tok() {
                Tok::Name => {
                    let n = self.name();
                    let mut x = name_expr(n);
                    if self.tok() != Tok::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Tok::Comma;
                    match extract_name(x, force) {
                        Ok((pname, ptype)) if ptype.is_some() || self.tok() != Tok::Rbrack => {
                            tparams = self
                                .param_list(Some(pname), ptype, Tok::Rbrack, true, false)
                                .0;
                            alias = self.assign_pos();
                            typ = self.type_or_nil();
                        }
                        Ok((pname, _)) => {
                            typ = Some(self.array_type(lbrack, Some(name_expr(pname))));
                        }
                        Err(x) => typ = Some(self.array_type(lbrack, Some(x))),
                    }
                }
                Tok::Rbrack => {
                    self.next();
                    typ = Some(self.slice_type(lbrack));
                }
                _ => typ = Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.assign_pos();
            typ = self.type_or_nil();
        }
        let typ = match typ {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        TypeSpec {
            name,
            tparams,
            alias,
            typ,
            span: self.span_from(lo),
        }
    }

    /// `got_assign`, returning the position of the `=`.
    fn assign_pos(&mut self) -> Option<Pos> {
        let pos = self.pos();
        self.got_assign().then_some(pos)
    }

    /// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    fn var_spec(&mut self) -> VarSpec {
        let lo = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        let mut assign_pos = self.assign_pos();
        if assign_pos.is_some() {
            values = self.expr_list();
        } else {
            typ = Some(self.type_());
            assign_pos = self.assign_pos();
            if assign_pos.is_some() {
                values = self.expr_list();
            }
        }
        VarSpec {
            names,
            typ,
            values,
            assign_pos,
            span: self.span_from(lo),
        }
    }

    /// FunctionDecl / MethodDecl after `func` (at `func_pos`).
    fn func_decl(&mut self, func_pos: Pos) -> FuncDecl {
        let mut recv = None;
        let mut has_recv = false;
        if self.got(Tok::Lparen) {
            has_recv = true;
            let (fields, _) = self.param_list(None, None, Tok::Rparen, false, false);
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = fields.into_iter().next().map(|mut f| {
                f.names.truncate(1);
                f
            });
        }
        let name;
        let tparams;
        let sig;
        if self.tok() == Tok::Name {
            name = self.name();
            let (tp, s) = self.func_type("");
            tparams = tp;
            sig = s;
        } else {
            let pos = self.pos();
            name = self.new_ident(pos, "_");
            tparams = Vec::new();
            sig = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                lparen: pos,
                rparen: pos,
                span: Span::at(pos),
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[Tok::Lbrace, Tok::Semi]);
        }
        let body = if self.tok() == Tok::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            func_pos,
            recv,
            name,
            tparams,
            sig,
            body,
            span: self.span_from(func_pos),
        }
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let errcnt = self.errcnt;
        let body = self.block_stmt("");
        self.fnest -= 1;
        // Branches are not checked after syntax errors in the function, as gc does.
        if errcnt == self.errcnt {
            let (src, name) = (self.src, self.file_name);
            let lines = self.lines.get_or_insert_with(|| LineIndex::from_bytes(src));
            let at = |pos: u32| {
                let lc = lines.line_col(pos);
                format!("./{}:{}:{}", name, lc.line, lc.col)
            };
            let errs = super::branches::check_branches(&body, &at);
            for (pos, msg) in errs {
                self.error_at(pos, msg);
            }
        }
        body
    }

    // ---- expressions ----

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    /// Expression = UnaryExpr | Expression binary_op Expression .
    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        let depth = self.depth;
        while (self.tok() == Tok::Operator || self.tok() == Tok::Star) && self.lx.prec > prec {
            let Some(op) = self.lx.op.binary() else { break };
            if !self.enter() {
                break;
            }
            x = self.binary_rhs(x, op);
        }
        self.depth = depth;
        x
    }

    /// `x op y` with `op` the current token.
    #[inline(never)]
    fn binary_rhs(&mut self, x: Expr, op: BinOp) -> Expr {
        let op_pos = self.pos();
        let tprec = self.lx.prec;
        self.next();
        let y = self.binary_expr(None, tprec);
        let lo = x.span.lo;
        self.mk(
            lo,
            ExprKind::Binary {
                op,
                x: Box::new(x),
                y: Box::new(y),
                op_pos,
            },
        )
    }

    /// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        match self.tok() {
            Tok::Operator | Tok::Star => match self.lx.op {
                Operator::Mul
                | Operator::Add
                | Operator::Sub
                | Operator::Not
                | Operator::Xor
                | Operator::Tilde
                | Operator::And => self.unary_op(),
                _ => self.pexpr(None, true),
            },
            Tok::Arrow => self.recv_or_chan_type(),
            _ => self.pexpr(None, true),
        }
    }

    /// `op x` for a unary operator (including `*`).
    #[inline(never)]
    fn unary_op(&mut self) -> Expr {
        let lo = self.pos();
        let op = match self.lx.op {
            Operator::Mul => None,
            Operator::Add => Some(UnOp::Pos),
            Operator::Sub => Some(UnOp::Neg),
            Operator::Not => Some(UnOp::Not),
            Operator::Xor => Some(UnOp::Xor),
            Operator::Tilde => Some(UnOp::Tilde),
            _ => Some(UnOp::Addr),
        };
        self.next();
        let mut x = self.unary_expr();
        let kind = match op {
            None => ExprKind::Star {
                x: Box::new(x),
                star: lo,
            },
            Some(op) => {
                if op == UnOp::Addr {
                    // unaryExpr may have returned a parenthesized composite literal
                    x = unparen_owned(x);
                }
                ExprKind::Unary {
                    op,
                    x: Box::new(x),
                    op_pos: lo,
                }
            }
        };
        self.mk(lo, kind)
    }

    /// A receive `<-x`, or a receive-only channel type `<-chan E`.
    #[inline(never)]
    fn recv_or_chan_type(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        let mut x = self.unary_expr();
        if matches!(x.kind, ExprKind::ChanType { .. }) {
            // re-associate <- with the channel type: <-(chan E) => (<-chan E)
            if let Some(msg) = reassociate_recv(&mut x) {
                self.syntax_error(&msg);
            }
            // gc keeps the channel type's position (at `chan`, not `<-`)
            return x;
        }
        self.mk(
            lo,
            ExprKind::Unary {
                op: UnOp::Recv,
                x: Box::new(x),
                op_pos: lo,
            },
        )
    }

    /// `go`/`defer` followed by an expression (at `lo`).
    fn call_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let kw = self.tok();
        self.next();
        let keep = self.tok() == Tok::Lparen;
        let x = self.pexpr(None, keep);
        let x = if matches!(x.kind, ExprKind::Paren(_)) {
            let pos = x.pos();
            self.error_at(
                pos,
                format!("expression in {} must not be parenthesized", kw.as_str()),
            );
            unparen_owned(x)
        } else {
            x
        };
        let kind = if kw == Tok::Go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        self.mk_stmt(lo, kind)
    }

    /// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
    fn operand(&mut self, keep_parens: bool) -> Expr {
        match self.tok() {
            Tok::Name => {
                let n = self.name();
                name_expr(n)
            }
            Tok::Literal => self.basic_lit(),
            Tok::Lparen => self.paren_expr(keep_parens),
            Tok::Func => self.func_lit_or_type(),
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    #[inline(never)]
    fn basic_lit(&mut self) -> Expr {
        match self.oliteral() {
            Some(lit) => Expr {
                id: self.id(),
                span: lit.span,
                kind: ExprKind::BasicLit(lit),
            },
            None => self.bad_expr(),
        }
    }

    /// `( Expression )`
    #[inline(never)]
    fn paren_expr(&mut self, mut keep_parens: bool) -> Expr {
        let lo = self.pos();
        self.next();
        self.xnest += 1;
        let x = self.expr();
        self.xnest -= 1;
        self.want(Tok::Rparen);
        // Parentheses are not permitted around T in a composite literal T{};
        // keep them when a { follows so that this can be reported.
        if self.tok() == Tok::Lbrace {
            keep_parens = true;
        }
        if keep_parens {
            self.mk(lo, ExprKind::Paren(Box::new(x)))
        } else {
            x
        }
    }

    /// A function literal, or a function type in expression position.
    #[inline(never)]
    fn func_lit_or_type(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        let (_, sig) = self.func_type("function type");
        if self.tok() == Tok::Lbrace {
            self.xnest += 1;
            let body = self.func_body();
            self.xnest -= 1;
            self.mk(lo, ExprKind::FuncLit(Box::new(FuncLit { sig, body })))
        } else {
            self.mk(lo, ExprKind::FuncType(Box::new(sig)))
        }
    }

    /// PrimaryExpr: an operand followed by selectors, indices, slices, assertions,
    /// calls and composite literal bodies.
    fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        let depth = self.depth;
        loop {
            let tok = self.tok();
            if !matches!(tok, Tok::Dot | Tok::Lbrack | Tok::Lparen | Tok::Lbrace) {
                break;
            }
            if tok == Tok::Lbrace && !self.complit_ok(&x) {
                break;
            }
            if !self.enter() {
                break;
            }
            x = match tok {
                Tok::Dot => self.selector_or_assert(x),
                Tok::Lbrack => self.index_or_slice(x),
                Tok::Lparen => self.call(x),
                _ => {
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    self.complit_expr(Some(x))
                }
            };
        }
        self.depth = depth;
        x
    }

    /// `x.name`, `x.(T)` or `x.(type)`, at the dot.
    #[inline(never)]
    fn selector_or_assert(&mut self, x: Expr) -> Expr {
        let dot = self.pos();
        let lo = x.span.lo;
        self.next();
        match self.tok() {
            Tok::Name => {
                let sel = self.name();
                self.mk(
                    lo,
                    ExprKind::Selector {
                        x: Box::new(x),
                        sel,
                        dot,
                    },
                )
            }
            Tok::Lparen => {
                let lparen = self.pos();
                self.next();
                let typ = if self.got(Tok::Type) {
                    None
                } else {
                    Some(Box::new(self.type_()))
                };
                let rparen = self.pos();
                self.want(Tok::Rparen);
                self.mk(
                    lo,
                    ExprKind::TypeAssert {
                        x: Box::new(x),
                        typ,
                        dot,
                        lparen,
                        rparen,
                    },
                )
            }
            _ => {
                self.syntax_error("expected name or (");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                x
            }
        }
    }

    /// `x[i]`, `x[T1, T2]`, `x[lo:hi]` or `x[lo:hi:max]`, at the `[`.
    #[inline(never)]
    fn index_or_slice(&mut self, x: Expr) -> Expr {
        let lbrack = self.pos();
        let lo = x.span.lo;
        self.next();
        let mut index = None;
        if self.tok() != Tok::Colon {
            let (list, comma) = if self.tok() == Tok::Rbrack {
                // invalid empty instance, slice or index expression
                self.syntax_error("expected operand");
                (vec![self.bad_expr()], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok() == Tok::Rbrack {
                let rbrack = self.pos();
                self.want(Tok::Rbrack);
                return self.mk(
                    lo,
                    ExprKind::Index {
                        x: Box::new(x),
                        indices: list,
                        lbrack,
                        rbrack,
                    },
                );
            }
            index = list.into_iter().next();
        }
        // x[i:...
        if !self.got(Tok::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
        }
        self.xnest += 1;
        let mut hi = None;
        let mut max = None;
        let mut full = false;
        if self.tok() != Tok::Colon && self.tok() != Tok::Rbrack {
            hi = Some(Box::new(self.expr()));
        }
        if self.tok() == Tok::Colon {
            full = true;
            if hi.is_none() {
                self.error("middle index required in 3-index slice");
                hi = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok() != Tok::Rbrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        let rbrack = self.pos();
        self.want(Tok::Rbrack);
        self.mk(
            lo,
            ExprKind::Slice {
                x: Box::new(x),
                lo: index.map(Box::new),
                hi,
                max,
                full,
                lbrack,
                rbrack,
            },
        )
    }

    /// `fun(args)`, at the `(`.
    #[inline(never)]
    fn call(&mut self, fun: Expr) -> Expr {
        let lparen = self.pos();
        let lo = fun.span.lo;
        self.next();
        let (args, dots, rparen) = self.arg_list();
        self.mk(
            lo,
            ExprKind::Call {
                fun: Box::new(fun),
                args,
                dots,
                lparen,
                rparen,
            },
        )
    }

    /// Whether a `{` after `x` starts a composite literal (rather than a block).
    fn complit_ok(&self, x: &Expr) -> bool {
        match &x.unparen().kind {
            ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
            ExprKind::Index { .. } => self.xnest >= 0 && !is_value(x.unparen()),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::MapType { .. } => true,
            _ => false,
        }
    }

    /// Element = Expression | LiteralValue .
    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Tok::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    fn complit_expr(&mut self, typ: Option<Expr>) -> Expr {
        let lbrace = self.pos();
        let lo = typ.as_ref().map_or(lbrace, |t| t.span.lo);
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, &mut |p| {
            let mut e = p.bare_complit_expr();
            if p.tok() == Tok::Colon {
                let colon = p.pos();
                p.next();
                let value = p.bare_complit_expr();
                let lo = e.span.lo;
                e = p.mk(
                    lo,
                    ExprKind::KeyValue {
                        key: Box::new(e),
                        value: Box::new(value),
                        colon,
                    },
                );
            }
            elems.push(e);
            false
        });
        self.xnest -= 1;
        self.mk(
            lo,
            ExprKind::CompositeLit {
                typ: typ.map(Box::new),
                elems,
                lbrace,
                rbrace,
            },
        )
    }

    // ---- types ----

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                t
            }
        }
    }

    /// Type = TypeName | TypeLit | "(" Type ")" ; `None` if there is no type here.
    fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        Some(match self.tok() {
            Tok::Star => self.pointer_type(),
            Tok::Arrow | Tok::Chan => self.chan_type(),
            Tok::Func => self.func_type_expr(),
            Tok::Lbrack => self.array_or_slice_type(),
            Tok::Map => self.map_type(),
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Name => self.qualified_name(None),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                t
            }
            _ => return None,
        })
    }

    #[inline(never)]
    fn pointer_type(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        let t = self.type_();
        self.mk(
            lo,
            ExprKind::Star {
                x: Box::new(t),
                star: lo,
            },
        )
    }

    /// `chan E`, `chan<- E` or `<-chan E`.
    #[inline(never)]
    fn chan_type(&mut self) -> Expr {
        let lo = self.pos();
        let dir = if self.got(Tok::Arrow) {
            self.want(Tok::Chan);
            ChanDir::Recv
        } else {
            self.next();
            if self.got(Tok::Arrow) {
                ChanDir::Send
            } else {
                ChanDir::Both
            }
        };
        let elem = self.chan_elem();
        self.mk(
            lo,
            ExprKind::ChanType {
                dir,
                elem: Box::new(elem),
            },
        )
    }

    #[inline(never)]
    fn func_type_expr(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        let (_, sig) = self.func_type("function type");
        self.mk(lo, ExprKind::FuncType(Box::new(sig)))
    }

    #[inline(never)]
    fn array_or_slice_type(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        if self.got(Tok::Rbrack) {
            return self.slice_type(lo);
        }
        self.array_type(lo, None)
    }

    #[inline(never)]
    fn map_type(&mut self) -> Expr {
        let lo = self.pos();
        self.next();
        self.want(Tok::Lbrack);
        let key = self.type_();
        self.want(Tok::Rbrack);
        let value = self.type_();
        self.mk(
            lo,
            ExprKind::MapType {
                key: Box::new(key),
                value: Box::new(value),
            },
        )
    }

    fn type_instance(&mut self, typ: Expr) -> Expr {
        let lbrack = self.pos();
        self.want(Tok::Lbrack);
        let indices = if self.tok() == Tok::Rbrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        let rbrack = self.pos();
        self.want(Tok::Rbrack);
        let lo = typ.span.lo;
        self.mk(
            lo,
            ExprKind::Index {
                x: Box::new(typ),
                indices,
                lbrack,
                rbrack,
            },
        )
    }

    /// Type parameters and signature. If `context` is not empty, type parameters
    /// are not permitted. The signature's span starts here, after `func` or the
    /// name, as gc's position for a function type does.
    fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Tok::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{} must have no type parameters", context));
            }
            if self.tok() == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true, false).0;
            }
        }
        let lparen = self.pos();
        self.want(Tok::Lparen);
        let (params, rparen) = self.param_list(None, None, Tok::Rparen, false, true);
        let results = self.func_result();
        let sig = FuncType {
            params,
            results,
            lparen,
            rparen,
            span: self.span_from(pos),
        };
        (tparams, sig)
    }

    /// After `[` (at `lbrack`); `len` is an already parsed length.
    fn array_type(&mut self, lbrack: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => Some(l),
            None if self.got(Tok::DotDotDot) => None,
            None => {
                self.xnest += 1;
                let l = self.expr();
                self.xnest -= 1;
                Some(l)
            }
        };
        if self.tok() == Tok::Comma {
            // Trailing commas are accepted in type parameter lists but not in array
            // type declarations; accept for better error handling but complain.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.mk(
            lbrack,
            ExprKind::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
        )
    }

    /// After `[]` (at `lbrack`).
    fn slice_type(&mut self, lbrack: Pos) -> Expr {
        let elem = self.type_();
        self.mk(
            lbrack,
            ExprKind::SliceType {
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    /// StructType = "struct" "{" { FieldDecl ";" } "}" .
    fn struct_type(&mut self) -> Expr {
        let lo = self.pos();
        self.want(Tok::Struct);
        let lbrace = self.pos();
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        let rbrace = self.list("struct type", Tok::Semi, Tok::Rbrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        self.mk(
            lo,
            ExprKind::StructType {
                fields,
                lbrace,
                rbrace,
            },
        )
    }

    /// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
    fn interface_type(&mut self) -> Expr {
        let lo = self.pos();
        self.want(Tok::Interface);
        let lbrace = self.pos();
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list("interface type", Tok::Semi, Tok::Rbrace, &mut |p| {
            let elem = if p.tok() == Tok::Name {
                match p.method_decl() {
                    Ok(m) => m,
                    Err(t) => InterfaceElem::Embed(p.embedded_elem(Some(t))),
                }
            } else {
                InterfaceElem::Embed(p.embedded_elem(None))
            };
            elems.push(elem);
            false
        });
        self.mk(
            lo,
            ExprKind::InterfaceType {
                elems,
                lbrace,
                rbrace,
            },
        )
    }

    /// Result = Parameters | Type .
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false, false).0;
        }
        let lo = self.pos();
        match self.type_or_nil() {
            Some(typ) => vec![Field {
                names: Vec::new(),
                typ,
                tag: None,
                span: self.span_from(lo),
            }],
            None => Vec::new(),
        }
    }

    /// FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let lo = self.pos();
        match self.tok() {
            Tok::Name => {
                let name = self.name();
                if matches!(
                    self.tok(),
                    Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace
                ) {
                    // embedded type
                    let typ = self.qualified_name(Some(name));
                    let tag = self.oliteral();
                    fields.push(self.field(lo, Vec::new(), typ, tag));
                    return;
                }
                let names = self.name_list(name);
                let typ;
                if names.len() == 1 && self.tok() == Tok::Lbrack {
                    // embedded instantiated type T[P1, P2] or a field of array/slice type
                    match self.array_or_targs() {
                        ArrayOrTArgs::TArgs {
                            indices,
                            lbrack,
                            rbrack,
                        } => {
                            let Some(n) = names.into_iter().next() else {
                                return;
                            };
                            let x = name_expr(n);
                            let t = self.mk(
                                lo,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    indices,
                                    lbrack,
                                    rbrack,
                                },
                            );
                            let tag = self.oliteral();
                            fields.push(self.field(lo, Vec::new(), t, tag));
                            return;
                        }
                        ArrayOrTArgs::Type(t) => typ = t,
                    }
                } else {
                    typ = self.type_();
                }
                let tag = self.oliteral();
                fields.push(self.field(lo, names, typ, tag));
            }
            Tok::Star => {
                self.next();
                let typ = if self.tok() == Tok::Lparen {
                    // *(T)
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Tok::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.oliteral();
                let star = self.mk(
                    lo,
                    ExprKind::Star {
                        x: Box::new(typ),
                        star: lo,
                    },
                );
                fields.push(self.field(lo, Vec::new(), star, tag));
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok() == Tok::Star {
                    // (*T)
                    let star = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    self.mk(
                        star,
                        ExprKind::Star {
                            x: Box::new(t),
                            star,
                        },
                    )
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen);
                let tag = self.oliteral();
                fields.push(self.field(lo, Vec::new(), typ, tag));
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    fn field(&self, lo: Pos, names: Vec<Ident>, typ: Expr, tag: Option<BasicLit>) -> Field {
        Field {
            names,
            typ,
            tag,
            span: self.span_from(lo),
        }
    }

    fn array_or_targs(&mut self) -> ArrayOrTArgs {
        let lbrack = self.pos();
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return ArrayOrTArgs::Type(self.slice_type(lbrack));
        }
        // x [n]E or x[n,], x[n1, n2], ...
        let (mut list, comma) = self.type_list(false);
        let rbrack = self.pos();
        self.want(Tok::Rbrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                // x [n]E
                let len = list.pop().map(Box::new);
                return ArrayOrTArgs::Type(self.mk(
                    lbrack,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                ));
            }
        }
        ArrayOrTArgs::TArgs {
            indices: list,
            lbrack,
            rbrack,
        }
    }

    fn oliteral(&mut self) -> Option<BasicLit> {
        if self.tok() != Tok::Literal {
            return None;
        }
        let raw = self.lx.lit.as_bytes();
        let kind = self.lx.kind;
        let (bytes, rune): (Rc<[u8]>, u32) = match kind {
            LitKind::String => (Rc::from(string_value(raw)), 0),
            LitKind::Rune => (self.no_bytes.clone(), rune_value(raw)),
            _ => (self.no_bytes.clone(), 0),
        };
        let lit = BasicLit {
            kind,
            raw: Rc::from(self.lx.lit.as_str()),
            bytes,
            rune,
            bad: self.lx.bad,
            span: Span::new(self.lx.pos, self.lx.end),
        };
        self.next();
        Some(lit)
    }

    /// MethodSpec = MethodName Signature | InterfaceTypeName ; `Err` holds an
    /// embedded type (which may continue as a union).
    fn method_decl(&mut self) -> Result<InterfaceElem, Expr> {
        let name = self.name();
        let lo = name.span.lo;
        const CONTEXT: &str = "interface method";
        match self.tok() {
            Tok::Lparen => {
                let (_, sig) = self.func_type(CONTEXT);
                Ok(InterfaceElem::Method { name, sig })
            }
            Tok::Lbrack => {
                // a generic method m[T C](x T) or an embedded instantiated type T[P1, P2]
                let lbrack = self.pos();
                self.next();
                if self.tok() == Tok::Rbrack {
                    let pos = self.pos();
                    self.next();
                    if self.tok() == Tok::Lparen {
                        self.error_at(pos, "empty type parameter list".to_string());
                        let (_, sig) = self.func_type(CONTEXT);
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    self.error_at(pos, "empty type argument list".to_string());
                    return Err(name_expr(name));
                }
                let (list, rbrack) = self.param_list(None, None, Tok::Rbrack, false, false);
                if list.is_empty() {
                    if self.tok() == Tok::Lparen {
                        let (_, sig) = self.func_type(CONTEXT);
                        return Ok(InterfaceElem::Method { name, sig });
                    }
                    return Err(name_expr(name));
                }
                if !list[0].names.is_empty() {
                    // generic method
                    let (_, sig) = self.func_type(CONTEXT);
                    self.error_at(
                        lbrack,
                        "interface method must have no type parameters".to_string(),
                    );
                    return Ok(InterfaceElem::Method { name, sig });
                }
                // embedded instantiated type
                let indices = list.into_iter().map(|f| f.typ).collect();
                let x = name_expr(name);
                Err(self.mk(
                    lo,
                    ExprKind::Index {
                        x: Box::new(x),
                        indices,
                        lbrack,
                        rbrack,
                    },
                ))
            }
            _ => Err(self.qualified_name(Some(name))),
        }
    }

    /// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
    fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        let depth = self.depth;
        while self.is_op(Operator::Or) {
            if !self.enter() {
                break;
            }
            let op_pos = self.pos();
            self.next();
            let y = self.embedded_term();
            let lo = x.span.lo;
            x = self.mk(
                lo,
                ExprKind::Binary {
                    op: BinOp::Or,
                    x: Box::new(x),
                    y: Box::new(y),
                    op_pos,
                },
            );
        }
        self.depth = depth;
        x
    }

    /// EmbeddedTerm = [ "~" ] Type .
    fn embedded_term(&mut self) -> Expr {
        if self.is_op(Operator::Tilde) {
            let lo = self.pos();
            self.next();
            let t = self.type_();
            return self.mk(
                lo,
                ExprKind::Unary {
                    op: UnOp::Tilde,
                    x: Box::new(t),
                    op_pos: lo,
                },
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    Tok::Operator,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                t
            }
        }
    }

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<Param> {
        // type set notation is ok in type parameter lists
        let type_sets_ok = follow == Tok::Rbrack;
        if name.is_none() && type_sets_ok && self.is_op(Operator::Tilde) {
            let t = self.embedded_elem(None);
            return Some(Param {
                name: None,
                typ: Some(t),
            });
        }
        let mut f = Param {
            name: None,
            typ: None,
        };
        if self.tok() == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Tok::Lbrack {
                // name "[" ...
                match self.array_or_targs() {
                    ArrayOrTArgs::TArgs {
                        indices,
                        lbrack,
                        rbrack,
                    } => {
                        let lo = name.span.lo;
                        let x = name_expr(name);
                        f.typ = Some(self.mk(
                            lo,
                            ExprKind::Index {
                                x: Box::new(x),
                                indices,
                                lbrack,
                                rbrack,
                            },
                        ));
                    }
                    ArrayOrTArgs::Type(t) => {
                        f.name = Some(name);
                        f.typ = Some(t);
                    }
                }
                if type_sets_ok && self.is_op(Operator::Or) {
                    f.typ = f.typ.map(|t| self.embedded_elem(Some(t)));
                }
                return Some(f);
            }
            if self.tok() == Tok::Dot {
                // name "." ...
                let t = self.qualified_name(Some(name));
                f.typ = Some(if type_sets_ok && self.is_op(Operator::Or) {
                    self.embedded_elem(Some(t))
                } else {
                    t
                });
                return Some(f);
            }
            if type_sets_ok && self.is_op(Operator::Or) {
                // name "|" ...
                f.typ = Some(self.embedded_elem(Some(name_expr(name))));
                return Some(f);
            }
            f.name = Some(name);
        }

        if self.tok() == Tok::DotDotDot {
            // [name] "..." ...
            let lo = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    f.typ = Some(self.mk(lo, ExprKind::Dots(Box::new(elem))));
                }
                None => {
                    f.typ = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }

        if type_sets_ok && self.is_op(Operator::Tilde) {
            // [name] "~" ...
            f.typ = Some(self.embedded_elem(None));
            return Some(f);
        }

        f.typ = self.type_or_nil();
        if type_sets_ok && self.is_op(Operator::Or) {
            if let Some(t) = f.typ.take() {
                f.typ = Some(self.embedded_elem(Some(t)));
            }
        }
        if f.name.is_some() || f.typ.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    /// Parameters = "(" [ ParameterList [ "," ] ] ")" ; the "(" or "[" is consumed.
    /// `name` (and `typ`) may be an already parsed first parameter. Returns the
    /// fields (names grouped per shared type) and the closing token's position.
    fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Tok,
        require_names: bool,
        dddok: bool,
    ) -> (Vec<Field>, Pos) {
        let mut name = name;
        let mut typ = typ;
        if name.is_some() && typ.is_some() && self.tok() == close {
            let end = self.pos();
            self.next();
            let params = vec![Param {
                name: name.take(),
                typ: typ.take(),
            }];
            return (self.group_params(params, end, require_names, dddok), end);
        }
        let mut list: Vec<Param> = Vec::new();
        let end = self.list("parameter list", Tok::Comma, close, &mut |p| {
            let par = if typ.is_some() {
                Some(Param {
                    name: name.take(),
                    typ: typ.take(),
                })
            } else {
                p.param_decl_or_nil(name.take(), close)
            };
            if let Some(par) = par {
                list.push(par);
            }
            false
        });
        (self.group_params(list, end, require_names, dddok), end)
    }

    /// Distributes types over names as gc does (reporting missing names or types),
    /// checks `...`, and groups names that share a type into one [`Field`].
    fn group_params(
        &mut self,
        mut list: Vec<Param>,
        end: Pos,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        if list.is_empty() {
            return Vec::new();
        }
        let named = list
            .iter()
            .filter(|p| p.name.is_some() && p.typ.is_some())
            .count();
        let typed = list.iter().filter(|p| p.typ.is_some()).count();
        // owner[i]: index of the parameter whose type parameter i uses
        let mut owner: Vec<usize> = (0..list.len()).collect();
        if named == 0 && !require_names {
            // all unnamed => found names are type names
            for par in list.iter_mut() {
                if let Some(n) = par.name.take() {
                    par.typ = Some(name_expr(n));
                }
            }
        } else if named != list.len() {
            // some named or we're in a type parameter list => all must be named
            let mut err_pos: Option<Pos> = None;
            let mut current: Option<usize> = None;
            for i in (0..list.len()).rev() {
                if let Some(t) = &list[i].typ {
                    current = Some(i);
                    if list[i].name.is_none() {
                        let pos = t.span.lo;
                        err_pos = Some(pos);
                        list[i].name = Some(self.new_ident(pos, "_"));
                    }
                } else if let Some(c) = current {
                    owner[i] = c;
                } else {
                    let pos = list[i].name.as_ref().map_or(end, |n| n.span.lo);
                    err_pos = Some(pos);
                    list[i].typ = Some(self.bad_at(pos));
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                } else if require_names {
                    if list.len() == 1 {
                        "missing type parameter name or invalid array length"
                    } else {
                        "missing type parameter name"
                    }
                } else {
                    "missing parameter name"
                };
                self.syntax_error_at(pos, msg);
            }
        }

        // group consecutive parameters sharing a type
        let total = list.len();
        let mut fields: Vec<Field> = Vec::new();
        let mut first_index: Vec<usize> = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_first = 0;
        for (i, par) in list.into_iter().enumerate() {
            if pending.is_empty() {
                pending_first = i;
            }
            if let Some(n) = par.name {
                pending.push(n);
            }
            if owner[i] == i {
                let typ = match par.typ {
                    Some(t) => t,
                    None => self.bad_at(end),
                };
                let lo = pending.first().map_or(typ.span.lo, |n| n.span.lo);
                let span = Span::new(lo, typ.span.hi.max(lo));
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    typ,
                    tag: None,
                    span,
                });
                first_index.push(pending_first);
            }
        }

        // check use of ...
        let mut first = true;
        for (f, &i) in fields.iter_mut().zip(&first_index) {
            if let ExprKind::Dots(_) = f.typ.kind {
                if !dddok || i + 1 < total {
                    if first {
                        first = false;
                        let msg = if dddok {
                            "can only use ... with final parameter"
                        } else {
                            "invalid use of ..."
                        };
                        self.error_at(f.typ.span.lo, msg.to_string());
                    }
                    let placeholder = Expr {
                        id: f.typ.id,
                        span: f.typ.span,
                        kind: ExprKind::Bad,
                    };
                    let dots = std::mem::replace(&mut f.typ, placeholder);
                    if let ExprKind::Dots(elem) = dots.kind {
                        f.typ = *elem;
                    }
                }
            }
        }
        fields
    }

    // ---- statements ----

    /// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.tok() == Tok::Range {
            return self.range_clause(Vec::new(), false, None);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let lo = lhs.first().map_or(self.pos(), |e| e.span.lo);
        if lhs.len() == 1 && self.tok() != Tok::Assign && self.tok() != Tok::Define {
            return Simple::Stmt(self.single_expr_stmt(lhs, lo));
        }
        self.list_stmt(lhs, keyword, lo)
    }

    /// An expression statement, op-assignment, inc/dec or send (one lhs expression).
    #[inline(never)]
    fn single_expr_stmt(&mut self, mut lhs: Vec<Expr>, lo: Pos) -> Stmt {
        let pos = self.pos();
        let Some(x) = lhs.pop() else {
            return self.mk_stmt(pos, StmtKind::Empty);
        };
        let kind = match self.tok() {
            Tok::AssignOp => {
                let op = self.lx.op.binary().unwrap_or(BinOp::Add);
                self.next();
                let rhs = self.expr();
                StmtKind::Assign {
                    lhs: vec![x],
                    op: AssignOp::Op(op),
                    rhs: vec![rhs],
                    op_pos: pos,
                }
            }
            Tok::IncOp => {
                let inc = self.lx.op == Operator::Add;
                self.next();
                StmtKind::IncDec {
                    x,
                    inc,
                    op_pos: pos,
                }
            }
            Tok::Arrow => {
                self.next();
                let value = self.expr();
                StmtKind::Send {
                    ch: Box::new(x),
                    value: Box::new(value),
                    arrow: pos,
                }
            }
            _ => StmtKind::Expr(x),
        };
        self.mk_stmt(lo, kind)
    }

    /// An assignment, definition, range clause or type switch guard.
    #[inline(never)]
    fn list_stmt(&mut self, mut lhs: Vec<Expr>, keyword: Option<Tok>, lo: Pos) -> Simple {
        match self.tok() {
            Tok::Assign | Tok::Define => {
                let pos = self.pos();
                let define = self.tok() == Tok::Define;
                self.next();
                if keyword == Some(Tok::For) && self.tok() == Tok::Range {
                    return self.range_clause(lhs, define, Some(pos));
                }
                let mut rhs = self.expr_list();
                if keyword == Some(Tok::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Name(_))
                    && matches!(rhs[0].kind, ExprKind::TypeAssert { typ: None, .. })
                {
                    if let (Some(l), Some(guard)) = (lhs.pop(), rhs.pop()) {
                        if let ExprKind::Name(bind) = l.kind {
                            return Simple::Guard { bind, guard };
                        }
                    }
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(self.mk_stmt(
                    lo,
                    StmtKind::Assign {
                        lhs,
                        op,
                        rhs,
                        op_pos: pos,
                    },
                ))
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                // make the best of what we have
                let x = lhs.into_iter().next();
                let x = match x {
                    Some(x) => x,
                    None => self.bad_expr(),
                };
                Simple::Stmt(self.mk_stmt(lo, StmtKind::Expr(x)))
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool, op_pos: Option<Pos>) -> Simple {
        let range_pos = self.pos();
        self.next();
        let x = self.expr();
        Simple::Range {
            lhs,
            define,
            op_pos,
            range_pos,
            x,
        }
    }

    /// A simple statement where only statements are allowed (no range, no guard).
    fn simple_as_stmt(&mut self, s: Simple, lo: Pos) -> Stmt {
        match s {
            Simple::Stmt(s) => s,
            Simple::Range { x, .. } => self.mk_stmt(lo, StmtKind::Expr(x)),
            Simple::Guard { bind, guard } => {
                let l = name_expr(bind);
                let op_pos = l.span.hi;
                self.mk_stmt(
                    lo,
                    StmtKind::Assign {
                        lhs: vec![l],
                        op: AssignOp::Define,
                        rhs: vec![guard],
                        op_pos,
                    },
                )
            }
        }
    }

    fn labeled_stmt_or_nil(&mut self, label: Ident) -> Option<Stmt> {
        let colon = self.pos();
        self.want(Tok::Colon);
        let lo = label.span.lo;
        if self.tok() == Tok::Rbrace {
            // an empty statement (the semicolon may be omitted before })
            let pos = self.pos();
            let empty = Stmt {
                id: self.id(),
                span: Span::at(pos),
                kind: StmtKind::Empty,
            };
            return Some(self.mk_stmt(
                lo,
                StmtKind::Labeled {
                    label,
                    colon,
                    stmt: Box::new(empty),
                },
            ));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(self.mk_stmt(
                lo,
                StmtKind::Labeled {
                    label,
                    colon,
                    stmt: Box::new(s),
                },
            )),
            None => {
                // report error at line of ':' token
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// `{ stmts }`; `context` names what the block follows, for the error message.
    fn block_stmt(&mut self, context: &str) -> Block {
        let lbrace = self.pos();
        if !self.enter() {
            self.leave();
            return Block {
                lbrace,
                rbrace: lbrace,
                stmts: Vec::new(),
            };
        }
        let b = self.block_stmt_inner(context, lbrace);
        self.leave();
        b
    }

    fn block_stmt_inner(&mut self, context: &str, lbrace: Pos) -> Block {
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.pos();
            if self.got(Tok::Rbrace) {
                return Block {
                    lbrace,
                    rbrace,
                    stmts: Vec::new(),
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Block {
            lbrace,
            rbrace,
            stmts,
        }
    }

    fn decl_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let kind = self.tok();
        self.next();
        let d = self.decl_group(kind, lo);
        self.mk_stmt(lo, StmtKind::Decl(d))
    }

    fn for_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let (init, cond, post) = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        let kind = match init {
            Some(Simple::Range {
                lhs,
                define,
                op_pos,
                range_pos,
                x,
            }) => StmtKind::Range {
                lhs,
                define,
                op_pos,
                range_pos,
                x: Box::new(x),
                body,
            },
            init => {
                let init = init.map(|s| Box::new(self.simple_as_stmt(s, lo)));
                let cond = cond.map(|c| Box::new(self.cond_expr(c)));
                StmtKind::For {
                    init,
                    cond,
                    post: post.map(Box::new),
                    body,
                }
            }
        };
        self.mk_stmt(lo, kind)
    }

    /// A condition used where a type switch guard is not allowed.
    fn cond_expr(&mut self, c: Cond) -> Expr {
        match c {
            Cond::Expr(e) => e,
            Cond::Guard { guard, .. } => guard,
        }
    }

    /// The header of an if, switch or for statement: (init, cond, post).
    fn header(&mut self, keyword: Tok) -> (Option<Simple>, Option<Cond>, Option<Stmt>) {
        self.want(keyword);
        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                return (None, Some(Cond::Expr(self.bad_expr())), None);
            }
            return (None, None, None);
        }

        let outer = self.xnest;
        self.xnest = -1;

        let mut init = None;
        if self.tok() != Tok::Semi {
            // accept potential varDecl but complain
            if self.got(Tok::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if matches!(s, Simple::Range { .. }) {
                self.xnest = outer;
                return (Some(s), None, None);
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut post = None;
        let mut semi: Option<(Pos, String)> = None;
        if self.tok() != Tok::Lbrace {
            if self.tok() == Tok::Semi {
                semi = Some((self.pos(), self.lx.lit.clone()));
                self.next();
            } else {
                // asking for a '{' rather than a ';' here leads to a better error message
                self.want(Tok::Lbrace);
                if self.tok() != Tok::Lbrace {
                    self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                }
            }
            if keyword == Tok::For {
                let mut skip = false;
                if self.tok() != Tok::Semi {
                    if self.tok() == Tok::Lbrace {
                        self.syntax_error("expected for loop condition");
                        skip = true;
                    } else {
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                }
                if !skip {
                    self.want(Tok::Semi);
                    if self.tok() != Tok::Lbrace {
                        let lo = self.pos();
                        let s = self.simple_stmt(None, None);
                        let s = self.simple_as_stmt(s, lo);
                        if let StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        } = s.kind
                        {
                            self.syntax_error_at(
                                s.pos(),
                                "cannot declare in post statement of for loop",
                            );
                        }
                        post = Some(s);
                    }
                }
            } else if self.tok() != Tok::Lbrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond_stmt = init.take();
        }

        // unpack cond_stmt
        let cond = match cond_stmt {
            None => {
                if keyword == Tok::If {
                    semi.map(|(pos, lit)| {
                        if lit != "semicolon" {
                            self.syntax_error_at(
                                pos,
                                &format!("unexpected {}, expected {{ after if clause", lit),
                            );
                        } else {
                            self.syntax_error_at(pos, "missing condition in if statement");
                        }
                        Cond::Expr(self.bad_at(pos))
                    })
                } else {
                    None
                }
            }
            Some(Simple::Guard { bind, guard }) => Some(Cond::Guard {
                bind: Some(bind),
                guard,
            }),
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            })) => {
                if matches!(x.kind, ExprKind::TypeAssert { typ: None, .. }) {
                    Some(Cond::Guard {
                        bind: None,
                        guard: x,
                    })
                } else {
                    Some(Cond::Expr(x))
                }
            }
            Some(s) => {
                let lo = self.pos();
                let s = self.simple_as_stmt(s, lo);
                let text = match &s.kind {
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                        ..
                    } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                    _ => stmt_string(&s),
                };
                self.syntax_error_at(s.pos(), &format!("cannot use {} as value", text));
                let pos = s.pos();
                Some(Cond::Expr(self.bad_at(pos)))
            }
        };

        self.xnest = outer;
        (init, cond, post)
    }

    fn if_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        if !self.enter() {
            self.leave();
            return self.mk_stmt(lo, StmtKind::Empty);
        }
        let (init, cond, _) = self.header(Tok::If);
        let init = init.map(|s| Box::new(self.simple_as_stmt(s, lo)));
        let cond = Box::new(match cond {
            Some(c) => self.cond_expr(c),
            None => self.bad_at(lo),
        });
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => {
                    let blo = self.pos();
                    let b = self.block_stmt("");
                    els = Some(Box::new(self.mk_stmt(blo, StmtKind::Block(b))));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        self.leave();
        self.mk_stmt(
            lo,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            },
        )
    }

    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let (init, tag, _) = self.header(Tok::Switch);
        let init = init.map(|s| Box::new(self.simple_as_stmt(s, lo)));
        let lbrace = self.pos();
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        let kind = match tag {
            Some(Cond::Guard { bind, guard }) => {
                let guard_span = match &bind {
                    Some(b) => b.span.to(guard.span),
                    None => guard.span,
                };
                let x = match guard.kind {
                    ExprKind::TypeAssert { x, .. } => x,
                    _ => Box::new(guard),
                };
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    guard: x,
                    guard_span,
                    clauses,
                    lbrace,
                    rbrace,
                }
            }
            tag => StmtKind::Switch {
                init,
                tag: tag.map(|c| Box::new(self.cond_expr(c))),
                clauses,
                lbrace,
                rbrace,
            },
        };
        self.mk_stmt(lo, kind)
    }

    fn select_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        self.want(Tok::Select);
        let lbrace = self.pos();
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Tok::Eof && self.tok() != Tok::Rbrace {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        self.mk_stmt(
            lo,
            StmtKind::Select {
                clauses,
                lbrace,
                rbrace,
            },
        )
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let mut list = Vec::new();
        let mut default = false;
        match self.tok() {
            Tok::Case => {
                self.next();
                list = self.expr_list();
            }
            Tok::Default => {
                self.next();
                default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause {
            id: self.id(),
            list,
            default,
            pos,
            colon,
            body,
            span: self.span_from(pos),
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let mut comm = None;
        match self.tok() {
            Tok::Case => {
                self.next();
                let lo = self.pos();
                let s = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_as_stmt(s, lo)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        let colon = self.pos();
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause {
            id: self.id(),
            comm,
            pos,
            colon,
            body,
            span: self.span_from(pos),
        }
    }

    /// Parses a statement if one is present. (Each kind is parsed in its own
    /// function to keep this frame small: blocks nest through it.)
    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        Some(match self.tok() {
            // Most statements (assignments) start with an identifier.
            Tok::Name => return self.name_stmt(),
            Tok::Var | Tok::Const | Tok::Type => self.decl_stmt(),
            Tok::Lbrace => self.block_as_stmt(),
            Tok::Operator | Tok::Star => match self.lx.op {
                Operator::Add
                | Operator::Sub
                | Operator::Mul
                | Operator::And
                | Operator::Xor
                | Operator::Not => self.simple_stmt_only(),
                _ => return None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => self.simple_stmt_only(),
            Tok::For => self.for_stmt(),
            Tok::Switch => self.switch_stmt(),
            Tok::Select => self.select_stmt(),
            Tok::If => self.if_stmt(),
            Tok::Fallthrough | Tok::Break | Tok::Continue | Tok::Goto => self.branch_stmt(),
            Tok::Go | Tok::Defer => self.call_stmt(),
            Tok::Return => self.return_stmt(),
            Tok::Semi => Stmt {
                id: self.id(),
                span: Span::at(self.pos()),
                kind: StmtKind::Empty,
            },
            _ => return None,
        })
    }

    /// A statement starting with a name: labeled or simple.
    #[inline(never)]
    fn name_stmt(&mut self) -> Option<Stmt> {
        let lo = self.pos();
        let mut lhs = self.expr_list();
        if lhs.len() == 1 && self.tok() == Tok::Colon {
            if let ExprKind::Name(_) = lhs[0].kind {
                if let Some(Expr {
                    kind: ExprKind::Name(label),
                    ..
                }) = lhs.pop()
                {
                    return self.labeled_stmt_or_nil(label);
                }
            }
        }
        let s = self.simple_stmt(Some(lhs), None);
        Some(self.simple_as_stmt(s, lo))
    }

    #[inline(never)]
    fn simple_stmt_only(&mut self) -> Stmt {
        let lo = self.pos();
        let s = self.simple_stmt(None, None);
        self.simple_as_stmt(s, lo)
    }

    #[inline(never)]
    fn block_as_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let b = self.block_stmt("");
        self.mk_stmt(lo, StmtKind::Block(b))
    }

    #[inline(never)]
    fn branch_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        let kind = match self.tok() {
            Tok::Break => BranchKind::Break,
            Tok::Continue => BranchKind::Continue,
            Tok::Goto => BranchKind::Goto,
            _ => BranchKind::Fallthrough,
        };
        self.next();
        let label = match kind {
            BranchKind::Goto => Some(self.name()),
            BranchKind::Break | BranchKind::Continue if self.tok() == Tok::Name => {
                Some(self.name())
            }
            _ => None,
        };
        self.mk_stmt(lo, StmtKind::Branch { kind, label })
    }

    #[inline(never)]
    fn return_stmt(&mut self) -> Stmt {
        let lo = self.pos();
        self.next();
        let mut results = Vec::new();
        if self.tok() != Tok::Semi && self.tok() != Tok::Rbrace {
            results = self.expr_list();
        }
        self.mk_stmt(lo, StmtKind::Return(results))
    }

    /// StatementList = { Statement ";" } .
    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        while !matches!(
            self.tok(),
            Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default
        ) {
            let Some(s) = self.stmt_or_nil() else { break };
            list.push(s);
            // ";" is optional before "}"
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi); // avoid spurious empty statement
            }
        }
        list
    }

    /// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
    /// Returns the arguments, the position of `...`, and of `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, Option<Pos>, Pos) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut dots = None;
        let rparen = self.list("argument list", Tok::Comma, Tok::Rparen, &mut |p| {
            list.push(p.expr());
            let pos = p.pos();
            dots = p.got(Tok::DotDotDot).then_some(pos);
            dots.is_some()
        });
        self.xnest -= 1;
        (list, dots, rparen)
    }

    // ---- common productions ----

    fn name(&mut self) -> Ident {
        let pos = self.pos();
        if self.tok() == Tok::Name {
            let id = self.id();
            let name = intern(&mut self.names, &self.lx.lit);
            let span = Span::new(pos, self.lx.end);
            self.next();
            return Ident { id, name, span };
        }
        let n = self.new_ident(pos, "_");
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    /// IdentifierList = identifier { "," identifier } .
    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => name_expr(n),
            None if self.tok() == Tok::Name => {
                let n = self.name();
                name_expr(n)
            }
            None => {
                let pos = self.pos();
                let n = self.new_ident(pos, "_");
                self.syntax_error("expected name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                name_expr(n)
            }
        };
        if self.tok() == Tok::Dot {
            let dot = self.pos();
            self.next();
            let sel = self.name();
            let lo = x.span.lo;
            x = self.mk(
                lo,
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                    dot,
                },
            );
        }
        if self.tok() == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    /// ExpressionList = Expression { "," Expression } .
    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Tok::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// typeList = arg { "," arg } [ "," ] ; if not `strict`, the first element may
    /// also be a (non-type) expression. Also returns whether there was a comma.
    fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}

/// Turns `<-` applied to the channel type `x` into a receive-only channel type,
/// as gc does: `<-chan E` => `<-chan E`, `<-chan<- E` => `<-chan (<-chan E)`.
/// Returns the syntax error for `<-<-chan E` or `<-chan<- E` with a non-channel E.
fn reassociate_recv(x: &mut Expr) -> Option<String> {
    let mut t = x;
    loop {
        if !matches!(t.kind, ExprKind::ChanType { .. }) {
            // the channel direction was <- but the element is not a channel
            return Some(format!("unexpected {}, expected chan", expr_string(t)));
        }
        let ExprKind::ChanType { dir, elem } = &mut t.kind else {
            return None;
        };
        let old = *dir;
        *dir = ChanDir::Recv;
        match old {
            ChanDir::Recv => return Some("unexpected <-, expected chan".to_string()),
            ChanDir::Both => return None,
            ChanDir::Send => t = elem,
        }
    }
}

fn intern(names: &mut FastSet<Rc<str>>, name: &str) -> Rc<str> {
    if let Some(n) = names.get(name) {
        return n.clone();
    }
    let n: Rc<str> = Rc::from(name);
    names.insert(n.clone());
    n
}

/// The expression for a name (sharing the identifier's id and span).
pub fn name_expr(n: Ident) -> Expr {
    Expr {
        id: n.id,
        span: n.span,
        kind: ExprKind::Name(n),
    }
}

fn unparen_owned(mut x: Expr) -> Expr {
    while let ExprKind::Paren(inner) = x.kind {
        x = *inner;
    }
    x
}

/// Whether `x` syntactically must be a value (and not a type).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary { .. }
        | ExprKind::Binary { .. } => true,
        ExprKind::Paren(inner) => is_value(inner),
        ExprKind::Index { x, indices, .. } => {
            is_value(x) || indices.len() == 1 && indices.iter().any(is_value)
        }
        _ => false,
    }
}

/// Whether `x` is a (possibly parenthesized) type element; false if it could
/// also be an ordinary value expression.
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::SliceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Star { x, .. } => is_type_elem(x),
        ExprKind::Unary { op, x, .. } => *op == UnOp::Tilde || is_type_elem(x),
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Paren(inner) => is_type_elem(inner),
        _ => false,
    }
}

/// Splits `x` into a type parameter name and its constraint if `x` can be
/// written as `name constraint` (gc's extractName); otherwise returns `x`.
fn extract_name(x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
    match x.kind {
        ExprKind::Name(n) => Ok((n, None)),
        ExprKind::Binary {
            op: BinOp::Mul,
            x: lhs,
            y,
            op_pos,
        } => match lhs.kind {
            ExprKind::Name(name) if force || is_type_elem(&y) => {
                // x = name *y
                let star = Expr {
                    id: x.id,
                    span: Span::new(op_pos, y.span.hi),
                    kind: ExprKind::Star { x: y, star: op_pos },
                };
                Ok((name, Some(star)))
            }
            kind => Err(Expr {
                id: x.id,
                span: x.span,
                kind: ExprKind::Binary {
                    op: BinOp::Mul,
                    x: Box::new(Expr {
                        id: lhs.id,
                        span: lhs.span,
                        kind,
                    }),
                    y,
                    op_pos,
                },
            }),
        },
        ExprKind::Binary {
            op: BinOp::Or,
            x: lhs,
            y,
            op_pos,
        } => {
            let force_l = force || is_type_elem(&y);
            match extract_name(*lhs, force_l) {
                Ok((name, Some(l))) => {
                    // x = name l|y
                    let span = Span::new(l.span.lo, y.span.hi);
                    Ok((
                        name,
                        Some(Expr {
                            id: x.id,
                            span,
                            kind: ExprKind::Binary {
                                op: BinOp::Or,
                                x: Box::new(l),
                                y,
                                op_pos,
                            },
                        }),
                    ))
                }
                Ok((name, None)) => Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Binary {
                        op: BinOp::Or,
                        x: Box::new(name_expr(name)),
                        y,
                        op_pos,
                    },
                }),
                Err(l) => Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Binary {
                        op: BinOp::Or,
                        x: Box::new(l),
                        y,
                        op_pos,
                    },
                }),
            }
        }
        ExprKind::Call {
            fun,
            args,
            dots,
            lparen,
            rparen,
        } => {
            let ok = args.len() == 1
                && dots.is_none()
                && (force || args.first().is_some_and(is_type_elem));
            match fun.kind {
                ExprKind::Name(name) if ok => {
                    Ok((name, args.into_iter().next().map(unparen_owned)))
                }
                kind => Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Call {
                        fun: Box::new(Expr {
                            id: fun.id,
                            span: fun.span,
                            kind,
                        }),
                        args,
                        dots,
                        lparen,
                        rparen,
                    },
                }),
            }
        }
        kind => Err(Expr {
            id: x.id,
            span: x.span,
            kind,
        }),
    }
}

/// gc's `emphasize`: an expression list, with a top-level binary expression
/// parenthesized.
fn emphasize(list: &[Expr]) -> String {
    let s = super::printer::list_string(list);
    match list {
        [Expr {
            kind: ExprKind::Binary { .. },
            ..
        }] => format!("({})", s),
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_file;

    fn parse_ok(src: &str) -> File {
        let (file, diags) = parse_file(src);
        assert!(diags.is_empty(), "{}: {:?}", src, diags);
        file
    }

    /// The statements of `func _() { body }`.
    fn stmts(body: &str) -> Vec<Stmt> {
        let file = parse_ok(&format!("package p\nfunc _() {{\n{}\n}}\n", body));
        match file.decls.into_iter().next() {
            Some(Decl::Func(f)) => f.body.map(|b| b.stmts).unwrap_or_default(),
            _ => panic!("no func"),
        }
    }

    fn only_stmt(body: &str) -> Stmt {
        let mut s = stmts(body);
        assert_eq!(s.len(), 1, "{:?}", s);
        s.remove(0)
    }

    fn type_spec(src: &str) -> TypeSpec {
        let file = parse_ok(&format!("package p\n{}\n", src));
        match file.decls.into_iter().next() {
            Some(Decl::Type(g)) => g.specs.into_iter().next().expect("spec"),
            _ => panic!("no type decl"),
        }
    }

    #[test]
    fn range_forms() {
        let StmtKind::Range { lhs, define, .. } = only_stmt("for range x {}").kind else {
            panic!("not a range")
        };
        assert!(lhs.is_empty() && !define);
        let StmtKind::Range { lhs, define, x, .. } = only_stmt("for k, v := range m {}").kind
        else {
            panic!("not a range")
        };
        assert_eq!(
            (lhs.len(), define, expr_string(&x)),
            (2, true, "m".to_string())
        );
        let StmtKind::Range { lhs, define, .. } = only_stmt("for i = range 10 {}").kind else {
            panic!("not a range")
        };
        assert_eq!((lhs.len(), define), (1, false));
    }

    #[test]
    fn for_forms() {
        let StmtKind::For {
            init, cond, post, ..
        } = only_stmt("for i := 0; i < n; i++ {}").kind
        else {
            panic!("not a for")
        };
        assert!(init.is_some() && cond.is_some() && post.is_some());
        let StmtKind::For {
            init, cond, post, ..
        } = only_stmt("for x < 3 {}").kind
        else {
            panic!("not a for")
        };
        assert!(init.is_none() && cond.is_some() && post.is_none());
        let StmtKind::For { cond, .. } = only_stmt("for {}").kind else {
            panic!("not a for")
        };
        assert!(cond.is_none());
    }

    #[test]
    fn type_switch_with_binding() {
        let StmtKind::TypeSwitch {
            init,
            bind,
            guard,
            clauses,
            ..
        } = only_stmt("switch y := f(); v := y.(type) { case int, string: case nil: default: }")
            .kind
        else {
            panic!("not a type switch")
        };
        assert!(init.is_some());
        assert_eq!(bind.map(|b| b.name.to_string()), Some("v".to_string()));
        assert_eq!(expr_string(&guard), "y");
        assert_eq!(clauses.len(), 3);
        assert_eq!(clauses[0].list.len(), 2);
        assert!(clauses[2].default);
        let StmtKind::Switch { tag, .. } = only_stmt("switch { case x > 1: }").kind else {
            panic!("not a switch")
        };
        assert!(tag.is_none());
    }

    #[test]
    fn select_clauses() {
        let StmtKind::Select { clauses, .. } =
            only_stmt("select { case v, ok := <-c: case c <- 1: case <-d: default: }").kind
        else {
            panic!("not a select")
        };
        let kinds: Vec<String> = clauses
            .iter()
            .map(|c| {
                c.comm
                    .as_ref()
                    .map_or("default".to_string(), |s| stmt_string(s))
            })
            .collect();
        assert_eq!(kinds, ["v, ok := <-c", "c <- 1", "<-d", "default"]);
    }

    #[test]
    fn receive_versus_channel_types() {
        let s = only_stmt("x = <-chan int(nil)");
        assert_eq!(stmt_string(&s), "x = <-chan int(nil)");
        // as the spec says: <-chan int(c) is <-(chan int(c))
        let StmtKind::Assign { rhs, .. } = &s.kind else {
            panic!("not an assignment")
        };
        let ExprKind::Unary {
            op: UnOp::Recv, x, ..
        } = &rhs[0].kind
        else {
            panic!("not a receive")
        };
        let ExprKind::Call { fun, .. } = &x.kind else {
            panic!("not a conversion")
        };
        assert!(matches!(
            fun.kind,
            ExprKind::ChanType {
                dir: ChanDir::Both,
                ..
            }
        ));
        let t = type_spec("type T <-chan int");
        assert!(matches!(
            t.typ.kind,
            ExprKind::ChanType {
                dir: ChanDir::Recv,
                ..
            }
        ));
        let s = only_stmt("<-ch");
        assert!(matches!(
            s.kind,
            StmtKind::Expr(Expr {
                kind: ExprKind::Unary { op: UnOp::Recv, .. },
                ..
            })
        ));
        let t = type_spec("type T chan<- <-chan int");
        assert_eq!(expr_string(&t.typ), "chan<- <-chan int");
    }

    #[test]
    fn generic_type_declarations() {
        assert!(type_spec("type A [N]int").tparams.is_empty());
        assert!(type_spec("type A [N * 2]int").tparams.is_empty());
        let g = type_spec("type G[T any, U ~int | string] struct{}");
        assert_eq!(g.tparams.len(), 2);
        assert_eq!(expr_string(&g.tparams[1].typ), "~int | string");
        let p = type_spec("type P[T *C,] int");
        assert_eq!(expr_string(&p.tparams[0].typ), "*C");
        let q = type_spec("type Q[T interface{ ~int }] int");
        assert_eq!(q.tparams.len(), 1);
        let a = type_spec("type L = []int");
        assert!(a.alias.is_some());
    }

    #[test]
    fn generic_calls_and_literals() {
        let s = only_stmt("x := Pair[string, int]{Key: \"a\"}");
        assert_eq!(stmt_string(&s), "x := Pair[string, int]{…}");
        let s = only_stmt("f[int](1)");
        let StmtKind::Expr(Expr {
            kind: ExprKind::Call { fun, .. },
            ..
        }) = &s.kind
        else {
            panic!("not a call")
        };
        assert!(matches!(fun.kind, ExprKind::Index { .. }));
    }

    #[test]
    fn composite_literals_with_elided_types() {
        let s = only_stmt("x := map[Point][]int{{1, 2}: {3}, {}: nil}");
        let StmtKind::Assign { rhs, .. } = &s.kind else {
            panic!("not an assignment")
        };
        let ExprKind::CompositeLit { elems, .. } = &rhs[0].kind else {
            panic!("not a literal")
        };
        let ExprKind::KeyValue { key, value, .. } = &elems[0].kind else {
            panic!("not keyed")
        };
        assert!(matches!(key.kind, ExprKind::CompositeLit { typ: None, .. }));
        assert!(matches!(
            value.kind,
            ExprKind::CompositeLit { typ: None, .. }
        ));
        // the composite literal restriction does not apply inside parentheses
        let StmtKind::If { cond, .. } = only_stmt("if (T{} == x) {}").kind else {
            panic!("not an if")
        };
        assert_eq!(expr_string(&cond), "(T{} == x)");
    }

    #[test]
    fn precedence() {
        let s = only_stmt("x = a || b && c == d + e * -f");
        let StmtKind::Assign { rhs, .. } = &s.kind else {
            panic!("not an assignment")
        };
        let ExprKind::Binary { op, y, .. } = &rhs[0].kind else {
            panic!("not binary")
        };
        assert_eq!(*op, BinOp::OrOr);
        let ExprKind::Binary { op, .. } = &y.kind else {
            panic!("not binary")
        };
        assert_eq!(*op, BinOp::AndAnd);
    }

    #[test]
    fn slices_and_assertions() {
        let s = only_stmt("_ = s[1:2:3]");
        let StmtKind::Assign { rhs, .. } = &s.kind else {
            panic!("not an assignment")
        };
        assert!(matches!(rhs[0].kind, ExprKind::Slice { full: true, .. }));
        let s = only_stmt("v, ok := x.(interface{ M() })");
        assert_eq!(stmt_string(&s), "v, ok := x.(interface{M()})");
    }

    #[test]
    fn declarations() {
        let file = parse_ok(
            "package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\nvar x, y int = 1, 2\n\
             func (r *T) M(a, b int, c ...string) (n int, err error) { return }\n\
             func F[T any, U comparable](t T) {}\n",
        );
        let Decl::Const(g) = &file.decls[0] else {
            panic!("not const")
        };
        let iotas: Vec<u32> = g.specs.iter().map(|s| s.iota).collect();
        assert_eq!(iotas, [0, 1, 2]);
        assert!(g.specs[1].values.is_empty() && g.specs[1].typ.is_none());
        let Decl::Func(m) = &file.decls[2] else {
            panic!("not func")
        };
        let recv = m.recv.as_ref().expect("receiver");
        assert_eq!(expr_string(&recv.typ), "*T");
        assert_eq!(m.sig.params.len(), 2);
        assert_eq!(m.sig.params[0].names.len(), 2);
        assert!(matches!(m.sig.params[1].typ.kind, ExprKind::Dots(_)));
        assert_eq!(m.sig.results.len(), 2);
        let Decl::Func(g) = &file.decls[3] else {
            panic!("not func")
        };
        assert_eq!(g.tparams.len(), 2);
    }

    #[test]
    fn struct_and_interface_types() {
        let t = type_spec("type S struct {\n\ta, b int `tag`\n\t*pkg.T\n\tE[int]\n\tF []int\n}");
        let ExprKind::StructType { fields, .. } = &t.typ.kind else {
            panic!("not a struct")
        };
        assert_eq!(fields.len(), 4);
        assert_eq!(fields[0].names.len(), 2);
        assert!(fields[0].tag.is_some());
        assert!(fields[1].is_embedded() && fields[2].is_embedded());
        assert!(!fields[3].is_embedded());
        let i =
            type_spec("type I interface {\n\tM(x int) string\n\tfmt.Stringer\n\t~int | ~string\n}");
        let ExprKind::InterfaceType { elems, .. } = &i.typ.kind else {
            panic!("not an interface")
        };
        assert!(matches!(elems[0], InterfaceElem::Method { .. }));
        assert!(matches!(elems[1], InterfaceElem::Embed(_)));
        assert!(matches!(elems[2], InterfaceElem::Embed(_)));
    }

    #[test]
    fn error_positions_of_nodes() {
        let src = "package p\nfunc f() int {\n\treturn a + f(b)\n}\n";
        let file = parse_ok(src);
        let Decl::Func(f) = &file.decls[0] else {
            panic!("not func")
        };
        let body = f.body.as_ref().expect("body");
        assert_eq!(&src[body.rbrace as usize..][..1], "}");
        let StmtKind::Return(results) = &body.stmts[0].kind else {
            panic!("not return")
        };
        let e = &results[0];
        assert_eq!(&src[e.pos() as usize..][..1], "+");
        assert_eq!(&src[e.span.lo as usize..e.span.hi as usize], "a + f(b)");
        let ExprKind::Binary { y, .. } = &e.kind else {
            panic!("not binary")
        };
        assert_eq!(&src[y.pos() as usize..][..1], "(");
    }

    #[test]
    fn node_ids_are_unique_and_dense() {
        let file = parse_ok(include_str!("testdata/valid_kitchen_sink.go"));
        // Walk a few expressions' ids; uniqueness is by construction of `id()`.
        assert!(file.node_count > 500);
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!(
            "package p\nvar x = {}1{}\n",
            "(".repeat(100_000),
            ")".repeat(100_000)
        );
        let (_, diags) = parse_file(&deep);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].message, "exceeded max nesting depth");
        let chain = format!("package p\nvar x = 1{}\n", " + 1".repeat(100_000));
        let (_, diags) = parse_file(&chain);
        assert_eq!(diags[0].message, "exceeded max nesting depth");
        let blocks = format!(
            "package p\nfunc f() {{{}{}}}\n",
            "{".repeat(50_000),
            "}".repeat(50_000)
        );
        let (_, diags) = parse_file(&blocks);
        assert_eq!(diags[0].message, "exceeded max nesting depth");
    }
}
