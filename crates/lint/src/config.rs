//! `vmcmd.toml`: rules to disable everywhere and per-path ignores, like
//! statix's `disabled` and ruff's `per-file-ignores`. The CLI finds the file
//! (walking up from the linted paths) and parses the TOML; this module
//! validates the contents and answers "is this rule on for this file".
//!
//! ```toml
//! disabled = ["VM202"]
//!
//! [per-path-ignores]
//! "tests/**" = ["VM205", "extra_args_whitespace"]
//! ```

use std::path::{Path, PathBuf};

use crate::find_rule;

/// A validated `vmcmd.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The directory the file is in; per-path globs are relative to it.
    pub root: PathBuf,
    /// Codes of rules disabled everywhere.
    pub disabled: Vec<&'static str>,
    /// Glob and the codes ignored in files matching it.
    pub per_path: Vec<(String, Vec<&'static str>)>,
}

fn codes(list: &[String], what: &str) -> Result<Vec<&'static str>, String> {
    list.iter()
        .map(|c| {
            find_rule(c)
                .map(|r| r.meta().code)
                .ok_or_else(|| format!("unknown rule `{c}` in {what}"))
        })
        .collect()
}

impl Config {
    /// Validates the contents of a `vmcmd.toml` in `root`: rule codes or names.
    pub fn new(
        root: PathBuf,
        disabled: &[String],
        per_path: &[(String, Vec<String>)],
    ) -> Result<Config, String> {
        let disabled = codes(disabled, "`disabled`")?;
        let per_path = per_path
            .iter()
            .map(|(glob, list)| {
                Ok((glob.clone(), codes(list, &format!("`per-path-ignores.\"{glob}\"`"))?))
            })
            .collect::<Result<_, String>>()?;
        Ok(Config { root, disabled, per_path })
    }

    /// Whether rule `code` applies to `file` (an absolute path, or `None`
    /// for diagnostics without a file).
    pub fn allows(&self, code: &str, file: Option<&Path>) -> bool {
        if self.disabled.contains(&code) {
            return false;
        }
        let Some(file) = file else { return true };
        let Ok(rel) = file.strip_prefix(&self.root) else { return true };
        let rel = rel.to_string_lossy();
        let base = file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
        !self.per_path.iter().any(|(glob, codes)| {
            codes.contains(&code)
                && (glob_match(glob, &rel) || (!glob.contains('/') && glob_match(glob, &base)))
        })
    }
}

/// Matches a path against a glob: `*` and `?` within one path component,
/// `**` across components (`dir/**` also matches everything below `dir`).
pub fn glob_match(glob: &str, path: &str) -> bool {
    fn go(g: &[u8], p: &[u8]) -> bool {
        match g.split_first() {
            None => p.is_empty(),
            Some((b'*', rest)) if rest.first() == Some(&b'*') => {
                let rest = &rest[1..];
                let rest = rest.strip_prefix(b"/").unwrap_or(rest);
                (0..=p.len()).any(|i| (i == 0 || p[i - 1] == b'/') && go(rest, &p[i..]))
                    || (rest.is_empty())
            }
            Some((b'*', rest)) => {
                (0..=p.len()).take_while(|i| *i == 0 || p[i - 1] != b'/').any(|i| go(rest, &p[i..]))
            }
            Some((b'?', rest)) => p.first().is_some_and(|c| *c != b'/') && go(rest, &p[1..]),
            Some((c, rest)) => p.first() == Some(c) && go(rest, &p[1..]),
        }
    }
    go(glob.as_bytes(), path.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("tests/**", "tests/a/b.nix"));
        assert!(glob_match("**/*.nix", "a/b/c.nix"));
        assert!(glob_match("**/*.nix", "c.nix"));
        assert!(glob_match("vms/*.nix", "vms/net.nix"));
        assert!(!glob_match("vms/*.nix", "vms/sub/net.nix"));
        assert!(glob_match("net-?m.nix", "net-vm.nix"));
        assert!(!glob_match("tests/**", "src/tests/a.nix"));
    }

    #[test]
    fn config_filters() {
        let c = Config::new(
            "/repo".into(),
            &["VM202".into()],
            &[
                ("tests/**".into(), vec!["qemu_mem_2048".into()]),
                ("legacy.nix".into(), vec!["VM001".into()]),
            ],
        )
        .unwrap();
        assert!(!c.allows("VM202", None));
        assert!(!c.allows("VM205", Some(Path::new("/repo/tests/x.nix"))));
        assert!(c.allows("VM205", Some(Path::new("/repo/vms/x.nix"))));
        assert!(!c.allows("VM001", Some(Path::new("/repo/a/legacy.nix"))));
        assert!(Config::new("/".into(), &["VM999".into()], &[]).is_err());
    }
}
