//! Which of the layouts Ghaf has used since 2022 a checkout has
//! (../shared/docs/ghaf-corpus.md §1), told from its files alone.

use std::path::Path;

/// Ghaf's layout eras, oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// 2023-01: `configurations/netvm/default.nix`, VMs as flake outputs.
    FlakeVm,
    /// 2023-02 → 2023-06: `microvmConfigurations/<vm>/default.nix`.
    MicrovmConfigurations,
    /// 2023-06 → 2024-03: `modules/virtualization/microvm/*.nix`,
    /// `microvm.vms.<n>.config` closing over the host config.
    ConfigClosure,
    /// 2024-03 → 2025-03: `modules/microvm/virtualization/microvm/*.nix`,
    /// `{ inputs }:` wrappers.
    FlakePartsGroups,
    /// 2025-03 → 2026-02: `modules/microvm/sysvms/*.nix`.
    Sysvms,
    /// 2026-02 onwards: `*-base.nix` + `lib.ghaf.vm` (globalConfig,
    /// hostConfig, `evaluatedConfig`), incl. per-VM VMM selection.
    Composition,
    /// Not a Ghaf checkout.
    NotGhaf,
}

impl Layout {
    /// Whether vmcmd evaluates checkouts of this layout.
    pub fn supported(self) -> bool {
        self == Layout::Composition
    }

    /// Whether targets are `nixosConfigurations` of the checkout's flake,
    /// which vmcmd evaluates in any layout (flake-parts from 2024-03,
    /// flake-utils before).
    pub fn has_flake_targets(self) -> bool {
        self != Layout::NotGhaf
    }

    /// A short name (JSON).
    pub fn name(self) -> &'static str {
        match self {
            Layout::FlakeVm => "flake-vm",
            Layout::MicrovmConfigurations => "microvm-configurations",
            Layout::ConfigClosure => "config-closure",
            Layout::FlakePartsGroups => "flake-parts-groups",
            Layout::Sysvms => "sysvms",
            Layout::Composition => "composition",
            Layout::NotGhaf => "not-ghaf",
        }
    }

    /// What the layout is, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Layout::FlakeVm => "VMs as flake outputs (configurations/netvm, early 2023)",
            Layout::MicrovmConfigurations => {
                "microvmConfigurations/<vm>/default.nix (2023-02 to 2023-06)"
            }
            Layout::ConfigClosure => {
                "modules/virtualization/microvm/*.nix with microvm.vms.<n>.config (2023-06 to 2024-03)"
            }
            Layout::FlakePartsGroups => {
                "modules/microvm/virtualization/microvm/*.nix with { inputs }: wrappers (2024-03 to 2025-03)"
            }
            Layout::Sysvms => {
                "modules/microvm/sysvms/*.nix with microvm.vms.<n>.config (2025-03 to 2026-02)"
            }
            Layout::Composition => {
                "modules/microvm/sysvms/*-base.nix with lib.ghaf.vm and evaluatedConfig (2026-02 onwards)"
            }
            Layout::NotGhaf => "not a Ghaf checkout",
        }
    }
}

/// Tells the layout from marker files, newest first.
pub fn detect(root: &Path) -> Layout {
    let has = |rel: &str| root.join(rel).exists();
    if !has("flake.nix") && !has("modules") {
        return Layout::NotGhaf;
    }
    if has("modules/microvm/sysvms") && has("lib/global-config.nix") {
        Layout::Composition
    } else if has("modules/microvm/sysvms") {
        Layout::Sysvms
    } else if has("modules/microvm/virtualization/microvm") {
        Layout::FlakePartsGroups
    } else if has("modules/virtualization/microvm") {
        Layout::ConfigClosure
    } else if has("microvmConfigurations") {
        Layout::MicrovmConfigurations
    } else if has("configurations/netvm") {
        Layout::FlakeVm
    } else {
        Layout::NotGhaf
    }
}
