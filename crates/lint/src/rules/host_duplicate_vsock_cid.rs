//! VM403 `host_duplicate_vsock_cid`: vsock CIDs shared by VMs of one host
//! (a CID addresses one guest host-wide).

use crate::prelude::*;
use crate::util::host_clashes;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two VMs of a host have the same `microvm.vsock.cid`
(ignoring stratovirt and vfkit, which do not attach vsock).

## Why is this bad?
A CID identifies one guest on the host. The second VM with the same CID
fails to start (`vhost-vsock: unable to set guest cid: Address already in
use`), or, with cloud-hypervisor's socket-based vsock, systemd-notify and
vsock SSH reach the wrong guest.

## Example
```nix
microvm.vms.net-vm.config.microvm.vsock.cid = 3;
microvm.vms.gui-vm.config.microvm.vsock.cid = 3;
```
Use instead:
```nix
microvm.vms.net-vm.config.microvm.vsock.cid = 3;
microvm.vms.gui-vm.config.microvm.vsock.cid = 4;
```
"##
    };
}

#[doc = doc!()]
pub struct HostDuplicateVsockCid;

static META: RuleMeta = RuleMeta {
    code: "VM403",
    name: "host_duplicate_vsock_cid",
    severity: Severity::Error,
    scope: Scope::Host,
    summary: "two VMs of a host have the same vsock CID",
    doc: doc!(),
};

impl Rule for HostDuplicateVsockCid {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_host(&self, vms: &[VmFacts], cx: &mut Cx<'_>) {
        let values = |vm: &VmFacts| {
            if matches!(vm.hv(), "stratovirt" | "vfkit") {
                return Vec::new();
            }
            vm.int_at("microvm.vsock.cid")
                .map(|cid| vec![(cid.to_string(), "microvm.vsock.cid".to_string())])
                .unwrap_or_default()
        };
        for c in host_clashes(vms, values, false) {
            let first = &vms[c.first_vm];
            let loc = first.locate(&OptionPath::parse(&c.first_path));
            cx.report(&vms[c.vm], &c.path, format!("vsock CID {} is also used by VM {}", c.value, first.name))
                .related(loc, format!("used by {} here", first.name))
                .help("give every VM its own CID");
        }
    }
}
