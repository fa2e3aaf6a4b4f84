//! VM111 `store_overlay_optimise`: mirrors the writableStoreOverlay
//! assertion of microvm.nix `nixos-modules/microvm/system.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that a VM with `microvm.writableStoreOverlay` does not enable
`nix.optimise.automatic` or `nix.settings.auto-optimise-store`.

## Why is this bad?
Store optimisation hard-links files across the read-only lower store and
the writable overlay, which does not work. microvm.nix rejects the VM with
`` `nix.optimise.automatic` and `nix.settings.auto-optimise-store` do not work
with `microvm.writableStoreOverlay` ``.

## Example
```nix
microvm.writableStoreOverlay = "/nix/.rw-store";
nix.settings.auto-optimise-store = true;
```
Use instead:
```nix
microvm.writableStoreOverlay = "/nix/.rw-store";
nix.settings.auto-optimise-store = false;
```
"##
    };
}

#[doc = doc!()]
pub struct StoreOverlayOptimise;

static META: RuleMeta = RuleMeta {
    code: "VM111",
    name: "store_overlay_optimise",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "store optimisation is enabled together with writableStoreOverlay",
    doc: doc!(),
};

impl Rule for StoreOverlayOptimise {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.str_at("microvm.writableStoreOverlay").is_none() {
            return;
        }
        for path in ["nix.optimise.automatic", "nix.settings.auto-optimise-store"] {
            if vm.bool_at(path) == Some(true) {
                cx.report(vm, path, format!("`{path}` does not work with `microvm.writableStoreOverlay`"))
                    .help(format!("set `{path} = false;` in this VM"));
            }
        }
    }
}
