//! VM205 `qemu_mem_2048`: mirrors the `lib.warnIf (mem == 2048)` of
//! microvm.nix `lib/runners/qemu.nix` (microvm.nix issue #171).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Warns when a qemu VM has exactly 2048 MiB of memory.

## Why is this bad?
qemu hangs at boot with exactly 2 GiB of guest memory
(<https://github.com/microvm-nix/microvm.nix/issues/171>); microvm.nix warns
"QEMU hangs if memory is exactly 2GB".

## Example
```nix
microvm.hypervisor = "qemu";
microvm.mem = 2048;
```
Use instead:
```nix
microvm.hypervisor = "qemu";
microvm.mem = 2047;
```
"##
    };
}

#[doc = doc!()]
pub struct QemuMem2048;

static META: RuleMeta = RuleMeta {
    code: "VM205",
    name: "qemu_mem_2048",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "qemu with exactly 2048 MiB of memory",
    doc: doc!(),
};

impl Rule for QemuMem2048 {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() == "qemu" && vm.int_at("microvm.mem") == Some(2048) {
            cx.report(vm, "microvm.mem", "qemu hangs if memory is exactly 2 GiB")
                .help("use 2047 or 2049")
                .note("https://github.com/microvm-nix/microvm.nix/issues/171");
        }
    }
}
