//! VM402 `host_duplicate_mac`: MAC addresses used twice among the
//! interfaces of a host's VMs.

use crate::prelude::*;
use crate::util::host_clashes;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that every `microvm.interfaces.*.mac` is unique across all VMs of a
host (and within each VM), ignoring case.

## Why is this bad?
Two guests with one MAC on the same bridge or switch steal each other's
traffic, and DHCP hands both the same address. It is almost always a
copy-pasted VM definition.

## Example
```nix
microvm.vms.net-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; } ];
microvm.vms.gui-vm.config.microvm.interfaces = [ { type = "tap"; id = "vm-gui"; mac = "02:00:00:00:00:01"; } ];
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
pub struct HostDuplicateMac;

static META: RuleMeta = RuleMeta {
    code: "VM402",
    name: "host_duplicate_mac",
    severity: Severity::Error,
    scope: Scope::Host,
    summary: "two interfaces of a host's VMs have the same MAC address",
    doc: doc!(),
};

impl Rule for HostDuplicateMac {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_host(&self, vms: &[VmFacts], cx: &mut Cx<'_>) {
        let values = |vm: &VmFacts| {
            vm.items("microvm.interfaces")
                .iter()
                .enumerate()
                .filter_map(|(n, i)| {
                    Some((field_str(i, "mac")?.to_ascii_lowercase(), format!("microvm.interfaces[{n}].mac")))
                })
                .collect()
        };
        for c in host_clashes(vms, values, true) {
            let first = &vms[c.first_vm];
            let loc = first.locate(&OptionPath::parse(&c.first_path));
            let whom = if c.vm == c.first_vm { "another interface".to_string() } else { format!("VM {}", first.name) };
            cx.report(&vms[c.vm], &c.path, format!("MAC address {} is also used by {whom}", c.value))
                .related(loc, "first used here")
                .help("give every interface its own MAC address");
        }
    }
}
