//! Ghaf's NVIDIA Jetson Orin targets, which need jetpack-nixos'
//! `nvidia-jetpack` package set (vmcmd's model: `nix/jetpack-nixos.nix`):
//! every VM of one AGX and one NX target at Ghaf HEAD and ghaf-26.07.1
//! evaluates, and its `microvm-run` is the one recorded in
//! `tests/ghaf-real/<rev12>/<target>/<vm>.sh`, vmcmd's own output reviewed
//! by hand: the test keeps them from changing unnoticed (`UPDATE_EXPECT=1`
//! rewrites them). Real Nix's results for two of these targets (the
//! oracle extension with vmcmd's jetpack-nixos model, see
//! `tests/ghaf-oracle/targets/README.md`) are compared in `oracle.rs`.
//!
//! Needs the checkouts (`VMCMD_GHAF_CHECKOUTS`, see `oracle.rs`).

use std::path::{Path, PathBuf};

use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options};
use vmcmd_microvm::vm::evaluate;

const TARGETS: &[(&str, &str)] = &[
    ("9a37dc8c2ed1", "nvidia-jetson-orin-agx-debug"),
    ("9a37dc8c2ed1", "nvidia-jetson-orin-nx-debug"),
    ("f287f540d878", "nvidia-jetson-orin-agx-debug"),
    ("f287f540d878", "nvidia-jetson-orin-nx-debug"),
];

fn expected_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ghaf-real")
}

#[test]
fn orin_targets_show_every_vm() {
    let Some(root) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(), "VMCMD_GHAF_CHECKOUTS unset");
        println!("ghaf orin: skipped (set VMCMD_GHAF_CHECKOUTS)");
        return;
    };
    let root = PathBuf::from(root);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let report = vmcmd_eval::run_with_big_stack(move || {
        let mut problems = Vec::new();
        let mut shown = 0;
        for (rev, target) in TARGETS {
            let checkout = match Checkout::open(&root.join(rev)) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(format!("{rev}: checkout missing: {e}"));
                    continue;
                }
            };
            let mut settings = Settings::default();
            vmcmd_ghaf::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let opts = Options { target: Some((*target).to_string()), ..Options::default() };
            let vms = match checkout.vms(&mut ev, &opts) {
                Ok(v) => v,
                Err(e) => {
                    problems.push(format!("{rev} {target}: listing failed: {}", e.message));
                    continue;
                }
            };
            let dir = expected_dir().join(rev).join(target);
            let mut names: Vec<String> = vms.into_iter().map(|(n, _)| n).collect();
            names.sort();
            // the recorded VMs are the listed ones
            let mut recorded: Vec<String> = std::fs::read_dir(&dir)
                .map(|d| {
                    d.flatten()
                        .filter_map(|e| {
                            e.file_name().to_string_lossy().strip_suffix(".sh").map(str::to_owned)
                        })
                        .collect()
                })
                .unwrap_or_default();
            recorded.sort();
            if recorded != names && !update {
                problems.push(format!("{rev} {target}: lists {names:?}, recorded {recorded:?}"));
            }
            for vm in &names {
                let source = checkout.vm_source(&mut ev, &opts, vm);
                let script = match evaluate(&mut ev, &source) {
                    Err(e) => {
                        problems.push(format!("{rev} {target} {vm}: {}", e.message));
                        continue;
                    }
                    Ok(r) => match r.runner {
                        Err(e) => {
                            problems.push(format!("{rev} {target} {vm}: {}", e.message));
                            continue;
                        }
                        Ok(runner) => runner
                            .scripts
                            .get("microvm-run")
                            .map(|s| s.text.clone())
                            .unwrap_or_default(),
                    },
                };
                assert!(!script.is_empty(), "{rev} {target} {vm}: no microvm-run");
                let file = dir.join(format!("{vm}.sh"));
                if update {
                    std::fs::create_dir_all(&dir).expect("mkdir");
                    std::fs::write(&file, &script).expect("write");
                } else if std::fs::read_to_string(&file).ok().as_deref() != Some(script.as_str()) {
                    problems.push(format!(
                        "{rev} {target} {vm}: microvm-run differs from {} (UPDATE_EXPECT=1 rewrites it)",
                        file.display()
                    ));
                }
                shown += 1;
            }
        }
        println!("ghaf orin: {shown} VMs shown");
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
