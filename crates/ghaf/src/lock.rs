//! The revisions a Ghaf checkout pins: the `microvm` and `nixpkgs` inputs
//! of its `flake.lock` (format version 7, as written by Nix since 2.4),
//! compared with the semantics vmcmd builds in.

use serde_json::Value;
use vmcmd_microvm::Epoch;

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
    /// The branch or tag the input follows (`original.ref`: `nixos-22.11`).
    pub reference: Option<String>,
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
            let node = nodes.get(&node_name)?;
            let locked = node.get("locked")?;
            let reference = node.get("original").and_then(|o| o.get("ref")).and_then(Value::as_str);
            let s = |k: &str| locked.get(k).and_then(Value::as_str).map(str::to_string);
            Some(Pin {
                input: input.to_string(),
                kind: s("type").unwrap_or_default(),
                owner: s("owner"),
                repo: s("repo"),
                rev: s("rev"),
                last_modified: locked.get("lastModified").and_then(Value::as_i64),
                reference: reference.map(str::to_string),
            })
        };
        Some(FlakeLock { microvm: pin("microvm"), nixpkgs: pin("nixpkgs") })
    }

    /// The nixpkgs release the checkout pins: its branch (`nixos-22.11`),
    /// or for `nixos-unstable` and the like the release after its date.
    pub fn nixpkgs_release(&self) -> Option<String> {
        let n = self.nixpkgs.as_ref()?;
        // `nixos-24.05`, `nixos-24.05-small`, `release-24.05`, `nixpkgs-24.05-darwin`
        let branch = n.reference.as_deref().unwrap_or("");
        let release = branch
            .trim_start_matches("nixos-")
            .trim_start_matches("nixpkgs-")
            .trim_start_matches("release-");
        let b = release.as_bytes();
        if b.len() >= 5
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2] == b'.'
            && b[3..5].iter().all(u8::is_ascii_digit)
            && (b.len() == 5 || b[5] == b'-')
        {
            return Some(release[..5].to_string());
        }
        n.last_modified.map(|t| Epoch::release_of_date(&date(t)))
    }

    /// The epoch the pins select (microvm.nix 71beea0 and nixos-26.05 for
    /// what is not pinned); `Err` for a microvm.nix revision vmcmd cannot
    /// place (no date).
    pub fn epoch(&self) -> Result<Epoch, String> {
        let release = self.nixpkgs_release();
        let mut epoch = match &self.microvm {
            Some(m) => {
                let rev = m.rev.as_deref().unwrap_or(MICROVM_REV);
                let date = m.last_modified.map(date);
                Epoch::select(rev, date.as_deref(), release.as_deref())?
            }
            None => Epoch::select(MICROVM_REV, None, release.as_deref())?,
        };
        // the NixOS label follows the pin where vmcmd has the pinned
        // release's table; otherwise the table's own label stays
        if let Some(n) = &self.nixpkgs
            && let (Some(rev), Some(t)) = (&n.rev, n.last_modified)
            && epoch.assumptions.is_empty()
            && epoch.package_table != vmcmd_microvm::epoch::RELEASES[2]
        {
            let ymd = date(t).replace('-', "");
            let short: String = rev.chars().take(7).collect();
            epoch.version_suffix = Some(format!(".{ymd}.{short}"));
        }
        Ok(epoch)
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
