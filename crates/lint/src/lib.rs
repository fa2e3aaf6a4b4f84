//! vmcmd's linter: rules in the style of statix and ruff (one rule per file
//! under [`rules`], each a unit struct with a stable code, a name, a
//! severity and documentation that `vmcmd lint --explain` prints), run over
//! source files (syntax and evaluation errors) and over evaluated VMs
//! ([`facts::VmFacts`]: microvm.nix's assertions, warnings and runner
//! `throw`s, the hypervisor support matrix, and host-wide duplicates).
//!
//! Rules report [`Finding`]s located by option path; [`to_tagged`] ties
//! them to source text and turns them into
//! [`vmcmd_diagnostics::Tagged`] diagnostics, which
//! [`vmcmd_diagnostics::render_lint`] prints. For VMs evaluated from real
//! module files, [`locate::ModuleLocator`] finds definitions (syntax, then
//! the module system's `definitionPositions`) and [`evaluated`] turns what
//! NixOS and microvm.nix report themselves (failed assertions, type errors,
//! undeclared options, runner `throw`s, warnings) into findings. This crate
//! does no I/O and no evaluation: the caller reads files, evaluates and
//! passes the results in.

pub mod config;
pub mod evaluated;
pub mod facts;
pub mod locate;
pub mod rule;
pub mod rules;
pub mod suppress;
pub mod util;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use vmcmd_diagnostics::{Diagnostic, RuleInfo, Tagged};
use vmcmd_syntax::{FileId, Origin, SourceDb, Span};

pub use config::Config;
pub use facts::{Locate, Location, OptionPath, VmFacts};
pub use rule::{Cx, Finding, Rule, RuleMeta, Scope};
pub use rules::RULES;

/// What rule files import.
pub(crate) mod prelude {
    pub use serde_json::Value;
    pub use vmcmd_diagnostics::Severity;

    pub use crate::facts::{OptionPath, VmFacts, field_bool, field_is_null, field_str, known};
    pub use crate::rule::{Cx, Rule, RuleMeta, Scope};
}

/// The rule with this code (case-insensitive, `VM104`) or name
/// (`interface_id_too_long`).
pub fn find_rule(code_or_name: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| {
        let m = r.meta();
        m.code.eq_ignore_ascii_case(code_or_name) || m.name == code_or_name
    })
}

/// The text `vmcmd lint --explain CODE` prints: a title line, the
/// severity and scope, and the rule's documentation (the same text as its
/// doc comment).
pub fn explain(code_or_name: &str) -> Option<String> {
    let m = find_rule(code_or_name)?.meta();
    let scope = match m.scope {
        Scope::File => "each linted file",
        Scope::Vm => "each VM",
        Scope::Host => "all VMs of a host together",
    };
    Some(format!(
        "# {} ({})\n\nSummary: {}.\nSeverity: {}. Checks: {scope}.\n\n{}",
        m.name,
        m.code,
        m.summary,
        m.severity.as_str(),
        m.doc
    ))
}

/// The documentation URL of a rule: its source file, whose doc comment is
/// the documentation.
pub fn help_uri(meta: &RuleMeta) -> String {
    format!("https://github.com/vmcmd/vmcmd/blob/main/crates/lint/src/rules/{}.rs", meta.name)
}

/// Every rule as SARIF describes it.
pub fn rule_infos() -> Vec<RuleInfo> {
    RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            RuleInfo {
                code: m.code,
                name: m.name,
                severity: m.severity,
                summary: m.summary,
                doc: m.doc,
                help_uri: help_uri(m),
            }
        })
        .collect()
}

/// Runs every VM rule on one VM.
pub fn check_vm(vm: &VmFacts) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in RULES.iter().filter(|r| r.meta().scope == Scope::Vm) {
        r.check_vm(vm, &mut Cx::new(r.meta(), &mut out));
    }
    out
}

/// Runs every VM rule on each VM of a host, then the host rules on all of
/// them.
pub fn check_host(vms: &[VmFacts]) -> Vec<Finding> {
    let mut out: Vec<Finding> = vms.iter().flat_map(check_vm).collect();
    out.extend(check_host_rules(vms));
    out
}

/// Runs only the host rules on all VMs of a host. A clash between two VMs
/// is reported on the later one (with the earlier one as related
/// location), so a caller that only wants findings about some VMs puts
/// them last.
pub fn check_host_rules(vms: &[VmFacts]) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in RULES.iter().filter(|r| r.meta().scope == Scope::Host) {
        r.check_host(vms, &mut Cx::new(r.meta(), &mut out));
    }
    out
}

/// Reports every syntax error of a file (rule `syntax_error`).
pub fn check_syntax(db: &SourceDb, file: FileId) -> Vec<Tagged> {
    rules::syntax_error::check(db, file)
}

/// Paths of a [`SourceDb`]'s files, and reading files into it on demand.
#[derive(Debug, Default)]
pub struct FileIndex {
    by_path: BTreeMap<PathBuf, FileId>,
}

impl FileIndex {
    /// Records that `path` is `file`.
    pub fn insert(&mut self, path: PathBuf, file: FileId) {
        self.by_path.insert(path, file);
    }

    /// The file for `path`, reading it with `read` the first time.
    pub fn get_or_read(
        &mut self,
        db: &mut SourceDb,
        path: &Path,
        read: &mut dyn FnMut(&Path) -> Option<Arc<str>>,
    ) -> Option<FileId> {
        if let Some(id) = self.by_path.get(path) {
            return Some(*id);
        }
        let text = read(path)?;
        let id = db.add(Origin::File(path.to_path_buf()), text);
        self.by_path.insert(path.to_path_buf(), id);
        Some(id)
    }
}

