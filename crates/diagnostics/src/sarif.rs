//! SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads, shaped
//! like ruff's `sarif` output: one run, every rule listed under
//! `tool.driver.rules` with its documentation and `helpUri`, one result per
//! diagnostic. Columns count Unicode scalar values, which the run declares
//! with `columnKind: unicodeCodePoints`.

use vmcmd_syntax::SourceDb;

use crate::Severity;
use crate::lint::{RuleInfo, Tagged, ToolInfo, position};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a SARIF URI: relative paths stay relative (resolved
/// against `%SRCROOT%`), absolute ones become `file://` URIs.
fn artifact(file: &str) -> serde_json::Value {
    if file.starts_with('/') {
        serde_json::json!({ "uri": format!("file://{file}") })
    } else {
        serde_json::json!({ "uri": file, "uriBaseId": "%SRCROOT%" })
    }
}

/// One SARIF log for `items`. Codes that are not in `rules` still get a
/// minimal rule entry, so every `ruleIndex` is valid.
pub fn render_sarif(
    db: &SourceDb,
    items: &[Tagged],
    tool: &ToolInfo,
    rules: &[RuleInfo],
) -> String {
    let mut rule_objs: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "help": { "text": r.doc, "markdown": r.doc },
                "helpUri": r.help_uri,
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    let mut ids: Vec<String> = rules.iter().map(|r| r.code.to_string()).collect();
    let mut results = Vec::new();
    for t in items {
        let index = match ids.iter().position(|c| *c == t.diag.code) {
            Some(i) => i,
            None => {
                ids.push(t.diag.code.clone());
                rule_objs.push(serde_json::json!({ "id": t.diag.code }));
                ids.len() - 1
            }
        };
        let mut result = serde_json::json!({
            "ruleId": t.diag.code,
            "ruleIndex": index,
            "level": level(t.diag.severity),
            "message": { "text": match &t.diag.help {
                Some(h) => format!("{}\nhelp: {h}", t.diag.message),
                None => t.diag.message.clone(),
            } },
        });
        if let Some((file, line, col, end_line, end_col)) = position(db, &t.diag) {
            let mut location = serde_json::json!({
                "physicalLocation": {
                    "artifactLocation": artifact(&file),
                    "region": {
                        "startLine": line,
                        "startColumn": col,
                        "endLine": end_line,
                        "endColumn": end_col,
                    },
                },
            });
            if let Some(opt) = &t.option {
                let name = match &t.vm {
                    Some(vm) => format!("{vm}:{opt}"),
                    None => opt.clone(),
                };
                location["logicalLocations"] =
                    serde_json::json!([{ "fullyQualifiedName": name, "kind": "member" }]);
            }
            result["locations"] = serde_json::json!([location]);
        }
        if t.vm.is_some() || t.option.is_some() {
            result["properties"] = serde_json::json!({ "vm": t.vm, "option": t.option });
        }
        results.push(result);
    }
    let doc = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": tool.name,
                "version": tool.version,
                "informationUri": tool.information_uri,
                "rules": rule_objs,
            } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
