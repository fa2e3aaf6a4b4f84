//! `vmcmd list DIR`: the VMs of a Ghaf checkout's host with hypervisor,
//! memory, vCPUs and the file that defines each, plus the layout, the
//! pinned revisions and what vmcmd assumed.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde_json::json;
use vmcmd_diagnostics::Format;
use vmcmd_ghaf::{Checkout, Options};

use crate::eval_cmd::settings_from_env;
use crate::show_cmd::{EpochArgs, checkout_json, render_vm_error};

/// Arguments of `vmcmd list`.
#[derive(Args, Debug)]
pub(crate) struct ListArgs {
    /// A Ghaf checkout.
    dir: PathBuf,
    /// The global-config profile (`lib.ghaf.profiles`).
    #[arg(long, default_value = "debug")]
    profile: String,
    /// A target of the checkout (a `nixosConfigurations` entry of its
    /// flake) instead of vmcmd's built-in generic laptop host.
    #[arg(long, value_name = "NAME", conflicts_with = "targets")]
    target: Option<String>,
    /// List the checkout's targets instead of VMs.
    #[arg(long)]
    targets: bool,
    /// The host system.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// What to print.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    #[command(flatten)]
    epoch: EpochArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    /// One line per VM.
    Table,
    /// One JSON document (`schema_version` 1).
    Json,
}

pub(crate) fn run(args: ListArgs, color: bool) -> ExitCode {
    let mut stderr = std::io::stderr();
    let checkout = match Checkout::open(&args.dir) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut settings = settings_from_env(&[], &args.system);
    vmcmd_ghaf::install(&mut settings);
    crate::eval_cmd::confine(&mut settings, &[&checkout.root]);
    let opts = Options {
        profile: args.profile.clone(),
        system: args.system.clone(),
        target: args.target.clone(),
        microvm: args.epoch.microvm.clone(),
        nixpkgs: args.epoch.nixpkgs.clone(),
    };
    let epoch = checkout.epoch(&opts);
    vmcmd_ghaf::parse_ahead(&mut settings, &checkout);
    if args.targets {
        return list_targets(&checkout, settings, &opts, args.format, color);
    }
    let progress = stderr.is_terminal();
    let c = checkout.clone();
    let (rows, rendered) = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = vmcmd_eval::Evaluator::new(settings);
        let mut report = |name: &str| {
            if progress {
                let _ = write!(std::io::stderr(), "\r\x1b[Kevaluating {name} …");
            }
        };
        match vmcmd_ghaf::list(&mut ev, &c, &opts, &mut report) {
            Ok(rows) => {
                let errors: Vec<Option<String>> = rows
                    .iter()
                    .map(|r| {
                        r.error.clone().map(|e| render_vm_error(&ev, *e, Format::Concise, false))
                    })
                    .collect();
                (Some((rows, errors)), None)
            }
            Err(e) => (None, Some(render_vm_error(&ev, *e, Format::Human, color))),
        }
    });
    if progress {
        let _ = write!(stderr, "\r\x1b[K");
    }
    let Some((rows, errors)) = rows else {
        let _ = writeln!(stderr, "note: epoch: {}", epoch.describe());
        let _ = writeln!(stderr, "{}", rendered.unwrap_or_default());
        return ExitCode::from(1);
    };
    let failed = errors.iter().any(Option::is_some);
    let mut stdout = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let vms: Vec<_> = rows
                .iter()
                .zip(&errors)
                .map(|(r, e)| {
                    json!({
                        "name": r.name,
                        "file": r.file,
                        "hypervisor": r.hypervisor,
                        "mem": r.mem,
                        "vcpu": r.vcpu,
                        "error": e.as_ref().map(|e| e.trim_end()),
                    })
                })
                .collect();
            let doc = json!({
                "schema_version": 1,
                "checkout": checkout_json(&checkout, &args.profile, args.target.as_deref(), &epoch),
                "vms": vms,
            });
            let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        ListFormat::Table => {
            let _ = writeln!(
                stdout,
                "# {} — layout {}, {}",
                args.dir.display(),
                checkout.layout.name(),
                args.target.as_deref().map_or(
                    format!("built-in generic laptop host, profile {}", args.profile),
                    |t| format!("target {t}")
                ),
            );
            if let Some(lock) = &checkout.lock {
                for pin in [&lock.microvm, &lock.nixpkgs].into_iter().flatten() {
                    let _ = writeln!(stdout, "# pins {}: {}", pin.input, pin.describe());
                }
            }
            let _ = writeln!(stdout, "# epoch: {}", epoch.describe());
            let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(2).max(2);
            let _ = writeln!(
                stdout,
                "{:width$}  {:16}  {:>6}  {:>4}  FILE",
                "VM", "HYPERVISOR", "MEM", "VCPU"
            );
            for (r, e) in rows.iter().zip(&errors) {
                let num = |v: Option<i64>| v.map_or("-".to_string(), |v| v.to_string());
                let _ = writeln!(
                    stdout,
                    "{:width$}  {:16}  {:>6}  {:>4}  {}",
                    r.name,
                    r.hypervisor.as_deref().unwrap_or(if e.is_some() { "error" } else { "-" }),
                    num(r.mem),
                    num(r.vcpu),
                    r.file.as_deref().unwrap_or("-"),
                );
            }
            for a in checkout.assumptions(&epoch) {
                let _ = writeln!(stderr, "note: {a}");
            }
            for (r, e) in rows.iter().zip(&errors) {
                if let Some(e) = e {
                    let _ = writeln!(stderr, "error: {}: {}", r.name, e.trim_end());
                }
            }
        }
    }
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// `vmcmd list DIR --targets`.
fn list_targets(
    checkout: &Checkout,
    settings: vmcmd_eval::Settings,
    opts: &Options,
    format: ListFormat,
    color: bool,
) -> ExitCode {
    let c = checkout.clone();
    let o = opts.clone();
    let result = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = vmcmd_eval::Evaluator::new(settings);
        c.targets(&mut ev, &o).map_err(|e| render_vm_error(&ev, *e, Format::Human, color))
    });
    let targets = match result {
        Ok(t) => t,
        Err(rendered) => {
            let _ = writeln!(std::io::stderr(), "{rendered}");
            return ExitCode::from(1);
        }
    };
    let mut stdout = std::io::stdout().lock();
    match format {
        ListFormat::Json => {
            let doc = json!({
                "schema_version": 1,
                "checkout": checkout_json(checkout, &opts.profile, None, &checkout.epoch(opts)),
                "targets": targets,
            });
            let _ = writeln!(stdout, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        ListFormat::Table => {
            for t in &targets {
                let _ = writeln!(stdout, "{t}");
            }
            let _ = writeln!(std::io::stderr(), "note: epoch: {}", checkout.epoch(opts).describe());
        }
    }
    ExitCode::SUCCESS
}
