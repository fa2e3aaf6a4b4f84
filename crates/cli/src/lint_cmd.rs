//! `vmcmd lint`: check Nix files and the VMs they define against the rules
//! of `vmcmd-lint`. Every file gets the syntax check and is evaluated on
//! its own (`eval_error`); a file that is a NixOS module defining one VM
//! (`microvm.…` options, see [`vmcmd_lint::locate::is_vm_module`]) is then
//! evaluated like `vmcmd show FILE` does it — NixOS module system, microvm.nix
//! model, runner — and linted as a VM: the VM rules on its config, and what
//! NixOS and microvm.nix themselves report (failed assertions, option type
//! errors, undeclared options, the runner's `throw`s, warnings), located at
//! the definitions. All VMs of one invocation form one host for the
//! host-wide rules; `--facts` adds VMs from JSON.
//!
//! Files inside a Ghaf checkout (the nearest directory above them that
//! looks like one, see `vmcmd_ghaf::layout`) are not evaluated as VMs on
//! their own: the VMs of the checkout's built-in generic host
//! (`--profile`), or of one of its targets (`--target`), are evaluated
//! with one evaluator and those whose evaluation read a linted file are
//! linted, as the VMs of one host (the checkout's other VMs take part in
//! the host-wide checks only). Linting the whole checkout lints all its
//! VMs; a file no VM reads is linted as a Nix file only.
//!
//! Prints diagnostics to stdout in the chosen format and exits like ruff:
//! 0 clean, 1 errors (or warnings with `--deny-warnings`), 2 usage,
//! configuration or I/O errors.
//!
//! Configuration comes from the nearest `vmcmd.toml` above each linted path
//! (`disabled = [...]`, `[per-path-ignores]`); `# vmcmd: ignore[CODE]` on
//! the line above a definition silences one diagnostic.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};
use vmcmd_diagnostics::{LintFormat, Severity, Tagged, ToolInfo};
use vmcmd_eval::{ErrorKind, Evaluator, Value};
use vmcmd_lint::evaluated::{Evaluated, evaluation_findings, failure_findings};
use vmcmd_lint::locate::{ModuleLocator, is_vm_module};
use vmcmd_lint::{Config, FileIndex, Finding, Location, OptionPath, VmFacts};
use vmcmd_microvm::vm::VmSource;
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
    /// Files that define a VM (`microvm.…` options) are evaluated like
    /// `vmcmd show FILE` and linted as VMs of one host. Files of a Ghaf
    /// checkout lint the checkout's VMs that read them (all of them for the
    /// whole checkout).
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
    /// `{"vms": [{"name", "system", "config", "locations"}]}`; they join the
    /// host of the VMs evaluated from the given files.
    #[arg(long, value_name = "FILE", hide = true)]
    facts: Option<PathBuf>,
    /// `builtins.currentSystem` while evaluating files, and the guest system
    /// of VM modules that do not set `nixpkgs.hostPlatform`.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// Add a search path entry (`PATH` or `PREFIX=PATH`), before `NIX_PATH`.
    #[arg(short = 'I', long = "include", value_name = "PATH")]
    include: Vec<String>,
    /// With files of a Ghaf checkout: the global-config profile
    /// (`lib.ghaf.profiles`) of the checkout's generic host.
    #[arg(long, default_value = "debug")]
    profile: String,
    /// With files of a Ghaf checkout: lint the VMs of this target (a
    /// `nixosConfigurations` entry of its flake, `vmcmd list DIR --targets`)
    /// instead of those of vmcmd's built-in generic laptop host.
    #[arg(long, value_name = "NAME")]
    target: Option<String>,
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
    /// Files not linted as VMs, and why (stderr, no effect on the exit code).
    notes: Vec<String>,
}

struct Job {
    files: Vec<PathBuf>,
    facts: Option<(PathBuf, serde_json::Value)>,
    /// The configurations found; with `explicit`, the one given by `--config`.
    configs: Vec<Config>,
    explicit: bool,
    format: LintFormat,
    color: bool,
    /// Settings for evaluating VM modules (vmcmd's lib, nixpkgs,
    /// microvm.nix model and Ghaf checkout model installed).
    vm_settings: vmcmd_eval::Settings,
    /// The guest system of VM modules.
    system: String,
    /// The Ghaf checkouts files lie in: their VMs are evaluated on the
    /// checkout's generic host, not file by file.
    checkouts: Vec<CheckoutFiles>,
    /// The global-config profile of the checkouts' generic hosts.
    profile: String,
    /// The checkouts' target to lint the VMs of, instead of the generic
    /// host.
    target: Option<String>,
}

