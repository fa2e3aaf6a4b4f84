//! VM204 `socket_required`: firecracker's `throw` for a missing API socket
//! (`lib/runners/firecracker.nix`) and crosvm's implicit failure
//! (`rm -f '${socket}'` interpolates null, `lib/runners/crosvm.nix`).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `microvm.socket` is not `null` for firecracker and crosvm.

## Why is this bad?
firecracker is configured through its API socket and microvm.nix throws
`Firecracker must be configured with an API socket (option microvm.socket)!`;
crosvm's runner interpolates the socket into its preStart, so `null` fails
with `cannot coerce null to a string`. (firecracker's preStart fails the same
way first.)

## Example
```nix
microvm.hypervisor = "firecracker";
microvm.socket = null;
```
Use instead (or leave the default, `<hostName>.sock`):
```nix
microvm.hypervisor = "firecracker";
microvm.socket = "firecracker.sock";
```
"##
    };
}

#[doc = doc!()]
pub struct SocketRequired;

static META: RuleMeta = RuleMeta {
    code: "VM204",
    name: "socket_required",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "firecracker or crosvm without a control socket",
    doc: doc!(),
};

impl Rule for SocketRequired {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if matches!(vm.hv(), "firecracker" | "crosvm") && vm.is_null("microvm.socket") {
            cx.report(vm, "microvm.socket", format!("{} needs a control socket, but `microvm.socket` is null", vm.hv()))
                .help("remove `microvm.socket = null;` to use the default `<hostName>.sock`");
        }
    }
}
