//! VM301 `extra_args_whitespace`: the "one list element = one argv word"
//! foot-gun of every runner's `extraArgs` (microvm-spec §5.4 item 8, §7
//! item 2): elements go through `escapeShellArgs`, so a flag and its value
//! written in one string reach the hypervisor as a single argument.

use crate::prelude::*;
use crate::util::WITH_EXTRA_ARGS;

macro_rules! doc {
    () => {
        r##"## What it does
Warns about `extraArgs` elements of the selected hypervisor
(`qemu`, `cloud-hypervisor`, `crosvm`, `firecracker`, `vfkit`) that look
like a flag followed by a value in one string: they start with `-` and
contain whitespace.

## Why is this bad?
Each element is quoted as one argument, so `"-device virtio-balloon"`
reaches qemu as a single word and qemu fails with `invalid option`.
microvm.nix accepts it; the VM fails only when it starts.

## Example
```nix
microvm.qemu.extraArgs = [ "-object memory-backend-file,id=mem,size=2G,mem-path=/dev/shm,share=on" ];
```
Use instead:
```nix
microvm.qemu.extraArgs = [ "-object" "memory-backend-file,id=mem,size=2G,mem-path=/dev/shm,share=on" ];
```
"##
    };
}

#[doc = doc!()]
pub struct ExtraArgsWhitespace;

static META: RuleMeta = RuleMeta {
    code: "VM301",
    name: "extra_args_whitespace",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "an extraArgs element holds a flag and its value in one argument",
    doc: doc!(),
};

impl Rule for ExtraArgsWhitespace {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !WITH_EXTRA_ARGS.contains(&vm.hv()) {
            return;
        }
        let path = format!("microvm.{}.extraArgs", vm.hv());
        for (i, arg) in vm.items(&path).iter().enumerate() {
            let Some(s) = arg.as_str() else { continue };
            let t = s.trim();
            if t.starts_with('-') && t.contains(char::is_whitespace) {
                let words: Vec<String> = t.split_whitespace().map(|w| format!("\"{w}\"")).collect();
                cx.report(
                    vm,
                    &format!("{path}[{i}]"),
                    format!("extraArgs element \"{s}\" is passed as one argument"),
                )
                .help(format!("split it into separate elements: {}", words.join(" ")));
            }
        }
    }
}
