//! VM112 `vsock_ssh_without_cid`: mirrors the assertion of microvm.nix
//! `nixos-modules/microvm/vsock-ssh.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `microvm.vsock.ssh.enable` comes with a `microvm.vsock.cid`.

## Why is this bad?
sshd listens on AF_VSOCK, which needs the guest to have a CID. microvm.nix
rejects the VM with `microvm.vsock.ssh.enable requires microvm.vsock.cid to
be set`.

## Example
```nix
microvm.vsock.ssh.enable = true;
```
Use instead:
```nix
microvm.vsock.ssh.enable = true;
microvm.vsock.cid = 42;
```
"##
    };
}

#[doc = doc!()]
pub struct VsockSshWithoutCid;

static META: RuleMeta = RuleMeta {
    code: "VM112",
    name: "vsock_ssh_without_cid",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "vsock.ssh.enable without vsock.cid",
    doc: doc!(),
};

impl Rule for VsockSshWithoutCid {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.bool_at("microvm.vsock.ssh.enable") == Some(true) && vm.is_null("microvm.vsock.cid") {
            cx.report(vm, "microvm.vsock.ssh.enable", "vsock.ssh.enable requires microvm.vsock.cid")
                .help("set `microvm.vsock.cid` to a unique number of at least 3");
        }
    }
}
