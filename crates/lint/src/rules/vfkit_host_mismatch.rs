//! VM208 `vfkit_host_mismatch`: the host checks at the top of microvm.nix
//! `lib/runners/vfkit.nix` (Darwin host, matching architectures, Rosetta
//! only on Apple Silicon).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that a vfkit VM is built for a macOS host of the guest's CPU
architecture, and that Rosetta is only enabled on an aarch64 host.

## Why is this bad?
vfkit uses Apple's Virtualization.framework. microvm.nix throws "vfkit only
works on macOS (Darwin)", "vfkit requires matching host and guest
architectures" or "Rosetta requires Apple Silicon (aarch64-darwin)".

## Example
```nix
nixpkgs.hostPlatform = "x86_64-linux";
microvm.hypervisor = "vfkit";
```
Use instead:
```nix
nixpkgs.hostPlatform = "aarch64-linux";
microvm.hypervisor = "vfkit";
microvm.vmHostPackages = nixpkgs.legacyPackages.aarch64-darwin;
```
"##
    };
}

#[doc = doc!()]
pub struct VfkitHostMismatch;

static META: RuleMeta = RuleMeta {
    code: "VM208",
    name: "vfkit_host_mismatch",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "vfkit on a host that is not macOS of the guest's architecture",
    doc: doc!(),
};

fn arch(system: &str) -> &str {
    system.split('-').next().unwrap_or(system)
}

impl Rule for VfkitHostMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() != "vfkit" {
            return;
        }
        let Some(host) = vm.host_system.as_deref() else { return };
        if !host.ends_with("-darwin") {
            cx.report(vm, "microvm.hypervisor", format!("vfkit only works on macOS, but the VM host is {host}"))
                .help("use another hypervisor on Linux hosts, e.g. qemu");
        } else if (arch(host) == "aarch64") != (arch(&vm.system) == "aarch64") {
            cx.report(
                vm,
                "microvm.vmHostPackages",
                format!("vfkit needs matching architectures, but the host is {host} and the guest {}", vm.system),
            );
        } else if vm.bool_at("microvm.vfkit.rosetta.enable") == Some(true) && arch(host) != "aarch64" {
            cx.report(vm, "microvm.vfkit.rosetta.enable", format!("Rosetta needs Apple Silicon, but the host is {host}"));
        }
    }
}
