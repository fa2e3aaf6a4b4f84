//! Diagnostics: the one model every vmcmd layer reports problems in, and
//! the renderers for it (human via miette, concise one-liners, JSON).
//!
//! Mirrors nil's `Diagnostic { range, kind, notes }` with a stable `code`,
//! and ruff's output formats. This crate formats; it never prints: the CLI
//! decides where text goes and which exit code follows.

mod github;
mod lint;
mod sarif;

use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, Report};
use vmcmd_syntax::{SourceDb, Span};

pub use github::render_github;
pub use lint::{LintFormat, RuleInfo, Tagged, ToolInfo, lint_json, render_lint};
pub use sarif::render_sarif;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Informational.
    Info,
    /// A warning.
    Warning,
    /// An error.
    Error,
}

impl Severity {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A problem with a location.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// A stable snake_case code (`syntax`, `eval_missing_attr` …).
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// The message, lowercase, without a trailing period.
    pub message: String,
    /// The primary location.
    pub span: Option<Span>,
    /// Secondary locations.
    pub labels: Vec<(Span, String)>,
    /// A hint.
    pub help: Option<String>,
    /// Extra lines (for example the evaluation trace).
    pub notes: Vec<String>,
}

/// Output formats for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// miette's graphical report.
    Human,
    /// `path:line:col: severity[code]: message`.
    Concise,
    /// One JSON document.
    Json,
}

fn file_label(db: &SourceDb, span: Span) -> String {
    db.file(span.file).display_name()
}

/// Removes ANSI escape sequences (`ESC [ … final-byte`).
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// The version of the JSON document [`render_all`] produces.
pub const SCHEMA_VERSION: u32 = 1;

/// Renders a diagnostic as text in `format` (JSON renders one object).
pub fn render(db: &SourceDb, d: &Diagnostic, format: Format, color: bool) -> String {
    match format {
        Format::Concise => render_concise(db, d),
        Format::Json => serde_json::to_string_pretty(&to_json(db, d)).unwrap_or_default(),
        Format::Human => render_human(db, d, color),
    }
}

/// Renders several diagnostics: one block per diagnostic for text
/// formats, one JSON document `{schema_version, diagnostics}` for JSON.
pub fn render_all(db: &SourceDb, ds: &[Diagnostic], format: Format, color: bool) -> String {
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "diagnostics": ds.iter().map(|d| to_json(db, d)).collect::<Vec<_>>(),
            });
            serde_json::to_string_pretty(&doc).unwrap_or_default()
        }
        _ => ds.iter().map(|d| render(db, d, format, color)).collect::<Vec<_>>().join("\n"),
    }
}

fn render_concise(db: &SourceDb, d: &Diagnostic) -> String {
    let mut out = String::new();
    match d.span {
        Some(span) => {
            let (line, col) = db.file(span.file).line_col(span.start);
            let _ = write!(out, "{}:{line}:{col}: ", file_label(db, span));
        }
        None => out.push_str("vmcmd: "),
    }
    let _ = write!(out, "{}[{}]: {}", d.severity.as_str(), d.code, d.message);
    if let Some(h) = &d.help {
        let _ = write!(out, " ({h})");
    }
    for (span, label) in &d.labels {
        let (line, col) = db.file(span.file).line_col(span.start);
        let _ = write!(out, "\n  {}:{line}:{col}: note: {label}", file_label(db, *span));
    }
    for n in &d.notes {
        let _ = write!(out, "\n  {n}");
    }
    out
}

fn render_human(db: &SourceDb, d: &Diagnostic, color: bool) -> String {
    let Some(span) = d.span else {
        let mut out = format!("{}: {}", d.severity.as_str(), d.message);
        for n in &d.notes {
            let _ = write!(out, "\n  {n}");
        }
        return out;
    };
    let file = db.file(span.file);
    let len = file.text.len();
    let clamp = |s: Span| {
        let start = (s.start as usize).min(len);
        let end = (s.end as usize).clamp(start, len);
        (start, end - start)
    };
    let mut labels =
        vec![LabeledSpan::new_primary_with_span(Some("here".to_string()), clamp(span))];
    for (s, msg) in &d.labels {
        if s.file == span.file {
            labels.push(LabeledSpan::new_with_span(Some(msg.clone()), clamp(*s)));
        }
    }
    let mut diag = miette::MietteDiagnostic::new(d.message.clone())
        .with_code(d.code.clone())
        .with_labels(labels)
        .with_severity(match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        });
    let mut help = d.help.clone().unwrap_or_default();
    for n in &d.notes {
        if !help.is_empty() {
            help.push('\n');
        }
        help.push_str(n);
    }
    if !help.is_empty() {
        diag = diag.with_help(help);
    }
    let report = Report::new(diag)
        .with_source_code(NamedSource::new(file.display_name(), file.text.to_string()));
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(2);
    let mut out = String::new();
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        return render_concise(db, d);
    }
    out
}

/// The JSON form of a diagnostic (1-based lines and columns in characters).
pub fn to_json(db: &SourceDb, d: &Diagnostic) -> serde_json::Value {
    let loc = |s: Span| {
        let f = db.file(s.file);
        let (l1, c1) = f.line_col(s.start);
        let (l2, c2) = f.line_col(s.end);
        serde_json::json!({
            "file": file_label(db, s),
            "range": {"start": {"line": l1, "column": c1}, "end": {"line": l2, "column": c2}},
            "byte_range": [s.start, s.end],
        })
    };
    serde_json::json!({
        "code": d.code,
        "severity": d.severity.as_str(),
        "message": d.message,
        "location": d.span.map(loc),
        "labels": d.labels.iter().map(|(s, m)| {
            let mut v = loc(*s);
            v["message"] = serde_json::Value::String(m.clone());
            v
        }).collect::<Vec<_>>(),
        "help": d.help,
        "notes": d.notes,
    })
}
