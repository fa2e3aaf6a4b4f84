//! The revisions a Ghaf checkout pins: the `microvm` and `nixpkgs` inputs
//! of its `flake.lock` (format version 7, as written by Nix since 2.4),
//! compared with the semantics vmcmd builds in.

use serde_json::Value;

/// The microvm.nix revision whose semantics vmcmd implements.
pub const MICROVM_REV: &str = "71beea0076cd46dafcee97a5a2e7d00cbba5bd2f";
/// The nixpkgs release whose `lib` and package versions vmcmd builds in.
pub const NIXPKGS_RELEASE: &str = "26.05";

/// One locked flake input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    /// The input's name in `flake.nix` (`microvm`, `nixpkgs`).
    pub input: String,
    /// `github`, `git`, `path` …
    pub kind: String,
    pub owner: Option<String>,
    pub repo: Option<String>,
    pub rev: Option<String>,
    /// Seconds since the epoch, as Nix records it.
    pub last_modified: Option<i64>,
}

impl Pin {
    /// `owner/repo@rev12` (or what is known of it).
    pub fn describe(&self) -> String {
        let name = match (&self.owner, &self.repo) {
            (Some(o), Some(r)) => format!("{o}/{r}"),
            _ => self.kind.clone(),
        };
        let rev = self.rev.as_deref().map(|r| &r[..r.len().min(12)]).unwrap_or("?");
        match self.last_modified {
            Some(t) => format!("{name}@{rev} ({})", date(t)),
            None => format!("{name}@{rev}"),
        }
    }
}

/// What `flake.lock` says about the inputs vmcmd cares about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlakeLock {
    pub microvm: Option<Pin>,
    pub nixpkgs: Option<Pin>,
}

impl FlakeLock {
    /// Parses a `flake.lock`; `None` for text that is not one.
    pub fn parse(text: &str) -> Option<FlakeLock> {
        let doc: Value = serde_json::from_str(text).ok()?;
        let nodes = doc.get("nodes")?;
        let root = doc.get("root").and_then(Value::as_str).unwrap_or("root");
        let inputs = nodes.get(root)?.get("inputs")?;
        let pin = |input: &str| -> Option<Pin> {
            // an input is a node name, or a path of names ("follows")
            let node_name = match inputs.get(input)? {
                Value::String(s) => s.clone(),
                Value::Array(path) => {
                    let mut node = nodes.get(root)?;
                    let mut name = String::new();
                    for step in path {
                        name = node.get("inputs")?.get(step.as_str()?)?.as_str()?.to_string();
                        node = nodes.get(&name)?;
                    }
                    name
                }
                _ => return None,
            };
            let locked = nodes.get(&node_name)?.get("locked")?;
            let s = |k: &str| locked.get(k).and_then(Value::as_str).map(str::to_string);
            Some(Pin {
                input: input.to_string(),
                kind: s("type").unwrap_or_default(),
                owner: s("owner"),
                repo: s("repo"),
                rev: s("rev"),
                last_modified: locked.get("lastModified").and_then(Value::as_i64),
            })
        };
        Some(FlakeLock { microvm: pin("microvm"), nixpkgs: pin("nixpkgs") })
    }

    /// Notes for the user where the pins differ from the built-in
    /// semantics (empty when they agree or nothing is pinned).
    pub fn differences(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(m) = &self.microvm
            && m.rev.as_deref() != Some(MICROVM_REV)
        {
            out.push(format!(
                "the checkout pins microvm.nix {}, vmcmd generates what microvm.nix {} does \
                 (runner output of other revisions may differ)",
                m.describe(),
                &MICROVM_REV[..12]
            ));
        }
        if let Some(n) = &self.nixpkgs {
            out.push(format!(
                "the checkout pins nixpkgs {}, vmcmd uses its built-in nixos-{NIXPKGS_RELEASE} lib \
                 and package versions",
                n.describe()
            ));
        }
        out
    }
}

/// `YYYY-MM-DD` of a Unix time (UTC; days from the civil-from-days
/// algorithm).
pub fn date(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_754_697_600), "2025-08-09");
        assert_eq!(date(951_782_400), "2000-02-29");
    }

    #[test]
    fn follows_paths_resolve() {
        let text = r#"{"nodes":{
          "root":{"inputs":{"microvm":"m","nixpkgs":["microvm","nixpkgs"]}},
          "m":{"inputs":{"nixpkgs":"np"},"locked":{"type":"github","owner":"microvm-nix","repo":"microvm.nix","rev":"abc","lastModified":0}},
          "np":{"locked":{"type":"github","owner":"NixOS","repo":"nixpkgs","rev":"def"}}},
          "root":"root","version":7}"#;
        let lock = FlakeLock::parse(text).unwrap();
        assert_eq!(lock.microvm.unwrap().describe(), "microvm-nix/microvm.nix@abc (1970-01-01)");
        assert_eq!(lock.nixpkgs.unwrap().rev.as_deref(), Some("def"));
        assert_eq!(FlakeLock::parse("not json"), None);
    }
}
