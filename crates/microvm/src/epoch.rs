//! Runner epochs: which microvm.nix revision and which nixpkgs release an
//! output reproduces (microvm.nix's history, ../shared/docs/microvm-spec.md
//! §6; nixpkgs' `escapeShellArg` change, NixOS/nixpkgs #333744).
//!
//! An [`Epoch`] is chosen from a checkout's `flake.lock` (the `microvm` and
//! `nixpkgs` inputs) or from `--microvm REV --nixpkgs RELEASE`. The guest
//! module model and the runners branch on it where upstream changed; a
//! revision vmcmd does not model falls back to the nearest older modelled
//! one of the same era (2023, or 2024 on, where the oldest modelled one
//! stands in for older ones), with a warning naming both.

use serde_json::{Value, json};

/// A microvm.nix revision whose output vmcmd reproduces.
#[derive(Debug, PartialEq, Eq)]
pub struct Revision {
    /// Seven hex digits, as users write them.
    pub short: &'static str,
    pub rev: &'static str,
    /// `owner/repo` on GitHub.
    pub repo: &'static str,
    /// Commit date (`lastModified` of a flake input), `YYYY-MM-DD`.
    pub date: &'static str,
    /// Which Ghaf release pinned it, and what it is.
    pub note: &'static str,
    /// The nixpkgs release Ghaf used with it (the default of `--nixpkgs`).
    pub nixpkgs: &'static str,
}

/// The modelled revisions, oldest first. Each one is verified against
/// real Nix evaluating that revision (tests/epochs, tests/ghaf-oracle).
pub const REVISIONS: [Revision; 7] = [
    Revision {
        short: "c527054",
        nixpkgs: "22.11",
        rev: "c527054302a9a0cae206abfe1c8b282fba1d464b",
        repo: "mikatammi/microvm.nix",
        date: "2023-02-10",
        note: "Ghaf's fork (wip_hacks_2), early 2023: the Ghaf doc's command line",
    },
    Revision {
        short: "d578ed4",
        nixpkgs: "22.11",
        rev: "d578ed45d3528c42ab4b12edf6d1512a7bd35714",
        repo: "astro/microvm.nix",
        date: "2023-04-14",
        note: "pinned by ghaf-23.05",
    },
    Revision {
        short: "03e7f11",
        nixpkgs: "23.05",
        rev: "03e7f11cf915a911277c2cdea5d7da9717597aa2",
        repo: "astro/microvm.nix",
        date: "2023-09-12",
        note: "pinned by ghaf-23.09",
    },
    Revision {
        short: "470537e",
        nixpkgs: "24.05",
        rev: "470537e671d743f40812b9c071a4130eabdb3deb",
        repo: "astro/microvm.nix",
        date: "2024-10-08",
        note: "pinned by ghaf-24.09",
    },
    Revision {
        short: "5bbc126",
        nixpkgs: "25.05",
        rev: "5bbc126db87b5ffc36394df630eead403c48fac8",
        repo: "astro/microvm.nix",
        date: "2025-03-13",
        note: "pinned by ghaf-25.03",
    },
    Revision {
        short: "c5a04bc",
        nixpkgs: "26.05",
        rev: "c5a04bcc9d1f5a6ccafdcdf607bf49f70d5f7f20",
        repo: "microvm-nix/microvm.nix",
        date: "2026-07-07",
        note: "pinned by ghaf-26.07.1",
    },
    Revision {
        short: "71beea0",
        nixpkgs: "26.05",
        rev: "71beea0076cd46dafcee97a5a2e7d00cbba5bd2f",
        repo: "microvm-nix/microvm.nix",
        date: "2026-08-09",
        note: "pinned by Ghaf main (2026-08)",
    },
];

/// Revisions Ghaf pinned that are not modelled, with their dates, so
/// that `--microvm REV` can fall back without a `flake.lock` date.
const KNOWN_UNMODELLED: [(&str, &str); 4] = [
    ("c00dba4", "2023-01-19"),
    ("b496028", "2023-04-09"),
    ("c14833d", "2023-06-21"),
    ("5882c4d", "2023-02-09"),
];

/// Where the 2023 module layout ends: revisions from this date on are
/// modelled by the current guest module (with conditions).
const ERA_2024: &str = "2024-01-01";

