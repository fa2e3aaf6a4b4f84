//! The alioth runner: the space-joined command with selectively quoted
//! words of microvm.nix's `lib/runners/alioth.nix`.

use super::{Args, Ctx, HypervisorRunner, bool_str, sub};
use crate::{Command, Error};

pub(crate) struct Alioth;

impl HypervisorRunner for Alioth {
    fn can_shutdown(&self, _ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(false)
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("alioth will not change user"));
        }
        if ctx.bool("balloon")? {
            return Err(Error::throw("balloon not implemented for alioth"));
        }
        if ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("initialBalloonMem not implemented for alioth"));
        }
        if ctx.int("hotplugMem")? != 0 {
            return Err(Error::throw("alioth does not support hotplugMem"));
        }
        if ctx.int("hotpluggedMem")? != 0 {
            return Err(Error::throw("alioth does not support hotpluggedMem"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("alioth does not support credentialFiles"));
        }
        let package = ctx.package("alioth.package")?;
        let vcpu = ctx.int("vcpu")?;
        let mut a = Args::new();
        a.raw(format!("{}/bin/alioth", package.path()), &["microvm.alioth.package"]);
        a.raw("run", &[]);
        a.raw("--memory", &["microvm.mem"]);
        a.raw(format!("size={}M,backend=memfd", ctx.int("mem")?), &["microvm.mem"]);
        a.raw("--num-cpu", &["microvm.vcpu"]);
        a.raw(vcpu.to_string(), &["microvm.vcpu"]);
        a.raw("-k", &["microvm.kernel"]);
        a.push(ctx.kernel_image()?, &["microvm.kernel"]);
        a.raw("-i", &["microvm.initrdPath"]);
        a.raw(ctx.opt("initrdPath")?.interpolate()?, &["microvm.initrdPath"]);
        a.raw("-c", &["microvm.kernelParams"]);
        a.push(
            format!("console=ttyS0 reboot=k panic=1 {}", ctx.kernel_params()?),
            &["microvm.kernelParams"],
        );
        a.raw("--entropy", &[]);
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            a.raw("--blk", &["microvm.storeOnDisk", "microvm.storeDisk"]);
            a.push(
                format!("path={disk},readonly=true"),
                &["microvm.storeOnDisk", "microvm.storeDisk"],
            );
        }
        for vol in ctx.list("volumes")? {
            if !vol.get("serial")?.is_null()? {
                ctx.warn("Volume serial is not supported for alioth\n");
            }
            if vol.get("direct")?.bool()? {
                ctx.warn("Volume direct IO is not supported for alioth\n");
            }
            let src = vec![sub(&vol, "image"), sub(&vol, "readOnly")];
            a.raw_owned("--blk", src.clone());
            a.push_owned(
                format!(
                    "path={},readOnly={}",
                    vol.get("image")?.str()?,
                    bool_str(vol.get("readOnly")?.bool()?)
                ),
                src,
            );
        }
        for share in ctx.list("shares")? {
            if share.get("proto")?.str()? != "virtiofs" {
                return Err(Error::throw("9p shares not implemented for alioth"));
            }
            let src = vec![share.path().to_owned()];
            a.raw_owned("--fs", src.clone());
            a.push_owned(
                format!(
                    "vu,socket={},tag={}",
                    share.get("socket")?.interpolate()?,
                    share.get("tag")?.str()?
                ),
                src,
            );
        }
        for iface in ctx.list("interfaces")? {
            let kind = iface.get("type")?.str()?;
            if kind != "tap" {
                return Err(Error::throw(format!(
                    "interface type {kind} is not supported by alioth"
                )));
            }
            let src = vec![sub(&iface, "id"), sub(&iface, "mac"), "microvm.vcpu".to_owned()];
            a.raw_owned("--net", src.clone());
            a.push_owned(
                format!(
                    "if_name={},mac={},queue_pairs={vcpu},mtu=1500",
                    iface.get("id")?.str()?,
                    iface.get("mac")?.str()?
                ),
                src,
            );
        }
        if !ctx.list("devices")?.is_empty() {
            return Err(Error::throw("PCI/USB passthrough is not supported on alioth"));
        }
        if let Some(cid) = ctx.opt("vsock.cid")?.opt_int()? {
            a.raw("--vsock", &["microvm.vsock.cid"]);
            a.raw(format!("vhost,cid={cid}"), &["microvm.vsock.cid"]);
        }
        Ok(Command { segments: vec![a.args], inner: None, quote_all: false })
    }
}
