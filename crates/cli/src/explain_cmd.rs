//! `vmcmd explain FILE.nix [PATTERN] [--option PATH]`: which options, and
//! which of their definitions (file:line:column, priority, the `mkIf`
//! conditions they sat under, won or lost), produced each argument of a
//! VM's `microvm-run` command; or, with `--option`, which arguments an
//! option produces. Definitions a false `mkIf` dropped are listed as not
//! in effect.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde_json::{Value as Json, json};
use vmcmd_diagnostics::Format;
use vmcmd_microvm::explain::{
    Condition, Definition, ExplainedArg, Explanation, Location, OPTION_DEFAULT_PRIORITY,
    OptionInfo, explain, priority_name,
};

use crate::DiagFormat;
use crate::eval_cmd::settings_from_env;
use crate::show_cmd::{Failure, Subject, SubjectArgs, render_vm_error};

/// Arguments of `vmcmd explain`.
#[derive(Args, Debug)]
pub(crate) struct ExplainArgs {
    #[command(flatten)]
    subject: SubjectArgs,
    /// Explain only these arguments: an exact argument, else an index
    /// (0 is the hypervisor binary), else every argument containing it.
    #[arg(conflicts_with = "option")]
    pattern: Option<String>,
    /// List the arguments this option (or its sub-paths) produces, and its
    /// definitions.
    #[arg(long, value_name = "PATH")]
    option: Option<String>,
    /// The guest system, unless the module sets `nixpkgs.hostPlatform`.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// What to print.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Human)]
    format: ExplainFormat,
    /// Add a search path entry (`PATH` or `PREFIX=PATH`), before `NIX_PATH`.
    #[arg(short = 'I', long = "include", value_name = "PATH")]
    include: Vec<String>,
    /// How to print diagnostics.
    #[arg(long = "diagnostics", value_enum, default_value_t = DiagFormat::Human)]
    diagnostics: DiagFormat,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum ExplainFormat {
    /// One block per argument, with the definitions of its options.
    Human,
    /// One JSON document (`schema_version` 1).
    Json,
}

/// Human values longer than this are cut (JSON output has them whole).
const MAX_VALUE_WIDTH: usize = 160;

/// A file as shown: relative to `cwd` when inside it.
fn shown_file(file: &str, cwd: &Path) -> String {
    Path::new(file).strip_prefix(cwd).map_or_else(|_| file.to_string(), |p| p.display().to_string())
}

fn priority_label(priority: i64) -> String {
    let name = priority_name(priority);
    if name.starts_with("mkOverride") { name } else { format!("{name} ({priority})") }
}

fn location_text(l: &Location, cwd: &Path) -> String {
    let mut s = shown_file(&l.file, cwd);
    if let Some(line) = l.line {
        s.push_str(&format!(":{line}"));
        if let Some(col) = l.column {
            s.push_str(&format!(":{col}"));
        }
    }
    s
}

fn value_text(v: Option<&Json>) -> String {
    let Some(v) = v else { return "(could not be evaluated)".to_string() };
    let s = v.to_string();
    if s.chars().count() > MAX_VALUE_WIDTH {
        let cut: String = s.chars().take(MAX_VALUE_WIDTH).collect();
        format!("{cut}…")
    } else {
        s
    }
}

/// The element index a path selects in its option's list value.
fn element_of(info: &OptionInfo) -> Option<&str> {
    let option = info.option.as_deref()?;
    let rest = info.path.strip_prefix(option)?.strip_prefix('.')?;
    let first = rest.split('.').next()?;
    first.bytes().all(|b| b.is_ascii_digit()).then_some(first)
}

/// Definition lines of an option (`indent` spaces), or where its default
/// comes from.
fn definition_lines(infos: &[&OptionInfo], indent: usize, cwd: &Path, out: &mut String) {
    let Some(info) = infos.first() else { return };
    let pad = " ".repeat(indent);
    if info.option.is_none() {
        out.push_str(&format!("{pad}(not a declared option)\n"));
        return;
    }
    let winner = info.highest_prio.map(priority_label).unwrap_or_default();
    for (i, d) in info.definitions.iter().enumerate() {
        let condition = d.condition_text().map(|c| format!("if {c}  ")).unwrap_or_default();
        let Some(priority) = d.priority.filter(|_| d.in_effect) else {
            let last = d.conditions.last().and_then(Option::as_ref);
            let why = last.map_or_else(|| "its condition".to_string(), |c| c.text.clone());
            out.push_str(&format!(
                "{pad}{}  {condition}not in effect: {why} is false\n",
                location_text(&d.location, cwd)
            ));
            continue;
        };
        let verdict = if d.won {
            let mut elements: Vec<&str> = Vec::new();
            for o in
                infos.iter().filter(|o| o.definitions.get(i).is_some_and(|d| d.provides_element))
            {
                if let Some(e) = element_of(o)
                    && !elements.contains(&e)
                {
                    elements.push(e);
                }
            }
            match elements.len() {
                0 => "← wins".to_string(),
                1 => format!("← wins (element {})", elements[0]),
                _ => format!("← wins (elements {})", elements.join(", ")),
            }
        } else {
            format!("lost to {winner}")
        };
        out.push_str(&format!(
            "{pad}{}  {}  {condition}{verdict}\n",
            location_text(&d.location, cwd),
            priority_label(priority)
        ));
    }
    if info.default_used() {
        out.push_str(&format!("{pad}default of {}\n", shown_file(&info.default_origin(), cwd)));
    }
}

/// The options of one argument: each path with its value, the
/// definitions of its option after the last path of that option.
fn options_block(expl: &Explanation, sources: &[String], cwd: &Path, out: &mut String) {
    // Paths of the same option together, options in first-appearance order.
    let mut infos: Vec<&OptionInfo> = Vec::new();
    for info in sources.iter().filter_map(|p| expl.options.get(p)) {
        match infos.iter().rposition(|i| i.option.is_some() && i.option == info.option) {
            Some(at) => infos.insert(at + 1, info),
            None => infos.push(info),
        }
    }
    let mut i = 0;
    while i < infos.len() {
        let option = infos[i].option.clone();
        let mut j = i;
        while j + 1 < infos.len() && infos[j + 1].option.is_some() && infos[j + 1].option == option
        {
            j += 1;
        }
        for info in &infos[i..=j] {
            out.push_str(&format!("  {} = {}\n", info.path, value_text(info.value.as_ref())));
            if let Some(c) = &info.computed {
                out.push_str(&format!(
                    "    computed at {}  {}\n",
                    location_text(&c.location, cwd),
                    short_text(&c.text)
                ));
            }
        }
        let group = &infos[i..=j];
        match &option {
            Some(o) if group.iter().any(|info| &info.path != o) => {
                out.push_str(&format!("    {o}\n"));
                definition_lines(group, 6, cwd, out);
            }
            _ => definition_lines(group, 4, cwd, out),
        }
        i = j + 1;
    }
}

/// The declared options an argument comes from.
fn declared<'a>(expl: &'a Explanation, a: &'a ExplainedArg) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for p in &a.sources {
        let o = expl.options.get(p).and_then(|i| i.option.as_deref()).unwrap_or(p);
        if !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// Consecutive selected arguments as blocks: a flag and the value after
/// it share a block when they come from the same options.
fn blocks<'a>(expl: &Explanation, args: &[&'a ExplainedArg]) -> Vec<Vec<&'a ExplainedArg>> {
    let mut out: Vec<Vec<&ExplainedArg>> = Vec::new();
    for a in args {
        if let Some(last) = out.last_mut()
            && last.len() == 1
            && last[0].text.starts_with('-')
            && !a.text.starts_with('-')
            && last[0].index + 1 == a.index
            && last[0].fixed == a.fixed
            && declared(expl, last[0]) == declared(expl, a)
        {
            last.push(a);
            continue;
        }
        out.push(vec![a]);
    }
    out
}

