//! libFuzzer target: arbitrary text as a VM module, as `vmcmd show
//! FILE.nix` evaluates it: the module is an in-memory file, evaluated on
//! top of vmcmd's microvm.nix model with the built-in lib and symbolic
//! pkgs, its runner generated and its arguments explained. File reads
//! outside memory are refused (`Settings::allowed_roots` is empty), so an
//! input cannot read the machine's files. Evaluation errors, rejections
//! and runner errors are expected; a panic or a real stack overflow is a
//! bug.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};
use vmcmd_microvm::vm::{VmSource, evaluate, install};

/// Inputs larger than this are skipped.
const MAX_INPUT: usize = 32 * 1024;

fuzz_target!(|data: &[u8]| {
    if data.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    let text = text.to_string();
    run_with_big_stack(move || {
        // every input's evaluation is freed after it (cycles included)
        vmcmd_eval::value::track_thunks(true);
        let mut settings = Settings {
            allowed_roots: Some(Vec::new()),
            max_steps: Some(2_000_000),
            ..Settings::default()
        };
        install(&mut settings);
        let path = Path::new("/fuzz/module.nix");
        settings.virtual_files.insert(path.to_path_buf(), text.into());
        let mut ev = Evaluator::new(settings);
        let source = VmSource::file(path, "x86_64-linux");
        if let Ok(vm) = evaluate(&mut ev, &source) {
            let _ = vm.rejection();
            if let Ok(r) = &vm.runner {
                let _ = r.command.render();
            }
        }
        let _ = vmcmd_microvm::explain::explain(&mut ev, &source, &[]);
        ev.release();
    });
});
