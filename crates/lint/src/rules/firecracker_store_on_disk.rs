//! VM210 `firecracker_store_on_disk`: the implicit failure of microvm.nix
//! `lib/runners/firecracker.nix`, which always adds the store disk as the
//! first drive (microvm-spec §5.4 item 3).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that firecracker VMs keep `microvm.storeOnDisk = true`.

## Why is this bad?
firecracker has no shares, so the store must come from the store disk; the
runner references `microvm.storeDisk` unconditionally and evaluation fails
when `storeOnDisk` is off (the option has no value then).

## Example
```nix
microvm.hypervisor = "firecracker";
microvm.storeOnDisk = false;
```
Use instead:
```nix
microvm.hypervisor = "firecracker";
microvm.storeOnDisk = true;
```
"##
    };
}

#[doc = doc!()]
pub struct FirecrackerStoreOnDisk;

static META: RuleMeta = RuleMeta {
    code: "VM210",
    name: "firecracker_store_on_disk",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "firecracker without the store disk",
    doc: doc!(),
};

impl Rule for FirecrackerStoreOnDisk {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() == "firecracker" && vm.bool_at("microvm.storeOnDisk") == Some(false) {
            cx.report(vm, "microvm.storeOnDisk", "firecracker needs the store disk, but `storeOnDisk` is false")
                .help("remove `microvm.storeOnDisk = false;`");
        }
    }
}