/// The option paths of a block, first occurrence order.
fn block_sources(block: &[&ExplainedArg]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in block.iter().flat_map(|a| a.sources.iter()) {
        if !out.contains(p) {
            out.push(p.clone());
        }
    }
    out
}

fn block_header(block: &[&ExplainedArg]) -> String {
    block.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ")
}

fn human_args(expl: &Explanation, selected: &[&ExplainedArg], cwd: &Path) -> String {
    let mut out = String::new();
    for (n, block) in blocks(expl, selected).iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push_str(&block_header(block));
        out.push('\n');
        if block[0].fixed {
            out.push_str(&format!("  fixed argument of the {} runner\n", expl.vm.hypervisor));
        }
        options_block(expl, &block_sources(block), cwd, &mut out);
    }
    out
}

fn human_option(expl: &Explanation, path: &str, cwd: &Path) -> String {
    let mut out = String::new();
    if let Some(info) = expl.options.get(path)
        && info.option.is_some()
    {
        out.push_str(&format!("{path} = {}\n", value_text(info.value.as_ref())));
        match &info.option {
            Some(o) if o != path => {
                out.push_str(&format!("  {o}\n"));
                definition_lines(&[info], 4, cwd, &mut out);
            }
            _ => definition_lines(&[info], 2, cwd, &mut out),
        }
    } else {
        out.push_str(&format!("{path} (not a single option)\n"));
    }
    let args = expl.args_of(path);
    if args.is_empty() {
        out.push_str("produces no argument of microvm-run\n");
    } else {
        out.push_str("produces:\n");
        for block in blocks(expl, &args) {
            out.push_str(&format!("  {}\n", block_header(&block)));
        }
    }
    out
}

