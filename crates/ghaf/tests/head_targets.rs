//! Issue 5's named Ghaf HEAD targets, as a newcomer would try them: every
//! laptop target (`*laptop*`), `vm-debug` and `generic-x86_64-debug` of Ghaf
//! 9a37dc8c2 lists its VMs with hypervisor, memory and vCPUs (no VM
//! failing), and every listed VM's `microvm-run` is generated. Which of
//! these agree with real Nix is `oracle.rs`'s business; this test holds
//! the rest of them to "works without error".
//!
//! Needs the checkouts (`VMCMD_GHAF_CHECKOUTS`, see `oracle.rs`).

use std::path::PathBuf;

use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options};
use vmcmd_microvm::vm::evaluate;

#[test]
fn head_laptop_vm_and_generic_targets_list_and_show_every_vm() {
    let Some(root) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(), "VMCMD_GHAF_CHECKOUTS unset");
        println!("ghaf HEAD targets: skipped (set VMCMD_GHAF_CHECKOUTS)");
        return;
    };
    let dir = PathBuf::from(root).join("9a37dc8c2ed1");
    let report = vmcmd_eval::run_with_big_stack(move || {
        let checkout = Checkout::open(&dir).expect("Ghaf HEAD checkout");
        let mut problems = Vec::new();
        let targets: Vec<String> = {
            let mut settings = Settings::default();
            vmcmd_ghaf::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let all = checkout.targets(&mut ev, &Options::default()).expect("targets");
            all.into_iter()
                .filter(|t| t.contains("laptop") || t == "vm-debug" || t == "generic-x86_64-debug")
                .collect()
        };
        // 17 laptop targets at 9a37dc8c2, plus the two named ones
        assert_eq!(targets.len(), 19, "{targets:?}");
        let mut shown = 0;
        for target in &targets {
            let mut settings = Settings::default();
            vmcmd_ghaf::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let opts = Options { target: Some(target.clone()), ..Options::default() };
            let rows = match vmcmd_ghaf::list(&mut ev, &checkout, &opts, &mut |_| {}) {
                Ok(rows) => rows,
                Err(e) => {
                    problems.push(format!("{target}: list failed: {}", e.message));
                    continue;
                }
            };
            // laptop-hw-scan is the hardware-scanning image: no VMs
            if rows.is_empty() != (target == "laptop-hw-scan") {
                problems.push(format!("{target}: {} VMs", rows.len()));
            }
            for row in rows {
                let vm = &row.name;
                if let Some(e) = &row.error {
                    problems.push(format!("{target} {vm}: listed with an error: {}", e.message));
                    continue;
                }
                if row.hypervisor.is_none() || row.mem.is_none() || row.vcpu.is_none() {
                    problems.push(format!("{target} {vm}: listed without hypervisor/mem/vcpu"));
                }
                let source = checkout.vm_source(&mut ev, &opts, vm);
                match evaluate(&mut ev, &source).map(|r| r.runner) {
                    Ok(Ok(runner)) if runner.scripts.contains_key("microvm-run") => shown += 1,
                    Ok(Ok(_)) => problems.push(format!("{target} {vm}: no microvm-run")),
                    Ok(Err(e)) => problems.push(format!("{target} {vm}: {}", e.message)),
                    Err(e) => problems.push(format!("{target} {vm}: {}", e.message)),
                }
            }
        }
        println!("ghaf HEAD targets: {} targets, {shown} VMs shown", targets.len());
        problems
    });
    assert!(report.is_empty(), "{}", report.join("\n"));
}
