//! VM118 `volume_label_ignored`: mirrors the label warning of microvm.nix
//! `lib/volumes.nix` (`label` set but `autoCreate = false`).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Warns about volumes that set `label` but not `autoCreate`.

## Why is this bad?
microvm.nix only labels a volume when it creates it. With `autoCreate =
false` the guest mounts by a label nobody wrote, so the mount fails unless
the image was labelled by hand. microvm.nix warns "Volume is not
automatically labeled unless autoCreate is true".

## Example
```nix
microvm.volumes = [
  { image = "/dev/vg/data"; mountPoint = "/data"; label = "data"; autoCreate = false; }
];
```
Use instead (after `e2label /dev/vg/data data`, or without `label`):
```nix
microvm.volumes = [
  { image = "/dev/vg/data"; mountPoint = "/data"; autoCreate = false; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct VolumeLabelIgnored;

static META: RuleMeta = RuleMeta {
    code: "VM118",
    name: "volume_label_ignored",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "a volume label is not applied because autoCreate is off",
    doc: doc!(),
};

impl Rule for VolumeLabelIgnored {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        for (i, vol) in vm.items("microvm.volumes").iter().enumerate() {
            if let (Some(label), Some(false)) = (field_str(vol, "label"), field_bool(vol, "autoCreate")) {
                cx.report(
                    vm,
                    &format!("microvm.volumes[{i}].label"),
                    format!("volume label \"{label}\" is not applied because autoCreate is false"),
                )
                .help("label the image by hand, or let microvm.nix create it with `autoCreate = true;`");
            }
        }
    }
}
