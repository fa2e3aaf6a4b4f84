//! `vmcmd diff`: how every VM's command line changes between two
//! revisions of a checkout, and which options and definitions are
//! responsible. Arguments are compared as groups (a flag and the values
//! that follow it, e.g. `-device virtio-net-pci,…`), aligned with a
//! longest common subsequence, so that one changed device reads as one
//! change, not as a shifted token stream.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};
use vmcmd_eval::Evaluator;
use vmcmd_microvm::explain::{Definition, option_infos};

use crate::{Checkout, Options};

/// One VM of one revision, as far as the diff needs it.
#[derive(Debug, Clone, Default)]
pub struct VmState {
    pub name: String,
    /// The file that defines it, relative to the checkout.
    pub file: Option<String>,
    pub hypervisor: Option<String>,
    /// `microvm-run`'s command: each argument with its option paths.
    pub argv: Vec<(String, Vec<String>)>,
    /// Every `bin/` script.
    pub scripts: BTreeMap<String, String>,
    /// Why it could not be evaluated or was rejected.
    pub error: Option<String>,
}

/// Everything one revision says.
#[derive(Debug, Clone, Default)]
pub struct RevisionState {
    /// What the user called it (`ghaf-26.07.1`, `working tree`).
    pub label: String,
    /// The commit, when it is one.
    pub commit: Option<String>,
    pub layout: String,
    /// `owner/repo@rev (date)` of the pinned microvm.nix.
    pub microvm_pin: Option<String>,
    /// The epoch the revision is generated for (`microvm.nix c5a04bc (…), nixpkgs …`).
    pub epoch: String,
    pub vms: BTreeMap<String, VmState>,
    /// Why no VM could be listed.
    pub error: Option<String>,
}

/// Evaluates every VM of `checkout` (the evaluator is kept by the caller
/// for [`responsible`]). Errors are recorded, never returned.
pub fn capture(
    ev: &mut Evaluator,
    checkout: &Checkout,
    opts: &Options,
    label: &str,
    commit: Option<&str>,
    render_error: &dyn Fn(&Evaluator, vmcmd_eval::EvalError) -> String,
) -> RevisionState {
    let mut state = RevisionState {
        label: label.to_string(),
        commit: commit.map(str::to_string),
        layout: checkout.layout.name().to_string(),
        microvm_pin: checkout.lock.as_ref().and_then(|l| l.microvm.as_ref()).map(|p| p.describe()),
        epoch: checkout.epoch(opts).describe(),
        ..RevisionState::default()
    };
    // messages name files relative to the checkout, not the temporary
    // directory a revision was unpacked into
    let root = format!("{}/", checkout.root.display());
    let render = |ev: &Evaluator, e: vmcmd_eval::EvalError| render_error(ev, e).replace(&root, "");
    let vms = match checkout.vms(ev, opts) {
        Ok(v) => v,
        Err(e) => {
            state.error = Some(render(ev, *e));
            return state;
        }
    };
    for (name, file) in vms {
        let source = checkout.vm_source(ev, opts, &name);
        let mut vm = VmState { name: name.clone(), file, ..VmState::default() };
        match vmcmd_microvm::vm::evaluate(ev, &source) {
            Err(e) => vm.error = Some(render(ev, *e)),
            Ok(result) => {
                vm.hypervisor = Some(result.hypervisor.clone());
                if let Some(r) = result.rejection() {
                    vm.error = Some(format!("{}: {}", r.kind, r.message.replace(&root, "")));
                } else if let Ok(runner) = &result.runner {
                    vm.argv = runner
                        .command
                        .args()
                        .map(|a| (a.text.clone(), a.sources.clone()))
                        .collect();
                    vm.scripts =
                        runner.scripts.iter().map(|(k, s)| (k.clone(), s.text.clone())).collect();
                }
            }
        }
        state.vms.insert(name, vm);
    }
    state
}

/// Whether two revisions' checkouts are evaluated with the same model:
/// same layout, same `flake.lock` pins, same stubbed flake inputs (what
/// [`Checkout::open`] reads outside the evaluation).
pub fn same_model(a: &Checkout, b: &Checkout) -> bool {
    a.layout == b.layout && a.lock == b.lock && a.external == b.external
}

