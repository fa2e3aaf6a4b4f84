//! `vmcmd show FILE.nix` / `vmcmd show DIR --vm NAME`: the runner scripts
//! microvm.nix would generate for a VM defined by a standalone NixOS
//! module file, or for a VM of a Ghaf checkout.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde_json::json;
use vmcmd_diagnostics::Format;
use vmcmd_ghaf::{Checkout, Options as GhafOptions};
use vmcmd_microvm::Epoch;
use vmcmd_microvm::vm::{VmEvaluation, VmSource, evaluate};

use crate::DiagFormat;
use crate::eval_cmd::{error_diagnostic, settings_from_env};

/// Arguments of `vmcmd show`.
#[derive(Args, Debug)]
pub(crate) struct ShowArgs {
    #[command(flatten)]
    subject: SubjectArgs,
    /// The guest system, unless the module sets `nixpkgs.hostPlatform`.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// What to print.
    #[arg(long, value_enum, default_value_t = ShowFormat::Script)]
    format: ShowFormat,
    /// Print this bin/ script instead of `microvm-run`.
    #[arg(long, value_name = "NAME")]
    script: Option<String>,
    /// Add a search path entry (`PATH` or `PREFIX=PATH`), before `NIX_PATH`.
    #[arg(short = 'I', long = "include", value_name = "PATH")]
    include: Vec<String>,
    /// How to print diagnostics.
    #[arg(long = "diagnostics", value_enum, default_value_t = DiagFormat::Human)]
    diagnostics: DiagFormat,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum ShowFormat {
    /// The `microvm-run` script text (or `--script NAME`).
    Script,
    /// The hypervisor command, one argument per line.
    Argv,
    /// Everything as one JSON document (`schema_version` 1).
    Json,
}

fn json_output(vm: &VmEvaluation) -> serde_json::Value {
    let rejection = vm.rejection();
    let mut warnings = vm.warnings.clone();
    match &vm.runner {
        Ok(r) => warnings.extend(r.warnings.iter().cloned()),
        Err(e) => warnings.extend(e.warnings.iter().cloned()),
    }
    let runner = vm.runner.as_ref().ok().filter(|_| rejection.is_none());
    let run_script = runner.map(|r| r.run_script().to_string());
    let argv0_name = run_script.as_deref().and_then(|s| {
        let rest = s.split("exec -a \"").nth(1)?;
        Some(rest.split('"').next()?.to_string())
    });
    json!({
        "schema_version": 1,
        "hypervisor": vm.hypervisor,
        "system": vm.system,
        "vmHostSystem": vm.vm_host_system,
        "hostName": vm.host_name,
        "run_script": run_script,
        "run_argv": runner.map(|r| r.command.args().map(|a| a.text.clone()).collect::<Vec<_>>()),
        "run_argv_sources": runner.map(|r| r.command.args().map(|a| json!({ "arg": a.text, "options": a.sources })).collect::<Vec<_>>()),
        "run_argv0_name": argv0_name,
        "scripts": runner.map(|r| r.scripts.iter().map(|(k, s)| (k.clone(), json!(s.text))).collect::<serde_json::Map<_, _>>()),
        "files": runner.map(|r| r.files.iter().map(|(k, f)| (k.clone(), json!({ "name": f.name, "kind": f.kind, "executable": f.executable, "text": f.text }))).collect::<serde_json::Map<_, _>>()),
        "warnings": warnings,
        "error": rejection.map(|r| json!({ "kind": r.kind, "message": r.message })),
    })
}

/// The `checkout` key of `--format json` for a VM of a checkout.
pub(crate) fn checkout_json(
    c: &Checkout,
    profile: &str,
    target: Option<&str>,
    epoch: &Epoch,
) -> serde_json::Value {
    let pin = |p: &Option<vmcmd_ghaf::Pin>| {
        p.as_ref().map(|p| {
            json!({ "owner": p.owner, "repo": p.repo, "rev": p.rev, "lastModified": p.last_modified })
        })
    };
    json!({
        "root": c.root.display().to_string(),
        "layout": c.layout.name(),
        "host": target.unwrap_or("generic"),
        "profile": profile,
        "pins": c.lock.as_ref().map(|l| json!({ "microvm": pin(&l.microvm), "nixpkgs": pin(&l.nixpkgs) })),
        "epoch": epoch.to_json(),
        "assumptions": c.assumptions(epoch),
        "stubbed": c.external.iter().map(vmcmd_ghaf::ExternalRef::path).collect::<Vec<_>>(),
    })
}

/// Renders an error from evaluating a VM module (shared by `show` and
/// `explain`). Errors raised inside vmcmd's own lib or microvm.nix model
/// (type checks, assertions) are about the user's definitions, so they do
/// not point into vmcmd's internals, and the rejection is named the way
/// the oracle and microvm.nix users do.
pub(crate) fn render_vm_error(
    ev: &vmcmd_eval::Evaluator,
    mut e: vmcmd_eval::EvalError,
    format: Format,
    color: bool,
) -> String {
    if e.span
        .is_some_and(|s| ev.sources.file(s.file).path().is_some_and(|p| p.starts_with("/__vmcmd")))
    {
        e.span = None;
    }
    e.message = e.message.trim_start().to_string();
    let mut d = error_diagnostic(&e, false);
    let kind = vmcmd_microvm::vm::classify(&e.message);
    if kind != "nix-eval" {
        d.code = kind.to_string();
    }
    vmcmd_diagnostics::render_all(&ev.sources, &[d], format, color)
}

/// The VM `vmcmd show` and `vmcmd explain` are about.
#[derive(Args, Debug)]
pub(crate) struct SubjectArgs {
    /// A NixOS module defining one VM (`microvm.*` options), or a Ghaf
    /// checkout (with `--vm`).
    pub file: PathBuf,
    /// With a Ghaf checkout: the VM (`vmcmd list DIR` names them).
    #[arg(long, value_name = "NAME")]
    pub vm: Option<String>,
    /// With a Ghaf checkout: the global-config profile of the generic host
    /// (`lib.ghaf.profiles`).
    #[arg(long, default_value = "debug")]
    pub profile: String,
    /// With a Ghaf checkout: one of its targets (`vmcmd list DIR
    /// --targets`) instead of vmcmd's built-in generic laptop host.
    #[arg(long, value_name = "NAME")]
    pub target: Option<String>,
    #[command(flatten)]
    pub epoch: EpochArgs,
}

/// Which microvm.nix revision and nixpkgs release to reproduce.
#[derive(Args, Debug, Clone, Default)]
pub(crate) struct EpochArgs {
    /// The microvm.nix revision whose output to reproduce (default: what
    /// the checkout's flake.lock pins; for a module file 71beea0).
    /// `vmcmd --version` lists the modelled ones.
    #[arg(long, value_name = "REV")]
    pub microvm: Option<String>,
    /// The nixpkgs release (`22.11`, `nixos-23.05` …) whose lib quoting and
    /// package versions to use (default: pinned, or the one Ghaf used with
    /// the microvm.nix revision).
    #[arg(long, value_name = "RELEASE", value_parser = parse_release)]
    pub nixpkgs: Option<String>,
}

/// `--nixpkgs`: `YY.MM`, optionally as `nixos-YY.MM` or `release-YY.MM`.
fn parse_release(s: &str) -> Result<String, String> {
    let r = s.trim().trim_start_matches("nixos-").trim_start_matches("release-");
    let b = r.as_bytes();
    let ok = b.len() == 5
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b'.'
        && b[3..].iter().all(u8::is_ascii_digit);
    if ok {
        Ok(r.to_string())
    } else {
        Err(format!("`{s}` is not a nixpkgs release (YY.MM, e.g. 22.11 or nixos-24.05)"))
    }
}

impl EpochArgs {
    /// The epoch for a standalone module file.
    pub(crate) fn for_file(&self) -> Result<Epoch, String> {
        let rev = self.microvm.as_deref().unwrap_or(vmcmd_microvm::epoch::CURRENT.rev);
        Epoch::select(rev, None, self.nixpkgs.as_deref()).map_err(|m| format!("error: {m}"))
    }
}

/// What `vmcmd show` and `vmcmd explain` evaluate: a module file or a VM
/// of a checkout.
pub(crate) enum Subject {
    File(PathBuf, Epoch),
    Checkout {
        checkout: Box<Checkout>,
        vm: String,
        profile: String,
        target: Option<String>,
        epoch: EpochArgs,
    },
}

/// Why no VM could be evaluated: a rendered diagnostic (exit 1) or a
/// usage problem (exit 2).
pub(crate) enum Failure {
    Eval(String),
    Usage(String),
}

impl Failure {
    /// Prints the failure and gives the exit code.
    pub(crate) fn report(self, stderr: &mut impl Write) -> ExitCode {
        match self {
            Failure::Usage(m) => {
                let _ = writeln!(stderr, "{m}");
                ExitCode::from(2)
            }
            Failure::Eval(m) => {
                let _ = writeln!(stderr, "{m}");
                ExitCode::from(1)
            }
        }
    }
}

impl Subject {
    /// Resolves `PATH [--vm NAME] [--profile P] [--target T]`: a file is a
    /// module, a directory a Ghaf checkout (then `--vm` is required).
    /// Errors are usage errors, as the user should read them.
    pub(crate) fn resolve(args: &SubjectArgs, cwd: &Path) -> Result<Subject, String> {
        let (shown, vm, profile, target) =
            (&args.file, args.vm.as_deref(), &args.profile, args.target.as_deref());
        let path = if shown.is_absolute() { shown.to_path_buf() } else { cwd.join(shown) };
        if !path.exists() {
            return Err(format!("error: cannot read '{}': no such file", shown.display()));
        }
        if !path.is_dir() {
            if vm.is_some() {
                return Err(format!(
                    "error: --vm needs a Ghaf checkout directory, '{}' is a file",
                    shown.display()
                ));
            }
            return Ok(Subject::File(path, args.epoch.for_file()?));
        }
        let checkout = Checkout::open(&path).map_err(|e| format!("error: {e}"))?;
        let Some(vm) = vm else {
            return Err(format!(
                "error: '{}' is a Ghaf checkout: say which VM with --vm NAME (`vmcmd list {}` \
                 names them)",
                shown.display(),
                shown.display()
            ));
        };
        Ok(Subject::Checkout {
            checkout: Box::new(checkout),
            vm: vm.to_string(),
            profile: profile.to_string(),
            target: target.map(str::to_string),
            epoch: args.epoch.clone(),
        })
    }