/// The span of a [`Location`]: the definition starting there, up to and
/// including its `;` (brackets and strings balanced, so a multi-line list
/// is covered whole), or to the end of the line when the line has no `;`
/// outside brackets. Clamped to the text.
pub fn location_span(db: &SourceDb, file: FileId, line: u32, column: u32) -> Span {
    let text = &db.file(file).text;
    let mut start = text.len();
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            let body = l.trim_end_matches(['\n', '\r']);
            let col = body
                .char_indices()
                .nth(column.saturating_sub(1) as usize)
                .map_or(body.len(), |(b, _)| b);
            start = offset + col;
            break;
        }
        offset += l.len();
    }
    let end = definition_end(text, start);
    Span { file, start: start as u32, end: end as u32 }
}

/// The end of the definition starting at byte `start` (see [`location_span`]).
fn definition_end(text: &str, start: usize) -> usize {
    const LIMIT: usize = 4000;
    let bytes = text.as_bytes();
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut depth = 0i32;
    let mut i = start;
    while i < bytes.len() && i < start + LIMIT {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth < 0 {
                    break;
                }
            }
            b';' if depth == 0 => return i + 1,
            b'\n' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    // No `;` of its own: the rest of the line, without trailing blanks.
    start + text[start..line_end].trim_end().len()
}

/// Turns findings into diagnostics, reading the files their locations name
/// (through `files` and `read`) so they can be shown with source text.
pub fn to_tagged(
    findings: Vec<Finding>,
    db: &mut SourceDb,
    files: &mut FileIndex,
    read: &mut dyn FnMut(&Path) -> Option<Arc<str>>,
) -> Vec<Tagged> {
    let mut span_of = |db: &mut SourceDb, loc: &Location| {
        let file = files.get_or_read(db, &loc.file, read)?;
        Some(location_span(db, file, loc.line, loc.column))
    };
    findings
        .into_iter()
        .map(|f| {
            let span = f.location.as_ref().and_then(|l| span_of(db, l));
            let mut notes = f.notes;
            // A location that cannot be shown is still worth printing.
            if span.is_none()
                && let Some(l) = &f.location
            {
                notes.push(format!("defined at {}:{}:{}", l.file.display(), l.line, l.column));
            }
            let labels =
                f.related.iter().filter_map(|(l, m)| Some((span_of(db, l)?, m.clone()))).collect();
            Tagged {
                diag: Diagnostic {
                    code: f.code.to_string(),
                    severity: f.severity,
                    message: f.message,
                    span,
                    labels,
                    help: f.help,
                    notes,
                },
                vm: f.vm,
                option: f.option.map(|o| o.to_string()),
            }
        })
        .collect()
}

/// The rule name for a diagnostic code (for suppression comments).
pub fn rule_name(code: &str) -> &'static str {
    find_rule(code).map_or("", |r| r.meta().name)
}

/// Sorts diagnostics into output order (file, line, column, code, message;
/// diagnostics without a location last) and drops exact duplicates.
pub fn sort_and_dedup(db: &SourceDb, mut items: Vec<Tagged>) -> Vec<Tagged> {
    let key = |t: &Tagged| {
        let pos = t.diag.span.map(|s| {
            let f = db.file(s.file);
            let (l, c) = f.line_col(s.start);
            (f.display_name(), l, c)
        });
        (pos.is_none(), pos, t.diag.code.clone(), t.vm.clone(), t.diag.message.clone())
    };
    items.sort_by_cached_key(key);
    items.dedup_by(|a, b| {
        a.diag.code == b.diag.code
            && a.diag.message == b.diag.message
            && a.vm == b.vm
            && a.diag.span.map(|s| (db.file(s.file).display_name(), s.start))
                == b.diag.span.map(|s| (db.file(s.file).display_name(), s.start))
    });
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_consistent() {
        let mut codes = std::collections::BTreeSet::new();
        let mut names = std::collections::BTreeSet::new();
        for r in RULES {
            let m = r.meta();
            assert!(codes.insert(m.code), "duplicate code {}", m.code);
            assert!(names.insert(m.name), "duplicate name {}", m.name);
            assert!(m.code.len() == 5 && m.code.starts_with("VM"), "{}", m.code);
            for section in ["## What it does", "## Why is this bad?", "## Example"] {
                assert!(m.doc.contains(section), "{} lacks {section}", m.name);
            }
            assert!(!m.summary.ends_with('.'), "{}", m.name);
        }
        let sorted: Vec<&str> = RULES.iter().map(|r| r.meta().code).collect();
        let mut again = sorted.clone();
        again.sort_unstable();
        assert_eq!(sorted, again, "rules must be listed in code order");
    }

    #[test]
    fn explain_uses_the_doc_text() {
        let text = explain("VM104").unwrap();
        assert!(text.contains(rules::interface_id_too_long::InterfaceIdTooLong.meta().doc));
        assert_eq!(explain("interface_id_too_long"), Some(text));
        assert!(explain("VM999").is_none());
    }

    #[test]
    fn location_spans() {
        let mut db = SourceDb::default();
        let text = "a\n  b = 1;  \n  c = [\n    \"x;\" # ;\n  ];\n  { id = 1; }\n";
        let f = db.add(Origin::Expr, text.into());
        let at = |line, col| {
            let s = location_span(&db, f, line, col);
            &db.file(f).text[s.start as usize..s.end as usize]
        };
        assert_eq!(at(2, 3), "b = 1;");
        assert_eq!(at(3, 3), "c = [\n    \"x;\" # ;\n  ];");
        assert_eq!(at(6, 5), "id = 1;");
        assert_eq!(at(1, 1), "a");
        assert_eq!(at(99, 1), "");
    }
}