/// Whether an evaluation of revision A that looked at `reads` (paths under
/// `root`, the checkout of A; see [`vmcmd_eval::eval::Access`]) gives the
/// same result in revision B, which differs by `changes` (`(status,
/// path)`, checkout-relative, see [`crate::git::changed_entries`]): no
/// file it read changed, and no directory it listed or probed gained or
/// lost an entry. Paths outside `root` are the same for both revisions.
pub fn unaffected(
    reads: &BTreeMap<PathBuf, vmcmd_eval::eval::Access>,
    root: &Path,
    changes: &[(char, String)],
) -> bool {
    use vmcmd_eval::eval::Access;
    reads.iter().all(|(path, how)| {
        let Ok(rel) = path.strip_prefix(root) else { return true };
        changes.iter().all(|(status, changed)| {
            let changed = Path::new(changed);
            if changed == rel {
                return false;
            }
            if !changed.starts_with(rel) {
                return true;
            }
            // below a directory it read (all of it) or listed (entries)
            match how {
                Access::Read => false,
                Access::Probe => *status == 'M',
            }
        })
    })
}

/// A flag and the values that follow it (or the hypervisor binary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub words: Vec<String>,
    /// The option paths of its words, first occurrence order.
    pub sources: Vec<String>,
}

impl Group {
    /// The flag (`-device`), or `""` for the binary.
    pub fn flag(&self) -> &str {
        self.words.first().map(String::as_str).filter(|w| w.starts_with('-')).unwrap_or("")
    }

    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// Splits a command into groups: every word starting with `-` opens one.
pub fn groups(argv: &[(String, Vec<String>)]) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (i, (word, sources)) in argv.iter().enumerate() {
        // a flag opens a group; so does a path after a flag that has its
        // value already (crosvm's positional kernel image)
        let opens = i == 0
            || (word.starts_with('-') && word.len() > 1)
            || (word.starts_with('/') && out.last().is_some_and(|g| g.words.len() >= 2));
        if opens || out.is_empty() {
            out.push(Group { words: Vec::new(), sources: Vec::new() });
        }
        let Some(g) = out.last_mut() else { continue };
        g.words.push(word.clone());
        for s in sources {
            if !g.sources.contains(s) {
                g.sources.push(s.clone());
            }
        }
    }
    out
}

/// One difference in a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Removed(Group),
    Added(Group),
    /// The same flag at the same place with other values.
    Changed(Group, Group),
    /// The same group at another place (before, after: the options
    /// producing it may differ).
    Moved(Group, Group),
}

impl Change {
    /// The option paths behind the change (both sides).
    pub fn sources(&self) -> Vec<String> {
        let mut out = Vec::new();
        let (a, b) = match self {
            Change::Removed(g) | Change::Added(g) => (Some(g), None),
            Change::Changed(x, y) | Change::Moved(x, y) => (Some(x), Some(y)),
        };
        for g in [a, b].into_iter().flatten() {
            for s in &g.sources {
                if !out.contains(s) {
                    out.push(s.clone());
                }
            }
        }
        out
    }
}

/// Edit script of `a` → `b` by longest common subsequence.
fn lcs<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if a[i] == b[j] { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if j < m && (i == n || t[i][j + 1] >= t[i + 1][j]) {
            out.push((None, Some(j)));
            j += 1;
        } else {
            out.push((Some(i), None));
            i += 1;
        }
    }
    out
}

/// The argument changes from `a` to `b`: removed and added groups of one
/// run with the same flag pair up as changes.
pub fn command_changes(a: &[(String, Vec<String>)], b: &[(String, Vec<String>)]) -> Vec<Change> {
    let (ga, gb) = (groups(a), groups(b));
    let (ta, tb): (Vec<Vec<String>>, Vec<Vec<String>>) = (
        ga.iter().map(|g| g.words.clone()).collect(),
        gb.iter().map(|g| g.words.clone()).collect(),
    );
    let mut out = Vec::new();
    let mut removed: Vec<Group> = Vec::new();
    let mut added: Vec<Group> = Vec::new();
    let flush = |removed: &mut Vec<Group>, added: &mut Vec<Group>, out: &mut Vec<Change>| {
        let mut adds: Vec<Option<Group>> = added.drain(..).map(Some).collect();
        for r in removed.drain(..) {
            // an identical group first (a move), then one with the same flag
            if let Some(slot) =
                adds.iter_mut().find(|x| x.as_ref().is_some_and(|g| g.words == r.words))
            {
                if let Some(g) = slot.take() {
                    out.push(Change::Moved(r, g));
                }
                continue;
            }
            match adds.iter_mut().find(|x| x.as_ref().is_some_and(|g| g.flag() == r.flag())) {
                Some(slot) => {
                    if let Some(g) = slot.take() {
                        out.push(Change::Changed(r, g));
                    }
                }
                None => out.push(Change::Removed(r)),
            }
        }
        out.extend(adds.into_iter().flatten().map(Change::Added));
    };
    for step in lcs(&ta, &tb) {
        match step {
            (Some(_), Some(_)) => flush(&mut removed, &mut added, &mut out),
            (Some(i), None) => removed.push(ga[i].clone()),
            (None, Some(j)) => added.push(gb[j].clone()),
            (None, None) => {}
        }
    }
    flush(&mut removed, &mut added, &mut out);
    // a group that left one place and appeared at another is one move
    let mut i = 0;
    while i < out.len() {
        if let Change::Removed(r) = &out[i]
            && let Some(j) =
                out.iter().position(|c| matches!(c, Change::Added(g) if g.words == r.words))
            && let Change::Added(g) = &out[j]
        {
            let moved = Change::Moved(r.clone(), g.clone());
            out.remove(j.max(i));
            out.remove(j.min(i));
            out.insert(j.min(i), moved);
        }
        i += 1;
    }
    out
}

