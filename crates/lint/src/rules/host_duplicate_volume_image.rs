//! VM404 `host_duplicate_volume_image`: volume images with the same
//! absolute path in several VMs of one host. Relative images are fine:
//! they resolve in each VM's own state directory
//! (`/var/lib/microvms/<name>`, the microvm@ unit's `WorkingDirectory`).

use crate::prelude::*;
use crate::util::host_clashes;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two VMs of a host use the same absolute volume `image`
path. (Duplicates within one VM are `duplicate_volume_image`.)

## Why is this bad?
Two guests writing one file system image at the same time corrupt it.
Relative image paths are not affected, since each VM runs in its own
state directory.

## Example
```nix
microvm.vms.net-vm.config.microvm.volumes = [ { image = "/var/lib/vm/data.img"; mountPoint = "/data"; size = 512; } ];
microvm.vms.gui-vm.config.microvm.volumes = [ { image = "/var/lib/vm/data.img"; mountPoint = "/data"; size = 512; } ];
```
Use instead:
```nix
microvm.vms.net-vm.config.microvm.volumes = [ { image = "data.img"; mountPoint = "/data"; size = 512; } ];
microvm.vms.gui-vm.config.microvm.volumes = [ { image = "data.img"; mountPoint = "/data"; size = 512; } ];
```
"##
    };
}

#[doc = doc!()]
pub struct HostDuplicateVolumeImage;

static META: RuleMeta = RuleMeta {
    code: "VM404",
    name: "host_duplicate_volume_image",
    severity: Severity::Error,
    scope: Scope::Host,
    summary: "two VMs of a host use the same absolute volume image",
    doc: doc!(),
};

impl Rule for HostDuplicateVolumeImage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_host(&self, vms: &[VmFacts], cx: &mut Cx<'_>) {
        let values = |vm: &VmFacts| {
            vm.items("microvm.volumes")
                .iter()
                .enumerate()
                .filter_map(|(n, v)| {
                    let image = field_str(v, "image")?;
                    image.starts_with('/').then(|| (image.to_string(), format!("microvm.volumes[{n}].image")))
                })
                .collect()
        };
        for c in host_clashes(vms, values, false) {
            let first = &vms[c.first_vm];
            let loc = first.locate(&OptionPath::parse(&c.first_path));
            cx.report(&vms[c.vm], &c.path, format!("volume image \"{}\" is also used by VM {}", c.value, first.name))
                .related(loc, format!("used by {} here", first.name))
                .help("give every VM its own image, or use a relative path (it resolves in the VM's state directory)");
        }
    }
}
