//! VM108 `posix_acl_translate_ids`: mirrors the posixAcl versus
//! `--translate-uid`/`--translate-gid` assertion of microvm.nix
//! `nixos-modules/microvm/asserts.nix`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that a virtiofs share with `posixAcl = true` (the default) does not
also pass `--translate-uid` or `--translate-gid` to virtiofsd, either in the
share's `extraArgs` or in `microvm.virtiofsd.extraArgs`.

## Why is this bad?
virtiofsd refuses `--posix-acl` together with uid/gid translation, so
microvm.nix rejects the VM.

## Example
```nix
microvm.virtiofsd.extraArgs = [ "--translate-uid=map:0:1000:1" ];
microvm.shares = [
  { proto = "virtiofs"; tag = "home"; source = "/home"; mountPoint = "/home"; }
];
```
Use instead:
```nix
microvm.virtiofsd.extraArgs = [ "--translate-uid=map:0:1000:1" ];
microvm.shares = [
  { proto = "virtiofs"; tag = "home"; source = "/home"; mountPoint = "/home"; posixAcl = false; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct PosixAclTranslateIds;

static META: RuleMeta = RuleMeta {
    code: "VM108",
    name: "posix_acl_translate_ids",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "a virtiofs share combines posixAcl with uid/gid translation",
    doc: doc!(),
};

fn translates(args: &[Value]) -> bool {
    args.iter()
        .filter_map(Value::as_str)
        .any(|s| s.contains("--translate-uid") || s.contains("--translate-gid"))
}

impl Rule for PosixAclTranslateIds {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if !vm.guest_enabled() {
            return;
        }
        let global = translates(vm.items("microvm.virtiofsd.extraArgs"));
        for (i, share) in vm.items("microvm.shares").iter().enumerate() {
            if field_str(share, "proto") != Some("virtiofs") || field_bool(share, "posixAcl") != Some(true)
            {
                continue;
            }
            let own = share.get("extraArgs").and_then(Value::as_array).is_some_and(|a| translates(a));
            if global || own {
                let tag = field_str(share, "tag").unwrap_or("?");
                let path = if own {
                    format!("microvm.shares[{i}].extraArgs")
                } else {
                    "microvm.virtiofsd.extraArgs".to_string()
                };
                cx.report(
                    vm,
                    &path,
                    format!(
                        "virtiofs share \"{tag}\" has posixAcl = true but virtiofsd gets --translate-uid/--translate-gid"
                    ),
                )
                .help(format!("set `posixAcl = false;` on share \"{tag}\" to remap uids/gids"));
            }
        }
    }
}