/// Lines removed and added in one script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptChange {
    pub name: String,
    pub removed: Vec<String>,
    pub added: Vec<String>,
}

/// Script changes other than `microvm-run`'s command line (compared as
/// arguments).
pub fn script_changes(
    a: &BTreeMap<String, String>,
    b: &BTreeMap<String, String>,
) -> Vec<ScriptChange> {
    let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let mut out = Vec::new();
    for name in names {
        let lines = |m: &BTreeMap<String, String>| -> Vec<String> {
            m.get(name)
                .map(|t| {
                    t.lines()
                        .filter(|l| !(name == "microvm-run" && l.starts_with("exec ")))
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        };
        let (la, lb) = (lines(a), lines(b));
        if la == lb && a.contains_key(name) == b.contains_key(name) {
            continue;
        }
        let mut change =
            ScriptChange { name: name.clone(), removed: Vec::new(), added: Vec::new() };
        for step in lcs(&la, &lb) {
            match step {
                (Some(i), None) => change.removed.push(la[i].clone()),
                (None, Some(j)) => change.added.push(lb[j].clone()),
                _ => {}
            }
        }
        out.push(change);
    }
    out
}

/// How one VM differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VmStatus {
    Added,
    Removed,
    Changed,
    Same,
}

impl VmStatus {
    pub fn name(&self) -> &'static str {
        match self {
            VmStatus::Added => "added",
            VmStatus::Removed => "removed",
            VmStatus::Changed => "changed",
            VmStatus::Same => "same",
        }
    }
}

/// Where a definition is, for the diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// Relative to the checkout, or `<microvm.nix>` / `<NixOS>` / `<vmcmd>`.
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub priority: i64,
    /// The file differs between the two revisions.
    pub changed: bool,
}

