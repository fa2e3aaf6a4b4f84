//! VM206 `chv_vsock_notify`: mirrors the warning of microvm.nix
//! `lib/runners/cloud-hypervisor.nix` when no vsock CID is known (neither
//! `microvm.vsock.cid` nor `--vsock cid=…` in `cloud-hypervisor.extraArgs`).

use crate::prelude::*;
use crate::util::{extract_opt_values, extract_param_value};

macro_rules! doc {
    () => {
        r##"## What it does
Warns when a cloud-hypervisor VM has no vsock CID.

## Why is this bad?
cloud-hypervisor VMs report readiness to systemd (`Type=notify`) over
vsock. Without a CID the host unit cannot tell when the guest has booted;
microvm.nix warns "cloud-hypervisor supports systemd-notify via vsock, but
`microvm.vsock.cid` must be set to enable this."

## Example
```nix
microvm.hypervisor = "cloud-hypervisor";
```
Use instead:
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.vsock.cid = 5;
```
"##
    };
}

#[doc = doc!()]
pub struct ChvVsockNotify;

static META: RuleMeta = RuleMeta {
    code: "VM206",
    name: "chv_vsock_notify",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "cloud-hypervisor without a vsock CID for systemd-notify",
    doc: doc!(),
};

impl Rule for ChvVsockNotify {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.hv() != "cloud-hypervisor" || !vm.is_null("microvm.vsock.cid") {
            return;
        }
        let extra = vm.items("microvm.cloud-hypervisor.extraArgs");
        let user_cid = extract_opt_values("--vsock", extra)
            .first()
            .and_then(|opts| extract_param_value("cid", opts));
        if user_cid.is_none() {
            cx.report(
                vm,
                "microvm.vsock.cid",
                "cloud-hypervisor supports systemd-notify via vsock, but `microvm.vsock.cid` is not set",
            )
            .help("set `microvm.vsock.cid` to a unique number of at least 3");
        }
    }
}
