//! The type checker: scopes, types, constants and gc's diagnostics.
