//! VM207 `chv_extra_args_conflict`: the three `throw`s of microvm.nix
//! `lib/runners/cloud-hypervisor.nix` for `extraArgs` that clash with the
//! flags it merges (`--vsock cid=`, `--platform oem_strings=`, `--cpus boot=`).

use crate::prelude::*;
use crate::util::{extract_opt_values, extract_param_value};

macro_rules! doc {
    () => {
        r##"## What it does
Checks `microvm.cloud-hypervisor.extraArgs` against the flags microvm.nix
merges itself: a `--vsock cid=…` together with `microvm.vsock.cid`, a
`--platform oem_strings=…` (use `platformOEMStrings`), and a `--cpus boot=…`
(use `microvm.vcpu`).

## Why is this bad?
microvm.nix throws, e.g. "Cannot set `microvm.vcpu` and --cpus 'boot=4...'
via `microvm.cloud-hypervisor.extraArgs` at the same time".

## Example
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.cloud-hypervisor.extraArgs = [ "--cpus" "boot=4,max=8" ];
```
Use instead:
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.vcpu = 4;
microvm.cloud-hypervisor.extraArgs = [ "--cpus" "max=8" ];
```
"##
    };
}

#[doc = doc!()]
pub struct ChvExtraArgsConflict;

static META: RuleMeta = RuleMeta {
    code: "VM207",
    name: "chv_extra_args_conflict",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "cloud-hypervisor extraArgs clash with flags microvm.nix generates",
    doc: doc!(),
};

const PATH: &str = "microvm.cloud-hypervisor.extraArgs";

impl Rule for ChvExtraArgsConflict {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() != "cloud-hypervisor" {
            return;
        }
        let extra = vm.items(PATH);
        let vsock = extract_opt_values("--vsock", extra);
        if let Some(cid) = vsock.first().and_then(|o| extract_param_value("cid", o))
            && let Some(own) = vm.int_at("microvm.vsock.cid")
        {
            cx.report(
                vm,
                PATH,
                format!("`--vsock cid={cid}` in extraArgs conflicts with `microvm.vsock.cid = {own}`"),
            )
            .help("set the CID in one place only");
        }
        let platform = extract_opt_values("--platform", extra);
        if platform.first().is_some_and(|o| extract_param_value("oem_strings", o).is_some()) {
            cx.report(vm, PATH, "`--platform oem_strings=…` in extraArgs is not allowed")
                .help("use `microvm.cloud-hypervisor.platformOEMStrings`");
        }
        let cpus = extract_opt_values("--cpus", extra).join(",");
        if let Some(boot) = extract_param_value("boot", &cpus) {
            cx.report(vm, PATH, format!("`--cpus boot={boot}` in extraArgs conflicts with `microvm.vcpu`"))
                .help("set `microvm.vcpu` and keep only the other `--cpus` parameters");
        }
    }
}
