//! vmcmd's model of microvm.nix's guest NixOS module (71beea0,
//! `nixos-modules/microvm/`): own Nix code in `crates/microvm/nixos/`
//! that declares every `microvm.*` option with upstream's types and
//! defaults and computes what microvm.nix's guest modules compute
//! (kernelParams, store disk, mounts, binScripts, assertions, ...), plus
//! stubs for the NixOS options those modules touch. Evaluated with
//! vmcmd's built-in `lib.evalModules`, it yields the `config.microvm` the
//! runners consume.
//!
//! The files are compiled in and served as in-memory files under
//! [`ROOT`]:
//!
//! * `default.nix`: the guest module (imports the other module files),
//! * `nixos-stubs.nix`: NixOS option stubs; sets `_module.args.pkgs` from
//!   `import <nixpkgs>` for `nixpkgs.hostPlatform`,
//! * `eval-config.nix`: `{ modules, system ? null, specialArgs ? { },
//!   check ? true }` → `lib.evalModules` over stubs + guest module +
//!   `modules`,
//! * `config-json.nix`: `{ config }` → `{ basic, assertions, config }`,
//!   JSON-safe views in the project oracle's shape.

use std::path::PathBuf;

use vmcmd_eval::Settings;
use vmcmd_eval::precompiled::Precompiled;

use crate::Epoch;

/// Where the modules live in the evaluator's file namespace.
pub const ROOT: &str = "/__vmcmd/microvm/nixos-modules/microvm";

/// The files, relative to [`ROOT`].
pub const FILES: &[(&str, &str)] = &[
    ("default.nix", include_str!("../nixos/default.nix")),
    ("lib.nix", include_str!("../nixos/lib.nix")),
    ("options.nix", include_str!("../nixos/options.nix")),
    ("boot-disk.nix", include_str!("../nixos/boot-disk.nix")),
    ("store-disk.nix", include_str!("../nixos/store-disk.nix")),
    ("asserts.nix", include_str!("../nixos/asserts.nix")),
    ("system.nix", include_str!("../nixos/system.nix")),
    ("mounts.nix", include_str!("../nixos/mounts.nix")),
    ("interfaces.nix", include_str!("../nixos/interfaces.nix")),
    ("pci-devices.nix", include_str!("../nixos/pci-devices.nix")),
    ("virtiofsd.nix", include_str!("../nixos/virtiofsd.nix")),
    ("supervisord-event-handler.py", include_str!("../nixos/supervisord-event-handler.py")),
    ("graphics.nix", include_str!("../nixos/graphics.nix")),
    ("rosetta.nix", include_str!("../nixos/rosetta.nix")),
    ("optimization.nix", include_str!("../nixos/optimization.nix")),
    ("ssh-deploy.nix", include_str!("../nixos/ssh-deploy.nix")),
    ("vsock-ssh.nix", include_str!("../nixos/vsock-ssh.nix")),
    ("nixos-stubs.nix", include_str!("../nixos/nixos-stubs.nix")),
    ("eval-config.nix", include_str!("../nixos/eval-config.nix")),
    ("config-json.nix", include_str!("../nixos/config-json.nix")),
    ("2023/default.nix", include_str!("../nixos/2023/default.nix")),
    ("2023/lib.nix", include_str!("../nixos/2023/lib.nix")),
    ("2023/options.nix", include_str!("../nixos/2023/options.nix")),
    ("2023/root-disk.nix", include_str!("../nixos/2023/root-disk.nix")),
    ("2023/stage-1.nix", include_str!("../nixos/2023/stage-1.nix")),
    ("2023/store-disk.nix", include_str!("../nixos/2023/store-disk.nix")),
    ("2023/asserts.nix", include_str!("../nixos/2023/asserts.nix")),
    ("2023/system.nix", include_str!("../nixos/2023/system.nix")),
    ("2023/mounts.nix", include_str!("../nixos/2023/mounts.nix")),
    ("2023/graphics.nix", include_str!("../nixos/2023/graphics.nix")),
    ("2023/nixos-stubs.nix", include_str!("../nixos/2023/nixos-stubs.nix")),
];

/// Makes the modules visible to an evaluator as in-memory files under
/// [`ROOT`]. They need `<nixpkgs>` (vmcmd's built-in one:
/// `vmcmd_modules::install`).
pub fn install(settings: &mut Settings) {
    for (rel, text) in FILES {
        settings.virtual_files.insert(PathBuf::from(format!("{ROOT}/{rel}")), (*text).into());
    }
    settings.precompiled.push(PRECOMPILED);
    set_epoch(settings, &Epoch::current());
}

/// The `.nix` files of [`FILES`], lowered at build time (`build.rs`).
pub const PRECOMPILED: Precompiled =
    Precompiled(include_bytes!(concat!(env!("OUT_DIR"), "/precompiled.bin")));

/// Where the model reads the epoch it evaluates for (`import` it: an
/// attribute set, see [`Epoch::to_nix`]).
pub const EPOCH_FILE: &str = "/__vmcmd/microvm/epoch.nix";

/// Makes the model (and the built-in nixpkgs' package table) follow
/// `epoch`. One evaluator evaluates one epoch: imports are cached.
pub fn set_epoch(settings: &mut Settings, epoch: &Epoch) {
    settings.virtual_files.insert(PathBuf::from(EPOCH_FILE), epoch.to_nix().into());
    vmcmd_modules::set_release(settings, epoch.package_table, epoch.version_suffix.as_deref());
}

/// The epoch an evaluator was set up for (its [`EPOCH_FILE`]).
pub fn epoch_text(settings: &Settings) -> Option<&str> {
    settings.virtual_files.get(std::path::Path::new(EPOCH_FILE)).map(|t| &**t)
}
