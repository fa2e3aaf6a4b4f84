//! VM003 `invalid_definition`: the module system refuses an option's definitions: a
//! value of the wrong type, conflicting definitions, or none for an option
//! that needs one (the CLI evaluates each VM module and reports the error
//! through [`crate::evaluated`]).

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Evaluates each VM module the way NixOS does and reports the module
system's errors about definitions: a value that is not of the option's
type (`A definition for option … is not of type …`), definitions that
cannot be merged (`… has conflicting definition values`) and options used
without a value (`… is used but not defined`), located at the definition.
Type errors of `microvm.hypervisor`, `microvm.vcpu`, the memory sizes and
`networking.hostName` are reported as `invalid_option_value` and
`invalid_host_name` instead.

## Why is this bad?
NixOS refuses the whole configuration; the error only shows when a target
is evaluated, with the position of the option declaration rather than of
the definition.

## Example
```nix
microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = 42; } ];
```
Use instead:
```nix
microvm.interfaces = [ { type = "tap"; id = "vm-net"; mac = "02:00:00:00:00:01"; } ];
```
"##
    };
}

#[doc = doc!()]
pub struct InvalidDefinition;

pub(crate) static META: RuleMeta = RuleMeta {
    code: "VM003",
    name: "invalid_definition",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "a definition does not have its option's type, conflicts with another or is missing",
    doc: doc!(),
};

impl Rule for InvalidDefinition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}
