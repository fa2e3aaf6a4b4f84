//! VM302 `vsock_cid_reserved`: AF_VSOCK's reserved context ids
//! (`VMADDR_CID_HYPERVISOR` 0, `VMADDR_CID_LOCAL` 1, `VMADDR_CID_HOST` 2 and
//! `VMADDR_CID_ANY` 2³²−1, linux/vm_sockets.h), which microvm.nix's
//! `nullOr int` option type lets through.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `microvm.vsock.cid` is between 3 and 4294967294.

## Why is this bad?
CIDs 0, 1 and 2 address the hypervisor, the local machine and the host,
and 4294967295 means "any"; the hypervisor refuses them as a guest CID
(qemu: `guest-cid property must be greater than 2`), so the VM does not
start.

## Example
```nix
microvm.vsock.cid = 2;
```
Use instead:
```nix
microvm.vsock.cid = 3;
```
"##
    };
}

#[doc = doc!()]
pub struct VsockCidReserved;

static META: RuleMeta = RuleMeta {
    code: "VM302",
    name: "vsock_cid_reserved",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "the vsock CID is reserved or out of range",
    doc: doc!(),
};

impl Rule for VsockCidReserved {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let Some(cid) = vm.int_at("microvm.vsock.cid") else { return };
        if !(3..=0xFFFF_FFFE).contains(&cid) {
            cx.report(vm, "microvm.vsock.cid", format!("vsock CID {cid} is reserved or out of range"))
                .help("use a number from 3 to 4294967294 that no other VM of the host uses");
        }
    }
}
