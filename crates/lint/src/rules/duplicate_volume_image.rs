//! VM101 `duplicate_volume_image`: mirrors the duplicate-volume-image
//! assertion of microvm.nix `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;
use crate::util::{duplicates, times};

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two `microvm.volumes` of a VM use the same `image`.

## Why is this bad?
microvm.nix rejects the VM with the assertion `MicroVM <name>: volume image
"<img>" is used <n> > 1 times.` Two block devices backed by one file would
corrupt it.

## Example
```nix
microvm.volumes = [
  { image = "var.img"; mountPoint = "/var"; size = 256; }
  { image = "var.img"; mountPoint = "/home"; size = 256; }
];
```
Use instead:
```nix
microvm.volumes = [
  { image = "var.img"; mountPoint = "/var"; size = 256; }
  { image = "home.img"; mountPoint = "/home"; size = 256; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct DuplicateVolumeImage;

static META: RuleMeta = RuleMeta {
    code: "VM101",
    name: "duplicate_volume_image",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "two volumes of a VM use the same image",
    doc: doc!(),
};

impl Rule for DuplicateVolumeImage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        let volumes = vm.items("microvm.volumes");
        for (image, idx) in duplicates(volumes, |v| field_str(v, "image").map(str::to_string)) {
            let first = vm.locate(&OptionPath::parse(&format!("microvm.volumes[{}].image", idx[0])));
            cx.report(
                vm,
                &format!("microvm.volumes[{}].image", idx[1]),
                format!("volume image \"{image}\" is used {}", times(idx.len())),
            )
            .related(first, "first used here")
            .help("give every volume its own image file");
        }
    }
}
