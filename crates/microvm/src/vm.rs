//! One VM from a standalone NixOS module file: evaluate it on top of
//! vmcmd's microvm.nix model (`nixos.rs`) with the built-in lib and
//! symbolic nixpkgs, then generate its runner — what `microvm.declaredRunner`
//! would be for that configuration, without evaluating or building NixOS.

use std::path::Path;

use serde_json::Value as Json;
use vmcmd_eval::driver::{Input as DriverInput, Request};
use vmcmd_eval::{EvalResult, Evaluator, Settings};

use crate::{Epoch, Error, Input, PackageTable, Runner, nixos};

/// Why microvm.nix (or NixOS) would reject a configuration, in the
/// oracle's classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// `assertion`, `option-type`, `option-undeclared`, `throw` or `nix-eval`.
    pub kind: &'static str,
    /// The message as Nix prints it (first lines, no position).
    pub message: String,
}

/// Classifies an evaluation error message like the oracle does.
pub fn classify(message: &str) -> &'static str {
    let message = message.trim_start();
    if message.starts_with("Failed assertions:") {
        "assertion"
    } else if message.starts_with("A definition for option") {
        "option-type"
    } else if message.starts_with("The option `") && message.contains("' does not exist") {
        "option-undeclared"
    } else {
        "nix-eval"
    }
}

/// Everything known about one evaluated VM.
#[derive(Debug)]
pub struct VmEvaluation {
    /// `microvm.hypervisor`.
    pub hypervisor: String,
    /// The guest system.
    pub system: String,
    /// The system of `microvm.vmHostPackages`.
    pub vm_host_system: String,
    /// `networking.hostName`.
    pub host_name: String,
    /// `config.microvm` and friends, JSON-safe (the runners' input).
    pub config: Json,
    /// Messages of failed `config.assertions`.
    pub failed_assertions: Vec<String>,
    /// `config.warnings`.
    pub warnings: Vec<String>,
    /// The runner, or why microvm.nix would refuse to make it.
    pub runner: Result<Runner, Error>,
}

impl VmEvaluation {
    /// Why the configuration is rejected, if it is: failed assertions
    /// first (NixOS checks them before anything is built), then the
    /// runner's own refusal.
    pub fn rejection(&self) -> Option<Rejection> {
        if !self.failed_assertions.is_empty() {
            let lines: Vec<String> =
                self.failed_assertions.iter().map(|m| format!("- {m}")).collect();
            return Some(Rejection {
                kind: "assertion",
                message: format!("Failed assertions:\n{}", lines.join("\n")),
            });
        }
        match &self.runner {
            Ok(_) => None,
            Err(e) => Some(Rejection {
                kind: if e.kind == crate::ErrorKind::Throw { "throw" } else { "nix-eval" },
                message: e.message.clone(),
            }),
        }
    }
}

/// Settings that make vmcmd's lib, nixpkgs and microvm.nix model visible.
pub fn install(settings: &mut Settings) {
    vmcmd_modules::install(settings);
    nixos::install(settings);
}

/// What to evaluate: a Nix expression whose value is an attribute set
/// with `eval`, the `lib.evalModules` result of one VM's NixOS
/// configuration (built on vmcmd's microvm.nix model, `nixos::ROOT`), and
/// a key naming it. A standalone module file is one source
/// ([`VmSource::file`]); a VM of a Ghaf checkout is another.
#[derive(Clone, Debug)]
pub struct VmSource {
    key: String,
    expression: String,
    /// See [`VmSource::removed_options_are_findings`].
    removed_options_note: Option<String>,
    /// What microvm.nix revision and nixpkgs release the VM is evaluated for.
    pub epoch: Epoch,
}

impl VmSource {
    /// The VM defined by the module at `file`, guest `system` unless the
    /// module sets `nixpkgs.hostPlatform`.
    pub fn file(file: &Path, system: &str) -> VmSource {
        VmSource {
            key: format!("file\0{}\0{system}", file.display()),
            expression: expression(file, system, "{ inherit mock mockPkgsFor eval; }"),
            removed_options_note: None,
            epoch: Epoch::current(),
        }
    }

    /// Any expression whose value has `eval` (see [`VmSource`]); `key`
    /// must differ for expressions that differ.
    pub fn expression(key: impl Into<String>, expression: impl Into<String>) -> VmSource {
        VmSource {
            key: key.into(),
            expression: expression.into(),
            removed_options_note: None,
            epoch: Epoch::current(),
        }
    }

    /// The same VM for another microvm.nix revision / nixpkgs release.
    pub fn with_epoch(mut self, epoch: Epoch) -> VmSource {
        self.epoch = epoch;
        self
    }

