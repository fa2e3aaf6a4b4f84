//! VM002 `eval_error`: an error raised when a linted file is evaluated on
//! its own, like `nix-instantiate --eval --strict FILE`, or when a VM module
//! is evaluated as a VM (the CLI runs the evaluator and hands the error
//! diagnostic to [`from_eval`], or makes a finding of it).

use vmcmd_diagnostics::{Diagnostic, Tagged};

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Evaluates each given file on its own (a module is a function, so this
checks the file's top level: variable scoping, `let` bindings, `import`s
and everything a plain attribute set contains) and reports the first
evaluation error, such as an undefined variable, a missing attribute or a
`throw`. A file that defines a VM (`microvm.…` options) is then evaluated
as a NixOS configuration with microvm.nix, like `vmcmd show` does; an
error there that is not the module system's or an assertion (those have
rules of their own) is reported here too.

## Why is this bad?
These errors surface only when a target imports the file, minutes into an
evaluation and far from the cause.

## Example
```nix
{ lib, ... }:
let
  memory = 2048;
in
{
  microvm.mem = memroy;
}
```
Use instead:
```nix
{ lib, ... }:
let
  memory = 2048;
in
{
  microvm.mem = memory;
}
```
"##
    };
}

#[doc = doc!()]
pub struct EvalError;

static META: RuleMeta = RuleMeta {
    code: "VM002",
    name: "eval_error",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "evaluating the file, or the VM it defines, fails",
    doc: doc!(),
};

impl Rule for EvalError {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}

/// Turns an evaluation error diagnostic (code `eval_*`) into this rule's
/// diagnostic.
pub fn from_eval(mut diag: Diagnostic) -> Tagged {
    diag.code = META.code.to_string();
    diag.severity = META.severity;
    Tagged::plain(diag)
}
