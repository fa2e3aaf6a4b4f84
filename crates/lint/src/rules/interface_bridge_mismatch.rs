//! VM103 `interface_bridge_mismatch`: mirrors the two bridge assertions of
//! microvm.nix `nixos-modules/microvm/asserts.nix` (a `bridge` interface
//! needs `bridge`, every other type must not set it).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that interfaces of `type = "bridge"` name a host bridge and that
interfaces of every other type leave `bridge` unset.

## Why is this bad?
microvm.nix rejects the VM with `interface <id> is of type "bridge" but
doesn't have a bridge to attach to defined` or `interface <id> is not of
type "bridge" and therefore shouldn't have a "bridge" option defined`.

## Example
```nix
microvm.interfaces = [
  { type = "bridge"; id = "vm-br"; mac = "02:00:00:00:00:01"; }
  { type = "tap"; id = "vm-tap"; mac = "02:00:00:00:00:02"; bridge = "br0"; }
];
```
Use instead:
```nix
microvm.interfaces = [
  { type = "bridge"; id = "vm-br"; mac = "02:00:00:00:00:01"; bridge = "br0"; }
  { type = "tap"; id = "vm-tap"; mac = "02:00:00:00:00:02"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct InterfaceBridgeMismatch;

static META: RuleMeta = RuleMeta {
    code: "VM103",
    name: "interface_bridge_mismatch",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "a bridge interface without `bridge`, or `bridge` on another type",
    doc: doc!(),
};

impl Rule for InterfaceBridgeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        for (i, iface) in vm.items("microvm.interfaces").iter().enumerate() {
            let (Some(ty), Some(id)) = (field_str(iface, "type"), field_str(iface, "id")) else {
                continue;
            };
            let bridge = iface.get("bridge").and_then(known);
            if ty == "bridge" && bridge.is_some_and(Value::is_null) {
                cx.report(
                    vm,
                    &format!("microvm.interfaces[{i}].type"),
                    format!("interface {id} is of type \"bridge\" but has no bridge to attach to"),
                )
                .help("set `bridge` to the name of a host bridge, e.g. `bridge = \"br0\";`");
            } else if ty != "bridge" && bridge.and_then(Value::as_str).is_some() {
                let b = bridge.and_then(Value::as_str).unwrap_or_default();
                cx.report(
                    vm,
                    &format!("microvm.interfaces[{i}].bridge"),
                    format!("interface {id} is of type \"{ty}\" but sets `bridge = \"{b}\"`"),
                )
                .help("remove `bridge`, or use `type = \"bridge\"`");
            }
        }
    }
}
