//! Parsing a checkout ahead on a second thread (`vmcmd_ghaf::parse_ahead`,
//! `vmcmd_eval::parse_cache`) changes nothing but who parses: the VMs of
//! the fixture checkout list and show the same with and without it, and a
//! second evaluator sharing the cache parses nothing itself.

use std::path::Path;

use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};
use vmcmd_ghaf::{Checkout, Options};

const CHECKOUT: &str = "../../fixtures/ghaf/composition";

/// Every VM's summary and `microvm-run` script, and the evaluator's
/// `(trees from the cache, files parsed itself)`.
fn evaluate(settings: Settings) -> (Vec<String>, (u32, u32)) {
    run_with_big_stack(move || {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CHECKOUT);
        let checkout = Checkout::open(&dir).expect("opens");
        let mut ev = Evaluator::new(settings);
        let opts = Options::default();
        let rows = vmcmd_ghaf::list(&mut ev, &checkout, &opts, &mut |_| {}).expect("lists");
        let mut out = Vec::new();
        for row in rows {
            let source = checkout.vm_source(&mut ev, &opts, &row.name);
            let vm = vmcmd_microvm::vm::evaluate(&mut ev, &source).expect("evaluates");
            let script = vm.runner.as_ref().map(|r| r.run_script().to_string());
            out.push(format!(
                "{} {:?} {:?} {:?} {script:?}",
                row.name, row.hypervisor, row.mem, row.vcpu
            ));
        }
        (out, ev.parse_counts)
    })
}

fn settings() -> Settings {
    let mut s = Settings::default();
    vmcmd_ghaf::install(&mut s);
    s
}

#[test]
fn parsing_ahead_changes_nothing_but_who_parses() {
    let (plain, counts) = evaluate(settings());
    assert_eq!(counts, (0, 0));
    assert_eq!(plain.len(), 4, "{plain:?}");

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(CHECKOUT);
    let checkout = Checkout::open(&dir).expect("opens");
    let mut ahead = settings();
    vmcmd_ghaf::parse_ahead(&mut ahead, &checkout);
    let (first, (c1, p1)) = evaluate(ahead.clone());
    assert_eq!(first, plain);
    // how many the thread had ready depends on timing
    let files = c1 + p1;
    assert!(files > 10, "{files} files of the checkout");
    // a second evaluator with the same cache finds every tree there
    let (second, (c2, p2)) = evaluate(ahead);
    assert_eq!(second, plain);
    assert_eq!((c2, p2), (files, 0));
}