/// Lexically normalised absolute path (`.` and `..` resolved), the way the
/// evaluator names files in positions.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in absolute(p).components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A VM module to evaluate: the path as given and its text.
struct VmInput {
    path: PathBuf,
    text: Arc<str>,
}

/// What evaluating a VM module gave, whichever way.
struct Evaluation {
    host_name: String,
    system: String,
    vm_host_system: String,
    config: serde_json::Value,
    failed_assertions: Vec<String>,
    /// `config.warnings`, then the runner's.
    warnings: Vec<String>,
    runner_error: Option<(String, Option<String>)>,
}

impl From<vmcmd_microvm::vm::VmEvaluation> for Evaluation {
    fn from(vm: vmcmd_microvm::vm::VmEvaluation) -> Evaluation {
        let mut warnings = vm.warnings;
        let runner_error = match vm.runner {
            Ok(r) => {
                warnings.extend(r.warnings);
                None
            }
            Err(e) => {
                warnings.extend(e.warnings);
                Some((e.message, e.option))
            }
        };
        Evaluation {
            host_name: vm.host_name,
            system: vm.system,
            vm_host_system: vm.vm_host_system,
            config: vm.config,
            failed_assertions: vm.failed_assertions,
            warnings,
            runner_error,
        }
    }
}

/// The configuration of a VM whose evaluation failed assertions (which
/// `evaluate` reports as an error when the runner needs a value that
/// checks them, like `init=` of the toplevel), and the runner's warnings
/// (its error is the assertions' doing).
fn salvage(ev: &mut Evaluator, source: &VmSource) -> Option<Evaluation> {
    let view = r#"import (dir + "/config-json.nix") { inherit (eval) config; }"#;
    let all = vmcmd_microvm::vm::evaluate_source_view(ev, source, view).ok()?;
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let failed_assertions = strings(&all["assertions"]["failed"]);
    if failed_assertions.is_empty() {
        return None;
    }
    let get = |k: &str| all["basic"][k].as_str().unwrap_or_default().to_string();
    let (system, vm_host_system) = (get("system"), get("vmHostSystem"));
    let table =
        vmcmd_microvm::PackageTable::from_json_str(vmcmd_modules::package_table_json()).ok()?;
    let mut warnings = strings(&all["assertions"]["warnings"]);
    let runner = vmcmd_microvm::generate(&vmcmd_microvm::Input {
        config: &all["config"],
        system: &system,
        vm_host_system: &vm_host_system,
        packages: &table,
        hypervisor: None,
        toplevel: None,
        epoch: &vmcmd_microvm::Epoch::current(),
    });
    warnings.extend(match runner {
        Ok(r) => r.warnings,
        Err(e) => e.warnings,
    });
    Some(Evaluation {
        host_name: get("hostName"),
        system,
        vm_host_system,
        config: all["config"].clone(),
        failed_assertions,
        warnings,
        runner_error: None,
    })
}

/// A VM that evaluated (possibly to a rejection).
struct RealVm {
    name: String,
    /// The VM's module as the evaluator names it (for a VM of a checkout,
    /// its `*-base.nix`).
    abs: PathBuf,
    /// What was evaluated: the module, a wrapper importing it, or the
    /// checkout's VM.
    source: VmSource,
    loc: ModuleLocator,
    system: String,
    host_system: Option<String>,
    config: serde_json::Value,
    failed_assertions: Vec<String>,
    warnings: Vec<String>,
    runner_error: Option<(String, Option<String>)>,
    /// Whether its diagnostics are wanted (a VM of a checkout that does not
    /// read the linted files only takes part in the host-wide checks).
    report: bool,
}

/// A VM whose evaluation failed as a whole.
struct FailedVm {
    /// The VM's name, when it is known without evaluating it (a VM of a
    /// checkout).
    name: Option<String>,
    abs: PathBuf,
    /// What was evaluated (see [`RealVm::source`]).
    source: VmSource,
    loc: ModuleLocator,
    message: String,
    /// The `eval_error` finding, for messages that are not the module
    /// system's or NixOS' assertions.
    eval_error: Finding,
    /// See [`RealVm::report`].
    report: bool,
}

/// The VM's module: the path the evaluator uses, and its locator (which
/// knows how it is shown).
struct MainModule {
    abs: PathBuf,
    loc: ModuleLocator,
}

