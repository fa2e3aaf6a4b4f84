//! VM209 `unsupported_guest_system`: the implicit evaluation failures of
//! runners that index attribute sets by the guest system (kernel paths of
//! cloud-hypervisor, firecracker and crosvm; machine and console of
//! stratovirt; qemu's machine options), microvm-spec §5.4 item 5.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that the guest system is one the runner knows: `x86_64-linux` or
`aarch64-linux` for cloud-hypervisor, firecracker, crosvm and stratovirt,
and additionally `aarch64-darwin` for qemu (unless `qemu.machineOpts` is set).

## Why is this bad?
The runner looks the system up in an attribute set and evaluation fails
with an unhelpful `attribute 'riscv64-linux' missing`.

## Example
```nix
nixpkgs.hostPlatform = "riscv64-linux";
microvm.hypervisor = "cloud-hypervisor";
```
Use instead:
```nix
nixpkgs.hostPlatform = "riscv64-linux";
microvm.hypervisor = "kvmtool";
```
"##
    };
}

#[doc = doc!()]
pub struct UnsupportedGuestSystem;

static META: RuleMeta = RuleMeta {
    code: "VM209",
    name: "unsupported_guest_system",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "the runner does not know the guest system",
    doc: doc!(),
};

impl Rule for UnsupportedGuestSystem {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let known: &[&str] = match vm.hv() {
            "cloud-hypervisor" | "firecracker" | "crosvm" | "stratovirt" => &["x86_64-linux", "aarch64-linux"],
            "qemu" if vm.is_null("microvm.qemu.machineOpts") => &["x86_64-linux", "aarch64-linux", "aarch64-darwin"],
            _ => return,
        };
        if !vm.system.is_empty() && !known.contains(&vm.system.as_str()) {
            cx.report(
                vm,
                "microvm.hypervisor",
                format!("the {} runner does not support guest system {}", vm.hv(), vm.system),
            )
            .help(format!("supported: {}", known.join(", ")));
        }
    }
}
