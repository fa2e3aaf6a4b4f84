//! vmcmd's built-in nixpkgs `lib` and NixOS module system.
//!
//! The library is own-written Nix code (in `nixpkgs/`) that mirrors the
//! behaviour of nixpkgs `lib` at the nixos-26.05 branch-off (the revision
//! Ghaf pins), checked by differential tests against the real `lib`
//! (`tests/lib/`). It is compiled into the binary and served to the
//! evaluator as in-memory files under [`ROOT`], reachable as
//! `import <nixpkgs/lib>`, `(import <nixpkgs> { }).lib` and `pkgs.lib`.
//! A real nixpkgs given with `-I nixpkgs=PATH` takes precedence.

use std::path::PathBuf;

use vmcmd_eval::Settings;
use vmcmd_eval::precompiled::Precompiled;

/// Where the built-in nixpkgs lives in the evaluator's file namespace.
pub const ROOT: &str = "/__vmcmd/nixpkgs";

/// The files of the built-in nixpkgs, relative to [`ROOT`].
pub const FILES: &[(&str, &str)] = &[
    ("default.nix", include_str!("../nixpkgs/default.nix")),
    ("lib/default.nix", include_str!("../nixpkgs/lib/default.nix")),
    ("lib/trivial.nix", include_str!("../nixpkgs/lib/trivial.nix")),
    ("lib/fixed-points.nix", include_str!("../nixpkgs/lib/fixed-points.nix")),
    ("lib/attrsets.nix", include_str!("../nixpkgs/lib/attrsets.nix")),
    ("lib/lists.nix", include_str!("../nixpkgs/lib/lists.nix")),
    ("lib/strings.nix", include_str!("../nixpkgs/lib/strings.nix")),
    ("lib/asserts.nix", include_str!("../nixpkgs/lib/asserts.nix")),
    ("lib/versions.nix", include_str!("../nixpkgs/lib/versions.nix")),
    ("lib/meta.nix", include_str!("../nixpkgs/lib/meta.nix")),
    ("lib/debug.nix", include_str!("../nixpkgs/lib/debug.nix")),
    ("lib/generators.nix", include_str!("../nixpkgs/lib/generators.nix")),
    ("lib/customisation.nix", include_str!("../nixpkgs/lib/customisation.nix")),
    ("lib/options.nix", include_str!("../nixpkgs/lib/options.nix")),
    ("lib/types.nix", include_str!("../nixpkgs/lib/types.nix")),
    ("lib/modules.nix", include_str!("../nixpkgs/lib/modules.nix")),
    ("lib/misc.nix", include_str!("../nixpkgs/lib/misc.nix")),
    ("pkgs/top-level.nix", include_str!("../nixpkgs/pkgs/top-level.nix")),
    ("pkgs/all-packages.nix", include_str!("../nixpkgs/pkgs/all-packages.nix")),
    ("pkgs/derivations.nix", include_str!("../nixpkgs/pkgs/derivations.nix")),
    ("pkgs/builders.nix", include_str!("../nixpkgs/pkgs/builders.nix")),
    ("pkgs/platforms.nix", include_str!("../nixpkgs/pkgs/platforms.nix")),
    ("pkgs/table.nix", include_str!("../nixpkgs/pkgs/table.nix")),
    ("pkgs/uuid.nix", include_str!("../nixpkgs/pkgs/uuid.nix")),
    ("pkgs/packages.json", include_str!("../nixpkgs/pkgs/packages.json")),
    ("pkgs/overrides.json", include_str!("../nixpkgs/pkgs/overrides.json")),
    ("pkgs/packages-22.11.json", include_str!("../nixpkgs/pkgs/packages-22.11.json")),
    ("pkgs/packages-23.05.json", include_str!("../nixpkgs/pkgs/packages-23.05.json")),
    ("pkgs/release.json", DEFAULT_RELEASE),
];

/// `pkgs/release.json` as shipped: the nixos-26.05 table.
const DEFAULT_RELEASE: &str = r#"{ "table": "26.05", "versionSuffix": null }"#;

/// The nixpkgs releases with a package table.
pub const RELEASES: [&str; 3] = ["22.11", "23.05", "26.05"];

/// The package table of nixpkgs `release` (one of [`RELEASES`]; others
/// get the 26.05 table), as JSON.
pub fn package_table_json_for(release: &str) -> &'static str {
    let file = match release {
        "22.11" => "pkgs/packages-22.11.json",
        "23.05" => "pkgs/packages-23.05.json",
        _ => "pkgs/packages.json",
    };
    FILES.iter().find(|(p, _)| *p == file).map_or("{}", |(_, t)| t)
}

/// Selects the package table of nixpkgs `release` (see
/// [`package_table_json_for`]) for `import <nixpkgs>`, and the NixOS
/// `versionSuffix` (`.YYYYMMDD.<rev7>`) if known. Call after [`install`].
pub fn set_release(settings: &mut Settings, release: &str, version_suffix: Option<&str>) {
    let quote = |s: &str| format!("\"{}\"", s.replace(['"', '\\'], ""));
    let json = format!(
        "{{ \"table\": {}, \"versionSuffix\": {} }}",
        quote(release),
        version_suffix.map_or("null".to_owned(), quote)
    );
    settings.virtual_files.insert(PathBuf::from(format!("{ROOT}/pkgs/release.json")), json.into());
}

/// The package table of the symbolic package set (names, versions,
/// outputs), as JSON.
pub fn package_table_json() -> &'static str {
    FILES.iter().find(|(p, _)| *p == "pkgs/packages.json").map_or("{}", |(_, t)| t)
}

/// Makes the built-in nixpkgs visible to an evaluator: its files become
/// in-memory files and `<nixpkgs>` falls back to them when the search path
/// has no `nixpkgs` entry.
pub fn install(settings: &mut Settings) {
    for (rel, text) in FILES {
        settings.virtual_files.insert(PathBuf::from(format!("{ROOT}/{rel}")), (*text).into());
    }
    settings.fallback_search_path.push(("nixpkgs".to_string(), PathBuf::from(ROOT)));
    settings.precompiled.push(PRECOMPILED);
}

/// The `.nix` files of [`FILES`], lowered at build time (`build.rs`).
pub const PRECOMPILED: Precompiled =
    Precompiled(include_bytes!(concat!(env!("OUT_DIR"), "/precompiled.bin")));
