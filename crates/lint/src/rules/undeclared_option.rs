//! VM004 `undeclared_option`: a definition for an option no module declares, with
//! nixpkgs' did-you-mean (reported through [`crate::evaluated`]).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Evaluates each VM module the way NixOS does and reports definitions of
options that no module declares (`The option … does not exist`), with the
suggestions nixpkgs makes, located at the definition.

## Why is this bad?
A misspelt option is an error in NixOS, found only when a target is
evaluated; with `_module.check` off it is silently ignored.

## Example
```nix
microvm.ballon = true;
```
Use instead:
```nix
microvm.balloon = true;
```
"##
    };
}

#[doc = doc!()]
pub struct UndeclaredOption;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "VM004",
    name: "undeclared_option",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "a definition for an option that does not exist",
    doc: doc!(),
};

impl Rule for UndeclaredOption {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}
