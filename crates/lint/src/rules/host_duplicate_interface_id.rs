//! VM401 `host_duplicate_interface_id`: interface ids shared by VMs of one
//! host. Each id is a host network interface (microvm.nix's `tap-up`
//! deletes and recreates it), so two VMs fight over it.

use crate::prelude::*;
use crate::util::host_clashes;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two VMs of a host use the same `microvm.interfaces.*.id`.
(Duplicates within one VM are `duplicate_interface_id`.)

## Why is this bad?
The id names the tap or macvtap interface on the host. The second VM's
`tap-up` deletes the first VM's interface, and qemu's netdev of the first VM
loses its network.

## Example
```nix
microvm.vms.net-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; } ];
microvm.vms.gui-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:02"; } ];
```
Use instead:
```nix
microvm.vms.net-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; } ];
microvm.vms.gui-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-gui"; mac = "02:00:00:00:00:02"; } ];
```
"##
    };
}

#[doc = doc!()]
pub struct HostDuplicateInterfaceId;

static META: RuleMeta = RuleMeta {
    code: "VM401",
    name: "host_duplicate_interface_id",
    severity: Severity::Error,
    scope: Scope::Host,
    summary: "two VMs of a host use the same interface id",
    doc: doc!(),
};

impl Rule for HostDuplicateInterfaceId {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_host(&self, vms: &[VmFacts], cx: &mut Cx<'_>) {
        let values = |vm: &VmFacts| {
            vm.items("microvm.interfaces")
                .iter()
                .enumerate()
                // User-mode interfaces create nothing on the host.
                .filter(|(_, i)| field_str(i, "type") != Some("user"))
                .filter_map(|(n, i)| {
                    Some((field_str(i, "id")?.to_string(), format!("microvm.interfaces[{n}].id")))
                })
                .collect()
        };
        for c in host_clashes(vms, values, false) {
            let first = &vms[c.first_vm];
            let loc = first.locate(&OptionPath::parse(&c.first_path));
            cx.report(
                &vms[c.vm],
                &c.path,
                format!("interface id \"{}\" is also used by VM {}", c.value, first.name),
            )
            .related(loc, format!("used by {} here", first.name))
            .help("give every VM its own interface ids");
        }
    }
}
