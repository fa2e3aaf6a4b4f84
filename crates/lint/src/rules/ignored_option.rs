//! VM202 `ignored_option`: settings the selected hypervisor's runner
//! silently ignores — the "ign" cells of the support matrix in
//! microvm-spec §3.9, the per-runner "Ignored" lists of §3.1–§3.8, and
//! options that belong to another hypervisor (§7, item 15).

use crate::prelude::*;
use crate::util::{HYPERVISORS, hv_in};

macro_rules! doc {
    () => {
        r##"## What it does
Warns about settings that have no effect with the selected hypervisor:

- `user` and `vsock.cid` on stratovirt;
- `hotplugMem`, `hotpluggedMem` and `initialBalloonMem` on vfkit;
- `preStart` on vfkit (its runner replaces preStart), and `extraArgsScript`
  on vfkit with a socket (the runtime arguments end up as arguments of
  `bash -c`, not of vfkit);
- volume `serial`, `direct` and `readOnly` on vfkit (a read-only volume is
  attached writable);
- `graphics.enable` on firecracker, kvmtool, stratovirt and alioth;
- `hugepageMem` on anything but cloud-hypervisor, `cpu` on anything but
  qemu, `tap.vhost` and device `qemu.*` settings on anything but qemu, and a
  volume `imageType` other than `raw` on anything but cloud-hypervisor (qemu
  always opens images as raw);
- options of another hypervisor: `<hypervisor>.extraArgs`,
  `cloud-hypervisor.platformOEMStrings`, `qemu.pcieRootPorts`,
  `qemu.machineOpts`, `crosvm.pivotRoot`, `firecracker.extraConfig`,
  `firecracker.cpu`, `vfkit.rosetta.enable`.

## Why is this bad?
microvm.nix accepts these settings without a word, and the VM then runs
without what they ask for. After a hypervisor switch, settings of the old
one are left behind and look as if they still applied.

## Example
```nix
microvm.hypervisor = "crosvm";
microvm.qemu.extraArgs = [ "-device" "virtio-keyboard-pci" ];
```
Use instead:
```nix
microvm.hypervisor = "crosvm";
microvm.crosvm.extraArgs = [ "--input" "keyboard[path=/dev/input/event0]" ];
```
"##
    };
}

#[doc = doc!()]
pub struct IgnoredOption;

static META: RuleMeta = RuleMeta {
    code: "VM202",
    name: "ignored_option",
    severity: Severity::Warning,
    scope: Scope::Vm,
    summary: "a setting the hypervisor silently ignores",
    doc: doc!(),
};

fn ignored(cx: &mut Cx<'_>, vm: &VmFacts, path: &str, what: &str) {
    cx.report(vm, path, format!("{} ignores {what}", vm.hv()));
}

fn non_empty(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::String(s)) => !s.trim().is_empty(),
        Some(Value::Null) | None => false,
        Some(_) => true,
    }
}

