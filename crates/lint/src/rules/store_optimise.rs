//! VM115 `store_optimise`: mirrors the `nix.optimise.automatic` warning of
//! microvm.nix `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Warns when a VM enables `nix.optimise.automatic`.

## Why is this bad?
microvm.nix warns: "Optimising the nix store is not recommended as it
either uses lots of file handles with virtiofsd or as it doesn't do what
you expect with a block device."

## Example
```nix
nix.optimise.automatic = true;
```
Use instead:
```nix
nix.optimise.automatic = false;
```
"##
    };
}

#[doc = doc!()]
pub struct StoreOptimise;

static META: RuleMeta = RuleMeta {
    code: "VM115",
    name: "store_optimise",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "automatic nix store optimisation inside a VM",
    doc: doc!(),
};

impl Rule for StoreOptimise {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.guest_enabled() && vm.bool_at("nix.optimise.automatic") == Some(true) {
            cx.report(vm, "nix.optimise.automatic", "optimising the nix store is not recommended in a VM")
                .note("it either uses lots of file handles with virtiofsd or does not do what you expect with a block device");
        }
    }
}
