//! The crosvm runner: argument list, preStart (socket cleanup, pivot root,
//! GPU backend), shutdown and balloon scripts of microvm.nix's
//! `lib/runners/crosvm.nix`.

use super::{Args, Ctx, HypervisorRunner, bool_str, missing_attr, sub};
use crate::nix::{error_at, to_json};
use crate::{Command, Error, ErrorKind, Quoting};
use serde_json::json;
use std::fmt::Write as _;

pub(crate) struct Crosvm;

impl HypervisorRunner for Crosvm {
    fn requires_macvtap_as_fds(&self) -> bool {
        true
    }

    fn pre_start(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::new(
                ErrorKind::Throw,
                error_at(
                    "cannot coerce null to a string",
                    "lib/runners/crosvm.nix",
                    33,
                    11,
                    ["  preStart = ''", "    rm -f ${socket}", "    ${microvmConfig.preStart}"],
                ),
            )
            .at("microvm.socket"));
        };
        let mut s = format!("rm -f {socket}\n{}\n", ctx.str("preStart")?);
        if let Some(pivot) = ctx.opt_str("crosvm.pivotRoot")? {
            let _ = writeln!(s, "mkdir -p {pivot}");
        }
        s.push('\n');
        if ctx.bool("graphics.enable")? {
            let gpu = ctx.str("graphics.socket")?;
            let crosvm = ctx.package("crosvm.package")?.path();
            let params =
                json!({"context-types": "virgl:virgl2:cross-domain", "egl": true, "vulkan": true});
            let _ = write!(
                s,
                "rm -f {gpu}\n{crosvm}/bin/crosvm device gpu \\\n  --socket {gpu} \\\n  --wayland-sock $XDG_RUNTIME_DIR/$WAYLAND_DISPLAY\\\n  --params '{}' \\\n  &\nwhile ! [ -S {gpu} ]; do\n  sleep .1\ndone\n",
                to_json(&params)
            );
        }
        Ok(Some(s))
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("crosvm will not change user"));
        }
        if ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("crosvm does not support initialBalloonMem"));
        }
        if ctx.int("hotplugMem")? != 0 {
            return Err(Error::throw("crosvm does not support hotplugMem"));
        }
        if ctx.int("hotpluggedMem")? != 0 {
            return Err(Error::throw("crosvm does not support hotpluggedMem"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("crosvm does not support credentialFiles"));
        }
        let package = ctx.package("crosvm.package")?;
        let mut a = Args::new();
        a.push(format!("{}/bin/crosvm", package.path()), &["microvm.crosvm.package"]);
        a.push("run", &[]);
        a.words(&["-m", &ctx.int("mem")?.to_string()], &["microvm.mem"]);
        a.words(&["-c", &ctx.int("vcpu")?.to_string()], &["microvm.vcpu"]);
        a.words(&["--serial", "type=stdout,console=true,stdin=true"], &[]);
        let params = format!("console=ttyS0 reboot=k panic=1 {}", ctx.kernel_params()?);
        a.words(&["-p", &params], &["microvm.kernelParams"]);
        if ctx.bool("balloon")? {
            // since 71beea0 (2026-07-31)
            if ctx.epoch.at_least("71beea0") {
                a.push("--balloon-page-reporting", &["microvm.balloon"]);
            }
        } else {
            a.push("--no-balloon", &["microvm.balloon"]);
        }
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            a.words(&["-r", &disk], &["microvm.storeOnDisk", "microvm.storeDisk"]);
        }
        if ctx.bool("graphics.enable")? {
            let gpu = ctx.str("graphics.socket")?;
            a.words(
                &["--vhost-user", &format!("gpu,socket={gpu}")],
                &["microvm.graphics.enable", "microvm.graphics.socket"],
            );
        }
        if let Some(pivot) = ctx.opt_str("crosvm.pivotRoot")? {
            a.words(&["--pivot-root", pivot], &["microvm.crosvm.pivotRoot"]);
        }
        if let Some(socket) = ctx.opt_str("socket")? {
            a.words(&["-s", socket], &["microvm.socket"]);
        }
        for vol in ctx.list("volumes")? {
            let mut s = format!(
                "{},o_direct={},ro={}",
                vol.get("image")?.str()?,
                bool_str(vol.get("direct")?.bool()?),
                bool_str(vol.get("readOnly")?.bool()?)
            );
            let mut src = vec![sub(&vol, "image"), sub(&vol, "direct"), sub(&vol, "readOnly")];
            if let Some(serial) = vol.get("serial")?.opt_str()? {
                let _ = write!(s, ",id={serial}");
                src.push(sub(&vol, "serial"));
            }
            a.push_owned("--block", src.clone());
            a.push_owned(s, src);
        }
        for share in ctx.list("shares")? {
            let src = vec![share.path().to_owned()];
            match share.get("proto")?.str()? {
                "virtiofs" => {
                    a.push_owned("--vhost-user", src.clone());
                    a.push_owned(
                        format!("type=fs,socket={}", share.get("socket")?.interpolate()?),
                        src,
                    );
                }
                "9p" => {
                    if share.get("readOnly")?.bool()? {
                        return Err(Error::throw("Readonly 9p share is not supported"));
                    }
                    let source = share.get("source")?.str()?;
                    let tag = share.get("tag")?.str()?;
                    a.push_owned("--shared-dir", src.clone());
                    a.push_owned(format!("{source}:{tag}:type=p9"), src);
                }
                other => {
                    return Err(missing_attr(other));
                }
            }
        }
        for iface in ctx.list("interfaces")? {
            let kind = iface.get("type")?.str()?;
            let id = iface.get("id")?.str()?;
            let dev = match kind {
                "tap" => format!("tap-name={id}"),
                "macvtap" => {
                    let fds = ctx.macvtap_fds.get(id).cloned().unwrap_or_default();
                    let list: Vec<String> = fds.iter().map(i64::to_string).collect();
                    format!("tap-fd={}", list.join(" "))
                }
                other => {
                    return Err(Error::throw(format!(
                        "Unsupported interface type {other} for crosvm"
                    )));
                }
            };
            let src = vec![sub(&iface, "type"), sub(&iface, "id"), sub(&iface, "mac")];
            a.push_owned("--net", src.clone());
            a.push_owned(format!("{dev},mac={}", iface.get("mac")?.str()?), src);
        }
        if let Some(cid) = ctx.opt("vsock.cid")?.opt_int()? {
            a.words(&["--vsock", &cid.to_string()], &["microvm.vsock.cid"]);
        }
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        a.words(&["--initrd", &initrd], &["microvm.initrdPath"]);
        a.push(ctx.vmlinux_path()?, &["microvm.kernel"]);

        let mut b = Args::new();
        for d in ctx.list("devices")? {
            match d.get("bus")?.str()? {
                "pci" => {
                    let src = vec![sub(&d, "path")];
                    b.raw_owned("--vfio", src.clone());
                    b.raw_owned(
                        format!("/sys/bus/pci/devices/{},iommu=viommu", d.get("path")?.str()?),
                        src,
                    );
                }
                "usb" => return Err(Error::throw("USB passthrough is not supported on crosvm")),
                other => {
                    return Err(missing_attr(other));
                }
            }
        }
        let mut c = Args::new();
        for arg in ctx.list("crosvm.extraArgs")? {
            c.push_owned(arg.str()?.to_owned(), vec![arg.path().to_owned()]);
        }
        debug_assert!(b.args.iter().all(|a| a.quoting == Quoting::Raw));
        Ok(Command { segments: vec![a.args, b.args, c.args], inner: None, quote_all: false })
    }

    fn shutdown_command(&self, ctx: &mut Ctx<'_>) -> Result<String, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw("Cannot shutdown without socket"));
        };
        let crosvm = ctx.package("crosvm.package")?.path();
        Ok(format!("{crosvm}/bin/crosvm powerbtn {socket}\n"))
    }

    fn balloon_script(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Ok(None);
        };
        let crosvm = ctx.package("crosvm.package")?.path();
        let jq = ctx.pkgs.path("jq")?;
        Ok(Some(format!(
            "VALUE=$(( $SIZE * 1024 * 1024 ))\n{crosvm}/bin/crosvm balloon $VALUE {socket}\nSIZE=$( {crosvm}/bin/crosvm balloon_stats {socket} | \\\n  {jq}/bin/jq -r .BalloonStats.balloon_actual \\\n)\necho $(( $SIZE / 1024 / 1024 ))\n"
        )))
    }
}
