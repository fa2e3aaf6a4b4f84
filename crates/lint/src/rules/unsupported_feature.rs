//! VM201 `unsupported_feature`: the `throw`s of microvm.nix's runners
//! (`lib/runners/*.nix`) for features a hypervisor does not implement, and
//! the implicit evaluation failures with the same cause (kvmtool with any
//! device, stratovirt with a 9p share); the "throw" and "eval error" cells
//! of the support matrix in microvm-spec §3.9.

use crate::prelude::*;
use crate::util::hv_in;

macro_rules! doc {
    () => {
        r##"## What it does
Checks the VM's settings against what the selected hypervisor's runner
implements, and reports every feature the runner rejects:

| feature | rejected by |
|---|---|
| `user` | cloud-hypervisor, firecracker, crosvm, kvmtool, alioth, vfkit |
| `credentialFiles` | every hypervisor but qemu |
| 9p share | cloud-hypervisor, firecracker, stratovirt, alioth, vfkit |
| read-only 9p share | crosvm, kvmtool |
| virtiofs share | firecracker, kvmtool |
| interface `user` | cloud-hypervisor, firecracker, crosvm, alioth |
| interface `tap` | vfkit |
| interface `macvtap` | firecracker, alioth, vfkit |
| interface `bridge` | all but qemu and stratovirt |
| PCI device | firecracker, kvmtool, stratovirt (x86_64), alioth, vfkit |
| USB device | all but qemu and stratovirt |
| `balloon` | firecracker, stratovirt, alioth, vfkit |
| `initialBalloonMem` ≠ 0 | all but cloud-hypervisor and vfkit |
| `hotplugMem` ≠ 0 | firecracker, crosvm, kvmtool, stratovirt, alioth; qemu with the `microvm` machine |
| `hotpluggedMem` ≠ 0 | firecracker, crosvm, kvmtool, stratovirt, alioth |
| `vsock.cid` | vfkit |

## Why is this bad?
microvm.nix only notices when the runner is built, with a `throw` such as
`cloud-hypervisor supports only shares that are virtiofs` (or, for kvmtool
devices and stratovirt 9p shares, an unrelated-looking evaluation error),
after the whole target has been evaluated.

## Example
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.shares = [
  { proto = "9p"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; }
];
```
Use instead:
```nix
microvm.hypervisor = "cloud-hypervisor";
microvm.shares = [
  { proto = "virtiofs"; tag = "ro-store"; source = "/nix/store"; mountPoint = "/nix/.ro-store"; }
];
```
"##
    };
}

#[doc = doc!()]
pub struct UnsupportedFeature;

static META: RuleMeta = RuleMeta {
    code: "VM201",
    name: "unsupported_feature",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "the hypervisor's runner rejects a configured feature",
    doc: doc!(),
};

/// Reports `what` at `path` when `hv` is among `letters`.
fn reject(
    cx: &mut Cx<'_>,
    vm: &VmFacts,
    letters: &str,
    path: &str,
    what: &str,
    help: Option<&str>,
) {
    if hv_in(vm.hv(), letters) {
        let f = cx.report(vm, path, format!("{} does not support {what}", vm.hv()));
        if let Some(h) = help {
            f.help(h);
        }
    }
}

impl Rule for UnsupportedFeature {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        if vm.str_at("microvm.user").is_some() {
            reject(
                cx,
                vm,
                "CFXKAV",
                "microvm.user",
                "changing the user (`microvm.user`)",
                Some("remove `microvm.user`; only qemu drops privileges itself"),
            );
        }
        if vm.get("microvm.credentialFiles").and_then(Value::as_object).is_some_and(|o| !o.is_empty()) {
            reject(cx, vm, "CFXKSAV", "microvm.credentialFiles", "`credentialFiles`", None);
        }
        for (i, share) in vm.items("microvm.shares").iter().enumerate() {
            let tag = field_str(share, "tag").unwrap_or("?");
            let path = format!("microvm.shares[{i}].proto");
            match field_str(share, "proto") {
                Some("9p") => {
                    let virtiofs_ok = !hv_in(vm.hv(), "FK");
                    let help = virtiofs_ok.then_some("use `proto = \"virtiofs\";`");
                    reject(cx, vm, "CFSAV", &path, &format!("9p shares (share \"{tag}\")"), help);
                    if field_bool(share, "readOnly") == Some(true) {
                        reject(
                            cx,
                            vm,
                            "XK",
                            &format!("microvm.shares[{i}].readOnly"),
                            &format!("read-only 9p shares (share \"{tag}\")"),
                            Some("drop `readOnly = true;`, or use virtiofs where the hypervisor supports it"),
                        );
                    }
                }
                Some("virtiofs") => {
                    let help = (vm.hv() == "kvmtool").then_some("use `proto = \"9p\";`");
                    reject(cx, vm, "FK", &path, &format!("virtiofs shares (share \"{tag}\")"), help);
                }
                _ => {}
            }
        }
        for (i, iface) in vm.items("microvm.interfaces").iter().enumerate() {
            let Some(ty) = field_str(iface, "type") else { continue };
            let id = field_str(iface, "id").unwrap_or("?");
            let letters = match ty {
                "user" => "CFXA",
                "tap" => "V",
                "macvtap" => "FAV",
                "bridge" => "CFXKAV",
                _ => "",
            };
            let help = if vm.hv() == "vfkit" { "use `type = \"user\";`" } else { "use `type = \"tap\";`" };
            reject(
                cx,
                vm,
                letters,
                &format!("microvm.interfaces[{i}].type"),
                &format!("interfaces of type \"{ty}\" (interface {id})"),
                Some(help),
            );
        }
        for (i, dev) in vm.items("microvm.devices").iter().enumerate() {
            let path = format!("microvm.devices[{i}]");
            let dpath = field_str(dev, "path").unwrap_or("?");
            match field_str(dev, "bus") {
                Some("pci") => {
                    // stratovirt's aarch64 `virt` machine takes PCI devices.
                    let letters = if vm.system == "x86_64-linux" { "FKSAV" } else { "FKAV" };
                    reject(cx, vm, letters, &path, &format!("PCI passthrough ({dpath})"), None);
                }
                Some("usb") => reject(cx, vm, "CFXKAV", &path, &format!("USB passthrough ({dpath})"), None),
                _ => {}
            }
        }
        if vm.bool_at("microvm.balloon") == Some(true) {
            reject(cx, vm, "FSAV", "microvm.balloon", "a memory balloon", None);
        }
        if vm.int_at("microvm.initialBalloonMem").is_some_and(|n| n != 0) {
            reject(cx, vm, "QFXKSA", "microvm.initialBalloonMem", "`initialBalloonMem`", None);
        }
        let hotplug = vm.int_at("microvm.hotplugMem");
        if hotplug.is_some_and(|n| n != 0) {
            reject(cx, vm, "FXKSA", "microvm.hotplugMem", "memory hotplug (`hotplugMem`)", None);
            if vm.hv() == "qemu" && vm.str_at("microvm.qemu.machine") == Some("microvm") {
                cx.report(
                    vm,
                    "microvm.hotplugMem",
                    "qemu's microvm machine type does not support memory hotplug (virtio-mem)",
                )
                .help("use another machine, e.g. `microvm.qemu.machine = \"q35\";`");
            }
        }
        let hotplugged = vm.int_at("microvm.hotpluggedMem");
        // hotpluggedMem defaults to hotplugMem: only report it on its own.
        if hotplugged.is_some_and(|n| n != 0) && hotplugged != hotplug {
            reject(cx, vm, "FXKSA", "microvm.hotpluggedMem", "`hotpluggedMem`", None);
        }
        if vm.int_at("microvm.vsock.cid").is_some() {
            reject(cx, vm, "V", "microvm.vsock.cid", "vsock (`vsock.cid`)", None);
        }
    }
}
