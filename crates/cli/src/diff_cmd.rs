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
    /// laptop host (repeat for several; `*` and `?` match target names of
    /// either revision, e.g. `--target '*laptop*-debug'`).
    #[arg(long = "target", value_name = "NAME", conflicts_with = "all_targets")]
    targets: Vec<String>,
    /// Every target of the checkout (its flake's `nixosConfigurations`,
    /// of both revisions).
    #[arg(long)]
    all_targets: bool,
    /// The host system.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// What to print.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Exit with 1 when anything changed.
    #[arg(long)]
    exit_code: bool,
    /// Evaluate every target in both revisions, also those that read no
    /// file the change touches (by default revision B reuses A's result
    /// for them).
    #[arg(long)]
    no_reuse: bool,
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
    let mut out = format!("{}\n", header(a, b, profile));
    out.push_str(&revision_notes(a, b));
    out.push_str(&human_body(diffs, color, true));
    out
}

/// What is wrong with either revision, and the microvm.nix pin change.
fn revision_notes(a: &RevisionState, b: &RevisionState) -> String {
    let mut out = String::new();
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
        if a.epoch != b.epoch {
            out.push_str(
                "  (argument changes no option value explains come from the runner revisions)\n",
            );
        }
    }
    out
}

/// The changed VMs, and (with `unchanged`) the line naming the others.
fn human_body(diffs: &[VmDiff], color: bool, unchanged: bool) -> String {
    let paint =
        |code: &str, s: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let mut out = String::new();
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
    if unchanged && !same.is_empty() {
        out.push_str(&format!("\nunchanged: {}\n", same.join(", ")));
    }
    out
}

fn markdown(a: &RevisionState, b: &RevisionState, profile: &str, diffs: &[VmDiff]) -> String {
    let mut out =
        format!("## {}\n", header(a, b, profile).replacen("vmcmd diff", "VM command lines:", 1));
    if a.microvm_pin != b.microvm_pin {
        out.push_str(&format!(
            "\nmicrovm.nix pin: `{}` → `{}` (generated as {} → {})\n",
            a.microvm_pin.as_deref().unwrap_or("-"),
            b.microvm_pin.as_deref().unwrap_or("-"),
            a.epoch,
            b.epoch
        ));
    }
    if diffs.iter().all(|d| d.status == VmStatus::Same) {
        out.push_str("\nNo VM command line changes.\n");
    }
    out.push_str(&markdown_body(diffs, true));
    out
}