fn condition_json(c: Option<&Condition>, cwd: &Path) -> Json {
    match c {
        Some(c) => json!({
            "text": c.text,
            "file": shown_file(&c.location.file, cwd),
            "line": c.location.line,
            "column": c.location.column,
        }),
        None => Json::Null,
    }
}

fn definition_json(option: &str, d: &Definition, cwd: &Path) -> Json {
    json!({
        "option": option,
        "file": shown_file(&d.location.file, cwd),
        "line": d.location.line,
        "column": d.location.column,
        "priority": d.priority.map(priority_name),
        "priority_value": d.priority,
        "condition": d.condition_text(),
        "conditions": d.conditions.iter().map(|c| condition_json(c.as_ref(), cwd)).collect::<Vec<_>>(),
        "in_effect": d.in_effect,
        "won": d.won,
        "element": d.provides_element,
    })
}

/// The definitions of an option, or its default as a pseudo-definition.
fn definitions_json(info: &OptionInfo, cwd: &Path) -> Vec<Json> {
    let Some(option) = &info.option else { return Vec::new() };
    let mut defs: Vec<Json> =
        info.definitions.iter().map(|d| definition_json(option, d, cwd)).collect();
    if info.default_used() {
        let decl = info.declaration.as_ref();
        defs.push(json!({
            "option": option,
            "file": decl.map(|l| shown_file(&l.file, cwd)),
            "line": decl.and_then(|l| l.line),
            "column": decl.and_then(|l| l.column),
            "priority": "option default",
            "priority_value": OPTION_DEFAULT_PRIORITY,
            "condition": null,
            "conditions": [],
            "in_effect": true,
            "won": true,
            "element": false,
        }));
    }
    defs
}

/// An expression's text cut to 80 characters.
fn short_text(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// Where a value was computed, as JSON (`null`: not known or at its
/// definition).
fn computed_json(info: &OptionInfo, cwd: &Path) -> Json {
    match &info.computed {
        Some(c) => json!({
            "file": shown_file(&c.location.file, cwd),
            "line": c.location.line,
            "column": c.location.column,
            "text": c.text,
        }),
        None => Json::Null,
    }
}

fn arg_json(expl: &Explanation, a: &ExplainedArg, cwd: &Path) -> Json {
    let mut values = serde_json::Map::new();
    let mut computed = serde_json::Map::new();
    let mut definitions: Vec<Json> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for p in &a.sources {
        let Some(info) = expl.options.get(p) else { continue };
        values.insert(p.clone(), info.value.clone().unwrap_or(Json::Null));
        if info.computed.is_some() {
            computed.insert(p.clone(), computed_json(info, cwd));
        }
        let key = info.option.as_deref().unwrap_or(p);
        if seen.contains(&key) {
            // The same option through another path: merge element marks.
            let more = definitions_json(info, cwd);
            for (d, new) in definitions.iter_mut().filter(|d| d["option"] == key).zip(more) {
                if new["element"] == true {
                    d["element"] = json!(true);
                }
            }
            continue;
        }
        seen.push(key);
        definitions.extend(definitions_json(info, cwd));
    }
    json!({
        "index": a.index,
        "text": a.text,
        "fixed": a.fixed,
        "options": a.sources,
        "values": values,
        "computed": computed,
        "definitions": definitions,
    })
}

/// Which arguments PATTERN selects: exact matches, else the index, else
/// substring matches.
fn select<'a>(args: &'a [ExplainedArg], pattern: Option<&str>) -> Vec<&'a ExplainedArg> {
    let Some(p) = pattern else { return args.iter().collect() };
    let exact: Vec<&ExplainedArg> = args.iter().filter(|a| a.text == p).collect();
    if !exact.is_empty() {
        return exact;
    }
    if let Ok(i) = p.parse::<usize>() {
        return args.get(i).into_iter().collect();
    }
    args.iter().filter(|a| a.text.contains(p)).collect()
}

