//! VM006 `runner_error`: microvm.nix's runner for the VM's hypervisor `throw`s or
//! fails to evaluate, and no VM rule explains why (reported through
//! [`crate::evaluated`]).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Generates each VM's runner the way microvm.nix does and reports a `throw`
(or another evaluation error) of the runner that no more specific rule
(such as `unsupported_feature` or `socket_required`) already reports,
with microvm.nix's message, located at the option involved when it is
known.

## Why is this bad?
The VM cannot be built; the error appears only when the runner package is
evaluated, far from the definition that causes it.

## Example
```nix
microvm.hypervisor = "vfkit";   # on an x86_64-linux host
```
Use instead:
```nix
microvm.hypervisor = "qemu";
```
"##
    };
}

#[doc = doc!()]
pub struct RunnerError;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "VM006",
    name: "runner_error",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "microvm.nix cannot generate the VM's runner",
    doc: doc!(),
};

impl Rule for RunnerError {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}
