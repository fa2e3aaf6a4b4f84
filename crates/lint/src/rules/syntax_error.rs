//! VM001 `syntax_error`: every Nix syntax error of a linted file, as
//! `vmcmd_syntax::parse` (rnix, worded like Nix's parser) reports it.

use vmcmd_diagnostics::{Diagnostic, Tagged};
use vmcmd_syntax::{FileId, SourceDb, Span};

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Reports Nix syntax errors in the given files, all of them rather than only
the first one Nix would stop at.

## Why is this bad?
A file that does not parse breaks the evaluation of every VM and target
that imports it; finding out at commit time is cheaper than after a
multi-minute target evaluation.

## Example
```nix
{ ... }:
{
  microvm.mem = 2048
  microvm.vcpu = 2;
}
```
Use instead:
```nix
{ ... }:
{
  microvm.mem = 2048;
  microvm.vcpu = 2;
}
```
"##
    };
}

#[doc = doc!()]
pub struct SyntaxError;

static META: RuleMeta = RuleMeta {
    code: "VM001",
    name: "syntax_error",
    severity: Severity::Error,
    scope: Scope::File,
    summary: "the file is not valid Nix",
    doc: doc!(),
};

impl Rule for SyntaxError {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}

/// Parses `file` and reports each syntax error.
pub fn check(db: &SourceDb, file: FileId) -> Vec<Tagged> {
    let parsed = vmcmd_syntax::parse(&db.file(file).text);
    parsed
        .errors
        .into_iter()
        .map(|e| {
            Tagged::plain(Diagnostic {
                code: META.code.to_string(),
                severity: META.severity,
                message: e.message,
                span: Some(Span::new(file, e.range)),
                labels: Vec::new(),
                help: None,
                notes: Vec::new(),
            })
        })
        .collect()
}
