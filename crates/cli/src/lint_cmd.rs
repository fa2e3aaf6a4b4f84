//! `vmcmd lint`: check Nix files (syntax errors, and evaluation errors when
//! each file is evaluated on its own) and, for now through `--facts`,
//! evaluated VMs against the rules of `vmcmd-lint`. Prints diagnostics to
//! stdout in the chosen format and exits like ruff: 0 clean, 1 errors (or
//! warnings with `--deny-warnings`), 2 usage, configuration or I/O errors.
//!
//! Configuration comes from the nearest `vmcmd.toml` above each linted path
//! (`disabled = [...]`, `[per-path-ignores]`); `# vmcmd: ignore[CODE]` on
//! the line above a definition silences one diagnostic.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};
use vmcmd_diagnostics::{LintFormat, Severity, Tagged, ToolInfo};
use vmcmd_eval::{ErrorKind, Evaluator, Value};
use vmcmd_lint::{Config, FileIndex};
use vmcmd_syntax::{Origin, Span};

use crate::ColorChoice;
use crate::eval_cmd::{error_diagnostic, settings_from_env};

/// Output format of `vmcmd lint`.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum LintFormatArg {
    /// A graphical report with source snippets (default on a terminal).
    Human,
    /// `path:line:col: severity[code]: message` (default when piped).
    Concise,
    /// One JSON document: `{"schema_version": 1, "diagnostics": [...]}`.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
}

/// Arguments of `vmcmd lint`.
#[derive(Args, Debug)]
pub(crate) struct LintArgs {
    /// Nix files to lint; a directory means every `.nix` file below it.
    #[arg(required_unless_present_any = ["explain", "list_rules", "facts"])]
    paths: Vec<PathBuf>,
    /// How to print diagnostics [default: human on a terminal, else concise].
    #[arg(long, value_enum)]
    format: Option<LintFormatArg>,
    /// Print the documentation of a rule (code or name) and exit.
    #[arg(long, value_name = "CODE")]
    explain: Option<String>,
    /// List all rules and exit.
    #[arg(long)]
    list_rules: bool,
    /// Exit with 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Exit with 0 even if diagnostics were found (2 still reports errors
    /// of vmcmd itself).
    #[arg(long)]
    exit_zero: bool,
    /// Use this configuration file instead of the nearest `vmcmd.toml`.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Also lint evaluated VMs from a JSON file: an oracle case or
    /// `{"vms": [{"name", "system", "config", "locations"}]}` (stop-gap until
    /// VMs are evaluated from the given files).
    #[arg(long, value_name = "FILE")]
    facts: Option<PathBuf>,
    /// `builtins.currentSystem` while evaluating files.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// Add a search path entry (`PATH` or `PREFIX=PATH`), before `NIX_PATH`.
    #[arg(short = 'I', long = "include", value_name = "PATH")]
    include: Vec<String>,
}

const TOOL: ToolInfo = ToolInfo {
    name: "vmcmd",
    version: env!("CARGO_PKG_VERSION"),
    information_uri: "https://github.com/vmcmd/vmcmd",
};

/// A problem of vmcmd itself (exit code 2), printed to stderr.
type ToolError = String;

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf())
    }
}

/// Expands directories into the `.nix` files below them (sorted, hidden
/// directories skipped).
fn expand(paths: &[PathBuf], errors: &mut Vec<ToolError>) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<ToolError>) {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
            Err(e) => {
                errors.push(format!("cannot read directory {}: {e}", dir.display()));
                return;
            }
        };
        entries.sort();
        for p in entries {
            let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if p.is_dir() && !hidden && !p.is_symlink() {
                walk(&p, out, errors);
            } else if p.is_file() && p.extension().is_some_and(|e| e == "nix") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out, errors);
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// A path for messages: relative to the working directory when below it.
fn shown(p: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    p.strip_prefix(&cwd).map_or_else(|_| p.to_path_buf(), Path::to_path_buf)
}

