//! Lint output: a [`Diagnostic`] tagged with the VM and option it is
//! about, and the five `vmcmd lint` formats (human, concise, JSON, GitHub
//! workflow commands, SARIF 2.1.0).
//!
//! The JSON shape follows ruff's flat `json` format (one object per
//! diagnostic with `file`/`line`/`column`), extended with `vm` and
//! `option`; `vmcmd eval` keeps its own nested shape in [`crate::to_json`].

use vmcmd_syntax::SourceDb;

use crate::{Diagnostic, SCHEMA_VERSION, Severity};

/// A lint diagnostic: the diagnostic itself plus what it is about.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// The diagnostic (its `code` is the rule code, e.g. `VM104`).
    pub diag: Diagnostic,
    /// The VM (its `microvm.vms` name or hostName), if the rule looked at one.
    pub vm: Option<String>,
    /// The option path, e.g. `microvm.interfaces[0].id`, if known.
    pub option: Option<String>,
}

impl Tagged {
    /// A diagnostic about no VM and no option (syntax and evaluation errors).
    pub fn plain(diag: Diagnostic) -> Tagged {
        Tagged { diag, vm: None, option: None }
    }
}

/// What SARIF needs to know about a rule.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// The stable code, e.g. `VM104`.
    pub code: &'static str,
    /// The snake_case name, e.g. `interface_id_too_long`.
    pub name: &'static str,
    /// The default severity.
    pub severity: Severity,
    /// One line describing the rule.
    pub summary: &'static str,
    /// The Markdown documentation (`## What it does` …).
    pub doc: &'static str,
    /// Where the documentation lives on the web.
    pub help_uri: String,
}

/// The tool as SARIF names it.
#[derive(Debug, Clone, Copy)]
pub struct ToolInfo {
    /// `vmcmd`.
    pub name: &'static str,
    /// The version.
    pub version: &'static str,
    /// The project page.
    pub information_uri: &'static str,
}

/// Output formats of `vmcmd lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintFormat {
    /// miette's graphical report with source snippets.
    Human,
    /// `path:line:col: severity[code]: message`, one line each.
    Concise,
    /// One JSON document `{schema_version, diagnostics: [...]}`.
    Json,
    /// GitHub Actions workflow commands (`::error file=…::message`).
    Github,
    /// SARIF 2.1.0 for code-scanning uploads.
    Sarif,
}

/// The location of a diagnostic as 1-based line/column pairs (columns in
/// Unicode scalar values): `(file, line, column, end_line, end_column)`.
pub(crate) fn position(db: &SourceDb, d: &Diagnostic) -> Option<(String, u32, u32, u32, u32)> {
    let span = d.span?;
    let f = db.file(span.file);
    let (l1, c1) = f.line_col(span.start);
    let (l2, c2) = f.line_col(span.end.max(span.start));
    Some((f.display_name(), l1, c1, l2, c2))
}

/// The message as text formats show it: prefixed with the VM name, the way
/// microvm.nix prefixes its assertions with `MicroVM <hostName>:`.
pub(crate) fn display_message(t: &Tagged) -> String {
    match &t.vm {
        Some(vm) => format!("{vm}: {}", t.diag.message),
        None => t.diag.message.clone(),
    }
}

/// The JSON object of one lint diagnostic (`vmcmd lint --format json`).
pub fn lint_json(db: &SourceDb, t: &Tagged) -> serde_json::Value {
    let pos = position(db, &t.diag);
    serde_json::json!({
        "code": t.diag.code,
        "severity": t.diag.severity.as_str(),
        "message": t.diag.message,
        "file": pos.as_ref().map(|p| p.0.clone()),
        "line": pos.as_ref().map(|p| p.1),
        "column": pos.as_ref().map(|p| p.2),
        "end_line": pos.as_ref().map(|p| p.3),
        "end_column": pos.as_ref().map(|p| p.4),
        "vm": t.vm,
        "option": t.option,
        "help": t.diag.help,
        "notes": t.diag.notes,
    })
}

/// Renders lint diagnostics in `format`. `rules` describes every rule (SARIF
/// lists them); `color` only affects [`LintFormat::Human`]. The text ends
/// with a newline unless there is nothing to print.
pub fn render_lint(
    db: &SourceDb,
    items: &[Tagged],
    format: LintFormat,
    color: bool,
    tool: &ToolInfo,
    rules: &[RuleInfo],
) -> String {
    let mut out = match format {
        LintFormat::Json => {
            let doc = serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "diagnostics": items.iter().map(|t| lint_json(db, t)).collect::<Vec<_>>(),
            });
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        }
        LintFormat::Sarif => crate::sarif::render_sarif(db, items, tool, rules),
        LintFormat::Github => crate::github::render_github(db, items),
        LintFormat::Concise | LintFormat::Human => {
            let text: Vec<String> = items
                .iter()
                .map(|t| {
                    let mut d = t.diag.clone();
                    d.message = display_message(t);
                    // Without a location miette has nothing to draw: use the
                    // one-line form, which keeps the rule code visible.
                    if format == LintFormat::Concise || d.span.is_none() {
                        crate::render_concise(db, &d)
                    } else {
                        crate::render_human(db, &d, color)
                    }
                })
                .collect();
            text.join("\n")
        }
    };
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}
