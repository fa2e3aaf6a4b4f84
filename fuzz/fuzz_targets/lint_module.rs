//! libFuzzer target: arbitrary text as a file `vmcmd lint` checks: the
//! syntax rules on it, then (when it parses) the VM rules and host rules on
//! the configuration it evaluates to, as `vmcmd lint FILE.nix` does for a
//! VM module. Reads outside memory are refused. Diagnostics are expected;
//! a panic or a real stack overflow is a bug.
#![no_main]

use std::path::Path;
use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};
use vmcmd_microvm::vm::{VmSource, evaluate, install};
use vmcmd_syntax::{Origin, SourceDb};

/// Inputs larger than this are skipped.
const MAX_INPUT: usize = 32 * 1024;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text: Arc<str> = text.into();
    run_with_big_stack(move || {
        // every input's evaluation is freed after it (cycles included)
        vmcmd_eval::value::track_thunks(true);
        let path = Path::new("/fuzz/module.nix");
        let mut db = SourceDb::default();
        let file = db.add(Origin::File(path.to_path_buf()), text.clone());
        if !vmcmd_lint::check_syntax(&db, file).is_empty() {
            return;
        }
        let mut settings = Settings {
            allowed_roots: Some(Vec::new()),
            max_steps: Some(2_000_000),
            ..Settings::default()
        };
        install(&mut settings);
        settings.virtual_files.insert(path.to_path_buf(), text);
        let mut ev = Evaluator::new(settings);
        let Ok(vm) = evaluate(&mut ev, &VmSource::file(path, "x86_64-linux")) else {
            ev.release();
            return;
        };
        ev.release();
        let doc = serde_json::json!({ "vms": [{
            "name": vm.host_name,
            "system": vm.system,
            "host_system": vm.vm_host_system,
            "config": vm.config,
        }] });
        if let Ok(facts) = vmcmd_lint::facts::facts_from_json(&doc) {
            for f in &facts {
                let _ = vmcmd_lint::check_vm(f);
            }
            let _ = vmcmd_lint::check_host(&facts);
        }
    });
});