/// nixpkgs releases with a package table (versions in store path names).
pub const RELEASES: [&str; 3] = ["22.11", "23.05", "26.05"];

/// From this nixpkgs release on, a release without a table uses the
/// nearest newer table rather than the nearest older one (see
/// [`Epoch::set_nixpkgs`]).
const MODERN_TABLES_FROM: (u32, u32) = (24, 5);

/// The revision vmcmd models by default (what Ghaf main pins).
pub const CURRENT: &Revision = &REVISIONS[REVISIONS.len() - 1];

/// [`Epoch::current`] as a shared value.
pub fn current() -> &'static Epoch {
    static CURRENT_EPOCH: std::sync::LazyLock<Epoch> = std::sync::LazyLock::new(Epoch::current);
    &CURRENT_EPOCH
}

/// What an output reproduces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Epoch {
    /// Index into [`REVISIONS`].
    index: usize,
    /// The nixpkgs release (`YY.MM`) whose `lib` quoting applies.
    pub nixpkgs: String,
    /// The nixpkgs release whose package table is used (one of [`RELEASES`]).
    pub package_table: &'static str,
    /// `lib.trivial.versionSuffix` (`.YYYYMMDD.<rev7>`), when known.
    pub version_suffix: Option<String>,
    /// The revision asked for, when it is not the modelled one.
    pub requested: Option<String>,
    /// Why the microvm.nix revision differs from the one asked for (a
    /// fallback): a warning for the user.
    pub notes: Vec<String>,
    /// Approximations that are not worth a warning (a nixpkgs release
    /// without its own package table).
    pub assumptions: Vec<String>,
}

impl Default for Epoch {
    fn default() -> Self {
        Epoch::current()
    }
}

fn release_key(r: &str) -> (u32, u32) {
    let mut it = r.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    (it.next().unwrap_or(0), it.next().unwrap_or(0))
}

impl Epoch {
    /// microvm.nix 71beea0 with nixpkgs 26.05.
    pub fn current() -> Epoch {
        Epoch {
            index: REVISIONS.len() - 1,
            nixpkgs: "26.05".into(),
            package_table: "26.05",
            version_suffix: None,
            requested: None,
            notes: Vec::new(),
            assumptions: Vec::new(),
        }
    }