/// A VM evaluation's result sorted into what lint does with it: a VM to
/// lint, a failure to report, or nothing (vmcmd refused to fetch or build,
/// or the VM needs NixOS options vmcmd does not model: a note).
fn settle(
    ev: &mut Evaluator,
    result: vmcmd_eval::EvalResult<vmcmd_microvm::vm::VmEvaluation>,
    source: VmSource,
    main: MainModule,
    name: Option<&str>,
    fix: &dyn Fn(&str) -> String,
    notes: &mut Vec<String>,
) -> Option<Result<RealVm, FailedVm>> {
    let MainModule { abs, loc } = main;
    // NixOS stops at failed assertions, but the configuration behind
    // them is there: lint it too (and collect the runner's warnings).
    let result = match result {
        Err(e) if e.message.trim_start().starts_with("Failed assertions:") => {
            salvage(ev, &source).ok_or(e)
        }
        other => other.map(Evaluation::from),
    };
    match result {
        Ok(vm) => {
            let name = match name {
                Some(n) => n.to_string(),
                None if vm.host_name.is_empty() => loc
                    .shown()
                    .file_stem()
                    .map_or("vm".into(), |s| s.to_string_lossy().into_owned()),
                None => vm.host_name.clone(),
            };
            loc.set_config(vm.config.clone());
            let failed_assertions: Vec<String> =
                vm.failed_assertions.iter().map(|m| fix(m)).collect();
            Some(Ok(RealVm {
                name,
                abs,
                source,
                loc,
                host_system: Some(vm.vm_host_system.clone()).filter(|s| !s.is_empty()),
                system: vm.system,
                config: vm.config,
                // NixOS checks assertions before it builds anything.
                runner_error: vm.runner_error.filter(|_| failed_assertions.is_empty()),
                failed_assertions,
                warnings: vm.warnings.iter().map(|m| fix(m)).collect(),
                report: true,
            }))
        }
        Err(e) if e.kind == ErrorKind::Refused => None,
        Err(e) if vmcmd_lint::evaluated::undeclared_outside_model(&e.message).is_some() => {
            let option = vmcmd_lint::evaluated::undeclared_outside_model(&e.message);
            notes.push(format!(
                "{}: not linted as a VM: vmcmd's NixOS model does not declare `{}`",
                loc.shown().display(),
                option.unwrap_or_default()
            ));
            None
        }
        Err(e) => {
            let d = error_diagnostic(&e, false);
            // A position in the user's files, not in vmcmd's model.
            let location = e
                .span
                .and_then(|s| {
                    let f = ev.sources.file(s.file);
                    let p = f.path()?.to_path_buf();
                    if p.starts_with("/__vmcmd") {
                        return None;
                    }
                    let (line, column) = f.line_col(s.start);
                    let file = if p == abs { loc.shown() } else { shown(&p) };
                    Some(Location { file, line, column })
                })
                .unwrap_or_else(|| loc.body_start());
            let meta = vmcmd_lint::Rule::meta(&vmcmd_lint::rules::eval_error::EvalError);
            let mut notes = d.notes;
            notes.extend(d.help.map(|h| format!("help: {h}")));
            let eval_error = Finding {
                code: meta.code,
                name: meta.name,
                severity: meta.severity,
                message: fix(d.message.trim()),
                vm: name.map(str::to_string),
                option: None,
                location: Some(location),
                help: None,
                notes,
                related: Vec::new(),
            };
            let message = fix(&e.message);
            Some(Err(FailedVm {
                name: name.map(str::to_string),
                abs,
                source,
                loc,
                message,
                eval_error,
                report: true,
            }))
        }
    }
}

/// A module importing the VM module at `abs` that declares the top-level
/// option namespaces `namespaces` free-form (merged with whatever vmcmd's
/// NixOS model declares below them), as a virtual file of the evaluator.
fn wrapper(ev: &mut Evaluator, abs: &Path, namespaces: &[String], index: usize) -> PathBuf {
    let quote = |s: &str| serde_json::Value::String(s.to_string()).to_string().replace('$', "\\$");
    let options: String = namespaces
        .iter()
        .map(|ns| {
            format!(
                "    {} = lib.mkOption {{ type = lib.types.submodule {{ freeformType = lib.types.lazyAttrsOf lib.types.anything; }}; default = {{ }}; }};\n",
                quote(ns)
            )
        })
        .collect();
    let text = format!(
        "# vmcmd lint: {module} with NixOS options outside vmcmd's model as free-form values\n{{ lib, ... }}:\n{{\n  imports = [ (/. + {module}) ];\n  options = {{\n{options}  }};\n}}\n",
        module = quote(&abs.display().to_string()),
    );
    // A new path for every attempt: the evaluator caches imports by path.
    let path = PathBuf::from(format!("/__vmcmd/lint/vm-{index}/wrapper-{}.nix", namespaces.len()));
    ev.settings.virtual_files.insert(path.clone(), text.into());
    path
}

