//! Go language versions: they decide loop-variable semantics and feature gates.

use std::fmt;

/// A Go language version `1.minor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoVersion {
    pub minor: u32,
}

impl GoVersion {
    /// The oldest version goplay accepts.
    pub const OLDEST: GoVersion = GoVersion { minor: 18 };
    /// The newest version goplay knows, and the default.
    pub const NEWEST: GoVersion = GoVersion { minor: 27 };
    /// Since go1.22 each loop iteration has its own variables.
    pub const PER_ITERATION_LOOPVAR: GoVersion = GoVersion { minor: 22 };

    /// Parses `1.22`, `go1.22`, `1.22.3` (the patch is ignored).
    pub fn parse(text: &str) -> Option<GoVersion> {
        let text = text.trim();
        let text = text.strip_prefix("go").unwrap_or(text);
        let mut parts = text.split('.');
        if parts.next()? != "1" {
            return None;
        }
        let minor: u32 = parts.next()?.parse().ok()?;
        if let Some(patch) = parts.next() {
            patch.parse::<u32>().ok()?;
        }
        let v = GoVersion { minor };
        (Self::OLDEST..=Self::NEWEST).contains(&v).then_some(v)
    }

    /// Reads the `go` directive of a go.mod file.
    pub fn from_go_mod(go_mod: &str) -> Option<GoVersion> {
        go_mod.lines().find_map(|line| {
            let rest = line.trim().strip_prefix("go ")?;
            GoVersion::parse(rest)
        })
    }

    pub fn per_iteration_loopvar(self) -> bool {
        self >= Self::PER_ITERATION_LOOPVAR
    }
}

impl Default for GoVersion {
    fn default() -> Self {
        Self::NEWEST
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "go1.{}", self.minor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_versions() {
        assert_eq!(GoVersion::parse("1.21"), Some(GoVersion { minor: 21 }));
        assert_eq!(GoVersion::parse("go1.22.3"), Some(GoVersion { minor: 22 }));
        assert_eq!(GoVersion::parse("2.0"), None);
        assert_eq!(GoVersion::parse("1.99"), None);
        let m = "module example\n\ngo 1.21\n";
        assert_eq!(GoVersion::from_go_mod(m), Some(GoVersion { minor: 21 }));
    }
}