    pub fn revision(&self) -> &'static Revision {
        &REVISIONS[self.index]
    }

    /// Whether the modelled revision is `short` or later.
    pub fn at_least(&self, short: &str) -> bool {
        REVISIONS.iter().position(|r| r.short == short).is_none_or(|i| self.index >= i)
    }

    /// Whether the modelled revision is older than `short`.
    pub fn before(&self, short: &str) -> bool {
        !self.at_least(short)
    }

    /// The 2023 module layout (custom stage 1 or initrd boot, `balloonMem`,
    /// `#! bash -e` scripts): revisions before 2024.
    pub fn is_2023(&self) -> bool {
        self.revision().date < ERA_2024
    }

    /// `lib.escapeShellArg` quotes every word (nixpkgs before 24.11).
    pub fn quotes_every_word(&self) -> bool {
        release_key(&self.nixpkgs) < (24, 11)
    }

    /// The epoch for a microvm.nix revision (full or abbreviated hash)
    /// with an optional commit date (`YYYY-MM-DD`), and a nixpkgs release.
    /// Unknown revisions fall back to the nearest older modelled one of
    /// the same era (or the era's oldest), with a note; `Err` when the revision is unknown and
    /// has no date to place it.
    /// `nixpkgs` `None`: the release Ghaf used with that revision.
    pub fn select(rev: &str, date: Option<&str>, nixpkgs: Option<&str>) -> Result<Epoch, String> {
        let rev = rev.trim();
        let mut epoch = Epoch::current();
        if rev.len() >= 7
            && let Some(i) = REVISIONS.iter().position(|r| r.rev.starts_with(rev))
        {
            epoch.index = i;
            epoch.set_nixpkgs(nixpkgs.unwrap_or(REVISIONS[i].nixpkgs));
            return Ok(epoch);
        }
        let date = date.map(str::to_owned).or_else(|| {
            KNOWN_UNMODELLED
                .iter()
                .find(|(s, _)| rev.len() >= 7 && (s.starts_with(rev) || rev.starts_with(s)))
                .map(|(_, d)| (*d).to_owned())
        });
        let Some(date) = date else {
            return Err(format!(
                "microvm.nix revision `{rev}` is unknown to vmcmd and has no date; modelled revisions: {}",
                REVISIONS.iter().map(|r| r.short).collect::<Vec<_>>().join(", ")
            ));
        };
        // The nearest older modelled revision of the same era: the 2023
        // model (stage 1 / store disk, `balloonMem`) cannot evaluate the
        // modules of a later revision, so a revision from 2024 on that is
        // older than every modelled later one gets the oldest of those.
        let modern = date.as_str() >= ERA_2024;
        let i = REVISIONS
            .iter()
            .rposition(|r| r.date <= date.as_str() && (r.date >= ERA_2024) == modern)
            .or_else(|| REVISIONS.iter().position(|r| (r.date >= ERA_2024) == modern))
            .unwrap_or(0);
        epoch.index = i;
        epoch.set_nixpkgs(nixpkgs.unwrap_or(REVISIONS[i].nixpkgs));
        let short: String = rev.chars().take(7).collect();
        let m = &REVISIONS[i];
        epoch.requested = Some(rev.to_owned());
        epoch.notes.push(format!(
            "microvm.nix {short} ({date}) is not modelled; showing what the nearest {} modelled revision, {} ({}), generates",
            if m.date <= date.as_str() { "older" } else { "newer" },
            m.short,
            m.date
        ));
        Ok(epoch)
    }

    /// Sets the nixpkgs release (`22.11`, `nixos-23.05`, …); releases
    /// without a package table use the nearest table, with a note: before
    /// 24.05 the nearest older one (the 2023 tables), from 24.05 on the
    /// nearest newer one. The 2023 tables hold the 2023 package set for
    /// the 2023 guest model; the 2024-on revisions (470537e, 5bbc126,
    /// whose Ghaf tags pin nixos-24.05 and a 2025-02 nixos-unstable) are
    /// evaluated by the current model, which reads packages of the
    /// current set (`replaceVars`, `qemu_kvm`'s variants, `virtiofsd`,
    /// supervisor), and real Nix verified them with the 26.05 table
    /// (tests/ghaf-oracle/targets-fd31a80bd525, targets-ea918e1acfdb).
    pub fn set_nixpkgs(&mut self, release: &str) {
        let release = release.trim().trim_start_matches("nixos-").trim_start_matches("release-");
        self.nixpkgs = release.to_owned();
        // a label computed for another release does not apply
        self.version_suffix = None;
        let key = release_key(release);
        let older = RELEASES.iter().rev().find(|r| release_key(r) <= key);
        let newer = RELEASES.iter().find(|r| release_key(r) >= key);
        let table = match (older, newer) {
            (_, Some(newer)) if key >= MODERN_TABLES_FROM => newer,
            (Some(older), _) => older,
            (None, _) => &RELEASES[0],
        };
        self.package_table = table;
        self.assumptions.clear();
        if *table != release {
            self.assumptions.push(format!(
                "nixpkgs {release} has no package table in vmcmd; store paths use nixpkgs {table}'s package versions"
            ));
        }
    }

    /// The nixpkgs release of a `nixos-unstable` (or other branch)
    /// snapshot of `date`: the next May or November release.
    pub fn release_of_date(date: &str) -> String {
        let year: u32 = date.get(2..4).and_then(|s| s.parse().ok()).unwrap_or(26);
        let month: u32 = date.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(1);
        match month {
            1..=4 => format!("{year:02}.05"),
            5..=10 => format!("{year:02}.11"),
            _ => format!("{:02}.05", year + 1),
        }
    }

    /// The epoch as the Nix model reads it (`/__vmcmd/microvm/epoch.nix`).
    pub fn to_nix(&self) -> String {
        let r = self.revision();
        let revs: Vec<String> = REVISIONS.iter().map(|r| format!("\"{}\"", r.short)).collect();
        // `since REV`: the reproduced revision is REV or later; `era2023`:
        // the 2023 model (`is_2023`)
        format!(
            "let order = [ {} ]; index = {}; position = rev: let go = i: if i >= builtins.length order then 0 else if builtins.elemAt order i == rev then i else go (i + 1); in go 0; in {{ microvm = \"{}\"; inherit index order; since = rev: index >= position rev; era2023 = {}; nixpkgs = \"{}\"; packageTable = \"{}\"; versionSuffix = {}; }}\n",
            revs.join(" "),
            self.index,
            r.short,
            self.is_2023(),
            self.nixpkgs,
            self.package_table,
            self.version_suffix.as_deref().map_or("null".to_owned(), |s| format!("\"{s}\"")),
        )
    }

    /// The epoch as `show --format json` and `list` report it.
    pub fn to_json(&self) -> Value {
        let r = self.revision();
        json!({
            "microvm": { "rev": r.rev, "short": r.short, "repo": r.repo, "date": r.date },
            "requested_microvm": self.requested,
            "nixpkgs": self.nixpkgs,
            "package_table": self.package_table,
            "quotes_every_word": self.quotes_every_word(),
        })
    }

    /// One line: `microvm.nix 03e7f11 (2023-09-12), nixpkgs 23.05`.
    pub fn describe(&self) -> String {
        let r = self.revision();
        let mut s = format!("microvm.nix {} ({}), nixpkgs {}", r.short, r.date, self.nixpkgs);
        if let Some(req) = &self.requested {
            let short: String = req.chars().take(7).collect();
            s.push_str(&format!(" [fallback for {short}]"));
        }
        s
    }
}