/// `locate` for [`vmcmd_lint::evaluated`]: the locator, or the file an
/// error message names (read on first use).
fn locate_with_hint(
    loc: &ModuleLocator,
    main: &Path,
    path: &OptionPath,
    hint: Option<&Path>,
) -> Option<Location> {
    use vmcmd_lint::Locate;
    if let Some(h) = hint.map(normalize).filter(|h| h != main) {
        if !loc.has_file(&h)
            && let Ok(text) = std::fs::read_to_string(&h)
        {
            loc.add_file(h.clone(), shown(&h), &text);
        }
        if let Some(l) = loc.find_in(&h, path) {
            return Some(l);
        }
    }
    loc.locate(path)
}

/// Everything the VM rules and the evaluations report about the VMs of one
/// host that are to be reported, located. `vms` are the facts of the host:
/// `extra` ones (always reported) first, then one per `real` VM.
fn vm_findings(
    vms: &[VmFacts],
    extra: usize,
    real: &[RealVm],
    failed: &[FailedVm],
) -> Vec<Finding> {
    let reported = |i: usize| i < extra || real[i - extra].report;
    let mut out: Vec<Finding> = vms
        .iter()
        .enumerate()
        .filter(|(i, _)| reported(*i))
        .flat_map(|(_, vm)| vmcmd_lint::check_vm(vm))
        .collect();
    let names: Vec<&str> =
        (0..vms.len()).filter(|i| reported(*i)).map(|i| vms[i].name.as_str()).collect();
    out.extend(
        vmcmd_lint::check_host_rules(vms)
            .into_iter()
            .filter(|f| f.vm.as_deref().is_none_or(|n| names.contains(&n))),
    );
    // Diagnostics about a VM as a whole point at its module.
    for f in out.iter_mut().filter(|f| f.location.is_none()) {
        if let Some(r) = real.iter().find(|r| f.vm.as_deref() == Some(r.name.as_str())) {
            f.location = Some(r.loc.body_start());
        }
    }
    let mut extra = Vec::new();
    for r in real.iter().filter(|r| r.report) {
        let ev = Evaluated {
            vm: &r.name,
            config: Some(&r.config),
            failed_assertions: &r.failed_assertions,
            warnings: &r.warnings,
            runner_error: r.runner_error.as_ref().map(|(m, o)| (m.as_str(), o.as_deref())),
        };
        let locate =
            |p: &OptionPath, hint: Option<&Path>| locate_with_hint(&r.loc, &r.abs, p, hint);
        extra.extend(evaluation_findings(&ev, &out, &locate, &r.loc.body_start()));
    }
    for f in failed.iter().filter(|f| f.report) {
        let locate =
            |p: &OptionPath, hint: Option<&Path>| locate_with_hint(&f.loc, &f.abs, p, hint);
        extra.extend(
            failure_findings(&f.message, f.name.as_deref(), &locate, &f.loc.body_start())
                .unwrap_or_else(|| vec![f.eval_error.clone()]),
        );
    }
    out.extend(extra);
    out
}

/// Lints the evaluated VMs of one host (with `extra` facts, from
/// `--facts`): the rules, then what the evaluations reported, located —
/// asking the module system where definitions the syntax did not show are.
fn host_findings(
    ev: &mut Evaluator,
    extra: Vec<VmFacts>,
    real: &[RealVm],
    failed: &[FailedVm],
) -> Vec<Finding> {
    let n_extra = extra.len();
    let mut facts = extra;
    for r in real {
        facts.push(VmFacts::new(
            r.name.clone(),
            r.system.clone(),
            r.host_system.clone(),
            r.config.clone(),
            Box::new(r.loc.clone()),
        ));
    }
    let mut findings = vm_findings(&facts, n_extra, real, failed);
    // Definitions the syntax did not show: ask the module system where they
    // are (one more evaluation of the module's options), then locate again.
    let mut again = false;
    let locators =
        real.iter().map(|r| (&r.source, &r.loc)).chain(failed.iter().map(|f| (&f.source, &f.loc)));
    for (source, loc) in locators {
        let wanted = loc.wanted();
        if wanted.is_empty() {
            continue;
        }
        let json = vmcmd_microvm::vm::definition_positions_source(ev, source, &wanted)
            .unwrap_or(serde_json::Value::Null);
        for file in loc.set_positions(&wanted, &json) {
            if let Ok(text) = std::fs::read_to_string(&file) {
                loc.add_file(file.clone(), shown(&file), &text);
            }
        }
        again = true;
    }
    if again {
        findings = vm_findings(&facts, n_extra, real, failed);
    }
    findings
}

