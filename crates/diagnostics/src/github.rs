//! GitHub Actions workflow commands, as ruff's `github` format prints
//! them: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`.
//! Warnings become `::warning`, infos `::notice`. Property values and the
//! message are escaped as the Actions runner expects (`%`, CR, LF, and in
//! properties also `:` and `,`).

use std::fmt::Write as _;

use vmcmd_syntax::SourceDb;

use crate::Severity;
use crate::lint::{Tagged, display_message, position};

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per diagnostic, newline-separated.
pub fn render_github(db: &SourceDb, items: &[Tagged]) -> String {
    let mut out = String::new();
    for t in items {
        let command = match t.diag.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = Vec::new();
        if let Some((file, line, col, end_line, end_col)) = position(db, &t.diag) {
            props.push(format!("file={}", escape_property(&file)));
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            props.push(format!("endLine={end_line}"));
            props.push(format!("endColumn={end_col}"));
        }
        props.push(format!("title={}", escape_property(&t.diag.code)));
        let mut message = display_message(t);
        if let Some(help) = &t.diag.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(out, "::{command} {}::{}", props.join(","), escape_data(&message));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use vmcmd_syntax::{Origin, SourceDb, Span};

    use super::*;
    use crate::Diagnostic;

    #[test]
    fn workflow_commands_are_escaped() {
        let mut db = SourceDb::default();
        let f = db.add(Origin::File("a,b:c.nix".into()), Arc::from("x = 1;\n"));
        let d = Diagnostic {
            code: "VM205".into(),
            severity: Severity::Warning,
            message: "100% sure\nreally".into(),
            span: Some(Span { file: f, start: 0, end: 6 }),
            labels: Vec::new(),
            help: None,
            notes: Vec::new(),
        };
        let t = Tagged { diag: d, vm: Some("vm".into()), option: Some("microvm.mem".into()) };
        assert_eq!(
            render_github(&db, &[t]),
            "::warning file=a%2Cb%3Ac.nix,line=1,col=1,endLine=1,endColumn=7,title=VM205::vm: 100%25 sure%0Areally\n"
        );
    }
}