    /// The VM's modules were written for another microvm.nix revision,
    /// which may have options 71beea0 removed (`balloonMem`, 2023's
    /// `qemu.bios`). microvm.nix 71beea0 rejects those with a "no longer
    /// has any effect" assertion; for this source they are findings
    /// instead: [`evaluate`] moves them to the warnings, followed by
    /// `note` (which names the revision), and generates the runner.
    pub fn removed_options_are_findings(mut self, note: impl Into<String>) -> VmSource {
        self.removed_options_note = Some(note.into());
        self
    }
}

fn expression(file: &Path, system: &str, view: &str) -> String {
    format!(
        r#"let
  dir = {root};
  mockPkgsFor = system: import <nixpkgs> {{ inherit system; }};
  mock = {{
    mkPackage = system: (mockPkgsFor system).vmcmd.mkPackage;
    pkgsFor = {{ system, overlays ? [ ] }}: import <nixpkgs> {{ inherit system overlays; }};
    table = (mockPkgsFor "x86_64-linux").vmcmd.table;
  }};
  eval = import (dir + "/eval-config.nix") {{
    modules = [ {file} ];
    system = {system};
    specialArgs = {{ inherit mock mockPkgsFor; }};
  }};
in {view}"#,
        root = nixos::ROOT,
        file = json_string(&file.display().to_string()),
        system = json_string(system),
        view = view,
    )
}