/// Evaluates the VM modules and lints them (with the VMs of `--facts`) as
/// one host.
fn lint_vms(
    ev: &mut Evaluator,
    inputs: &[VmInput],
    extra: Vec<VmFacts>,
    system: &str,
    notes: &mut Vec<String>,
) -> Vec<Finding> {
    let mut real = Vec::new();
    let mut failed = Vec::new();
    for (index, input) in inputs.iter().enumerate() {
        let abs = normalize(&input.path);
        let loc = ModuleLocator::new(abs.clone(), input.path.clone(), &input.text);
        // NixOS options vmcmd's model does not declare (`hardware.…`,
        // `time.…`) are no mistake: declare their namespaces free-form in a
        // wrapper module and evaluate again. `microvm.…` is never wrapped.
        let mut source = VmSource::file(&abs, system);
        let mut wrapped: Vec<String> = Vec::new();
        let result = loop {
            let r = vmcmd_microvm::vm::evaluate(ev, &source);
            let namespace = match &r {
                Err(e) => vmcmd_lint::evaluated::undeclared_outside_model(&e.message)
                    .and_then(|o| o.split('.').next())
                    .map(str::to_string),
                Ok(_) => None,
            };
            match namespace {
                Some(ns) if !wrapped.contains(&ns) && wrapped.len() < 16 => {
                    wrapped.push(ns);
                    source = VmSource::file(&wrapper(ev, &abs, &wrapped, index), system);
                }
                _ => break r,
            }
        };
        // Messages name the module by the path the evaluator used.
        let (from, to) = (abs.display().to_string(), input.path.display().to_string());
        let fix = |m: &str| m.replace(&from, &to);
        match settle(ev, result, source, MainModule { abs, loc }, None, &fix, notes) {
            Some(Ok(r)) => real.push(r),
            Some(Err(f)) => failed.push(f),
            None => {}
        }
    }
    host_findings(ev, extra, &real, &failed)
}

/// Linted files inside one Ghaf checkout.
struct CheckoutFiles {
    checkout: vmcmd_ghaf::Checkout,
    /// The files as given.
    given: Vec<PathBuf>,
    /// The same files as the evaluator names them (below `checkout.root`).
    keys: BTreeSet<PathBuf>,
}

/// The Ghaf checkouts (of a layout vmcmd evaluates) the files lie in: for
/// each file, the nearest directory above it that looks like a Ghaf
/// checkout. Files elsewhere are not in any.
fn find_checkouts(files: &[PathBuf], target: Option<&str>) -> Vec<CheckoutFiles> {
    let mut root_of: BTreeMap<PathBuf, Option<PathBuf>> = BTreeMap::new();
    let mut opened: BTreeMap<PathBuf, Option<usize>> = BTreeMap::new();
    let mut out: Vec<CheckoutFiles> = Vec::new();
    for f in files {
        let abs = normalize(f);
        let mut found = None;
        let mut visited = Vec::new();
        let mut dir = abs.parent();
        while let Some(d) = dir {
            if let Some(hit) = root_of.get(d) {
                found = hit.clone();
                break;
            }
            visited.push(d.to_path_buf());
            if vmcmd_ghaf::layout::detect(d) != vmcmd_ghaf::Layout::NotGhaf {
                found = Some(d.to_path_buf());
                break;
            }
            dir = d.parent();
        }
        for d in visited {
            root_of.insert(d, found.clone());
        }
        let Some(root) = found.filter(|_| f.is_file()) else { continue };
        let index =
            *opened.entry(root.clone()).or_insert_with(|| {
                match vmcmd_ghaf::Checkout::open(&root) {
                    Ok(checkout)
                        if checkout.layout.supported()
                            || (target.is_some() && checkout.layout.has_flake_targets()) =>
                    {
                        out.push(CheckoutFiles {
                            checkout,
                            given: Vec::new(),
                            keys: BTreeSet::new(),
                        });
                        Some(out.len() - 1)
                    }
                    _ => None,
                }
            });
        let Some(i) = index else { continue };
        let c = &mut out[i];
        let Ok(rel) = abs.strip_prefix(&root) else { continue };
        c.keys.insert(c.checkout.root.join(rel));
        c.given.push(f.clone());
    }
    out
}