/// The changed VMs as Markdown, and (with `unchanged`) the others.
fn markdown_body(diffs: &[VmDiff], unchanged: bool) -> String {
    let mut out = String::new();
    let changed: Vec<&VmDiff> = diffs.iter().filter(|d| d.status != VmStatus::Same).collect();
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
    if unchanged && !same.is_empty() {
        out.push_str(&format!(
            "\nUnchanged: {}\n",
            same.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    out
}

/// A shell-style pattern with `*` and `?` matches all of `name`.
fn glob(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    // classic two-pointer match with backtracking to the last `*`
    let (mut i, mut j, mut star, mut mark) = (0, 0, None, 0);
    while j < n.len() {
        if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some(i);
            mark = j;
            i += 1;
        } else if let Some(s) = star {
            i = s + 1;
            mark += 1;
            j = mark;
        } else {
            return false;
        }
    }
    while i < p.len() && p[i] == '*' {
        i += 1;
    }
    i == p.len()
}

/// What the two revisions share with the evaluation threads (index 0:
/// revision A, 1: revision B).
struct Shared {
    checkouts: [Checkout; 2],
    labels: [String; 2],
    commits: [Option<String>; 2],
    settings: [vmcmd_eval::Settings; 2],
    opts: Options,
    only: Vec<String>,
    changed: Vec<String>,
    /// `None`: every target; `Some([])`: the generic host.
    chosen: Option<Vec<String>>,
    patterns: bool,
}

/// Work for an evaluation thread.
enum Job {
    /// List a side's targets.
    List(usize),
    /// Evaluate every VM of target `t` of a side, recording the files it
    /// reads when `log`.
    Capture { side: usize, t: usize, target: Option<String>, log: bool },
    /// The definitions behind the wanted option paths of target `t`, per VM.
    Explain { side: usize, t: usize, target: Option<String>, wanted: Vec<(String, Vec<String>)> },
}

/// What an evaluation thread reports.
enum Done {
    /// A side's targets (or why it could not list them).
    Targets(usize, Result<Vec<Option<String>>, String>),
    /// One target of a side captured, with the files it read.
    State {
        side: usize,
        t: usize,
        state: Box<RevisionState>,
        reads: Option<std::collections::BTreeMap<PathBuf, vmcmd_eval::eval::Access>>,
    },
    Infos {
        side: usize,
        t: usize,
        infos: Vec<diff::SideInfo>,
    },
    /// The thread stopped on a bug (a panic); nothing more comes from it.
    Failed,
}

/// An evaluation thread: takes jobs until the queue closes.
fn worker(
    shared: &Shared,
    jobs: &std::sync::Mutex<mpsc::Receiver<Job>>,
    done: &mpsc::Sender<Done>,
) {
    // one evaluator per job, each released after it
    vmcmd_eval::value::track_thunks(true);
    let render = |ev: &vmcmd_eval::Evaluator, e: vmcmd_eval::EvalError| {
        render_vm_error(ev, e, Format::Concise, false)
    };
    loop {
        let job = match jobs.lock() {
            Ok(rx) => match rx.recv() {
                Ok(j) => j,
                Err(_) => return,
            },
            Err(_) => return,
        };
        let sent = match job {
            Job::List(side) => {
                let listed = match &shared.chosen {
                    Some(list) if list.is_empty() => Ok(vec![None]),
                    Some(list) if !shared.patterns => Ok(list.iter().cloned().map(Some).collect()),
                    chosen => {
                        let mut ev = vmcmd_eval::Evaluator::new(shared.settings[side].clone());
                        let listed = match shared.checkouts[side].targets(&mut ev, &shared.opts) {
                            Ok(all) => Ok(all
                                .into_iter()
                                .filter(|t| {
                                    chosen.as_ref().is_none_or(|l| l.iter().any(|p| glob(p, t)))
                                })
                                .map(Some)
                                .collect()),
                            Err(e) => Err(format!("cannot list the targets: {}", render(&ev, *e))),
                        };
                        ev.release();
                        listed
                    }
                };
                done.send(Done::Targets(side, listed))
            }
            Job::Capture { side, t, target, log } => {
                let o = Options { target, ..shared.opts.clone() };
                let mut ev = vmcmd_eval::Evaluator::new(shared.settings[side].clone());
                if log {
                    ev.log_reads();
                }
                let mut state = diff::capture(
                    &mut ev,
                    &shared.checkouts[side],
                    &o,
                    &shared.labels[side],
                    shared.commits[side].as_deref(),
                    &render,
                );
                if !shared.only.is_empty() {
                    state.vms.retain(|k, _| shared.only.contains(k));
                }
                let reads = log.then(|| ev.reads());
                ev.release();
                done.send(Done::State { side, t, state: Box::new(state), reads })
            }
            Job::Explain { side, t, target, wanted } => {
                let o = Options { target, ..shared.opts.clone() };
                let mut ev = vmcmd_eval::Evaluator::new(shared.settings[side].clone());
                let infos = wanted
                    .iter()
                    .map(|(vm, paths)| {
                        diff::side_info(
                            &mut ev,
                            &shared.checkouts[side],
                            &o,
                            vm,
                            paths,
                            &shared.changed,
                        )
                    })
                    .collect();
                ev.release();
                done.send(Done::Infos { side, t, infos })
            }
        };
        if sent.is_err() {
            return;
        }
    }
}

/// One target's two revisions and their differences.
struct TargetDiff {
    /// `None`: the built-in generic host.
    target: Option<String>,
    state_a: RevisionState,
    state_b: RevisionState,
    diffs: Vec<VmDiff>,
    /// Revision B's result is A's: no file A's evaluation read changed.
    reused: bool,
}

impl TargetDiff {
    fn changed(&self) -> bool {
        self.diffs.iter().any(|d| d.status != VmStatus::Same)
            || self.state_a.error != self.state_b.error
            || self.state_a.microvm_pin != self.state_b.microvm_pin
    }

    fn name(&self) -> &str {
        self.target.as_deref().unwrap_or("generic")
    }

    /// Nothing could be evaluated on either side (the same failure).
    fn failed_both(&self) -> Option<String> {
        if let (Some(a), Some(b)) = (&self.state_a.error, &self.state_b.error) {
            return (a == b).then(|| a.clone());
        }
        let all = !self.diffs.is_empty()
            && self
                .diffs
                .iter()
                .all(|d| d.error.0.is_some() && d.error.1.is_some() && d.status == VmStatus::Same);
        all.then(|| self.diffs[0].error.0.clone().unwrap_or_default())
    }
}

/// Several targets: what changed, each distinct change once with the
/// targets it applies to, then the targets where nothing changed.
fn many_targets(results: &[TargetDiff], format: DiffFormat, profile: &str, color: bool) -> String {
    let Some(first) = results.first() else { return String::new() };
    let (a, b) = (&first.state_a, &first.state_b);
    let context = format!("{} targets, profile {profile}", results.len());
    if format == DiffFormat::Json {
        let targets: Vec<serde_json::Value> = results
            .iter()
            .map(|r| {
                let doc = diff::to_json(&r.state_a, &r.state_b, r.name(), profile, &r.diffs);
                serde_json::json!({
                    "host": r.name(),
                    "before_error": r.state_a.error,
                    "after_error": r.state_b.error,
                    "changed": doc["changed"],
                    "reused": r.reused,
                    "vms": doc["vms"],
                })
            })
            .collect();
        let doc = diff::to_json(a, b, "targets", profile, &[]);
        let doc = serde_json::json!({
            "schema_version": doc["schema_version"],
            "before": doc["before"],
            "after": doc["after"],
            "profile": profile,
            "changed": results.iter().any(TargetDiff::changed),
            "targets": targets,
        });
        return format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default());
    }
    if format == DiffFormat::Github {
        // identical notices of several targets once
        let mut seen = std::collections::BTreeSet::new();
        let mut out = String::new();
        for r in results {
            for line in github(&r.state_a, &r.state_b, &r.diffs).lines() {
                if seen.insert(line.to_string()) {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        return out;
    }
    let markdown_fmt = format == DiffFormat::Markdown;
    // distinct bodies in order of first appearance, with their targets
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    let mut same: Vec<&str> = Vec::new();
    let mut failed: Vec<(&str, String)> = Vec::new();
    for r in results {
        if let Some(e) = r.failed_both() {
            failed.push((r.name(), e));
            continue;
        }
        if !r.changed() {
            same.push(r.name());
            continue;
        }
        let mut body = String::new();
        for (s, which) in [(&r.state_a, "before"), (&r.state_b, "after")] {
            if let Some(e) = &s.error
                && r.state_a.error != r.state_b.error
            {
                body.push_str(&format!("{which}: {}\n", e.trim_end()));
            }
        }
        body.push_str(&if markdown_fmt {
            markdown_body(&r.diffs, false)
        } else {
            human_body(&r.diffs, color, false)
        });
        match groups.iter_mut().find(|(b, _)| *b == body) {
            Some((_, ts)) => ts.push(r.name()),
            None => groups.push((body, vec![r.name()])),
        }
    }
    let mut out = if markdown_fmt {
        format!("## {}\n", header(a, b, &context).replacen("vmcmd diff", "VM command lines:", 1))
    } else {
        format!("{}\n", header(a, b, &context))
    };
    if a.microvm_pin != b.microvm_pin {
        out.push_str(&revision_notes(
            &RevisionState { error: None, ..a.clone() },
            &RevisionState { error: None, ..b.clone() },
        ));
    }
    for (body, targets) in &groups {
        let n = targets.len();
        if markdown_fmt {
            let list: Vec<String> = targets.iter().map(|t| format!("`{t}`")).collect();
            out.push_str(&format!(
                "\n### On {n} target{}: {}\n{body}",
                if n == 1 { "" } else { "s" },
                list.join(", ")
            ));
        } else {
            out.push_str(&format!(
                "\n== on {n} target{}: {}\n{body}",
                if n == 1 { "" } else { "s" },
                targets.join(", ")
            ));
        }
    }
    if !same.is_empty() {
        out.push_str(&format!("\nno change on: {}\n", same.join(", ")));
        let reused = results.iter().filter(|r| r.reused).count();
        if reused > 0 {
            out.push_str(&format!(
                "  ({reused} of them read no file that differs between the revisions: evaluated once)\n"
            ));
        }
    }
    if let Some((_, first)) = failed.first() {
        let names: Vec<&str> = failed.iter().map(|(n, _)| *n).collect();
        out.push_str(&format!(
            "\nnot evaluated on either side ({}): {}\n  first error: {}\n",
            names.len(),
            names.join(", "),
            first.lines().next().unwrap_or_default()
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
    // reads stay in the two revisions' trees (and the search path)
    crate::eval_cmd::confine(
        &mut settings,
        &[checkout_a.root.as_path(), checkout_b.root.as_path()],
    );
    // what the change touches, checkout-relative: with git's status
    // between two commits, by name against the work tree
    let relative = |f: &str| Path::new(f).strip_prefix(&sub).ok().map(|p| p.display().to_string());
    let entries: Option<Vec<(char, String)>> = b
        .as_ref()
        .and_then(|rb| git::changed_entries(&repo, &a.commit, &rb.commit))
        .map(|e| e.into_iter().filter_map(|(s, f)| relative(&f).map(|p| (s, p))).collect());
    let changed: Vec<String> = match &entries {
        Some(e) => e.iter().map(|(_, p)| p.clone()).collect(),
        None => git::changed_files(&repo, &a.commit, b.as_ref().map(|r| r.commit.as_str()))
            .into_iter()
            .filter_map(|f| relative(&f))
            .collect(),
    };
    let commit_a = Some(a.commit.clone());
    let commit_b = b.as_ref().map(|r| r.commit.clone());
    let opts = Options {
        profile: args.profile.clone(),
        system: args.system.clone(),
        ..Options::default()
    };
    // `None`: the generic host; `Some(list)`: these targets; for
    // --all-targets each side lists its own
    let chosen: Option<Vec<String>> = if args.all_targets {
        None
    } else if args.targets.is_empty() {
        Some(Vec::new())
    } else {
        Some(args.targets.clone())
    };
    let patterns = chosen.as_ref().is_some_and(|l| l.iter().any(|t| t.contains(['*', '?'])));
    let only = args.vms.clone();
    // Two evaluation threads take jobs from one queue: list each side's
    // targets, capture a target of a side, look up the definitions behind
    // a target's changes. Each job gets a fresh evaluator, released after
    // it, so memory stays that of one target whatever their number. When
    // both sides are commits with the same model inputs, revision A's
    // evaluation of a target records the files it looked at; if none of
    // them changed, revision B's result is A's and B is not evaluated.
    let changes = entries.filter(|_| !args.no_reuse && diff::same_model(&checkout_a, &checkout_b));
    let reuse = changes.is_some();
    let root_a = checkout_a.root.clone();
    let mut side_settings = [settings.clone(), settings.clone()];
    for s in &mut side_settings {
        // one revision's evaluators share its parsed files (both cores
        // already evaluate: nothing is parsed ahead)
        s.parse_cache = Some(vmcmd_eval::parse_cache::ParseCache::new());
    }
    let shared = std::sync::Arc::new(Shared {
        checkouts: [checkout_a, checkout_b],
        labels: [rev_a.clone(), label_b],
        commits: [commit_a, commit_b],
        settings: side_settings,
        opts: opts.clone(),
        only: only.clone(),
        changed: changed.clone(),
        chosen: chosen.clone(),
        patterns,
    });
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = std::sync::Arc::new(std::sync::Mutex::new(job_rx));
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let shared = shared.clone();
            let jobs = job_rx.clone();
            let done = done_tx.clone();
            std::thread::spawn(move || {
                vmcmd_eval::run_with_big_stack(move || {
                    // a bug in one thread must not leave the other and the
                    // main thread waiting for ever
                    let work = std::panic::AssertUnwindSafe(|| worker(&shared, &jobs, &done));
                    if std::panic::catch_unwind(work).is_err() {
                        let _ = done.send(Done::Failed);
                    }
                })
            })
        })
        .collect();
    drop(done_tx);
    let _ = job_tx.send(Job::List(0));
    let _ = job_tx.send(Job::List(1));
    let mut listed: [Option<Result<Vec<Option<String>>, String>>; 2] = [None, None];
    while listed.iter().any(Option::is_none) {
        match done_rx.recv() {
            Ok(Done::Targets(side, list)) => listed[side] = Some(list),
            _ => {
                let _ = writeln!(stderr, "error: the evaluation failed");
                return ExitCode::from(1);
            }
        }
    }
    let [Some(ta), Some(tb)] = listed else { return ExitCode::from(1) };
    let listing_errors = [ta.as_ref().err().cloned(), tb.as_ref().err().cloned()];
    let own = [ta.clone().unwrap_or_default(), tb.clone().unwrap_or_default()];
    // every target of either side, in first-seen order
    let mut names: Vec<Option<String>> = ta.unwrap_or_default();
    for t in tb.unwrap_or_default() {
        if !names.contains(&t) {
            names.push(t);
        }
    }
    let n = names.len();
    let mut states: Vec<[Option<RevisionState>; 2]> = (0..n).map(|_| [None, None]).collect();
    let mut infos: Vec<[Option<Vec<diff::SideInfo>>; 2]> = (0..n).map(|_| [None, None]).collect();
    let mut diffs: Vec<Option<Vec<VmDiff>>> = vec![None; n];
    let mut wanted: Vec<Vec<(String, Vec<String>)>> = vec![Vec::new(); n];
    let mut reused = vec![false; n];
    // With one target, both revisions are evaluated at once on the two
    // cores: waiting for A's reads to skip B would not save time.
    let reuse = reuse && n > 1;
    let mut pending = 0usize;
    // a side without the target: its state is the reason
    let missing = |side: usize, t: &Option<String>| RevisionState {
        label: shared.labels[side].clone(),
        commit: shared.commits[side].clone(),
        layout: shared.checkouts[side].layout.name().to_string(),
        error: Some(match (&listing_errors[side], t) {
            (Some(e), _) => e.clone(),
            (None, Some(t)) => format!("the revision has no target {t}"),
            (None, None) => "no targets".to_string(),
        }),
        ..RevisionState::default()
    };
    for (i, t) in names.iter().enumerate() {
        for side in 0..2 {
            if !own[side].contains(t) {
                states[i][side] = Some(missing(side, t));
            } else if side == 0 || !reuse || !own[0].contains(t) {
                let log = reuse && side == 0;
                let _ = job_tx.send(Job::Capture { side, t: i, target: t.clone(), log });
                pending += 1;
            }
        }
    }
    let settle = |i: usize,
                  states: &mut Vec<[Option<RevisionState>; 2]>,
                  pending: &mut usize,
                  diffs: &mut Vec<Option<Vec<VmDiff>>>,
                  wanted: &mut Vec<Vec<(String, Vec<String>)>>| {
        let [Some(sa), Some(sb)] = &states[i] else { return };
        let d = diff::diff(sa, sb);
        let w: Vec<(String, Vec<String>)> =
            d.iter().map(|d| (d.name.clone(), diff::wanted_paths(d))).collect();
        if w.iter().any(|(_, p)| !p.is_empty()) {
            for side in 0..2 {
                let _ = job_tx.send(Job::Explain {
                    side,
                    t: i,
                    target: names[i].clone(),
                    wanted: w.clone(),
                });
                *pending += 1;
            }
        }
        diffs[i] = Some(d);
        wanted[i] = w;
    };
    for i in 0..n {
        settle(i, &mut states, &mut pending, &mut diffs, &mut wanted);
    }
    while pending > 0 {
        let Ok(msg) = done_rx.recv() else {
            let _ = writeln!(stderr, "error: the evaluation failed");
            return ExitCode::from(1);
        };
        pending -= 1;
        match msg {
            Done::Targets(..) => {}
            Done::Failed => {
                let _ = writeln!(stderr, "error: the evaluation failed");
                return ExitCode::from(1);
            }
            Done::State { side, t, state, reads } => {
                if side == 0 && reuse && states[t][1].is_none() && own[1].contains(&names[t]) {
                    let unaffected = match (&reads, &changes) {
                        (Some(r), Some(c)) => diff::unaffected(r, &root_a, c),
                        _ => false,
                    };
                    if unaffected {
                        let mut b = (*state).clone();
                        b.label = shared.labels[1].clone();
                        b.commit = shared.commits[1].clone();
                        states[t][1] = Some(b);
                        reused[t] = true;
                    } else {
                        let _ = job_tx.send(Job::Capture {
                            side: 1,
                            t,
                            target: names[t].clone(),
                            log: false,
                        });
                        pending += 1;
                    }
                }
                states[t][side] = Some(*state);
                settle(t, &mut states, &mut pending, &mut diffs, &mut wanted);
            }
            Done::Infos { side, t, infos: list } => {
                infos[t][side] = Some(list);
                if let [Some(ia), Some(ib)] = &infos[t]
                    && let Some(d) = diffs[t].as_mut()
                {
                    for (i, vm) in d.iter_mut().enumerate() {
                        if let (Some(a), Some(b), Some((_, paths))) =
                            (ia.get(i), ib.get(i), wanted[t].get(i))
                        {
                            diff::attach(vm, paths, a, b);
                        }
                    }
                }
            }
        }
    }
    drop(job_tx);
    for w in workers {
        let _ = w.join();
    }
    let mut results: Vec<TargetDiff> = Vec::new();
    for (i, t) in names.into_iter().enumerate() {
        let [Some(state_a), Some(state_b)] = std::mem::take(&mut states[i]) else {
            let _ = writeln!(stderr, "error: the evaluation failed");
            return ExitCode::from(1);
        };
        let diffs = diffs[i].take().unwrap_or_default();
        results.push(TargetDiff { target: t, state_a, state_b, diffs, reused: reused[i] });
    }
    if results.is_empty() {
        // no target could be listed on either side, or none matched
        let errors: Vec<String> = listing_errors.into_iter().flatten().collect();
        if errors.is_empty() {
            let asked = if args.all_targets {
                "--all-targets: neither revision has a target".to_string()
            } else {
                format!("no target of either revision matches {}", args.targets.join(", "))
            };
            let _ = writeln!(stderr, "error: {asked} (`vmcmd list DIR --targets` lists them)");
            return ExitCode::from(2);
        }
        for e in errors {
            let _ = writeln!(stderr, "error: {e}");
        }
        return ExitCode::from(1);
    }
    drop(a);
    drop(b);
    let changed = results.iter().any(TargetDiff::changed);
    let text = if results.len() == 1 && !args.all_targets && args.targets.len() <= 1 && !patterns {
        let r = &results[0];
        let context = match &r.target {
            Some(t) => format!("target {t}"),
            None => format!("built-in generic laptop host, profile {}", args.profile),
        };
        let host = r.target.as_deref().unwrap_or("generic");
        match args.format {
            DiffFormat::Human => human(&r.state_a, &r.state_b, &context, &r.diffs, color),
            DiffFormat::Markdown => markdown(&r.state_a, &r.state_b, &context, &r.diffs),
            DiffFormat::Github => github(&r.state_a, &r.state_b, &r.diffs),
            DiffFormat::Json => {
                let doc = diff::to_json(&r.state_a, &r.state_b, host, &args.profile, &r.diffs);
                format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
            }
        }
    } else {
        many_targets(&results, args.format, &args.profile, color)
    };
    let _ = write!(std::io::stdout().lock(), "{text}");
    if results.iter().all(|r| r.state_a.error.is_some() && r.state_b.error.is_some()) {
        return ExitCode::from(1);
    }
    if args.exit_code && changed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn target_patterns() {
        assert!(glob("*laptop*-debug", "intel-laptop-low-mem-debug"));
        assert!(!glob("*laptop*-debug", "intel-laptop-release"));
        assert!(glob("vm-?ebug", "vm-debug"));
        assert!(glob("*", "anything"));
        assert!(!glob("vm", "vm-debug"));
    }
}