/// `view` over the source's `eval` (and `dir`, the model's directory),
/// with the source imported from an in-memory file per key: the evaluator
/// caches imports, so every view of the same VM evaluated with the same
/// evaluator shares one evaluation.
fn shared_expression(ev: &mut Evaluator, source: &VmSource, view: &str) -> String {
    use sha2::Digest;
    // the evaluator follows the source's epoch (one epoch per evaluator:
    // the first source decides, imports are cached)
    if nixos::epoch_text(&ev.settings) != Some(source.epoch.to_nix().as_str()) {
        nixos::set_epoch(&mut ev.settings, &source.epoch);
    }
    let hex: String =
        sha2::Sha256::digest(source.key.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    let path = format!("/__vmcmd/vm/{hex}.nix");
    ev.settings
        .virtual_files
        .entry(path.clone().into())
        .or_insert_with(|| source.expression.clone().into());
    format!("let dir = {}; inherit (import {}) eval; in {view}", nixos::ROOT, json_string(&path))
}

/// A Nix string literal (JSON strings are valid Nix strings once `$` is escaped).
fn json_string(s: &str) -> String {
    Json::String(s.to_string()).to_string().replace('$', "\\$")
}

fn strings(v: &Json) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Evaluates `view`, a Nix expression over `eval` (the `lib.evalModules`
/// result for the module at `file`, as [`evaluate_file`] builds it) and
/// `dir` (the model's directory), and returns it deeply forced as JSON.
pub fn evaluate_view(
    ev: &mut Evaluator,
    file: &Path,
    system: &str,
    view: &str,
) -> EvalResult<Json> {
    evaluate_source_view(ev, &VmSource::file(file, system), view)
}

/// [`evaluate_view`] for any [`VmSource`].
pub fn evaluate_source_view(ev: &mut Evaluator, source: &VmSource, view: &str) -> EvalResult<Json> {
    let req = Request {
        input: DriverInput::Expr(shared_expression(ev, source, view)),
        auto_args: Vec::new(),
        attr_path: None,
        json: true,
    };
    let text = vmcmd_eval::driver::run(ev, &req)?;
    serde_json::from_str(&text).map_err(|e| {
        vmcmd_eval::EvalError::new(vmcmd_eval::ErrorKind::Other, format!("internal error: {e}"))
    })
}

/// Evaluates the module at `file` (guest `system` unless it sets
/// `nixpkgs.hostPlatform`) and generates its runner. Evaluation errors
/// (syntax, type, undeclared options …) are returned as they are, with
/// their spans in `ev.sources`.
pub fn evaluate_file(ev: &mut Evaluator, file: &Path, system: &str) -> EvalResult<VmEvaluation> {
    evaluate(ev, &VmSource::file(file, system))
}

/// [`evaluate_file`] for any [`VmSource`].
pub fn evaluate(ev: &mut Evaluator, source: &VmSource) -> EvalResult<VmEvaluation> {
    let view = r#"import (dir + "/config-json.nix") { inherit (eval) config options; }"#;
    let run = |ev: &mut Evaluator, view: &str| {
        let req = Request {
            input: DriverInput::Expr(shared_expression(ev, source, view)),
            auto_args: Vec::new(),
            attr_path: None,
            json: true,
        };
        vmcmd_eval::driver::run(ev, &req)
    };
    let text = run(ev, view)?;
    let all: Json = serde_json::from_str(&text).map_err(|e| {
        vmcmd_eval::EvalError::new(vmcmd_eval::ErrorKind::Other, format!("internal error: {e}"))
    })?;
    let basic = &all["basic"];
    let get = |k: &str| basic[k].as_str().unwrap_or_default().to_string();
    let table = PackageTable::from_json_str(vmcmd_modules::package_table_json_for(
        source.epoch.package_table,
    ))
    .map_err(|e| vmcmd_eval::EvalError::new(vmcmd_eval::ErrorKind::Other, e))?;
    let (system, vm_host_system) = (get("system"), get("vmHostSystem"));
    // what the model evaluated for the runner (config-json.nix's `runner`)
    let mut runner_config = all["config"].clone();
    if let Some(q) = all["runner"].get("qemuPackage").filter(|q| !q.is_null())
        && let Some(qemu) = runner_config["microvm"].get_mut("qemu").and_then(Json::as_object_mut)
    {
        qemu.insert(crate::runners::QEMU_EFFECTIVE_PACKAGE.to_string(), q.clone());
    }
    let mut runner = crate::generate(&Input {
        config: &runner_config,
        system: &system,
        vm_host_system: &vm_host_system,
        packages: &table,
        hypervisor: None,
        toplevel: None,
        epoch: &source.epoch,
    });
    // a build command appended to the declared runner (Ghaf's crosvm
    // store-disk fix)
    if let Some(extra) = all["runner"]["extraBuildCommand"].as_str()
        && let Ok(r) = &mut runner
        && let Err(e) = crate::rewrite::apply(r, extra)
    {
        runner = Err(e);
    }
    // The JSON view hides values that fail to evaluate. When the runner
    // needed one, force it for real to report the error as Nix would
    // (type errors, options used without a value …).
    if let Err(e) = &runner
        && e.option.is_some()
        && matches!(e.kind, crate::ErrorKind::Input | crate::ErrorKind::Eval)
        && e.message.contains("could not be evaluated")
        && let Some(path) = &e.option
    {
        let at = path.split('.').fold("eval.config".to_string(), |acc, part| {
            match part.parse::<usize>() {
                Ok(i) => format!("(builtins.elemAt {acc} {i})"),
                Err(_) => format!("{acc}.{}", json_string(part)),
            }
        });
        run(ev, &format!("builtins.deepSeq {at} null"))?;
    }
    let mut failed_assertions = strings(&all["assertions"]["failed"]);
    let mut warnings = strings(&all["assertions"]["warnings"]);
    if let Some(note) = &source.removed_options_note {
        let (removed, kept): (Vec<String>, Vec<String>) =
            failed_assertions.into_iter().partition(|m| m.contains("no longer has any effect"));
        failed_assertions = kept;
        warnings.extend(removed.iter().map(|m| format!("finding: {} ({note})", m.trim_end())));
    }
    Ok(VmEvaluation {
        hypervisor: get("hypervisor"),
        host_name: get("hostName"),
        system,
        vm_host_system,
        config: all["config"].clone(),
        failed_assertions,
        warnings,
        runner,
    })
}

/// Where options of the module at `file` are defined, from the module
/// system's `options.<path>.definitionPositions`: for each of `paths`
/// (option paths as attribute names, e.g. `["microvm" "mem"]`), a list of
/// `{ file, line, column, priority, conditions, inEffect }` (line and
/// column `null` when Nix has no position; `conditions` the `mkIf`s the
/// definition sat under, see the built-in `modules.nix`; definitions a
/// false `mkIf` dropped have `inEffect = false` and priority `null`; `[]`
/// when the path is no option or its definitions cannot be evaluated). Shares the evaluation of [`evaluate_file`] (see
/// [`evaluate_view`]) and only looks at options, so it also works for
/// configurations [`evaluate_file`] rejects.
pub fn definition_positions(
    ev: &mut Evaluator,
    file: &Path,
    system: &str,
    paths: &[Vec<String>],
) -> EvalResult<Json> {
    definition_positions_source(ev, &VmSource::file(file, system), paths)
}

/// [`definition_positions`] for any [`VmSource`].
pub fn definition_positions_source(
    ev: &mut Evaluator,
    source: &VmSource,
    paths: &[Vec<String>],
) -> EvalResult<Json> {
    let list: Vec<String> = paths
        .iter()
        .map(|p| format!("[ {} ]", p.iter().map(|s| json_string(s)).collect::<Vec<_>>().join(" ")))
        .collect();
    let view = format!(
        r#"let
    find = o: p:
      if p == [ ] then o
      else if builtins.isAttrs o && (o._type or null) != "option" && o ? ${{builtins.head p}}
      then find o.${{builtins.head p}} (builtins.tail p)
      else null;
    positions = p:
      let
        o = find eval.options p;
        ps = builtins.tryEval (builtins.deepSeq o.definitionPositions o.definitionPositions);
      in
      if builtins.isAttrs o && (o._type or null) == "option" && ps.success then ps.value else [ ];
  in map positions [ {list} ]"#,
        list = list.join(" ")
    );
    evaluate_source_view(ev, source, &view)
}
