//! The StratoVirt runner: the `unbuffer stratovirt …` argument list of
//! microvm.nix's `lib/runners/stratovirt.nix`, quirks included (duplicated
//! `queues=`, space-separated macvtap fds, empty forwarding options).

use super::{Args, Ctx, HypervisorRunner, missing_attr, on_off, sub};
use crate::nix::error_at;
use crate::{Command, Error, ErrorKind};
use std::fmt::Write as _;

pub(crate) struct Stratovirt;

impl HypervisorRunner for Stratovirt {
    fn tap_multi_queue(&self, ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(ctx.int("vcpu")? > 1)
    }

    fn requires_macvtap_as_fds(&self) -> bool {
        true
    }

    fn can_shutdown(&self, _ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(false)
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.bool("balloon")? {
            return Err(Error::throw("balloon not implemented for stratovirt"));
        }
        if ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("initialBalloonMem not implemented for stratovirt"));
        }
        if ctx.int("hotplugMem")? != 0 {
            return Err(Error::throw("stratovirt does not support hotplugMem"));
        }
        if ctx.int("hotpluggedMem")? != 0 {
            return Err(Error::throw("stratovirt does not support hotpluggedMem"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("stratovirt does not support credentialFiles"));
        }
        let vcpu = ctx.int("vcpu")?;
        let tap_multi_queue = vcpu > 1;
        let devices = ctx.list("devices")?;
        let mut require_pci = false;
        for d in &devices {
            if d.get("bus")?.str()? == "pci" {
                require_pci = true;
            }
        }
        let missing = missing_attr;
        // The list spine is built before any word: shares select their
        // entry by protocol (only `virtiofs` exists), the interfaces warn,
        // and the `q35` test forces the machine (which throws with PCI).
        for share in ctx.list("shares")? {
            let proto = share.get("proto")?.str()?;
            if proto != "virtiofs" {
                let message = format!("attribute '{proto}' missing");
                return Err(Error::new(
                    ErrorKind::Eval,
                    error_at(
                        &message,
                        "lib/runners/stratovirt.nix",
                        133,
                        63,
                        [
                            "    lib.optionals (shares != []) (",
                            "      builtins.concatMap ({ proto, index, socket, tag, ... }: {",
                            "        \"virtiofs\" = [",
                        ],
                    ),
                )
                .at(&sub(&share, "proto")));
            }
        }
        let interfaces = ctx.list("interfaces")?;
        let forward_ports = ctx.list("forwardPorts")?;
        let mut has_user = false;
        for i in &interfaces {
            if i.get("type")?.str()? == "user" {
                has_user = true;
            }
        }
        if !forward_ports.is_empty() && !has_user {
            let msg =
                format!("{}: forwardPortsOptions only running with user network", ctx.host_name);
            ctx.warn(&msg);
        }
        let (machine, console) = match ctx.system {
            "x86_64-linux" if require_pci => {
                return Err(Error::throw("PCI configuration for stratovirt is non-functional"));
            }
            "x86_64-linux" => ("microvm", "ttyS0"),
            "aarch64-linux" => ("virt", "ttyAMA0"),
            other => return Err(missing(other)),
        };
        // Without PCI (which throws above) every device is virtio-mmio.
        let dev_type = "device";

        let mut a = Args::new();
        a.push(format!("{}/bin/unbuffer", ctx.pkgs.path("expect")?), &[]);
        a.push(
            format!("{}/bin/stratovirt", ctx.package("stratovirt.package")?.path()),
            &["microvm.stratovirt.package"],
        );
        a.words(&["-name", &ctx.host_name.clone()], &["networking.hostName"]);
        a.words(&["-machine", machine], &["microvm.devices"]);
        a.words(&["-m", &ctx.int("mem")?.to_string()], &["microvm.mem"]);
        a.words(&["-smp", &vcpu.to_string()], &["microvm.vcpu"]);
        a.words(&["-kernel", &ctx.kernel_image()?], &["microvm.kernel"]);
        a.words(&["-initrd", &ctx.opt("initrdPath")?.interpolate()?], &["microvm.initrdPath"]);
        let append =
            format!("console={console} edd=off reboot=t panic=-1 {}", ctx.kernel_params()?);
        a.words(&["-append", &append], &["microvm.kernelParams"]);
        a.words(&["-serial", "stdio"], &[]);
        a.words(&["-object", "rng-random,id=rng,filename=/dev/random"], &[]);
        a.words(&["-device", &format!("virtio-rng-{dev_type},rng=rng,id=rng_dev")], &[]);
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            let src: &[&str] = &["microvm.storeOnDisk", "microvm.storeDisk"];
            a.words(
                &["-drive", &format!("id=store,format=raw,readonly=on,file={disk},if=none,aio=io_uring,direct=false")],
                src,
            );
            a.words(&["-device", &format!("virtio-blk-{dev_type},drive=store,id=blk_store")], src);
        }
        if let Some(socket) = ctx.opt_str("socket")? {
            a.words(&["-qmp", &format!("unix:{socket},server,nowait")], &["microvm.socket"]);
        }
        for (vol, letter) in ctx.volumes_with_letters()? {
            let image = vol.get("image")?.str()?;
            let src = vec![sub(&vol, "image"), sub(&vol, "direct"), sub(&vol, "readOnly")];
            a.push_owned("-drive", src.clone());
            a.push_owned(
                format!(
                    "id=vd{letter},format=raw,if=none,aio=io_uring,file={image},direct={},readonly={}",
                    on_off(vol.get("direct")?.bool()?),
                    on_off(vol.get("readOnly")?.bool()?)
                ),
                src,
            );
            let mut dev = format!("virtio-blk-{dev_type},drive=vd{letter},id=blk_vd{letter}");
            let mut dsrc = vec![sub(&vol, "image")];
            if let Some(serial) = vol.get("serial")?.opt_str()? {
                let _ = write!(dev, ",serial={serial}");
                dsrc.push(sub(&vol, "serial"));
            }
            a.push_owned("-device", dsrc.clone());
            a.push_owned(dev, dsrc);
        }
        for (index, share) in ctx.list("shares")?.iter().enumerate() {
            let src = vec![share.path().to_owned()];
            a.push_owned("-chardev", src.clone());
            a.push_owned(
                format!("socket,id=fs{index},path={}", share.get("socket")?.interpolate()?),
                src.clone(),
            );
            a.push_owned("-device", src.clone());
            a.push_owned(
                format!(
                    "vhost-user-fs-{dev_type},chardev=fs{index},tag={},id=fs{index}",
                    share.get("tag")?.str()?
                ),
                src,
            );
        }
        for iface in &interfaces {
            let kind = iface.get("type")?.str()?;
            let id = iface.get("id")?.str()?;
            let mut src = vec![sub(iface, "type"), sub(iface, "id"), "microvm.vcpu".to_owned()];
            let mut parts = vec![
                if kind == "macvtap" { "tap".to_owned() } else { kind.to_owned() },
                format!("id={id}"),
                format!("queues={}", vcpu.min(16)),
            ];
            if kind == "user" {
                parts.push(forwarding_options(ctx, &forward_ports)?);
                src.push("microvm.forwardPorts".into());
            }
            if kind == "bridge" {
                parts.push(format!("br={}", iface.get("bridge")?.interpolate()?));
                parts.push("helper=/run/wrappers/bin/qemu-bridge-helper".into());
                src.push(sub(iface, "bridge"));
            }
            if kind == "tap" {
                parts.push(format!("ifname={id}"));
            }
            if kind == "macvtap" {
                let fds = ctx.macvtap_fds.get(id).cloned().unwrap_or_default();
                let list: Vec<String> = fds.iter().map(i64::to_string).collect();
                parts.push(format!("fd={}", list.join(" ")));
            }
            if tap_multi_queue {
                parts.push(format!("queues={vcpu}"));
            }
            a.push_owned("-netdev", src.clone());
            a.push_owned(parts.join(","), src);
            let dev = [
                format!("virtio-net-{dev_type}"),
                format!("id=net_{id}"),
                format!("netdev={id}"),
                format!("mac={}", iface.get("mac")?.str()?),
                format!("mq={}", on_off(tap_multi_queue)),
            ]
            .join(",");
            let dsrc = vec![sub(iface, "id"), sub(iface, "mac"), "microvm.vcpu".to_owned()];
            a.push_owned("-device", dsrc.clone());
            a.push_owned(dev, dsrc);
        }
        for d in &devices {
            let path = d.get("path")?.str()?;
            let src = vec![sub(d, "bus"), sub(d, "path")];
            let dev = match d.get("bus")?.str()? {
                "pci" => format!("vfio-pci,host={path}"),
                "usb" => format!("usb-host,{path}"),
                other => return Err(missing(other)),
            };
            a.push_owned("-device", src.clone());
            a.push_owned(dev, src);
        }
        Ok(Command { segments: vec![a.args], inner: None, quote_all: false })
    }
}

/// `forwardPortsOptions`' single string (empty without forwards).
fn forwarding_options(
    ctx: &Ctx<'_>,
    forwards: &[crate::config::Node<'_>],
) -> Result<String, Error> {
    let mut s = String::new();
    for f in forwards {
        let proto = f.get("proto")?.str()?;
        let host = f.get("host")?;
        let guest = f.get("guest")?;
        let (ha, hp) = (host.get("address")?.str()?, host.get("port")?.to_nix_string()?);
        let (ga, gp) = (guest.get("address")?.str()?, guest.get("port")?.to_nix_string()?);
        if f.get("from")?.str()? == "host" {
            let _ = write!(s, "hostfwd={proto}:{ha}:{hp}-{ga}:{gp},");
        } else {
            let nc = ctx.pkgs.netcat()?;
            let _ = write!(s, "guestfwd={proto}:{ga}:{gp}-cmd:{nc}/bin/nc {ha} {hp},");
        }
    }
    Ok(s)
}