impl Site {
    pub fn describe(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

/// An option whose value differs, with its winning definitions before and
/// after.
#[derive(Debug, Clone, PartialEq)]
pub struct Responsible {
    pub option: String,
    pub before: Option<Json>,
    pub after: Option<Json>,
    pub sites_before: Vec<Site>,
    pub sites_after: Vec<Site>,
}

/// One VM's diff.
#[derive(Debug, Clone, PartialEq)]
pub struct VmDiff {
    pub name: String,
    pub status: VmStatus,
    pub file: Option<String>,
    pub hypervisor: (Option<String>, Option<String>),
    pub error: (Option<String>, Option<String>),
    pub args: Vec<Change>,
    pub scripts: Vec<ScriptChange>,
    pub responsible: Vec<Responsible>,
}

/// Compares two revisions VM by VM (no definitions yet: [`responsible`]).
pub fn diff(a: &RevisionState, b: &RevisionState) -> Vec<VmDiff> {
    let names: BTreeSet<&String> = a.vms.keys().chain(b.vms.keys()).collect();
    let mut out = Vec::new();
    for name in names {
        let (va, vb) = (a.vms.get(name), b.vms.get(name));
        let empty = VmState::default();
        let (sa, sb) = (va.unwrap_or(&empty), vb.unwrap_or(&empty));
        let args = command_changes(&sa.argv, &sb.argv);
        let scripts = script_changes(&sa.scripts, &sb.scripts);
        let status = match (va, vb) {
            (None, Some(_)) => VmStatus::Added,
            (Some(_), None) => VmStatus::Removed,
            _ if args.is_empty()
                && scripts.is_empty()
                && sa.error == sb.error
                && sa.hypervisor == sb.hypervisor =>
            {
                VmStatus::Same
            }
            _ => VmStatus::Changed,
        };
        out.push(VmDiff {
            name: name.clone(),
            status,
            file: sb.file.clone().or_else(|| sa.file.clone()),
            hypervisor: (
                va.and_then(|v| v.hypervisor.clone()),
                vb.and_then(|v| v.hypervisor.clone()),
            ),
            error: (sa.error.clone(), sb.error.clone()),
            args,
            scripts,
            responsible: Vec::new(),
        });
    }
    out
}

fn sites(defs: &[Definition], root: &Path, changed: &[String]) -> Vec<Site> {
    let mut out: Vec<Site> = Vec::new();
    for (d, priority) in defs.iter().filter(|d| d.won).filter_map(|d| Some((d, d.priority?))) {
        let file = Path::new(&d.location.file)
            .strip_prefix(root)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| d.location.file.clone());
        let site = Site {
            changed: changed.contains(&file),
            file,
            line: if d.location.builtin { None } else { d.location.line },
            column: if d.location.builtin { None } else { d.location.column },
            priority,
        };
        if !out.contains(&site) {
            out.push(site);
        }
    }
    out
}

/// The option paths to explain a changed VM by: those behind its changed
/// arguments, `microvm.hypervisor` when that changed, and the NixOS
/// options microvm.nix derives them from. Empty for other VMs.
pub fn wanted_paths(d: &VmDiff) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    if d.status != VmStatus::Changed {
        return paths;
    }
    if d.hypervisor.0 != d.hypervisor.1 {
        paths.push("microvm.hypervisor".into());
    }
    for c in &d.args {
        for s in c.sources() {
            if !paths.contains(&s) {
                paths.push(s);
            }
        }
    }
    for (derived, feeder) in vmcmd_microvm::explain::DERIVED_FROM {
        if paths.iter().any(|p| p == derived) && !paths.iter().any(|p| p == feeder) {
            paths.push((*feeder).to_string());
        }
    }
    paths
}

/// What one revision says about some option paths of one VM: the value
/// and the winning definitions of each.
pub type SideInfo = BTreeMap<String, (Option<Json>, Vec<Site>)>;

/// [`SideInfo`] of `vm` in one revision; `changed` lists the
/// checkout-relative files that differ between the revisions.
pub fn side_info(
    ev: &mut Evaluator,
    checkout: &Checkout,
    opts: &Options,
    vm: &str,
    paths: &[String],
    changed: &[String],
) -> SideInfo {
    if paths.is_empty() {
        return SideInfo::new();
    }
    let source = checkout.vm_source(ev, opts, vm);
    option_infos(ev, &source, paths)
        .unwrap_or_default()
        .into_iter()
        .map(|(p, i)| (p, (i.value.clone(), sites(&i.definitions, &checkout.root, changed))))
        .collect()
}

/// Fills `d.responsible` from both revisions' [`SideInfo`]; options whose
/// value is the same in both are left out.
pub fn attach(d: &mut VmDiff, paths: &[String], before: &SideInfo, after: &SideInfo) {
    for p in paths {
        let (ia, ib) = (before.get(p), after.get(p));
        let value_a = ia.and_then(|i| i.0.clone());
        let value_b = ib.and_then(|i| i.0.clone());
        if value_a == value_b && value_a.is_some() {
            continue;
        }
        // no value on a side (a list element that is new): no definitions
        let sites = |i: Option<&(Option<Json>, Vec<Site>)>| match i {
            Some((Some(_), sites)) => sites.clone(),
            _ => Vec::new(),
        };
        d.responsible.push(Responsible {
            option: p.clone(),
            before: value_a,
            after: value_b,
            sites_before: sites(ia),
            sites_after: sites(ib),
        });
    }
}

fn group_json(g: &Group) -> Json {
    json!({ "args": g.words, "options": g.sources })
}

fn site_json(s: &Site) -> Json {
    json!({ "file": s.file, "line": s.line, "column": s.column, "priority": s.priority, "file_changed": s.changed })
}

