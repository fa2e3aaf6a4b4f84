//! VM105 `duplicate_share_tag`: mirrors the duplicate-share-tag assertion
//! of microvm.nix `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;
use crate::util::{duplicates, times};

macro_rules! doc {
    () => {
        r##"## What it does
Checks that no two `microvm.shares` of a VM use the same `tag`.

## Why is this bad?
The tag is what the guest mounts; two shares with one tag make the mount
ambiguous. microvm.nix rejects the VM with `share tag "<tag>" is used <n> > 1
times`.

## Example
```nix
microvm.shares = [
  { tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; }
  { tag = "ro-store"; source = "/var/lib/data"; mountPoint = "/data"; }
];
```
Use instead:
```nix
microvm.shares = [
  { tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; }
  { tag = "data"; source = "/var/lib/data"; mountPoint = "/data"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct DuplicateShareTag;

static META: RuleMeta = RuleMeta {
    code: "VM105",
    name: "duplicate_share_tag",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "two shares of a VM use the same tag",
    doc: doc!(),
};

impl Rule for DuplicateShareTag {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        let shares = vm.items("microvm.shares");
        for (tag, idx) in duplicates(shares, |v| field_str(v, "tag").map(str::to_string)) {
            let first = vm.locate(&OptionPath::parse(&format!("microvm.shares[{}].tag", idx[0])));
            cx.report(
                vm,
                &format!("microvm.shares[{}].tag", idx[1]),
                format!("share tag \"{tag}\" is used {}", times(idx.len())),
            )
            .related(first, "first used here")
            .help("give every share its own tag");
        }
    }
}