    /// The directory files are shown relative to: the checkout, or `cwd`.
    pub(crate) fn base<'a>(&'a self, cwd: &'a Path) -> &'a Path {
        match self {
            Subject::File(..) => cwd,
            Subject::Checkout { checkout, .. } => &checkout.root,
        }
    }

    /// The module file or the checkout's root.
    pub(crate) fn path(&self) -> &Path {
        match self {
            Subject::File(f, _) => f,
            Subject::Checkout { checkout, .. } => &checkout.root,
        }
    }

    /// The checkout options for guest `system` (`None` for a file).
    fn ghaf_options(&self, system: &str) -> Option<GhafOptions> {
        match self {
            Subject::File(..) => None,
            Subject::Checkout { profile, target, epoch, .. } => Some(GhafOptions {
                profile: profile.clone(),
                system: system.to_string(),
                target: target.clone(),
                microvm: epoch.microvm.clone(),
                nixpkgs: epoch.nixpkgs.clone(),
            }),
        }
    }

    /// The microvm.nix revision and nixpkgs release the VM is shown for.
    pub(crate) fn epoch(&self, system: &str) -> Epoch {
        match self {
            Subject::File(_, e) => e.clone(),
            Subject::Checkout { checkout, .. } => {
                checkout.epoch(&self.ghaf_options(system).unwrap_or_default())
            }
        }
    }

