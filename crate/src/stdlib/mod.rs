//! The standard library surface: Go declarations of each package, bound to natives.
