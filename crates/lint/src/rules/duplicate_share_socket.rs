//! VM106 `duplicate_share_socket`: mirrors the duplicate virtiofs socket
//! assertion of microvm.nix `nixos-modules/microvm/asserts.nix` (grouped by
//! `toString socket`, so two socket-less virtiofs shares collide too).

use crate::prelude::*;
use crate::util::{duplicates, times};

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two virtiofs `microvm.shares` of a VM use the same `socket`.

## Why is this bad?
Each virtiofs share is served by its own virtiofsd listening on `socket`;
two daemons cannot listen on one socket. microvm.nix rejects the VM with
`share socket "<sock>" is used <n> > 1 times`.

## Example
```nix
microvm.shares = [
  { proto = "virtiofs"; tag = "a"; source = "/a"; mountPoint = "/a"; socket = "fs.sock"; }
  { proto = "virtiofs"; tag = "b"; source = "/b"; mountPoint = "/b"; socket = "fs.sock"; }
];
```
Use instead (or leave `socket` at its default, `<hostName>-virtiofs-<tag>.sock`):
```nix
microvm.shares = [
  { proto = "virtiofs"; tag = "a"; source = "/a"; mountPoint = "/a"; socket = "a.sock"; }
  { proto = "virtiofs"; tag = "b"; source = "/b"; mountPoint = "/b"; socket = "b.sock"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct DuplicateShareSocket;

static META: RuleMeta = RuleMeta {
    code: "VM106",
    name: "duplicate_share_socket",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "two virtiofs shares of a VM use the same socket",
    doc: doc!(),
};

impl Rule for DuplicateShareSocket {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        let shares = vm.items("microvm.shares");
        let key = |v: &Value| {
            if field_str(v, "proto") != Some("virtiofs") {
                return None;
            }
            match v.get("socket").and_then(known)? {
                Value::Null => Some(String::new()),
                Value::String(s) => Some(s.clone()),
                _ => None,
            }
        };
        for (socket, idx) in duplicates(shares, key) {
            let first = vm.locate(&OptionPath::parse(&format!("microvm.shares[{}].socket", idx[0])));
            cx.report(
                vm,
                &format!("microvm.shares[{}].socket", idx[1]),
                format!("share socket \"{socket}\" is used {}", times(idx.len())),
            )
            .related(first, "first used here")
            .help("give every virtiofs share its own socket, or leave `socket` at its default");
        }
    }
}