impl Rule for IgnoredOption {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let hv = vm.hv();
        if hv.is_empty() {
            return;
        }
        if hv == "stratovirt" {
            if vm.str_at("microvm.user").is_some() {
                ignored(cx, vm, "microvm.user", "`microvm.user`: the VM runs as the calling user");
            }
            if vm.int_at("microvm.vsock.cid").is_some() {
                ignored(cx, vm, "microvm.vsock.cid", "`vsock.cid`: the VM gets no vsock device");
            }
        }
        if hv == "vfkit" {
            let hotplug = vm.int_at("microvm.hotplugMem");
            for path in ["microvm.hotplugMem", "microvm.initialBalloonMem", "microvm.hotpluggedMem"] {
                let n = vm.int_at(path);
                let own = path != "microvm.hotpluggedMem" || n != hotplug;
                if n.is_some_and(|n| n != 0) && own {
                    ignored(cx, vm, path, &format!("`{}`", path.trim_start_matches("microvm.")));
                }
            }
            if non_empty(vm.get("microvm.preStart")) {
                ignored(cx, vm, "microvm.preStart", "`preStart`: its runner replaces the script");
            }
            if vm.str_at("microvm.extraArgsScript").is_some() && vm.str_at("microvm.socket").is_some() {
                cx.report(
                    vm,
                    "microvm.extraArgsScript",
                    "vfkit with a socket passes the output of `extraArgsScript` to `bash -c`, not to vfkit",
                );
            }
            for (i, vol) in vm.items("microvm.volumes").iter().enumerate() {
                if field_str(vol, "serial").is_some() {
                    ignored(cx, vm, &format!("microvm.volumes[{i}].serial"), "volume `serial`");
                }
                if field_bool(vol, "direct") == Some(true) {
                    ignored(cx, vm, &format!("microvm.volumes[{i}].direct"), "volume `direct`");
                }
                if field_bool(vol, "readOnly") == Some(true) {
                    ignored(
                        cx,
                        vm,
                        &format!("microvm.volumes[{i}].readOnly"),
                        "volume `readOnly`: the volume is attached writable",
                    );
                }
            }
        }
        if hv_in(hv, "FKSA") && vm.bool_at("microvm.graphics.enable") == Some(true) {
            ignored(cx, vm, "microvm.graphics.enable", "`graphics.enable`: the VM has no display");
        }
        if hv != "cloud-hypervisor" && vm.bool_at("microvm.hugepageMem") == Some(true) {
            ignored(cx, vm, "microvm.hugepageMem", "`hugepageMem`");
        }
        if hv != "qemu" && vm.str_at("microvm.cpu").is_some() {
            ignored(cx, vm, "microvm.cpu", "`cpu`: CPU emulation is a qemu feature");
        }
        if hv != "qemu" {
            for (i, iface) in vm.items("microvm.interfaces").iter().enumerate() {
                if iface.get("tap").and_then(|t| field_bool(t, "vhost")) == Some(true) {
                    ignored(cx, vm, &format!("microvm.interfaces[{i}].tap.vhost"), "`tap.vhost`");
                }
            }
            for (i, dev) in vm.items("microvm.devices").iter().enumerate() {
                let Some(q) = dev.get("qemu") else { continue };
                for key in ["id", "bus", "deviceExtraArgs"] {
                    if field_str(q, key).is_some() {
                        ignored(cx, vm, &format!("microvm.devices[{i}].qemu.{key}"), &format!("device `qemu.{key}`"));
                    }
                }
            }
        }
        if hv != "cloud-hypervisor" {
            for (i, vol) in vm.items("microvm.volumes").iter().enumerate() {
                if let Some(t) = field_str(vol, "imageType").filter(|t| *t != "raw") {
                    ignored(
                        cx,
                        vm,
                        &format!("microvm.volumes[{i}].imageType"),
                        &format!("`imageType = \"{t}\"`: the image is used as raw"),
                    );
                }
            }
        }
        // Options of other hypervisors.
        for other in HYPERVISORS {
            if other == hv {
                continue;
            }
            let path = format!("microvm.{other}.extraArgs");
            if non_empty(vm.get(&path)) {
                cx.report(vm, &path, format!("`{path}` has no effect: the hypervisor is {hv}"));
            }
        }
        let foreign: [(&str, &str); 7] = [
            ("cloud-hypervisor", "microvm.cloud-hypervisor.platformOEMStrings"),
            ("qemu", "microvm.qemu.pcieRootPorts"),
            ("qemu", "microvm.qemu.machineOpts"),
            ("crosvm", "microvm.crosvm.pivotRoot"),
            ("firecracker", "microvm.firecracker.extraConfig"),
            ("firecracker", "microvm.firecracker.cpu"),
            ("vfkit", "microvm.vfkit.rosetta.enable"),
        ];
        for (owner, path) in foreign {
            let set = match vm.get(path) {
                Some(Value::Bool(b)) => *b,
                v => non_empty(v),
            };
            if owner != hv && set {
                cx.report(vm, path, format!("`{path}` has no effect: the hypervisor is {hv}"));
            }
        }
    }
}
