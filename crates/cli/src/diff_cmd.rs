//! `vmcmd diff [DIR] REV_A [REV_B]`: how every VM's command line changes
//! between two git revisions of a Ghaf checkout (REV_B: the working tree
//! when left out), with the options and definitions responsible.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;

use clap::{Args, ValueEnum};
use vmcmd_diagnostics::Format;
use vmcmd_ghaf::diff::{self, Change, Responsible, RevisionState, VmDiff, VmStatus};
use vmcmd_ghaf::{Checkout, Options, git};

use crate::eval_cmd::settings_from_env;
use crate::show_cmd::render_vm_error;

/// Arguments of `vmcmd diff`.
#[derive(Args, Debug)]
pub(crate) struct DiffArgs {
    /// `[DIR] REV_A [REV_B]`: the checkout (default: the current
    /// directory), the old revision and the new one (default: the work
    /// tree, uncommitted changes included).
    #[arg(num_args = 1..=3, required = true, value_name = "ARGS")]
    args: Vec<String>,
    /// Only these VMs.
    #[arg(long = "vm", value_name = "NAME")]
    vms: Vec<String>,
    /// The global-config profile (`lib.ghaf.profiles`).
    #[arg(long, default_value = "debug")]
    profile: String,
    /// A target of the checkout instead of vmcmd's built-in generic
    /// laptop host.
    #[arg(long, value_name = "NAME")]
    target: Option<String>,
    /// The host system.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// What to print.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Exit with 1 when anything changed.
    #[arg(long)]
    exit_code: bool,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
enum DiffFormat {
    /// Grouped by VM, for a terminal.
    Human,
    /// One JSON document (`schema_version` 1).
    Json,
    /// GitHub Actions annotations on the definitions responsible.
    Github,
    /// A pull-request comment.
    Markdown,
}

/// `[DIR] REV_A [REV_B]` → (dir, a, b).
fn split_args(args: &[String], cwd: &Path) -> (PathBuf, String, Option<String>) {
    // (`cwd.join` keeps an absolute path as it is)
    let abs = |s: &str| cwd.join(s);
    match args {
        [d, a, b] => (abs(d), a.clone(), Some(b.clone())),
        [d, a] if abs(d).is_dir() => (abs(d), a.clone(), None),
        [a, b] => (cwd.to_path_buf(), a.clone(), Some(b.clone())),
        [a] => (cwd.to_path_buf(), a.clone(), None),
        _ => (cwd.to_path_buf(), String::new(), None),
    }
}

fn short(commit: &Option<String>) -> String {
    commit.as_deref().map(|c| format!(" ({})", &c[..c.len().min(12)])).unwrap_or_default()
}

fn value(v: &Option<serde_json::Value>) -> String {
    match v {
        None => "(none)".to_string(),
        Some(v) => {
            let s = v.to_string();
            if s.len() > 120 {
                format!("{}…", &s[..s.char_indices().nth(120).map_or(s.len(), |(i, _)| i)])
            } else {
                s
            }
        }
    }
}

fn priority(p: i64) -> String {
    vmcmd_microvm::explain::priority_name(p)
}

/// The definitions of one side: all of them when few, else those in
/// files the change touched.
fn sites(r: &Responsible, after: bool) -> String {
    let list = if after { &r.sites_after } else { &r.sites_before };
    if list.is_empty() {
        return "(no definition)".to_string();
    }
    let show = |s: &&vmcmd_ghaf::diff::Site| list.len() <= 3 || s.changed;
    let mut parts: Vec<String> = list
        .iter()
        .filter(show)
        .map(|s| {
            format!(
                "{} ({}{})",
                s.describe(),
                priority(s.priority),
                if s.changed { ", file changed" } else { "" }
            )
        })
        .collect();
    let hidden = list.len() - parts.len();
    if hidden > 0 {
        parts.push(format!("{hidden} more in unchanged files"));
    }
    parts.join(", ")
}

fn change_lines(c: &Change) -> Vec<(char, String)> {
    match c {
        Change::Removed(g) => vec![('-', g.text())],
        Change::Added(g) => vec![('+', g.text())],
        Change::Changed(x, y) => vec![('-', x.text()), ('+', y.text())],
        Change::Moved(g, _) => vec![('~', format!("{} (moved)", g.text()))],
    }
}

/// `context`: which host and profile (see `run`).
fn header(a: &RevisionState, b: &RevisionState, context: &str) -> String {
    format!(
        "vmcmd diff {}{} → {}{} ({context})",
        a.label,
        short(&a.commit),
        b.label,
        short(&b.commit)
    )
}

fn human(
    a: &RevisionState,
    b: &RevisionState,
    profile: &str,
    diffs: &[VmDiff],
    color: bool,
) -> String {
    let paint =
        |code: &str, s: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let mut out = format!("{}\n", header(a, b, profile));
    for (r, which) in [(a, "before"), (b, "after")] {
        if let Some(e) = &r.error {
            out.push_str(&format!("{which}: could not list the VMs: {}\n", e.trim_end()));
        }
    }
    if a.microvm_pin != b.microvm_pin {
        out.push_str(&format!(
            "microvm.nix pin: {} → {} (generated as {} → {})\n",
            a.microvm_pin.as_deref().unwrap_or("-"),
            b.microvm_pin.as_deref().unwrap_or("-"),
            a.epoch,
            b.epoch
        ));
    }
    let mut same = Vec::new();
    for d in diffs {
        if d.status == VmStatus::Same {
            same.push(d.name.as_str());
            continue;
        }
        out.push_str(&format!(
            "\n{} {}{}\n",
            paint("1", &d.name),
            d.status.name(),
            d.file.as_deref().map(|f| format!(" ({f})")).unwrap_or_default()
        ));
        if d.hypervisor.0 != d.hypervisor.1 && d.status == VmStatus::Changed {
            out.push_str(&format!(
                "  hypervisor: {} → {}\n",
                d.hypervisor.0.as_deref().unwrap_or("-"),
                d.hypervisor.1.as_deref().unwrap_or("-")
            ));
        }
        for (which, e) in [("before", &d.error.0), ("after", &d.error.1)] {
            if let Some(e) = e
                && d.error.0 != d.error.1
            {
                out.push_str(&format!(
                    "  error {which}: {}\n",
                    e.trim_end().replace('\n', "\n    ")
                ));
            }
        }
        // an added or removed VM shows its whole command
        {
            for c in &d.args {
                for (sign, text) in change_lines(c) {
                    let line = format!("  {sign} {text}");
                    out.push_str(&paint(
                        match sign {
                            '-' => "31",
                            '+' => "32",
                            _ => "33",
                        },
                        &line,
                    ));
                    out.push('\n');
                }
            }
            for r in &d.responsible {
                out.push_str(&format!(
                    "    {}: {} → {}\n",
                    r.option,
                    value(&r.before),
                    value(&r.after)
                ));
                if r.sites_before == r.sites_after {
                    out.push_str(&format!("      defined at {}\n", sites(r, true)));
                } else {
                    out.push_str(&format!("      before: {}\n", sites(r, false)));
                    out.push_str(&format!("      after:  {}\n", sites(r, true)));
                }
            }
        }
        for s in &d.scripts {
            out.push_str(&format!("  script {}:\n", s.name));
            for l in &s.removed {
                out.push_str(&paint("31", &format!("    - {l}")));
                out.push('\n');
            }
            for l in &s.added {
                out.push_str(&paint("32", &format!("    + {l}")));
                out.push('\n');
            }
        }
    }
    if !same.is_empty() {
        out.push_str(&format!("\nunchanged: {}\n", same.join(", ")));
    }
    out
}

fn markdown(a: &RevisionState, b: &RevisionState, profile: &str, diffs: &[VmDiff]) -> String {
    let mut out =
        format!("## {}\n", header(a, b, profile).replacen("vmcmd diff", "VM command lines:", 1));
    let changed: Vec<&VmDiff> = diffs.iter().filter(|d| d.status != VmStatus::Same).collect();
    if a.microvm_pin != b.microvm_pin {
        out.push_str(&format!(
            "\nmicrovm.nix pin: `{}` → `{}` (generated as {} → {})\n",
            a.microvm_pin.as_deref().unwrap_or("-"),
            b.microvm_pin.as_deref().unwrap_or("-"),
            a.epoch,
            b.epoch
        ));
    }
    if changed.is_empty() {
        out.push_str("\nNo VM command line changes.\n");
    }
    for d in &changed {
        out.push_str(&format!("\n### `{}` {}\n\n", d.name, d.status.name()));
        if d.hypervisor.0 != d.hypervisor.1 && d.status == VmStatus::Changed {
            out.push_str(&format!(
                "hypervisor: `{}` → `{}`\n\n",
                d.hypervisor.0.as_deref().unwrap_or("-"),
                d.hypervisor.1.as_deref().unwrap_or("-")
            ));
        }
        let mut body = String::new();
        for c in &d.args {
            for (sign, text) in change_lines(c) {
                body.push_str(&format!("{sign} {text}\n"));
            }
        }
        for s in &d.scripts {
            body.push_str(&format!("@@ {} @@\n", s.name));
            for l in &s.removed {
                body.push_str(&format!("- {l}\n"));
            }
            for l in &s.added {
                body.push_str(&format!("+ {l}\n"));
            }
        }
        for (which, e) in [("before", &d.error.0), ("after", &d.error.1)] {
            if let Some(e) = e
                && d.error.0 != d.error.1
            {
                out.push_str(&format!(
                    "error {which}: `{}`\n\n",
                    e.lines().next().unwrap_or_default()
                ));
            }
        }
        if !body.is_empty() {
            out.push_str(&format!("```diff\n{body}```\n"));
        }
        if !d.responsible.is_empty() {
            out.push_str("\n| option | before | after | defined at |\n| --- | --- | --- | --- |\n");
            for r in &d.responsible {
                out.push_str(&format!(
                    "| `{}` | `{}` | `{}` | {} |\n",
                    r.option,
                    value(&r.before).replace('|', "\\|"),
                    value(&r.after).replace('|', "\\|"),
                    sites(r, true).replace('|', "\\|")
                ));
            }
        }
    }
    let same: Vec<&str> =
        diffs.iter().filter(|d| d.status == VmStatus::Same).map(|d| d.name.as_str()).collect();
    if !same.is_empty() {
        out.push_str(&format!(
            "\nUnchanged: {}\n",
            same.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    out
}

/// GitHub workflow commands: a notice on each definition (after the
/// change) responsible for a changed argument; VM-level notices otherwise.
fn github(a: &RevisionState, b: &RevisionState, diffs: &[VmDiff]) -> String {
    let esc = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let mut out = String::new();
    if a.microvm_pin != b.microvm_pin {
        out.push_str(&format!(
            "::notice file=flake.lock,title=vmcmd diff: microvm.nix pin::{}\n",
            esc(&format!(
                "microvm.nix pin: {} → {} (generated as {} → {})",
                a.microvm_pin.as_deref().unwrap_or("-"),
                b.microvm_pin.as_deref().unwrap_or("-"),
                a.epoch,
                b.epoch
            ))
        ));
    }
    for d in diffs.iter().filter(|d| d.status != VmStatus::Same) {
        let summary: Vec<String> =
            d.args.iter().flat_map(change_lines).map(|(s, t)| format!("{s} {t}")).collect();
        let mut annotated = false;
        for r in &d.responsible {
            for s in r.sites_after.iter().filter(|s| s.line.is_some() && !s.file.starts_with('<')) {
                out.push_str(&format!(
                    "::notice file={},line={},title=vmcmd diff: {} {}::{}\n",
                    s.file,
                    s.line.unwrap_or(1),
                    d.name,
                    r.option,
                    esc(&format!(
                        "{}: {} → {}\n{}",
                        r.option,
                        value(&r.before),
                        value(&r.after),
                        summary.join("\n")
                    ))
                ));
                annotated = true;
            }
        }
        if !annotated {
            let file = d.file.as_deref().map(|f| format!(" file={f},")).unwrap_or_default();
            out.push_str(&format!(
                "::notice{}title=vmcmd diff: {} {}::{}\n",
                file.trim_end_matches(',').to_string() + if file.is_empty() { " " } else { "," },
                d.name,
                d.status.name(),
                esc(&summary.join("\n"))
            ));
        }
    }
    out
}

pub(crate) fn run(args: DiffArgs, color: bool) -> ExitCode {
    let mut stderr = std::io::stderr();
    let mut settings = settings_from_env(&[], &args.system);
    vmcmd_ghaf::install(&mut settings);
    let (dir, rev_a, rev_b) = split_args(&args.args, &settings.cwd);
    let Some(repo) = git::toplevel(&dir) else {
        let _ = writeln!(stderr, "error: '{}' is not inside a git work tree", dir.display());
        return ExitCode::from(2);
    };
    let sub = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.strip_prefix(repo.canonicalize().ok()?).ok().map(Path::to_path_buf));
    let sub = sub.unwrap_or_default();
    // Revisions are unpacked into memory-backed /dev/shm when it is there
    // (40x faster than a disk-backed /tmp for a Ghaf tree), unless TMPDIR
    // says otherwise.
    let shm = Path::new("/dev/shm");
    let tmp = if std::env::var_os("TMPDIR").is_none() && shm.is_dir() {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    };
    // both revisions are unpacked at once
    let (a, b) = std::thread::scope(|scope| {
        let b = rev_b.as_ref().map(|name| scope.spawn(|| git::checkout(&repo, name, &tmp)));
        let a = git::checkout(&repo, &rev_a, &tmp);
        let b = b.map(|h| h.join().unwrap_or_else(|_| Err("git failed".to_string())));
        (a, b)
    });
    let a = match a {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(stderr, "error: {e}");
            return ExitCode::from(2);
        }
    };
    let b = match b {
        Some(Ok(r)) => Some(r),
        Some(Err(e)) => {
            let _ = writeln!(stderr, "error: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let open = |p: PathBuf| Checkout::open(&p).map_err(|e| format!("error: {e}"));
    let checkout_a = match open(a.dir().join(&sub)) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(stderr, "{e} (revision {rev_a})");
            return ExitCode::from(2);
        }
    };
    let checkout_b = match open(b.as_ref().map_or(dir.clone(), |r| r.dir().join(&sub))) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(stderr, "{e}");
            return ExitCode::from(2);
        }
    };
    let label_b = rev_b.clone().unwrap_or_else(|| "working tree".to_string());
    // checkout-relative paths of the files the change touches
    let changed: Vec<String> =
        git::changed_files(&repo, &a.commit, b.as_ref().map(|r| r.commit.as_str()))
            .into_iter()
            .filter_map(|f| Path::new(&f).strip_prefix(&sub).ok().map(|p| p.display().to_string()))
            .collect();
    let commit_a = Some(a.commit.clone());
    let commit_b = b.as_ref().map(|r| r.commit.clone());
    let opts = Options {
        profile: args.profile.clone(),
        system: args.system.clone(),
        target: args.target.clone(),
        ..Options::default()
    };
    let only = args.vms.clone();
    // Both revisions are evaluated at once, one thread each: capture, then
    // (once the diff is known) the definitions behind the changes.
    let side = |checkout: Checkout,
                label: String,
                commit: Option<String>,
                to_main: mpsc::Sender<RevisionState>,
                from_main: mpsc::Receiver<Vec<(String, Vec<String>)>>| {
        let settings = settings.clone();
        let opts = opts.clone();
        let only = only.clone();
        let changed = changed.clone();
        std::thread::spawn(move || {
            vmcmd_eval::run_with_big_stack(move || {
                let render = |ev: &vmcmd_eval::Evaluator, e: vmcmd_eval::EvalError| {
                    render_vm_error(ev, e, Format::Concise, false)
                };
                let mut ev = vmcmd_eval::Evaluator::new(settings);
                let mut state =
                    diff::capture(&mut ev, &checkout, &opts, &label, commit.as_deref(), &render);
                if !only.is_empty() {
                    state.vms.retain(|k, _| only.contains(k));
                }
                if to_main.send(state).is_err() {
                    return Vec::new();
                }
                let wanted = from_main.recv().unwrap_or_default();
                wanted
                    .iter()
                    .map(|(vm, paths)| {
                        diff::side_info(&mut ev, &checkout, &opts, vm, paths, &changed)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let (tx_a, rx_a) = mpsc::channel();
    let (tx_b, rx_b) = mpsc::channel();
    let (ask_a, wanted_a) = mpsc::channel();
    let (ask_b, wanted_b) = mpsc::channel();
    let thread_a = side(checkout_a, rev_a.clone(), commit_a, tx_a, wanted_a);
    let thread_b = side(checkout_b, label_b, commit_b, tx_b, wanted_b);
    let (Ok(state_a), Ok(state_b)) = (rx_a.recv(), rx_b.recv()) else {
        let _ = writeln!(stderr, "error: the evaluation failed");
        return ExitCode::from(1);
    };
    let mut diffs = diff::diff(&state_a, &state_b);
    let wanted: Vec<(String, Vec<String>)> =
        diffs.iter().map(|d| (d.name.clone(), diff::wanted_paths(d))).collect();
    let _ = ask_a.send(wanted.clone());
    let _ = ask_b.send(wanted.clone());
    let infos_a = thread_a.join().unwrap_or_default();
    let infos_b = thread_b.join().unwrap_or_default();
    for (i, d) in diffs.iter_mut().enumerate() {
        if let (Some(a), Some(b)) = (infos_a.get(i), infos_b.get(i)) {
            diff::attach(d, &wanted[i].1, a, b);
        }
    }
    drop(a);
    drop(b);
    let changed = diffs.iter().any(|d| d.status != VmStatus::Same)
        || state_a.error != state_b.error
        || state_a.microvm_pin != state_b.microvm_pin;
    let context = match &args.target {
        Some(t) => format!("target {t}"),
        None => format!("built-in generic laptop host, profile {}", args.profile),
    };
    let text = match args.format {
        DiffFormat::Human => human(&state_a, &state_b, &context, &diffs, color),
        DiffFormat::Markdown => markdown(&state_a, &state_b, &context, &diffs),
        DiffFormat::Github => github(&state_a, &state_b, &diffs),
        DiffFormat::Json => {
            let doc = diff::to_json(&state_a, &state_b, &args.profile, &diffs);
            format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
        }
    };
    let _ = write!(std::io::stdout().lock(), "{text}");
    if state_a.error.is_some() && state_b.error.is_some() {
        return ExitCode::from(1);
    }
    if args.exit_code && changed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
