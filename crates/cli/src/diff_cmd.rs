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

/// What a revision's thread tells the main thread.
enum ToMain {
    /// The targets it has (or why it could not list them).
    Targets(Result<Vec<Option<String>>, String>),
    /// One target captured.
    State(Box<RevisionState>),
    /// The definitions behind the wanted option paths of one target.
    Infos(Vec<diff::SideInfo>),
}

/// What the main thread asks of a revision's thread.
enum ToSide {
    /// Capture these targets, in this order.
    Targets(Vec<Option<String>>),
    /// The option paths whose definitions to look up, per VM.
    Wanted(Vec<(String, Vec<String>)>),
}

/// One target's two revisions and their differences.
struct TargetDiff {
    /// `None`: the built-in generic host.
    target: Option<String>,
    state_a: RevisionState,
    state_b: RevisionState,
    diffs: Vec<VmDiff>,
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
    // Both revisions are evaluated at once, one thread each, target by
    // target in lockstep: capture, then (once the target's diff is known)
    // the definitions behind its changes. Each target gets a fresh
    // evaluator, so memory stays that of one target whatever their number.
    let side = |checkout: Checkout,
                label: String,
                commit: Option<String>,
                to_main: mpsc::Sender<ToMain>,
                from_main: mpsc::Receiver<ToSide>| {
        let mut settings = settings.clone();
        // the targets' evaluators share the revision's parsed files (the
        // two sides already keep both cores busy: nothing is parsed ahead)
        settings.parse_cache = Some(vmcmd_eval::parse_cache::ParseCache::new());
        let opts = opts.clone();
        let only = only.clone();
        let changed = changed.clone();
        let chosen = chosen.clone();
        std::thread::spawn(move || {
            vmcmd_eval::run_with_big_stack(move || {
                // one evaluator per target, each released after it
                vmcmd_eval::value::track_thunks(true);
                let render = |ev: &vmcmd_eval::Evaluator, e: vmcmd_eval::EvalError| {
                    render_vm_error(ev, e, Format::Concise, false)
                };
                let own: Result<Vec<Option<String>>, String> = match &chosen {
                    Some(list) if list.is_empty() => Ok(vec![None]),
                    Some(list) if !patterns => Ok(list.iter().cloned().map(Some).collect()),
                    _ => {
                        let mut ev = vmcmd_eval::Evaluator::new(settings.clone());
                        let listed = match checkout.targets(&mut ev, &opts) {
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
                if to_main.send(ToMain::Targets(own.clone())).is_err() {
                    return;
                }
                let Ok(ToSide::Targets(all)) = from_main.recv() else { return };
                // a side that could not list its targets has that error on each
                let (own, listing_error) = match own {
                    Ok(list) => (list, None),
                    Err(e) => (Vec::new(), Some(e)),
                };
                for t in all {
                    let o = Options { target: t.clone(), ..opts.clone() };
                    let mut ev = vmcmd_eval::Evaluator::new(settings.clone());
                    let mut state = if own.contains(&t) {
                        diff::capture(&mut ev, &checkout, &o, &label, commit.as_deref(), &render)
                    } else {
                        RevisionState {
                            label: label.clone(),
                            commit: commit.clone(),
                            layout: checkout.layout.name().to_string(),
                            error: Some(match (&listing_error, &t) {
                                (Some(e), _) => e.clone(),
                                (None, Some(t)) => format!("the revision has no target {t}"),
                                (None, None) => "no targets".to_string(),
                            }),
                            ..RevisionState::default()
                        }
                    };
                    if !only.is_empty() {
                        state.vms.retain(|k, _| only.contains(k));
                    }
                    if to_main.send(ToMain::State(Box::new(state))).is_err() {
                        return;
                    }
                    let Ok(ToSide::Wanted(list)) = from_main.recv() else { return };
                    let infos = list
                        .iter()
                        .map(|(vm, paths)| {
                            diff::side_info(&mut ev, &checkout, &o, vm, paths, &changed)
                        })
                        .collect();
                    // (everything sent is plain data: the evaluation can go)
                    ev.release();
                    if to_main.send(ToMain::Infos(infos)).is_err() {
                        return;
                    }
                }
            })
        })
    };
    let (tx_a, rx_a) = mpsc::channel();
    let (tx_b, rx_b) = mpsc::channel();
    let (ask_a, wanted_a) = mpsc::channel();
    let (ask_b, wanted_b) = mpsc::channel();
    let thread_a = side(checkout_a, rev_a.clone(), commit_a, tx_a, wanted_a);
    let thread_b = side(checkout_b, label_b, commit_b, tx_b, wanted_b);
    let (Ok(ToMain::Targets(ta)), Ok(ToMain::Targets(tb))) = (rx_a.recv(), rx_b.recv()) else {
        let _ = writeln!(stderr, "error: the evaluation failed");
        return ExitCode::from(1);
    };
    let listing_errors = [ta.as_ref().err().cloned(), tb.as_ref().err().cloned()];
    // every target of either side, in first-seen order
    let mut names: Vec<Option<String>> = ta.unwrap_or_default();
    for t in tb.unwrap_or_default() {
        if !names.contains(&t) {
            names.push(t);
        }
    }
    let _ = ask_a.send(ToSide::Targets(names.clone()));
    let _ = ask_b.send(ToSide::Targets(names.clone()));
    let mut results: Vec<TargetDiff> = Vec::new();
    for t in names {
        let (Ok(ToMain::State(state_a)), Ok(ToMain::State(state_b))) = (rx_a.recv(), rx_b.recv())
        else {
            let _ = writeln!(stderr, "error: the evaluation failed");
            return ExitCode::from(1);
        };
        let mut diffs = diff::diff(&state_a, &state_b);
        let wanted: Vec<(String, Vec<String>)> =
            diffs.iter().map(|d| (d.name.clone(), diff::wanted_paths(d))).collect();
        let _ = ask_a.send(ToSide::Wanted(wanted.clone()));
        let _ = ask_b.send(ToSide::Wanted(wanted.clone()));
        if let (Ok(ToMain::Infos(ia)), Ok(ToMain::Infos(ib))) = (rx_a.recv(), rx_b.recv()) {
            for (i, d) in diffs.iter_mut().enumerate() {
                if let (Some(a), Some(b), Some((_, paths))) = (ia.get(i), ib.get(i), wanted.get(i))
                {
                    diff::attach(d, paths, a, b);
                }
            }
        }
        results.push(TargetDiff { target: t, state_a: *state_a, state_b: *state_b, diffs });
    }
    let _ = thread_a.join();
    let _ = thread_b.join();
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