/// The id the next file of the evaluator's source database will get.
fn sources_mark(ev: &mut Evaluator) -> u32 {
    // SourceDb hands out ids in order; an empty text marks the spot.
    ev.sources.add(Origin::Expr, Arc::from("")).0
}

/// The files below `root` the evaluator read since `mark`.
fn read_since(ev: &mut Evaluator, mark: u32, root: &Path) -> BTreeSet<PathBuf> {
    let end = sources_mark(ev);
    (mark + 1..end)
        .filter_map(|i| ev.sources.file(vmcmd_syntax::FileId(i)).path())
        .filter(|p| p.starts_with(root))
        .map(Path::to_path_buf)
        .collect()
}

/// The files of a VM's NixOS modules (`lib.evalModules`' `graph`, without
/// disabled modules) below `root`.
fn module_files(ev: &mut Evaluator, source: &VmSource, root: &Path) -> BTreeSet<PathBuf> {
    const VIEW: &str = r#"let
    str = x:
      if builtins.isPath x then toString x
      else if builtins.isString x then builtins.unsafeDiscardStringContext x
      else "";
    files = nodes: builtins.concatMap (n:
      if n.disabled or false then [ ]
      else [ (str (n.file or "")) (str (n.key or "")) ] ++ files (n.imports or [ ])) nodes;
  in builtins.attrNames (builtins.listToAttrs (map (name: { inherit name; value = null; }) (files (eval.graph or [ ]))))"#;
    let json = vmcmd_microvm::vm::evaluate_source_view(ev, source, VIEW).unwrap_or_default();
    json.as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f.as_str())
        .filter(|f| !f.contains(":anon-"))
        .map(|f| {
            // A module imported as a directory is its `default.nix`.
            let p = PathBuf::from(f);
            if p.is_dir() { p.join("default.nix") } else { p }
        })
        .filter(|p| p.starts_with(root))
        .collect()
}

