//! VM109 `forward_ports_unsupported`: mirrors the forwardPorts assertion of
//! microvm.nix `nixos-modules/microvm/asserts.nix` (which makes the qemu and
//! stratovirt "forwardPortsOptions only running with user network" warnings
//! unreachable in practice).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `microvm.forwardPorts` is only used with qemu and at least one
interface of `type = "user"`.

## Why is this bad?
Port forwards are options of qemu's user-mode (SLIRP) network; no other
runner reads them. microvm.nix rejects the VM with ``config.microvm.forwardPorts`
works only with qemu and one network interface with `type = "user"` ``.

## Example
```nix
microvm.hypervisor = "qemu";
microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; } ];
microvm.forwardPorts = [ { from = "host"; host.port = 2222; guest.port = 22; } ];
```
Use instead:
```nix
microvm.hypervisor = "qemu";
microvm.interfaces = [ { type = "user"; id = "qemu"; mac = "02:00:00:00:00:01"; } ];
microvm.forwardPorts = [ { from = "host"; host.port = 2222; guest.port = 22; } ];
```
"##
    };
}

#[doc = doc!()]
pub struct ForwardPortsUnsupported;

static META: RuleMeta = RuleMeta {
    code: "VM109",
    name: "forward_ports_unsupported",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "forwardPorts without qemu and a user interface",
    doc: doc!(),
};

impl Rule for ForwardPortsUnsupported {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() || vm.items("microvm.forwardPorts").is_empty() {
            return;
        }
        let has_user =
            vm.items("microvm.interfaces").iter().any(|i| field_str(i, "type") == Some("user"));
        if vm.hv() != "qemu" {
            cx.report(
                vm,
                "microvm.forwardPorts",
                format!("forwardPorts only work with qemu, not {}", vm.hv()),
            )
            .help("remove `microvm.forwardPorts`, or use `microvm.hypervisor = \"qemu\";`");
        } else if !has_user {
            cx.report(vm, "microvm.forwardPorts", "forwardPorts need an interface with type = \"user\"")
                .help("add an interface with `type = \"user\";`");
        }
    }
}
