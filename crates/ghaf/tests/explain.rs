//! `vmcmd explain` on VMs of Ghaf checkouts: every argument of
//! `microvm-run` is traced to at least one option with a value, and every
//! definition located in the checkout points at a line that really holds
//! it (the line mentions the option's last path component, or the
//! definition's own attribute when it is written as a nested set).
//!
//! * the bundled fixture's generic host (4 VMs x 2 profiles): always;
//! * Ghaf 9a37dc8c2's 8 oracle VMs when `VMCMD_GHAF_CHECKOUTS` is set (see
//!   `oracle.rs`), plus the issue's own examples: `-device qemu-xhci` on
//!   net-vm comes from `microvm.qemu.extraArgs` in
//!   `modules/microvm/sysvms/netvm-base.nix`, and `-m 1024M` from
//!   `microvm.mem` and its mkDefault there; every VM's MAC (and gui-vm's
//!   vsock CID) was computed by Ghaf's host table,
//!   `modules/common/networking/hosts.nix`.

use std::path::{Path, PathBuf};

use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options};
use vmcmd_microvm::explain::{Explanation, explain};
use vmcmd_microvm::oracle::check_explanation;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const VMS: &[&str] = &["admin-vm", "audio-vm", "gui-vm", "net-vm"];

/// Problems with one explanation (`check_explanation` over the checkout's
/// files), and how many definitions were checked.
fn check(name: &str, expl: &Explanation, root: &Path) -> (Vec<String>, usize) {
    check_explanation(name, expl, &|file| Path::new(file).starts_with(root))
}

/// Explains every VM of the generic host of `dir` for both profiles.
fn explain_checkout(
    dir: PathBuf,
    extra: fn(&str, &Explanation, &Path) -> Vec<String>,
) -> Vec<String> {
    vmcmd_eval::run_with_big_stack(move || {
        let checkout = Checkout::open(&dir).expect("checkout");
        let mut settings = Settings::default();
        vmcmd_ghaf::install(&mut settings);
        let mut ev = Evaluator::new(settings);
        let mut problems = Vec::new();
        let (mut vms, mut defs) = (0, 0);
        for profile in ["debug", "release"] {
            let opts = Options { profile: profile.into(), ..Options::default() };
            for vm in VMS {
                let name = format!("{vm}-{profile}");
                let source = checkout.vm_source(&mut ev, &opts, vm);
                match explain(&mut ev, &source, &[]) {
                    Err(e) => problems.push(format!("{name}: explain failed: {}", e.message)),
                    Ok(expl) => {
                        let (p, n) = check(&name, &expl, &checkout.root);
                        problems.extend(p);
                        problems.extend(extra(&name, &expl, &checkout.root));
                        vms += 1;
                        defs += n;
                    }
                }
            }
        }
        println!(
            "{}: {vms} VMs explained, {defs} definitions checked against their lines",
            dir.display()
        );
        problems
    })
}

fn no_extra(_: &str, _: &Explanation, _: &Path) -> Vec<String> {
    Vec::new()
}

#[test]
fn fixture_checkout_explains() {
    let problems = explain_checkout(repo().join("fixtures/ghaf/composition"), no_extra);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Where a derived value was computed: `option`'s value comes from an
/// expression in `file` that mentions `text`.
fn computed_in(expl: &Explanation, option: &str, file: &Path, text: &str) -> Option<String> {
    let info = expl.options.get(option);
    match info.and_then(|i| i.computed.as_ref()) {
        Some(c) if Path::new(&c.location.file) == file && c.text.contains(text) => None,
        _ => Some(format!(
            "{option}: computed {:?}, expected in {} mentioning {text:?}",
            info.map(|i| &i.computed),
            file.display()
        )),
    }
}

/// The examples on Ghaf's net-vm, and the derived values (MACs,
/// CIDs) that Ghaf's host table computes.
fn netvm_examples(name: &str, expl: &Explanation, root: &Path) -> Vec<String> {
    let hosts = root.join("modules/common/networking/hosts.nix");
    let mut problems = Vec::new();
    if expl.options.contains_key("microvm.interfaces.0.mac") {
        problems.extend(computed_in(expl, "microvm.interfaces.0.mac", &hosts, "macBaseAddress"));
    }
    if name.starts_with("gui-vm-") {
        problems.extend(computed_in(expl, "microvm.vsock.cid", &hosts, "hostList"));
    }
    if !name.starts_with("net-vm-") {
        return problems.into_iter().map(|p| format!("{name}: {p}")).collect();
    }
    let base = root.join("modules/microvm/sysvms/netvm-base.nix").display().to_string();
    let defined_in_base = |option: &str, priority: Option<i64>| {
        expl.options.get(option).is_some_and(|info| {
            info.definitions.iter().any(|d| {
                d.won && d.location.file == base && priority.is_none_or(|p| d.priority == Some(p))
            })
        })
    };
    let xhci = expl.args.iter().find(|a| a.text == "qemu-xhci");
    match xhci {
        Some(a) if a.sources.iter().any(|s| s.starts_with("microvm.qemu.extraArgs")) => {
            let path = a.sources.iter().find(|s| s.starts_with("microvm.qemu.extraArgs")).unwrap();
            if !defined_in_base(path, None) {
                problems.push(format!("{name}: qemu-xhci's {path} is not defined in {base}"));
            }
        }
        other => problems.push(format!("{name}: qemu-xhci explained as {other:?}")),
    }
    let m = expl.args.iter().position(|a| a.text == "-m");
    match m.and_then(|i| expl.args.get(i + 1)) {
        Some(a) if a.text == "1024M" && a.sources.iter().any(|s| s == "microvm.mem") => {
            if !defined_in_base("microvm.mem", Some(1000)) {
                problems.push(format!("{name}: microvm.mem's mkDefault is not in {base}"));
            }
        }
        other => problems.push(format!("{name}: -m's value explained as {other:?}")),
    }
    problems
}

#[test]
fn real_ghaf_checkout_explains() {
    let Some(root) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(
            std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(),
            "VMCMD_REQUIRE_GHAF is set but VMCMD_GHAF_CHECKOUTS is not"
        );
        println!(
            "ghaf explain: skipped (set VMCMD_GHAF_CHECKOUTS, see tests/ghaf-oracle/README.md)"
        );
        return;
    };
    let dir = PathBuf::from(root).join("9a37dc8c2ed1");
    let problems = explain_checkout(dir, netvm_examples);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