/// `a, b and c`
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Evaluates the VMs of a Ghaf checkout's generic host and lints those
/// that read any of the linted files (all of them when a file every VM
/// reads is among them, as when the whole checkout is linted); the others
/// only take part in the host-wide checks.
///
/// Which files a VM reads: one evaluator evaluates all VMs, so lib and the
/// shared modules are read once, by the host's setup or by the first VM
/// that needs them. A VM reads its own NixOS modules (the module system's
/// `graph`), the files first read while it was evaluated, and — taken to
/// be shared — the other files the setup read and files other than NixOS
/// modules that an earlier VM read first. (On Ghaf HEAD's generic host
/// this is exactly what evaluating each VM with an evaluator of its own
/// reads.)
fn lint_checkout(
    ev: &mut Evaluator,
    files: &CheckoutFiles,
    opts: &vmcmd_ghaf::Options,
    notes: &mut Vec<String>,
    tool_errors: &mut Vec<ToolError>,
) -> Vec<Finding> {
    let checkout = &files.checkout;
    let root = &checkout.root;
    let shown_root = {
        let s = shown(root);
        if s.as_os_str().is_empty() { PathBuf::from(".") } else { s }
    };
    let prefix = format!("{}/", root.display());
    let to = if shown_root == Path::new(".") {
        String::new()
    } else {
        format!("{}/", shown_root.display())
    };
    let fix = |m: &str| m.replace(&prefix, &to);
    let start = sources_mark(ev);
    if let Some(t) = &opts.target
        && let Ok(targets) = checkout.targets(ev, opts)
        && !targets.contains(t)
    {
        tool_errors.push(format!(
            "{}: the checkout has no target '{t}' (`vmcmd list {} --targets` lists its {} targets)",
            shown_root.display(),
            shown_root.display(),
            targets.len()
        ));
        return Vec::new();
    }
    let vms = match checkout.vms(ev, opts) {
        Ok(vms) => vms,
        Err(e) if e.message.starts_with("vmcmd:") => {
            tool_errors.push(format!("{}: {}", shown_root.display(), e.message));
            return Vec::new();
        }
        Err(e) => {
            // The checkout's lib or flake modules do not evaluate: an error
            // of the checkout, where it is.
            let d = error_diagnostic(&e, false);
            let location = e.span.and_then(|s| {
                let f = ev.sources.file(s.file);
                let p = f.path().filter(|p| !p.starts_with("/__vmcmd"))?.to_path_buf();
                let (line, column) = f.line_col(s.start);
                Some(Location { file: shown(&p), line, column })
            });
            let meta = vmcmd_lint::Rule::meta(&vmcmd_lint::rules::eval_error::EvalError);
            let mut notes = d.notes;
            notes.push(format!(
                "while evaluating the VMs of the Ghaf checkout {} (generic host, profile {})",
                shown_root.display(),
                opts.profile
            ));
            return vec![Finding {
                code: meta.code,
                name: meta.name,
                severity: meta.severity,
                message: fix(d.message.trim()),
                vm: None,
                option: None,
                location,
                help: d.help,
                notes,
                related: Vec::new(),
            }];
        }
    };
    let setup = read_since(ev, start, root);
    // The whole checkout (or at least every VM's own module) is linted:
    // every VM reads some linted file, no need to find out which.
    let everything = vms
        .iter()
        .all(|(_, file)| file.as_ref().is_some_and(|f| files.keys.contains(&root.join(f))));
    struct Done {
        name: String,
        vm: Option<Result<RealVm, FailedVm>>,
        modules: BTreeSet<PathBuf>,
        read: BTreeSet<PathBuf>,
    }
    let mut done = Vec::new();
    for (name, file) in &vms {
        let before = sources_mark(ev);
        let abs = file.as_ref().map_or_else(|| root.join("flake.nix"), |f| root.join(f));
        let text = std::fs::read_to_string(&abs).unwrap_or_default();
        let loc = ModuleLocator::new(abs.clone(), shown(&abs), &text).prefer_positions();
        let source = checkout.vm_source(ev, opts, name);
        // (options the checkout's microvm.nix still has are findings: the
        // source says so)
        let result = vmcmd_microvm::vm::evaluate(ev, &source);
        let modules = if everything { BTreeSet::new() } else { module_files(ev, &source, root) };
        // A linted file that does not parse (or names an undefined
        // variable) is reported as such already.
        let linted_syntax = match &result {
            Err(e) if e.kind == ErrorKind::Syntax => e
                .span
                .and_then(|s| ev.sources.file(s.file).path())
                .is_some_and(|p| files.keys.contains(p)),
            _ => false,
        };
        let vm = if linted_syntax {
            None
        } else {
            settle(ev, result, source, MainModule { abs, loc }, Some(name), &fix, notes)
        };
        let read = read_since(ev, before, root);
        done.push(Done { name: name.clone(), vm, modules, read });
    }
    // Which VMs read the linted files. A target's host reads the VMs'
    // modules before any VM is evaluated: NixOS modules count for the VMs
    // that import them only.
    let all_modules: BTreeSet<&PathBuf> = done.iter().flat_map(|d| &d.modules).collect();
    let mut shared: BTreeSet<&PathBuf> =
        setup.iter().filter(|f| !all_modules.contains(f)).collect();
    let mut selected = Vec::new();
    for d in &done {
        let reads = |k: &PathBuf| shared.contains(k) || d.modules.contains(k) || d.read.contains(k);
        selected.push(everything || files.keys.iter().any(reads));
        shared.extend(d.read.iter().filter(|f| !all_modules.contains(f)));
    }
    let names: Vec<&str> =
        done.iter().zip(&selected).filter(|(_, s)| **s).map(|(d, _)| d.name.as_str()).collect();
    let host = match &opts.target {
        Some(t) => format!("target {t}"),
        None => format!("the checkout's generic host (profile {})", opts.profile),
    };
    if names.is_empty() {
        notes.push(format!(
            "{}: no VM of {host} reads the linted files: linted them as Nix files only",
            shown_root.display()
        ));
        return Vec::new();
    }
    notes.push(format!(
        "{}: linted {} {} of {host}",
        shown_root.display(),
        if names.len() == 1 { "VM" } else { "VMs" },
        and_list(&names)
    ));
    // The VMs not to report first: host-wide clashes are reported on the
    // later VM.
    let mut real = Vec::new();
    let mut failed = Vec::new();
    for report in [false, true] {
        for (d, s) in done.iter_mut().zip(&selected) {
            if *s != report {
                continue;
            }
            match d.vm.take() {
                Some(Ok(mut r)) => {
                    r.report = report;
                    real.push(r);
                }
                Some(Err(mut f)) => {
                    f.report = report;
                    failed.push(f);
                }
                None => {}
            }
        }
    }
    host_findings(ev, Vec::new(), &real, &failed)
}

