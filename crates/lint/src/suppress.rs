//! Suppression comments: `# vmcmd: ignore[VM104]` (or several codes or
//! rule names, comma-separated, or `# vmcmd: ignore` for every rule) on the
//! line above a definition, or at the end of the definition's line,
//! silences the diagnostics located there. Like `# noqa` in ruff and
//! `// eslint-disable-next-line`, but scanned from the source text at the
//! diagnostic's position, so it works for definitions found through
//! provenance as well as for syntax errors.

use vmcmd_syntax::SourceDb;

/// The codes a comment suppresses: `None` if `comment` is no suppression,
/// `Some([])` for all codes.
fn parse_comment(line: &str) -> Option<Vec<String>> {
    let hash = line.find('#')?;
    let rest = line[hash + 1..].trim_start();
    let rest = rest.strip_prefix("vmcmd:")?.trim_start();
    let rest = rest.strip_prefix("ignore")?;
    let Some(list) = rest.strip_prefix('[') else {
        // Only a bare `ignore` (followed by nothing or whitespace) means all.
        return rest.trim().is_empty().then(Vec::new);
    };
    let end = list.find(']')?;
    Some(list[..end].split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect())
}

fn matches(codes: &[String], code: &str, name: &str) -> bool {
    codes.is_empty() || codes.iter().any(|c| c.eq_ignore_ascii_case(code) || c == name)
}

/// Whether the text suppresses rule `code`/`name` at 1-based `line`: a
/// trailing comment on that line, or a comment line directly above it (a
/// block of consecutive comment lines counts as "directly above").
pub fn suppressed_at(text: &str, line: u32, code: &str, name: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let idx = line as usize;
    if idx == 0 || idx > lines.len() {
        return false;
    }
    if parse_comment(lines[idx - 1]).is_some_and(|c| matches(&c, code, name)) {
        return true;
    }
    for above in lines[..idx - 1].iter().rev() {
        let t = above.trim_start();
        if !t.starts_with('#') {
            break;
        }
        if parse_comment(t).is_some_and(|c| matches(&c, code, name)) {
            return true;
        }
    }
    false
}

/// Whether a diagnostic is suppressed by a comment at its position.
pub fn is_suppressed(db: &SourceDb, d: &vmcmd_diagnostics::Diagnostic, name: &str) -> bool {
    let Some(span) = d.span else { return false };
    let f = db.file(span.file);
    let (line, _) = f.line_col(span.start);
    suppressed_at(&f.text, line, &d.code, name)
}

#[cfg(test)]
mod tests {
    use super::suppressed_at;

    #[test]
    fn comments() {
        let text = "{\n  # vmcmd: ignore[VM205]\n  microvm.mem = 2048;\n  microvm.vcpu = 0; # vmcmd: ignore[invalid_option_value, VM999]\n  # a comment\n  # vmcmd: ignore\n  # more\n  x = 1;\n  y = 2;\n}\n";
        assert!(suppressed_at(text, 3, "VM205", "qemu_mem_2048"));
        assert!(!suppressed_at(text, 3, "VM104", "interface_id_too_long"));
        assert!(suppressed_at(text, 4, "VM117", "invalid_option_value"));
        assert!(suppressed_at(text, 8, "VM001", "syntax_error"));
        assert!(!suppressed_at(text, 9, "VM001", "syntax_error"));
        assert!(!suppressed_at("# vmcmd: ignored\nx", 2, "VM001", "syntax_error"));
    }
}
