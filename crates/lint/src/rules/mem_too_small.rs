//! VM114 `mem_too_small`: mirrors the `mem < 32` warning of microvm.nix
//! `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Warns when `microvm.mem` is below 32 MiB.

## Why is this bad?
A NixOS guest does not boot in that little memory; microvm.nix warns
`<mem> MB of RAM is uncomfortably narrow`.

## Example
```nix
microvm.mem = 16;
```
Use instead:
```nix
microvm.mem = 256;
```
"##
    };
}

#[doc = doc!()]
pub struct MemTooSmall;

static META: RuleMeta = RuleMeta {
    code: "VM114",
    name: "mem_too_small",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "less than 32 MiB of guest memory",
    doc: doc!(),
};

impl Rule for MemTooSmall {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        if let Some(mem) = vm.int_at("microvm.mem").filter(|m| (1..32).contains(m)) {
            cx.report(vm, "microvm.mem", format!("{mem} MiB of RAM is uncomfortably narrow"))
                .help("give the VM at least 32 MiB");
        }
    }
}
