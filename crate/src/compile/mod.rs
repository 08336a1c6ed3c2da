//! The compiler: typed AST to bytecode.
