//! The rule model: [`RuleMeta`] (code, name, severity, docs), the [`Rule`]
//! trait every rule's unit struct implements, and [`Finding`], what a rule
//! reports before it is tied to source text.
//!
//! Mirrors statix's `Metadata`/`Rule` split and ruff's `Violation`, without
//! a proc-macro: each rule file declares a `static META` and implements
//! [`Rule::meta`] by returning it.

use vmcmd_diagnostics::Severity;

use crate::facts::{Location, OptionPath, VmFacts};

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One source file (syntax and evaluation errors).
    File,
    /// One evaluated VM.
    Vm,
    /// All VMs of one host.
    Host,
}

impl Scope {
    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::File => "file",
            Scope::Vm => "vm",
            Scope::Host => "host",
        }
    }
}

/// Static facts about a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable short code, e.g. `VM104`.
    pub code: &'static str,
    /// Stable snake_case name, also the rule's file name.
    pub name: &'static str,
    /// Severity of its diagnostics.
    pub severity: Severity,
    /// What it looks at.
    pub scope: Scope,
    /// One line, lowercase, no trailing period.
    pub summary: &'static str,
    /// The rule's documentation (`## What it does`, `## Why is this bad?`,
    /// `## Example`), the same text as its doc comment.
    pub doc: &'static str,
}

/// A lint rule. Rules are unit structs; each implements the check for its
/// scope and leaves the others empty.
pub trait Rule: Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;

    /// Checks one VM.
    fn check_vm(&self, _vm: &VmFacts, _cx: &mut Cx<'_>) {}

    /// Checks all VMs of a host together.
    fn check_host(&self, _vms: &[VmFacts], _cx: &mut Cx<'_>) {}
}

/// A problem found by a rule, located by option path and (when the
/// provenance knows it) by file position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule code.
    pub code: &'static str,
    /// The rule name.
    pub name: &'static str,
    /// Severity.
    pub severity: Severity,
    /// The message, lowercase, no trailing period.
    pub message: String,
    /// The VM it is about.
    pub vm: Option<String>,
    /// The option path it is about.
    pub option: Option<OptionPath>,
    /// Where that option is defined.
    pub location: Option<Location>,
    /// A hint on how to fix it.
    pub help: Option<String>,
    /// Extra lines (for example microvm.nix's own message).
    pub notes: Vec<String>,
    /// Other definitions involved (for duplicates: the first one).
    pub related: Vec<(Location, String)>,
}

impl Finding {
    /// Sets the help text.
    pub fn help(&mut self, help: impl Into<String>) -> &mut Finding {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    pub fn note(&mut self, note: impl Into<String>) -> &mut Finding {
        self.notes.push(note.into());
        self
    }

    /// Adds a related location, if there is one.
    pub fn related(&mut self, loc: Option<Location>, label: impl Into<String>) -> &mut Finding {
        if let Some(loc) = loc {
            self.related.push((loc, label.into()));
        }
        self
    }
}

/// Where a rule reports to.
pub struct Cx<'a> {
    meta: &'static RuleMeta,
    out: &'a mut Vec<Finding>,
}

impl<'a> Cx<'a> {
    /// A context reporting for `meta` into `out`.
    pub fn new(meta: &'static RuleMeta, out: &'a mut Vec<Finding>) -> Cx<'a> {
        Cx { meta, out }
    }

    /// Reports a problem with `path` (an option path string such as
    /// `microvm.interfaces[0].id`) of `vm`, located at its definition.
    pub fn report(&mut self, vm: &VmFacts, path: &str, message: impl Into<String>) -> &mut Finding {
        let option = OptionPath::parse(path);
        let location = vm.locate(&option);
        self.out.push(Finding {
            code: self.meta.code,
            name: self.meta.name,
            severity: self.meta.severity,
            message: message.into(),
            vm: Some(vm.name.clone()),
            option: Some(option),
            location,
            help: None,
            notes: Vec::new(),
            related: Vec::new(),
        });
        let last = self.out.len() - 1;
        &mut self.out[last]
    }
}
