//! VM110 `chv_platform_oem_strings`: mirrors the cloud-hypervisor
//! `platformOEMStrings` assertion of microvm.nix
//! `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no item of `microvm.cloud-hypervisor.platformOEMStrings`
contains `oem_strings` when the hypervisor is cloud-hypervisor.

## Why is this bad?
microvm.nix wraps the items in `--platform oem_strings=[…]` itself; an item
that spells out `oem_strings` again produces an invalid argument, so
microvm.nix rejects the VM.

## Example
```nix
microvm.cloud-hypervisor.platformOEMStrings = [ "oem_strings=[io.systemd.credential:foo=bar]" ];
```
Use instead:
```nix
microvm.cloud-hypervisor.platformOEMStrings = [ "io.systemd.credential:foo=bar" ];
```
"##
    };
}

#[doc = doc!()]
pub struct ChvPlatformOemStrings;

static META: RuleMeta = RuleMeta {
    code: "VM110",
    name: "chv_platform_oem_strings",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "a cloud-hypervisor platformOEMStrings item contains `oem_strings`",
    doc: doc!(),
};

impl Rule for ChvPlatformOemStrings {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() || vm.hv() != "cloud-hypervisor" {
            return;
        }
        let items = vm.items("microvm.cloud-hypervisor.platformOEMStrings");
        for (i, item) in items.iter().enumerate() {
            if item.as_str().is_some_and(|s| s.contains("oem_strings")) {
                cx.report(
                    vm,
                    &format!("microvm.cloud-hypervisor.platformOEMStrings[{i}]"),
                    "platformOEMStrings items must not contain `oem_strings`",
                )
                .help("list the bare strings; microvm.nix adds `oem_strings=[…]` itself");
            }
        }
    }
}
