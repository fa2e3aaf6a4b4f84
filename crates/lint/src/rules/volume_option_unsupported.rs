//! VM203 `volume_option_unsupported`: mirrors the volume warnings of
//! microvm.nix's firecracker, kvmtool and alioth runners
//! (`lib/runners/{firecracker,kvmtool,alioth}.nix`).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Warns about volume settings the runner cannot pass on: `serial` on
firecracker, kvmtool and alioth, and `direct` on firecracker and alioth.

## Why is this bad?
The setting is dropped (microvm.nix prints `Volume serial is not supported
for firecracker` and the like), so a guest that finds its disk by serial,
or relies on O_DIRECT, behaves differently than configured.

## Example
```nix
microvm.hypervisor = "firecracker";
microvm.volumes = [
  { image = "data.img"; mountPoint = "/data"; size = 1024; serial = "data"; }
];
```
Use instead:
```nix
microvm.hypervisor = "firecracker";
microvm.volumes = [
  { image = "data.img"; mountPoint = "/data"; size = 1024; label = "data"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct VolumeOptionUnsupported;

static META: RuleMeta = RuleMeta {
    code: "VM203",
    name: "volume_option_unsupported",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "a volume setting the runner drops with a warning",
    doc: doc!(),
};

impl Rule for VolumeOptionUnsupported {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let hv = vm.hv();
        let (serial, direct) = match hv {
            "firecracker" | "alioth" => (true, true),
            "kvmtool" => (true, false),
            _ => return,
        };
        for (i, vol) in vm.items("microvm.volumes").iter().enumerate() {
            if serial && field_str(vol, "serial").is_some() {
                cx.report(
                    vm,
                    &format!("microvm.volumes[{i}].serial"),
                    format!("volume serial is not supported for {hv}"),
                )
                .help("identify the volume by `label` instead");
            }
            if direct && field_bool(vol, "direct") == Some(true) {
                cx.report(
                    vm,
                    &format!("microvm.volumes[{i}].direct"),
                    format!("volume direct is not supported for {hv}"),
                );
            }
        }
    }
}
