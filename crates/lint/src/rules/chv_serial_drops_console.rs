//! VM212 `chv_serial_drops_console`: the `--serial` quirk of microvm.nix
//! `lib/runners/cloud-hypervisor.nix` (microvm-spec §3.2, §5.4 item 7): the
//! "keep console= for `--serial tty`" test compares a list with a string, so
//! any user `--serial` drops the console kernel parameters.

use crate::prelude::*;
use crate::util::extract_opt_values;

macro_rules! doc {
    () => {
        r##"## What it does
Warns when `microvm.cloud-hypervisor.extraArgs` contains `--serial`.

## Why is this bad?
microvm.nix then removes `earlyprintk=ttyS0 console=ttyS0` (or
`console=ttyAMA0`) from the kernel command line — even for `--serial tty`,
which was meant to keep them — so the guest console stays silent.

## Example
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.cloud-hypervisor.extraArgs = [ "--serial" "tty" ];
```
Use instead (microvm.nix passes `--serial tty` by default):
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.cloud-hypervisor.extraArgs = [ ];
```
"##
    };
}

#[doc = doc!()]
pub struct ChvSerialDropsConsole;

static META: RuleMeta = RuleMeta {
    code: "VM212",
    name: "chv_serial_drops_console",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "a cloud-hypervisor `--serial` in extraArgs drops the console kernel parameters",
    doc: doc!(),
};

impl Rule for ChvSerialDropsConsole {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() != "cloud-hypervisor" {
            return;
        }
        let path = "microvm.cloud-hypervisor.extraArgs";
        if let Some(serial) = extract_opt_values("--serial", vm.items(path)).first() {
            cx.report(
                vm,
                path,
                format!("`--serial {serial}` in extraArgs removes the console= kernel parameters"),
            )
            .help("add the console parameters to `boot.kernelParams` yourself, or drop `--serial`");
        }
    }
}
