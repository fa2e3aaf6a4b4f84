//! VM211 `unknown_volume_fs_type`: the `throw "Do not know how to handle
//! <fs>"` of microvm.nix `lib/volumes.nix`, raised for *every* volume's
//! fsType as soon as any volume has `autoCreate = true`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks volume `fsType`s against the file systems microvm.nix can create:
ext2, ext3, ext4, xfs, btrfs and vfat. The check applies to all volumes of
a VM as soon as one of them is auto-created.

## Why is this bad?
microvm.nix throws "Do not know how to handle `<fs>`" while building the
runner, even for a volume that is not auto-created.

## Example
```nix
microvm.volumes = [
  { image = "data.img"; mountPoint = "/data"; size = 1024; fsType = "f2fs"; }
];
```
Use instead:
```nix
microvm.volumes = [
  { image = "data.img"; mountPoint = "/data"; size = 1024; fsType = "ext4"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct UnknownVolumeFsType;

static META: RuleMeta = RuleMeta {
    code: "VM211",
    name: "unknown_volume_fs_type",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "microvm.nix cannot create a volume's file system",
    doc: doc!(),
};

const KNOWN: [&str; 6] = ["ext2", "ext3", "ext4", "xfs", "btrfs", "vfat"];

impl Rule for UnknownVolumeFsType {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let volumes = vm.items("microvm.volumes");
        if !volumes.iter().any(|v| field_bool(v, "autoCreate") == Some(true)) {
            return;
        }
        for (i, vol) in volumes.iter().enumerate() {
            if let Some(fs) = field_str(vol, "fsType").filter(|fs| !KNOWN.contains(fs)) {
                cx.report(
                    vm,
                    &format!("microvm.volumes[{i}].fsType"),
                    format!("microvm.nix does not know how to create a \"{fs}\" file system"),
                )
                .help(format!("use one of {}", KNOWN.join(", ")));
            }
        }
    }
}