/// The JSON document of a diff (`schema_version` 1).
pub fn to_json(
    a: &RevisionState,
    b: &RevisionState,
    host: &str,
    profile: &str,
    diffs: &[VmDiff],
) -> Json {
    let rev = |r: &RevisionState| json!({ "label": r.label, "commit": r.commit, "layout": r.layout, "microvm": r.microvm_pin, "epoch": r.epoch, "error": r.error });
    let vms: Vec<Json> = diffs
        .iter()
        .map(|d| {
            json!({
                "name": d.name,
                "status": d.status.name(),
                "file": d.file,
                "hypervisor": { "before": d.hypervisor.0, "after": d.hypervisor.1 },
                "error": { "before": d.error.0, "after": d.error.1 },
                "args": d.args.iter().map(|c| match c {
                    Change::Removed(g) => json!({ "change": "removed", "before": group_json(g) }),
                    Change::Added(g) => json!({ "change": "added", "after": group_json(g) }),
                    Change::Changed(x, y) => json!({ "change": "changed", "before": group_json(x), "after": group_json(y) }),
                    Change::Moved(x, y) => json!({ "change": "moved", "before": group_json(x), "after": group_json(y) }),
                }).collect::<Vec<_>>(),
                "scripts": d.scripts.iter().map(|s| json!({ "name": s.name, "removed": s.removed, "added": s.added })).collect::<Vec<_>>(),
                "responsible": d.responsible.iter().map(|r| json!({
                    "option": r.option,
                    "before": r.before,
                    "after": r.after,
                    "definitions": {
                        "before": r.sites_before.iter().map(site_json).collect::<Vec<_>>(),
                        "after": r.sites_after.iter().map(site_json).collect::<Vec<_>>(),
                    },
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "schema_version": 1,
        "before": rev(a),
        "after": rev(b),
        "host": host,
        "profile": profile,
        "changed": diffs.iter().any(|d| d.status != VmStatus::Same)
            || a.error != b.error
            || a.microvm_pin != b.microvm_pin,
        "vms": vms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &str) -> Vec<(String, Vec<String>)> {
        words.split(' ').map(|w| (w.to_string(), vec![format!("opt.{w}")])).collect()
    }

    #[test]
    fn groups_pair_up_as_changes() {
        let a = argv("qemu -m 1024M -smp 2 -device a -device b");
        let b = argv("qemu -m 2048M -smp 2 -device a -device c -device d");
        let c = command_changes(&a, &b);
        let texts: Vec<String> = c
            .iter()
            .map(|c| match c {
                Change::Removed(g) => format!("-{}", g.text()),
                Change::Added(g) => format!("+{}", g.text()),
                Change::Changed(x, y) => format!("{} => {}", x.text(), y.text()),
                Change::Moved(g, _) => format!("~{}", g.text()),
            })
            .collect();
        assert_eq!(texts, ["-m 1024M => -m 2048M", "-device b => -device c", "+-device d"]);
    }

    #[test]
    fn reads_decide_what_a_change_affects() {
        use std::collections::BTreeMap;
        use std::path::PathBuf;
        use vmcmd_eval::eval::Access::{Probe, Read};
        let root = PathBuf::from("/rev");
        let reads: BTreeMap<PathBuf, _> = [
            (root.join("flake.nix"), Read),
            (root.join("modules"), Probe),
            (root.join("modules/net.nix"), Read),
            (root.join("pkgs/tool"), Read),
            (PathBuf::from("/elsewhere/lib.nix"), Read),
        ]
        .into_iter()
        .collect();
        let cases: &[(&[(char, &str)], bool)] = &[
            (&[], true),
            (&[('M', "README.md")], true),
            (&[('M', "modules/net.nix")], false),
            (&[('M', "modules/gui.nix")], true),
            (&[('A', "modules/new.nix")], false),
            (&[('D', "modules/sub/old.nix")], false),
            (&[('M', "pkgs/tool/src/main.c")], false),
            (&[('A', "pkgs/other/default.nix")], true),
            (&[('M', "flake.nix")], false),
            (&[('M', "elsewhere/lib.nix")], true),
        ];
        for (changes, want) in cases {
            let changes: Vec<(char, String)> =
                changes.iter().map(|(s, p)| (*s, p.to_string())).collect();
            assert_eq!(super::unaffected(&reads, &root, &changes), *want, "{changes:?}");
        }
    }

    #[test]
    fn same_commands_have_no_changes() {
        let a = argv("qemu -m 1024M");
        assert!(command_changes(&a, &a).is_empty());
    }
}