/// `vmcmd --version`'s list of modelled revisions.
pub fn supported_range() -> String {
    let list: Vec<String> =
        REVISIONS.iter().map(|r| format!("{} {} ({})", r.short, r.date, r.note)).collect();
    format!(
        "microvm.nix revisions modelled: {}; nixpkgs package tables: {}",
        list.join("; "),
        RELEASES.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selects_known_and_falls_back() {
        let e = Epoch::select("c527054", None, None).unwrap();
        assert_eq!(e.revision().short, "c527054");
        assert!(e.quotes_every_word() && e.is_2023() && e.notes.is_empty());
        let e = Epoch::select("470537e671", Some("2024-10-08"), Some("nixos-24.05")).unwrap();
        assert_eq!(e.revision().short, "470537e");
        assert_eq!(e.package_table, "26.05", "releases from 24.05 on: the nearest newer table");
        assert_eq!((e.notes.len(), e.assumptions.len()), (0, 1), "{:?}", e.notes);
        assert!(e.quotes_every_word() && !e.is_2023() && e.before("5bbc126"));
        let e = Epoch::select("0123456789ab", Some("2024-12-01"), Some("nixos-24.05")).unwrap();
        assert_eq!(e.revision().short, "470537e", "the nearest of the same era");
        assert_eq!((e.notes.len(), e.assumptions.len()), (1, 1), "{:?}", e.notes);
        let e = Epoch::select("0123456789ab", Some("2024-03-01"), None).unwrap();
        assert_eq!(e.revision().short, "470537e", "the era's oldest");
        let e = Epoch::select("5bbc126db87b", None, None).unwrap();
        assert_eq!((e.nixpkgs.as_str(), e.package_table), ("25.05", "26.05"));
        assert!(!e.quotes_every_word() && !e.is_2023() && e.before("c5a04bc"));
        let e = Epoch::select("03e7f11", None, Some("23.11")).unwrap();
        assert_eq!(e.package_table, "23.05", "before 24.05: the nearest older table");
        let e = Epoch::select("c14833d", None, None).unwrap();
        assert_eq!(e.revision().short, "d578ed4", "the nearest older");
        let e = Epoch::select("0123456789ab", Some("2026-07-20"), None).unwrap();
        assert_eq!(e.revision().short, "c5a04bc");
        assert!(Epoch::select("deadbee", None, None).is_err());
        let e = Epoch::select("71beea0076cd", None, Some("26.05")).unwrap();
        assert!(!e.quotes_every_word() && !e.is_2023() && e == Epoch::current());
        assert_eq!(Epoch::release_of_date("2025-02-18"), "25.05");
        assert_eq!(Epoch::release_of_date("2024-08-19"), "24.11");
    }
}
