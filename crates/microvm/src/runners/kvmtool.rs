//! The kvmtool (`lkvm`) runner: the space-joined command with selectively
//! quoted words, preStart and balloon script of microvm.nix's
//! `lib/runners/kvmtool.nix`.

use super::{Args, Ctx, HypervisorRunner, sub};
use crate::{Command, Error, ErrorKind};

pub(crate) struct Kvmtool;

impl HypervisorRunner for Kvmtool {
    fn pre_start(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        Ok(Some(format!("{}\nexport HOME=$PWD\n", ctx.str("preStart")?)))
    }

    fn can_shutdown(&self, _ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(false)
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("kvmtool will not change user"));
        }
        if ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("kvmtool does not support initialBalloonMem"));
        }
        if ctx.int("hotplugMem")? != 0 {
            return Err(Error::throw("kvmtool does not support hotplugMem"));
        }
        if ctx.int("hotpluggedMem")? != 0 {
            return Err(Error::throw("kvmtool does not support hotpluggedMem"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("kvmtool does not support credentialFiles"));
        }
        let package = ctx.package("kvmtool.package")?;
        let mut a = Args::new();
        a.raw(format!("{}/bin/lkvm", package.path()), &["microvm.kvmtool.package"]);
        a.raw("run", &[]);
        a.raw("--name", &["networking.hostName"]);
        a.push(ctx.host_name.clone(), &["networking.hostName"]);
        a.raw("-m", &["microvm.mem"]);
        a.raw(ctx.int("mem")?.to_string(), &["microvm.mem"]);
        a.raw("-c", &["microvm.vcpu"]);
        a.raw(ctx.int("vcpu")?.to_string(), &["microvm.vcpu"]);
        a.raw("--console", &[]);
        a.raw("serial", &[]);
        a.raw("--rng", &[]);
        a.raw("-k", &["microvm.kernel"]);
        a.push(ctx.kernel_image()?, &["microvm.kernel"]);
        a.raw("-i", &["microvm.initrdPath"]);
        a.raw(ctx.opt("initrdPath")?.interpolate()?, &["microvm.initrdPath"]);
        a.raw("-p", &["microvm.kernelParams"]);
        a.push(
            format!("console=ttyS0 reboot=k panic=1 {}", ctx.kernel_params()?),
            &["microvm.kernelParams"],
        );
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            a.raw("-d", &["microvm.storeOnDisk", "microvm.storeDisk"]);
            a.push(format!("{disk},ro"), &["microvm.storeOnDisk", "microvm.storeDisk"]);
        }
        if ctx.bool("balloon")? {
            a.raw("--balloon", &["microvm.balloon"]);
        }
        for vol in ctx.list("volumes")? {
            if !vol.get("serial")?.is_null()? {
                ctx.warn("Volume serial is not supported for kvmtool\n");
            }
            let mut s = vol.get("image")?.str()?.to_owned();
            if vol.get("direct")?.bool()? {
                s.push_str(",direct");
            }
            if vol.get("readOnly")?.bool()? {
                s.push_str(",ro");
            }
            let src = vec![sub(&vol, "image"), sub(&vol, "direct"), sub(&vol, "readOnly")];
            a.raw_owned("-d", src.clone());
            a.push_owned(s, src);
        }
        for share in ctx.list("shares")? {
            if share.get("proto")?.str()? != "9p" {
                return Err(Error::throw("virtiofs shares not implemented for kvmtool"));
            }
            if share.get("readOnly")?.bool()? {
                return Err(Error::throw("kvmtool does not support readonly 9p share"));
            }
            let src = vec![share.path().to_owned()];
            a.raw_owned("--9p", src.clone());
            a.push_owned(
                format!("{},{}", share.get("source")?.str()?, share.get("tag")?.str()?),
                src,
            );
        }
        for iface in ctx.list("interfaces")? {
            let kind = iface.get("type")?.str()?;
            let id = iface.get("id")?.str()?;
            let mac = iface.get("mac")?.str()?;
            let src = vec![sub(&iface, "type"), sub(&iface, "id"), sub(&iface, "mac")];
            match kind {
                "user" | "tap" => {
                    a.raw_owned("-n", src.clone());
                    a.push_owned(format!("mode={kind},tapif={id},guest_mac={mac}"), src);
                }
                "macvtap" => {
                    a.raw_owned("-n", src.clone());
                    a.raw_owned(format!("mode=tap,tapif=/dev/tap$(< /sys/class/net/{id}/ifindex),guest_mac={mac}"), src);
                }
                other => {
                    return Err(Error::throw(format!(
                        "interface type {other} is not supported by kvmtool"
                    )));
                }
            }
        }
        if !ctx.list("devices")?.is_empty() {
            // The device mapper destructures `{ bus, path }` strictly, but
            // every device record also carries `qemu`.
            return Err(Error::new(
                ErrorKind::Eval,
                "anonymous function at <microvm.nix>/lib/runners/kvmtool.nix:87:12 called with unexpected argument 'qemu'",
            )
            .at("microvm.devices"));
        }
        if let Some(cid) = ctx.opt("vsock.cid")?.opt_int()? {
            a.raw("--vsock", &["microvm.vsock.cid"]);
            a.raw(cid.to_string(), &["microvm.vsock.cid"]);
        }
        Ok(Command { segments: vec![a.args], inner: None, quote_all: false })
    }

    fn balloon_script(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let lkvm = format!("{}/bin/lkvm", ctx.package("kvmtool.package")?.path());
        Ok(Some(format!(
            "if [[ $SIZE =~ ^-(\\d+)$ ]]; then\n  ARGS=\"-d ${{BASH_REMATCH[1]}}\"\nelse\n  ARGS=\"-i $SIZE\"\nfi\nHOME=$PWD {lkvm} balloon $ARGS -n {}\n",
            ctx.host_name
        )))
    }
}