/// Reads and validates a `vmcmd.toml`.
fn load_config(path: &Path) -> Result<Config, ToolError> {
    let root = path.parent().map(absolute).unwrap_or_default();
    let path = &shown(path);
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let bad = |m: String| format!("{}: {m}", path.display());
    let table: toml::Table =
        text.parse().map_err(|e: toml::de::Error| bad(e.message().to_string()))?;
    let strings = |v: &toml::Value, what: &str| -> Result<Vec<String>, ToolError> {
        v.as_array()
            .and_then(|a| {
                a.iter().map(|x| x.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()
            })
            .ok_or_else(|| bad(format!("`{what}` must be a list of rule codes")))
    };
    let mut disabled = Vec::new();
    let mut per_path = Vec::new();
    for (key, value) in &table {
        match key.as_str() {
            "disabled" => disabled = strings(value, "disabled")?,
            "per-path-ignores" => {
                let t = value
                    .as_table()
                    .ok_or_else(|| bad("`per-path-ignores` must be a table".into()))?;
                for (glob, codes) in t {
                    per_path.push((
                        glob.clone(),
                        strings(codes, &format!("per-path-ignores.\"{glob}\""))?,
                    ));
                }
            }
            other => {
                return Err(bad(format!(
                    "unknown key `{other}` (expected `disabled` or `per-path-ignores`)"
                )));
            }
        }
    }
    Config::new(root, &disabled, &per_path).map_err(bad)
}

/// The nearest `vmcmd.toml` at or above `path`'s directory, cached by
/// directory.
fn find_config(path: &Path, cache: &mut BTreeMap<PathBuf, Option<PathBuf>>) -> Option<PathBuf> {
    let abs = absolute(path);
    let mut dir = if abs.is_dir() { Some(abs.as_path()) } else { abs.parent() };
    let mut visited = Vec::new();
    let mut found = None;
    while let Some(d) = dir {
        if let Some(hit) = cache.get(d) {
            found = hit.clone();
            break;
        }
        visited.push(d.to_path_buf());
        let candidate = d.join("vmcmd.toml");
        if candidate.is_file() {
            found = Some(candidate);
            break;
        }
        dir = d.parent();
    }
    for d in visited {
        cache.insert(d, found.clone());
    }
    found
}

/// Whether the file's top level is an attribute set (possibly under
/// `let … in`): then it is forced completely, like `--strict`. Anything
/// else (a module function, `import <nixpkgs> {}`, …) is only forced to its
/// top-level value.
fn is_plain_attrs(text: &str) -> bool {
    use vmcmd_syntax::rnix::ast::Expr;
    let mut expr = vmcmd_syntax::rnix::Root::parse(text).tree().expr();
    loop {
        match expr {
            Some(Expr::AttrSet(_)) => return true,
            Some(Expr::LetIn(l)) => expr = l.body(),
            Some(Expr::Paren(p)) => expr = p.expr(),
            _ => return false,
        }
    }
}

struct Outcome {
    rendered: String,
    errors: usize,
    warnings: usize,
    files: usize,
    tool_errors: Vec<ToolError>,
}

struct Job {
    files: Vec<PathBuf>,
    facts: Option<(PathBuf, serde_json::Value)>,
    /// The configurations found; with `explicit`, the one given by `--config`.
    configs: Vec<Config>,
    explicit: bool,
    format: LintFormat,
    color: bool,
}

fn lint(job: Job, settings: vmcmd_eval::Settings) -> Outcome {
    let mut tool_errors = Vec::new();
    let mut ev = Evaluator::new(settings);
    let mut index = FileIndex::default();
    let mut items: Vec<Tagged> = Vec::new();
    let mut read = |p: &Path| std::fs::read_to_string(p).ok().map(Arc::from);
    for path in &job.files {
        let text: Arc<str> = match std::fs::read_to_string(path) {
            Ok(t) => t.into(),
            Err(e) => {
                tool_errors.push(format!("cannot read {}: {e}", path.display()));
                continue;
            }
        };
        let file = ev.sources.add(Origin::File(path.clone()), text.clone());
        index.insert(path.clone(), file);
        let syntax = vmcmd_lint::check_syntax(&ev.sources, file);
        if !syntax.is_empty() {
            items.extend(syntax);
            continue;
        }
        let abs = absolute(path);
        let result = ev.eval_file(&abs).and_then(|v| match &v {
            Value::Attrs(a) if is_plain_attrs(&text) => {
                if vmcmd_eval::ops::is_derivation(&mut ev, a)? { Ok(v) } else { ev.deep_force(&v) }
            }
            _ => Ok(v),
        });
        if let Err(e) = result {
            // vmcmd refuses to fetch or build on purpose; that is no bug.
            if e.kind == ErrorKind::Refused {
                continue;
            }
            let mut d = error_diagnostic(&e, false);
            // The evaluator loaded the file under its absolute path: show
            // positions in it under the path as given.
            let remap = |s: Span, db: &vmcmd_syntax::SourceDb| {
                if db.file(s.file).path() == Some(abs.as_path()) { Span { file, ..s } } else { s }
            };
            d.span = d.span.map(|s| remap(s, &ev.sources));
            for (s, _) in &mut d.labels {
                *s = remap(*s, &ev.sources);
            }
            items.push(vmcmd_lint::rules::eval_error::from_eval(d));
        }
    }
    if let Some((path, doc)) = &job.facts {
        match vmcmd_lint::facts::facts_from_json(doc) {
            Ok(vms) => {
                let findings = vmcmd_lint::check_host(&vms);
                items.extend(vmcmd_lint::to_tagged(
                    findings,
                    &mut ev.sources,
                    &mut index,
                    &mut read,
                ));
            }
            Err(e) => tool_errors.push(format!("{}: {e}", path.display())),
        }
    }
    // Configuration (the nearest `vmcmd.toml` above a diagnostic's file, or
    // the first one for diagnostics without a file) and suppression comments.
    let config_for = |file: Option<&Path>| -> Option<&Config> {
        if job.explicit {
            return job.configs.first();
        }
        match file {
            Some(f) => job
                .configs
                .iter()
                .filter(|c| f.starts_with(&c.root))
                .max_by_key(|c| c.root.components().count()),
            None => job.configs.first(),
        }
    };
    let items: Vec<Tagged> = items
        .into_iter()
        .filter(|t| {
            let file = t.diag.span.and_then(|s| ev.sources.file(s.file).path().map(absolute));
            let allowed =
                config_for(file.as_deref()).is_none_or(|c| c.allows(&t.diag.code, file.as_deref()));
            let name = vmcmd_lint::rule_name(&t.diag.code);
            allowed && !vmcmd_lint::suppress::is_suppressed(&ev.sources, &t.diag, name)
        })
        .collect();
    let items = vmcmd_lint::sort_and_dedup(&ev.sources, items);
    let errors = items.iter().filter(|t| t.diag.severity == Severity::Error).count();
    let warnings = items.iter().filter(|t| t.diag.severity == Severity::Warning).count();
    let rendered = vmcmd_diagnostics::render_lint(
        &ev.sources,
        &items,
        job.format,
        job.color,
        &TOOL,
        &vmcmd_lint::rule_infos(),
    );
    Outcome { rendered, errors, warnings, files: job.files.len(), tool_errors }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

pub(crate) fn run(args: LintArgs, color: ColorChoice) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    if let Some(code) = &args.explain {
        return match vmcmd_lint::explain(code) {
            Some(text) => {
                let _ = write!(stdout, "{text}");
                ExitCode::SUCCESS
            }
            None => {
                let _ = writeln!(
                    stderr,
                    "vmcmd: unknown rule `{code}` (see `vmcmd lint --list-rules`)"
                );
                ExitCode::from(2)
            }
        };
    }
    if args.list_rules {
        for r in vmcmd_lint::RULES {
            let m = r.meta();
            let _ = writeln!(
                stdout,
                "{}  {:<7}  {:<4}  {:<30}  {}",
                m.code,
                m.severity.as_str(),
                m.scope.as_str(),
                m.name,
                m.summary
            );
        }
        return ExitCode::SUCCESS;
    }
    let mut tool_errors = Vec::new();
    let files = expand(&args.paths, &mut tool_errors);
    // Configuration: one explicit file, or the nearest one above each path
    // (the facts file counts as a path too).
    let mut config_paths: Vec<PathBuf> = Vec::new();
    match &args.config {
        Some(c) => config_paths.push(c.clone()),
        None => {
            let mut cache = BTreeMap::new();
            for f in files.iter().chain(&args.facts) {
                if let Some(c) = find_config(f, &mut cache).filter(|c| !config_paths.contains(c)) {
                    config_paths.push(c);
                }
            }
        }
    }
    let mut configs = Vec::new();
    for c in &config_paths {
        match load_config(c) {
            Ok(cfg) => configs.push(cfg),
            Err(e) => {
                let _ = writeln!(stderr, "vmcmd: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let facts = match &args.facts {
        None => None,
        Some(p) => match std::fs::read_to_string(p).map_err(|e| e.to_string()).and_then(|t| {
            serde_json::from_str::<serde_json::Value>(&t).map_err(|e| format!("invalid JSON: {e}"))
        }) {
            Ok(doc) => Some((p.clone(), doc)),
            Err(e) => {
                let _ = writeln!(stderr, "vmcmd: cannot read {}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
    };
    let tty = std::io::stdout().is_terminal();
    let format = match args.format {
        Some(LintFormatArg::Human) => LintFormat::Human,
        Some(LintFormatArg::Concise) => LintFormat::Concise,
        Some(LintFormatArg::Json) => LintFormat::Json,
        Some(LintFormatArg::Github) => LintFormat::Github,
        Some(LintFormatArg::Sarif) => LintFormat::Sarif,
        None if tty => LintFormat::Human,
        None => LintFormat::Concise,
    };
    let color = match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && tty,
    };
    let settings = settings_from_env(&args.include, &args.system);
    let job = Job { files, facts, configs, explicit: args.config.is_some(), format, color };
    let outcome = vmcmd_eval::run_with_big_stack(move || lint(job, settings));
    let _ = write!(stdout, "{}", outcome.rendered);
    tool_errors.extend(outcome.tool_errors);
    for e in &tool_errors {
        let _ = writeln!(stderr, "vmcmd: {e}");
    }
    let found = outcome.errors + outcome.warnings;
    if found > 0 && matches!(format, LintFormat::Human | LintFormat::Concise) {
        let files = if outcome.files > 0 {
            format!(" in {}", plural(outcome.files, "file"))
        } else {
            String::new()
        };
        let _ = writeln!(
            stderr,
            "found {} and {}{files}",
            plural(outcome.errors, "error"),
            plural(outcome.warnings, "warning")
        );
    }
    if !tool_errors.is_empty() {
        ExitCode::from(2)
    } else if args.exit_zero {
        ExitCode::SUCCESS
    } else if outcome.errors > 0 || (args.deny_warnings && outcome.warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
