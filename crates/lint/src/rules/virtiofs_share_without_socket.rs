//! VM107 `virtiofs_share_without_socket`: mirrors the missing-socket
//! assertion for virtiofs shares of microvm.nix
//! `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that every virtiofs share has a `socket`.

## Why is this bad?
The hypervisor connects to virtiofsd through that socket. microvm.nix
rejects the VM with `virtiofs share with tag "<tag>" is missing a `socket`
path`. The default (`<hostName>-virtiofs-<tag>.sock`) is only replaced by
`null` when a definition sets it explicitly.

## Example
```nix
microvm.shares = [
  { proto = "virtiofs"; tag = "home"; source = "/home"; mountPoint = "/home"; socket = null; }
];
```
Use instead:
```nix
microvm.shares = [
  { proto = "virtiofs"; tag = "home"; source = "/home"; mountPoint = "/home"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct VirtiofsShareWithoutSocket;

static META: RuleMeta = RuleMeta {
    code: "VM107",
    name: "virtiofs_share_without_socket",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "a virtiofs share has no socket",
    doc: doc!(),
};

impl Rule for VirtiofsShareWithoutSocket {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        for (i, share) in vm.items("microvm.shares").iter().enumerate() {
            if field_str(share, "proto") == Some("virtiofs") && field_is_null(share, "socket") {
                let tag = field_str(share, "tag").unwrap_or("?");
                cx.report(
                    vm,
                    &format!("microvm.shares[{i}].socket"),
                    format!("virtiofs share with tag \"{tag}\" has no socket"),
                )
                .help("remove `socket = null` to get the default socket path");
            }
        }
    }
}
