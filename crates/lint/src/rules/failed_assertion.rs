//! VM005 `failed_assertion`: a `config.assertions` entry of the evaluated VM fails
//! and no more specific rule explains it (reported through
//! [`crate::evaluated`]).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Evaluates each VM module the way NixOS does and reports every failed
`config.assertions` entry with its message. Assertions a specific rule
mirrors (duplicate interface ids, interface names over 15 characters,
bridge settings, share tags and sockets, forwarded ports, OEM strings,
store optimisation, vsock ssh, removed options) are reported under that
rule's code instead.

## Why is this bad?
NixOS refuses to build a system whose assertions fail; without the linter
this shows only when a target is built.

## Example
```nix
microvm.vsock.ssh.enable = true;
```
Use instead:
```nix
microvm.vsock.ssh.enable = true;
microvm.vsock.cid = 5;
```
"##
    };
}

#[doc = doc!()]
pub struct FailedAssertion;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "VM005",
    name: "failed_assertion",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "a NixOS or microvm.nix assertion fails",
    doc: doc!(),
};

impl Rule for FailedAssertion {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}