    /// The `checkout` key of JSON output, for a checkout.
    pub(crate) fn checkout_json(&self, system: &str) -> Option<serde_json::Value> {
        match self {
            Subject::File(..) => None,
            Subject::Checkout { checkout, profile, target, .. } => {
                Some(checkout_json(checkout, profile, target.as_deref(), &self.epoch(system)))
            }
        }
    }

    /// The VM's source for the evaluator; for a checkout, checks that its
    /// host has the VM.
    pub(crate) fn source(
        &self,
        ev: &mut vmcmd_eval::Evaluator,
        system: &str,
        diag_format: Format,
        color: bool,
    ) -> Result<VmSource, Failure> {
        match self {
            Subject::File(file, epoch) => {
                Ok(VmSource::file(file, system).with_epoch(epoch.clone()))
            }
            Subject::Checkout { checkout, vm, target, .. } => {
                let opts = self.ghaf_options(system).unwrap_or_default();
                match checkout.vms(ev, &opts) {
                    Ok(vms) if vms.iter().any(|(n, _)| n == vm) => {
                        Ok(checkout.vm_source(ev, &opts, vm))
                    }
                    Ok(vms) => {
                        let names: Vec<&str> = vms.iter().map(|(n, _)| n.as_str()).collect();
                        Err(Failure::Usage(format!(
                            "error: {} has no VM '{vm}' (it has: {})",
                            target
                                .as_deref()
                                .map_or("the built-in generic host".to_string(), |t| {
                                    format!("target '{t}'")
                                }),
                            names.join(", ")
                        )))
                    }
                    Err(e) => Err(Failure::Eval(render_vm_error(ev, *e, diag_format, color))),
                }
            }
        }
    }
}

pub(crate) fn run(args: ShowArgs, color: bool) -> ExitCode {
    let mut settings = settings_from_env(&args.include, &args.system);
    vmcmd_ghaf::install(&mut settings);
    let subject = match Subject::resolve(&args.subject, &settings.cwd) {
        Ok(s) => s,
        Err(m) => {
            let _ = writeln!(std::io::stderr(), "{m}");
            return ExitCode::from(2);
        }
    };
    crate::eval_cmd::confine(&mut settings, &[subject.path()]);
    if let Subject::Checkout { checkout, .. } = &subject {
        vmcmd_ghaf::parse_ahead(&mut settings, checkout);
    }
    let system = args.system.clone();
    let diag_format = match args.diagnostics {
        DiagFormat::Human => Format::Human,
        DiagFormat::Concise => Format::Concise,
        DiagFormat::Json => Format::Json,
    };
    let checkout_info = subject.checkout_json(&system);
    let epoch = subject.epoch(&system);
    vmcmd_microvm::nixos::set_epoch(&mut settings, &epoch);
    let (result, failure) = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = vmcmd_eval::Evaluator::new(settings);
        let source = match subject.source(&mut ev, &system, diag_format, color) {
            Ok(s) => s,
            Err(f) => return (None, Some(f)),
        };
        match evaluate(&mut ev, &source) {
            Ok(vm) => (Some(vm), None),
            Err(e) => (None, Some(Failure::Eval(render_vm_error(&ev, *e, diag_format, color)))),
        }
    });
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    let Some(vm) = result else {
        // an option the reproduced revision does not have: say which one
        let failure = failure.map(|f| match f {
            Failure::Eval(m)
                if m.contains("' does not exist") && epoch.revision() != vmcmd_microvm::epoch::CURRENT =>
            {
                let r = epoch.revision();
                Failure::Eval(format!(
                    "{}\nnote: vmcmd generates what microvm.nix {} ({}) does, which may not have the option (see --microvm)",
                    m.trim_end(),
                    r.short,
                    r.date
                ))
            }
            other => other,
        });
        return failure.map_or(ExitCode::from(1), |f| f.report(&mut stderr));
    };
    if args.format == ShowFormat::Json {
        let mut doc = json_output(&vm);
        doc["epoch"] = epoch.to_json();
        if let Some(w) = doc["warnings"].as_array_mut() {
            w.extend(epoch.notes.iter().map(|n| json!(n)));
        }
        if let Some(info) = checkout_info {
            doc["checkout"] = info;
        }
        let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return if vm.rejection().is_some() { ExitCode::from(1) } else { ExitCode::SUCCESS };
    }
    for w in epoch.notes.iter().chain(&vm.warnings).chain(match &vm.runner {
        Ok(r) => &r.warnings,
        Err(e) => &e.warnings,
    }) {
        let _ = writeln!(stderr, "warning: {w}");
    }
    if let Some(r) = vm.rejection() {
        let _ = writeln!(stderr, "error[{}]: {}", r.kind, r.message);
        return ExitCode::from(1);
    }
    let Ok(runner) = vm.runner else { return ExitCode::from(1) };
    match args.format {
        ShowFormat::Argv => {
            for a in runner.command.args() {
                let _ = writeln!(stdout, "{}", a.text);
            }
        }
        _ => {
            let name = args.script.as_deref().unwrap_or("microvm-run");
            match runner.script(name) {
                Some(text) => {
                    let _ = write!(stdout, "{text}");
                }
                None => {
                    let names: Vec<&str> = runner.scripts.keys().map(String::as_str).collect();
                    let _ = writeln!(
                        stderr,
                        "error: this runner has no script '{name}' (it has: {})",
                        names.join(", ")
                    );
                    return ExitCode::from(2);
                }
            }
        }
    }
    ExitCode::SUCCESS
}
