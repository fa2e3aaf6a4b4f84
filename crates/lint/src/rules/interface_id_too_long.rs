//! VM104 `interface_id_too_long`: mirrors the interface-name length
//! assertion of microvm.nix `nixos-modules/microvm/asserts.nix`
//! (`builtins.stringLength id <= 15`, Linux's `IFNAMSIZ` minus the NUL).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that every `microvm.interfaces.*.id` is at most 15 bytes long.

## Why is this bad?
The id becomes the host's tap/macvtap interface name, and Linux limits
interface names to 15 bytes. microvm.nix rejects the VM with `interface name
<id> is longer than the maximum length of 15 characters on Linux`.

## Example
```nix
microvm.interfaces = [
  { type = "tap"; id = "this-is-way-too-long"; mac = "02:00:00:00:00:01"; }
];
```
Use instead:
```nix
microvm.interfaces = [
  { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct InterfaceIdTooLong;

static META: RuleMeta = RuleMeta {
    code: "VM104",
    name: "interface_id_too_long",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "an interface id is longer than 15 bytes",
    doc: doc!(),
};

impl Rule for InterfaceIdTooLong {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        for (i, iface) in vm.items("microvm.interfaces").iter().enumerate() {
            let Some(id) = field_str(iface, "id") else { continue };
            if id.len() > 15 {
                cx.report(
                    vm,
                    &format!("microvm.interfaces[{i}].id"),
                    format!(
                        "interface id \"{id}\" is {} bytes long; Linux interface names have at most 15",
                        id.len()
                    ),
                )
                .help("use a shorter id");
            }
        }
    }
}