pub(crate) fn run(args: ExplainArgs, color: bool) -> ExitCode {
    let mut settings = settings_from_env(&args.include, &args.system);
    vmcmd_ghaf::install(&mut settings);
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let subject = match Subject::resolve(&args.subject, &settings.cwd) {
        Ok(s) => s,
        Err(m) => {
            let _ = writeln!(stderr, "{m}");
            return ExitCode::from(2);
        }
    };
    crate::eval_cmd::confine(&mut settings, &[subject.path()]);
    if let Subject::Checkout { checkout, .. } = &subject {
        vmcmd_ghaf::parse_ahead(&mut settings, checkout);
    }
    // files are shown relative to the checkout, or to the working directory
    let cwd = subject.base(&settings.cwd).to_path_buf();
    let checkout_info = subject.checkout_json(&args.system);
    let file = match &subject {
        Subject::File(f, _) => f.clone(),
        Subject::Checkout { checkout, .. } => checkout.root.clone(),
    };
    let system = args.system.clone();
    let diag_format = match args.diagnostics {
        DiagFormat::Human => Format::Human,
        DiagFormat::Concise => Format::Concise,
        DiagFormat::Json => Format::Json,
    };
    let extra: Vec<String> = args.option.iter().cloned().collect();
    let (result, failure) = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = vmcmd_eval::Evaluator::new(settings);
        let source = match subject.source(&mut ev, &system, diag_format, color) {
            Ok(s) => s,
            Err(f) => return (None, Some(f)),
        };
        match explain(&mut ev, &source, &extra) {
            Ok(x) => (Some(x), None),
            Err(e) => (None, Some(Failure::Eval(render_vm_error(&ev, *e, diag_format, color)))),
        }
    });
    let Some(expl) = result else {
        return failure.map_or(ExitCode::from(1), |f| f.report(&mut stderr));
    };
    let rejection = expl.vm.rejection();
    let mut warnings = expl.vm.warnings.clone();
    match &expl.vm.runner {
        Ok(r) => warnings.extend(r.warnings.iter().cloned()),
        Err(e) => warnings.extend(e.warnings.iter().cloned()),
    }
    let json_format = args.format == ExplainFormat::Json;
    let mut doc = json!({
        "schema_version": 1,
        "file": shown_file(&file.display().to_string(), &cwd),
        "hypervisor": expl.vm.hypervisor,
        "hostName": expl.vm.host_name,
        "warnings": warnings,
        "error": rejection.as_ref().map(|r| json!({ "kind": r.kind, "message": r.message })),
    });
    if let Some(info) = checkout_info {
        doc["checkout"] = info;
    }
    if !json_format {
        for w in &warnings {
            let _ = writeln!(stderr, "warning: {w}");
        }
    }
    if let Some(r) = &rejection {
        if json_format {
            doc["args"] = json!([]);
            let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        } else {
            let _ = writeln!(stderr, "error[{}]: {}", r.kind, r.message);
        }
        return ExitCode::from(1);
    }
    if let Some(path) = &args.option {
        let info = expl.options.get(path).filter(|i| i.option.is_some());
        let produced = expl.args_of(path);
        if info.is_none() && produced.is_empty() {
            let _ = writeln!(
                stderr,
                "error: '{path}' is not an option of this VM and produces no argument of microvm-run"
            );
            return ExitCode::from(2);
        }
        if json_format {
            doc["option"] = json!(path);
            doc["declared_option"] = json!(info.and_then(|i| i.option.clone()));
            doc["value"] = info.and_then(|i| i.value.clone()).unwrap_or(Json::Null);
            doc["computed"] = info.map_or(Json::Null, |i| computed_json(i, &cwd));
            doc["definitions"] = json!(info.map(|i| definitions_json(i, &cwd)).unwrap_or_default());
            doc["args"] =
                json!(produced.iter().map(|a| arg_json(&expl, a, &cwd)).collect::<Vec<_>>());
            let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        } else {
            let _ = write!(stdout, "{}", human_option(&expl, path, &cwd));
        }
        return ExitCode::SUCCESS;
    }
    let selected = select(&expl.args, args.pattern.as_deref());
    if selected.is_empty() {
        let _ = writeln!(
            stderr,
            "error: no argument of microvm-run matches '{}' ({} arguments)",
            args.pattern.as_deref().unwrap_or_default(),
            expl.args.len()
        );
        return ExitCode::from(2);
    }
    if json_format {
        doc["args"] = json!(selected.iter().map(|a| arg_json(&expl, a, &cwd)).collect::<Vec<_>>());
        let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        let _ = write!(stdout, "{}", human_args(&expl, &selected, &cwd));
    }
    ExitCode::SUCCESS
}
