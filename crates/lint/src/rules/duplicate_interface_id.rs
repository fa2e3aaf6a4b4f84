//! VM102 `duplicate_interface_id`: mirrors the duplicate-interface-id
//! assertion of microvm.nix `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;
use crate::util::{duplicates, times};

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two `microvm.interfaces` of a VM have the same `id`.

## Why is this bad?
The id is the host-side interface name (and qemu's netdev id). microvm.nix
rejects the VM with `MicroVM <name>: interface id "<id>" is used <n> > 1
times.`

## Example
```nix
microvm.interfaces = [
  { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; }
  { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:02"; }
];
```
Use instead:
```nix
microvm.interfaces = [
  { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; }
  { type = "tap"; id = "vm-net2"; mac = "02:00:00:00:00:02"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct DuplicateInterfaceId;

static META: RuleMeta = RuleMeta {
    code: "VM102",
    name: "duplicate_interface_id",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "two interfaces of a VM have the same id",
    doc: doc!(),
};

impl Rule for DuplicateInterfaceId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        let ifaces = vm.items("microvm.interfaces");
        for (id, idx) in duplicates(ifaces, |v| field_str(v, "id").map(str::to_string)) {
            let first = vm.locate(&OptionPath::parse(&format!("microvm.interfaces[{}].id", idx[0])));
            cx.report(
                vm,
                &format!("microvm.interfaces[{}].id", idx[1]),
                format!("interface id \"{id}\" is used {}", times(idx.len())),
            )
            .related(first, "first used here")
            .help("give every interface its own id");
        }
    }
}