fn lint(job: Job, settings: vmcmd_eval::Settings) -> Outcome {
    let mut tool_errors = Vec::new();
    let mut ev = Evaluator::new(settings);
    let mut index = FileIndex::default();
    let mut items: Vec<Tagged> = Vec::new();
    let mut read = |p: &Path| std::fs::read_to_string(p).ok().map(Arc::from);
    let mut vm_inputs = Vec::new();
    let mut notes = Vec::new();
    let in_checkout: BTreeSet<&PathBuf> = job.checkouts.iter().flat_map(|c| &c.given).collect();
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
        let abs = absolute(path);
        let result = ev.eval_file(&abs);
        // The evaluator parses the file anyway: all of its syntax errors
        // only when it has some.
        if let Err(e) = &result
            && e.kind == ErrorKind::Syntax
        {
            let syntax = vmcmd_lint::check_syntax(&ev.sources, file);
            if !syntax.is_empty() {
                items.extend(syntax);
                continue;
            }
        }
        let result = result.and_then(|v| match &v {
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
            continue;
        }
        if !in_checkout.contains(path) && is_vm_module(&text) {
            vm_inputs.push(VmInput { path: path.clone(), text });
        }
    }
    let mut facts = Vec::new();
    if let Some((path, doc)) = &job.facts {
        match vmcmd_lint::facts::facts_from_json(doc) {
            Ok(vms) => facts = vms,
            Err(e) => tool_errors.push(format!("{}: {e}", path.display())),
        }
    }
    // A module another given VM module imports is linted as part of that
    // VM, not as a VM of its own.
    let imported: Vec<PathBuf> = vm_inputs
        .iter()
        .flat_map(|i| {
            let dir = normalize(&i.path).parent().map(Path::to_path_buf).unwrap_or_default();
            let own = normalize(&i.path);
            vmcmd_lint::locate::literal_imports(&i.text).into_iter().filter_map(move |p| {
                let mut abs = normalize(&dir.join(&p));
                if abs.is_dir() {
                    abs.push("default.nix");
                }
                (abs != own).then_some(abs)
            })
        })
        .collect();
    vm_inputs.retain(|i| !imported.contains(&normalize(&i.path)));
    let mut findings = if vm_inputs.is_empty() {
        vmcmd_lint::check_host(&facts)
    } else {
        let mut vm_ev = Evaluator::new(job.vm_settings.clone());
        lint_vms(&mut vm_ev, &vm_inputs, facts, &job.system, &mut notes)
    };
    // Each checkout is a host of its own, evaluated with one evaluator
    // (lib and modules shared by its VMs).
    let opts = vmcmd_ghaf::Options {
        profile: job.profile.clone(),
        system: job.system.clone(),
        target: job.target.clone(),
        ..vmcmd_ghaf::Options::default()
    };
    for c in &job.checkouts {
        let mut vm_ev = Evaluator::new(job.vm_settings.clone());
        findings.extend(lint_checkout(&mut vm_ev, c, &opts, &mut notes, &mut tool_errors));
    }
    items.extend(vmcmd_lint::to_tagged(findings, &mut ev.sources, &mut index, &mut read));
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
    Outcome { rendered, errors, warnings, files: job.files.len(), tool_errors, notes }
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
    let checkouts = find_checkouts(&files, args.target.as_deref());
    if let Some(t) = &args.target
        && checkouts.is_empty()
    {
        let _ = writeln!(
            stderr,
            "error: --target {t} needs files of a Ghaf checkout (a directory with flake.nix and \
             modules/)"
        );
        return ExitCode::from(2);
    }
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
    let mut settings = settings_from_env(&args.include, &args.system);
    let mut vm_settings = settings_from_env(&args.include, &args.system);
    vmcmd_ghaf::install(&mut vm_settings);
    let subjects: Vec<&Path> = args.paths.iter().map(PathBuf::as_path).collect();
    crate::eval_cmd::confine(&mut settings, &subjects);
    crate::eval_cmd::confine(&mut vm_settings, &subjects);
    // the checkouts' files, parsed ahead once for the files' and the VMs' evaluators
    for c in &checkouts {
        vmcmd_ghaf::parse_ahead(&mut vm_settings, &c.checkout);
    }
    settings.parse_cache = vm_settings.parse_cache.clone();
    let job = Job {
        files,
        facts,
        configs,
        explicit: args.config.is_some(),
        format,
        color,
        vm_settings,
        system: args.system.clone(),
        checkouts,
        profile: args.profile.clone(),
        target: args.target.clone(),
    };
    let outcome = vmcmd_eval::run_with_big_stack(move || lint(job, settings));
    let _ = write!(stdout, "{}", outcome.rendered);
    tool_errors.extend(outcome.tool_errors);
    for n in &outcome.notes {
        let _ = writeln!(stderr, "vmcmd: note: {n}");
    }
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
