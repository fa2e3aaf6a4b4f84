//! VM113 `removed_option`: mirrors the `mkRemovedOptionModule` entries of
//! microvm.nix `nixos-modules/microvm/options.nix` (at 71beea0 only
//! `microvm.balloonMem`), which turn any definition into a failed assertion.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Reports definitions of options that microvm.nix has removed:
`microvm.balloonMem` (replaced by the boolean `microvm.balloon`, plus
`microvm.initialBalloonMem` and `microvm.hotplugMem`).

## Why is this bad?
A removed option no longer has any effect, and microvm.nix rejects every
configuration that still defines it.

## Example
```nix
microvm.balloonMem = 512;
```
Use instead:
```nix
microvm.balloon = true;
```
"##
    };
}

#[doc = doc!()]
pub struct RemovedOption;

static META: RuleMeta = RuleMeta {
    code: "VM113",
    name: "removed_option",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "a removed microvm.nix option is defined",
    doc: doc!(),
};

/// Removed options and what replaced them.
const REMOVED: [(&str, &str); 1] = [(
    "microvm.balloonMem",
    "use `microvm.balloon = true;` (and `microvm.initialBalloonMem` or `microvm.hotplugMem` for sizes)",
)];

impl Rule for RemovedOption {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        for (path, help) in REMOVED {
            // The evaluated config has no value for a removed option; a
            // definition shows up in the provenance (or in hand-made facts).
            let option = OptionPath::parse(path);
            let in_config = path
                .rsplit_once('.')
                .is_some_and(|(parent, last)| vm.get(parent).is_some_and(|p| p.get(last).is_some()));
            if in_config || vm.locate.locate(&option).is_some() {
                cx.report(vm, path, format!("option `{path}` has been removed")).help(help);
            }
        }
    }
}
