//! Tokens and operators, named as gc's syntax package names them in error messages.

/// A token kind. Operators are grouped into a few kinds (as in gc) and carry an
/// [`Operator`] alongside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tok {
    Eof,
    Name,
    Literal,
    /// A binary or unary operator other than `*` (see [`Tok::Star`]).
    Operator,
    /// `op=`
    AssignOp,
    /// `++` / `--`
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    /// gc's `token.String()`.
    pub const fn as_str(self) -> &'static str {
        use Tok::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    pub fn is_keyword(self) -> bool {
        self >= Tok::Break
    }

    /// The word used for this token in syntax errors (gc's `tokstring`).
    pub fn describe(self) -> String {
        match self {
            Tok::Comma => "comma".to_string(),
            Tok::Semi => "semicolon or newline".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.as_str()),
            t => t.as_str().to_string(),
        }
    }

    /// A bit for token sets (there are fewer than 64 tokens).
    pub fn bit(self) -> u64 {
        1u64 << (self as u32)
    }

    /// The keyword spelled `word`. One probe of a collision-free hash table
    /// built at compile time from `as_str`: a `match` on byte strings compiles
    /// to a comparison tree of ~1.5 KB in the wasm, a scan or binary search of
    /// the spellings made the lexer ~45% slower.
    pub fn keyword(word: &[u8]) -> Option<Tok> {
        let [a, b, ..] = *word else {
            return None;
        };
        let slot = KEYWORD_SLOTS[keyword_hash(a, b, word.len())];
        let t = *KEYWORDS.get(slot as usize)?;
        (t.as_str().as_bytes() == word).then_some(t)
    }
}

const KEYWORDS: [Tok; 25] = {
    use Tok::*;
    [
        Break,
        Case,
        Chan,
        Const,
        Continue,
        Default,
        Defer,
        Else,
        Fallthrough,
        For,
        Func,
        Go,
        Goto,
        If,
        Import,
        Interface,
        Map,
        Package,
        Range,
        Return,
        Select,
        Struct,
        Switch,
        Type,
        Var,
    ]
};

/// Distinct for Go's 25 keywords (checked when `KEYWORD_SLOTS` is built).
const fn keyword_hash(first: u8, second: u8, len: usize) -> usize {
    (first as usize * 4 + second as usize * 48 + len) % 64
}

/// Index into `KEYWORDS` by `keyword_hash`; 0xFF for no keyword.
const KEYWORD_SLOTS: [u8; 64] = {
    let mut slots = [0xFF; 64];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let w = KEYWORDS[i].as_str().as_bytes();
        let h = keyword_hash(w[0], w[1], w.len());
        assert!(slots[h] == 0xFF, "keyword hash collision");
        slots[h] = i as u8;
        i += 1;
    }
    slots
};

/// An operator carried by `Operator`, `AssignOp`, `IncOp` and `Star` tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    None,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
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

pub const PREC_OROR: u8 = 1;
pub const PREC_ANDAND: u8 = 2;
pub const PREC_CMP: u8 = 3;
pub const PREC_ADD: u8 = 4;
pub const PREC_MUL: u8 = 5;

impl Operator {
    pub fn as_str(self) -> &'static str {
        use Operator::*;
        match self {
            None => "",
            Not => "!",
            Recv => "<-",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
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

    /// The binary operator, if this is one.
    pub fn binary(self) -> Option<crate::syntax::ast::BinOp> {
        use crate::syntax::ast::BinOp as B;
        use Operator::*;
        Some(match self {
            OrOr => B::OrOr,
            AndAnd => B::AndAnd,
            Eql => B::Eq,
            Neq => B::Ne,
            Lss => B::Lt,
            Leq => B::Le,
            Gtr => B::Gt,
            Geq => B::Ge,
            Add => B::Add,
            Sub => B::Sub,
            Or => B::Or,
            Xor => B::Xor,
            Mul => B::Mul,
            Div => B::Div,
            Rem => B::Rem,
            And => B::And,
            AndNot => B::AndNot,
            Shl => B::Shl,
            Shr => B::Shr,
            None | Not | Recv | Tilde => return Option::None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Tok;

    #[test]
    fn keywords_are_found_by_their_spelling() {
        // Every keyword is found through `KEYWORD_SLOTS`, nothing else is.
        let mut found = 0;
        for w in [
            "break",
            "case",
            "chan",
            "const",
            "continue",
            "default",
            "defer",
            "else",
            "fallthrough",
            "for",
            "func",
            "go",
            "goto",
            "if",
            "import",
            "interface",
            "map",
            "package",
            "range",
            "return",
            "select",
            "struct",
            "switch",
            "type",
            "var",
        ] {
            let t = Tok::keyword(w.as_bytes()).expect(w);
            assert_eq!(t.as_str(), w);
            found += 1;
        }
        assert_eq!(found, 25);
        for w in ["", "b", "fmt", "gox", "int", "typeswitch", "vars", "Break"] {
            assert_eq!(Tok::keyword(w.as_bytes()), None, "{w}");
        }
    }
}
