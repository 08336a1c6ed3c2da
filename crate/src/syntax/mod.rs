//! Lexer, parser and AST: source text to a syntax tree with byte spans.

pub mod ast;
