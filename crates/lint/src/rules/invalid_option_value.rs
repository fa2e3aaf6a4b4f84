//! VM117 `invalid_option_value`: option types of microvm.nix
//! `nixos-modules/microvm/options.nix` that are easy to get wrong:
//! `hypervisor` is an enum of eight names, `vcpu` and `mem` are
//! `ints.positive`, `hotplugMem`, `hotpluggedMem` and `initialBalloonMem`
//! are `ints.unsigned`.

use crate::prelude::*;
use crate::util::HYPERVISORS;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `microvm.hypervisor` names one of microvm.nix's runners
(qemu, cloud-hypervisor, firecracker, crosvm, kvmtool, stratovirt, alioth,
vfkit), that `microvm.vcpu` and `microvm.mem` are positive integers, and
that `microvm.hotplugMem`, `microvm.hotpluggedMem` and
`microvm.initialBalloonMem` are non-negative integers.

## Why is this bad?
The module system rejects other values (`is not of type positive integer,
meaning >0`), and a string such as `"2G"` is a common slip: sizes are
plain numbers of MiB.

## Example
```nix
microvm.hypervisor = "cloud_hypervisor";
microvm.vcpu = 0;
microvm.mem = "2G";
```
Use instead:
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.vcpu = 1;
microvm.mem = 2048;
```
"##
    };
}

#[doc = doc!()]
pub struct InvalidOptionValue;

static META: RuleMeta = RuleMeta {
    code: "VM117",
    name: "invalid_option_value",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "the hypervisor, vcpu or a memory size has an invalid value",
    doc: doc!(),
};

/// Options and their minimum.
const SIZES: [(&str, i64, &str); 5] = [
    ("microvm.vcpu", 1, "a positive integer"),
    ("microvm.mem", 1, "a positive integer (MiB)"),
    ("microvm.hotplugMem", 0, "a non-negative integer (MiB)"),
    ("microvm.hotpluggedMem", 0, "a non-negative integer (MiB)"),
    ("microvm.initialBalloonMem", 0, "a non-negative integer (MiB)"),
];

impl Rule for InvalidOptionValue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if let Some(hv) = vm.get("microvm.hypervisor")
            && !hv.as_str().is_some_and(|h| HYPERVISORS.contains(&h))
        {
            let list: Vec<String> = HYPERVISORS.iter().map(|h| format!("\"{h}\"")).collect();
            cx.report(
                vm,
                "microvm.hypervisor",
                format!("`microvm.hypervisor` is {hv}, which is not a hypervisor microvm.nix knows"),
            )
            .help(format!("use one of {}", list.join(", ")));
        }
        for (path, min, what) in SIZES {
            let Some(v) = vm.get(path) else { continue };
            let ok = v.as_i64().is_some_and(|n| n >= min);
            if !ok {
                cx.report(vm, path, format!("`{path}` is {v}, which is not {what}"));
            }
        }
    }
}
