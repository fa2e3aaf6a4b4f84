//! VM007 `microvm_warning`: a warning microvm.nix prints while evaluating the VM
//! (NixOS `config.warnings`, runner `lib.warn`s) that no more specific rule
//! reports (reported through [`crate::evaluated`]).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Evaluates each VM module and its runner the way microvm.nix does and
reports every warning it prints (NixOS `config.warnings` and the runners'
`lib.warn`s). Warnings a specific rule mirrors (memory, store
optimisation, qemu with 2 GiB, cloud-hypervisor without a vsock CID,
volume options, forwarded ports) are reported under that rule's code
instead.

## Why is this bad?
Nix prints evaluation warnings once, in the middle of a long build log,
where they are easy to miss.

## Example
```nix
microvm.hypervisor = "firecracker";
microvm.volumes = [ { image = "data.img"; mountPoint = "/data"; size = 256; serial = "data"; } ];
```
Use instead:
```nix
microvm.hypervisor = "firecracker";
microvm.volumes = [ { image = "data.img"; mountPoint = "/data"; size = 256; } ];
```
"##
    };
}

#[doc = doc!()]
pub struct MicrovmWarning;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "VM007",
    name: "microvm_warning",
    severity: Severity::Warning,
    scope: Scope::File,
    summary: "microvm.nix warns about the configuration",
    doc: doc!(),
};

impl Rule for MicrovmWarning {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}
