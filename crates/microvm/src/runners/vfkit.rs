//! The vfkit runner (macOS Virtualization.framework): argument list, the
//! `bash -c` wrapper that makes the REST socket path absolute, preStart and
//! shutdown script of microvm.nix's `lib/runners/vfkit.nix`.

use super::{Args, Ctx, HypervisorRunner, sub};
use crate::nix::escape_shell_arg;
use crate::{Command, Error, Quoting};

pub(crate) struct Vfkit;

impl HypervisorRunner for Vfkit {
    fn pre_start(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        Ok(Some(match ctx.opt_str("socket")? {
            Some(socket) => format!("rm -f {socket}\n"),
            None => String::new(),
        }))
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        let host = ctx.host_system;
        let host_darwin = host.ends_with("-darwin");
        let host_aarch64 = host.starts_with("aarch64-");
        let guest_aarch64 = ctx.system.starts_with("aarch64-");
        if !host_darwin {
            return Err(Error::throw(format!(
                "vfkit only works on macOS (Darwin). Current host: {host}"
            )));
        }
        if host_aarch64 != guest_aarch64 {
            return Err(Error::throw(format!(
                "vfkit requires matching host and guest architectures. Host: {host}, Guest: {}",
                ctx.system
            )));
        }
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("vfkit does not support changing user"));
        }
        if ctx.bool("balloon")? {
            return Err(Error::throw("vfkit does not support memory ballooning"));
        }
        let rosetta = ctx.bool("vfkit.rosetta.enable")?;
        if rosetta && !host_aarch64 {
            return Err(Error::throw(format!(
                "Rosetta requires Apple Silicon (aarch64-darwin). Current host: {host}"
            )));
        }
        if !ctx.list("devices")?.is_empty() {
            return Err(Error::throw("vfkit does not support device passthrough"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("vfkit does not support credentialFiles"));
        }
        if ctx.opt("vsock.cid")?.opt_int()?.is_some() {
            return Err(Error::throw("vfkit vsock support not yet implemented in microvm.nix"));
        }
        let graphics = ctx.bool("graphics.enable")?;
        let mut a = Args::new();
        a.push(ctx.package("vfkit.package")?.exe()?, &["microvm.vfkit.package"]);
        a.words(&["--cpus", &ctx.int("vcpu")?.to_string()], &["microvm.vcpu"]);
        a.words(&["--memory", &ctx.int("mem")?.to_string()], &["microvm.mem"]);
        if let Some(level) = ctx.opt_str("vfkit.logLevel")? {
            a.words(&["--log-level", level], &["microvm.vfkit.logLevel"]);
        }
        if graphics {
            a.push("--gui", &["microvm.graphics.enable"]);
        }
        let kernel = format!("{}/{}", ctx.kernel()?.output("out")?, ctx.linux_target());
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        let mut cmdline = vec![
            format!("console={}", if graphics { "tty0" } else { "hvc0" }),
            "reboot=t".into(),
            "panic=-1".into(),
        ];
        for p in ctx.list("kernelParams")? {
            cmdline.push(p.interpolate()?);
        }
        let boot_src: &[&str] = &[
            "microvm.kernel",
            "microvm.initrdPath",
            "microvm.kernelParams",
            "microvm.graphics.enable",
        ];
        a.push("--bootloader", boot_src);
        a.push(
            format!("linux,kernel={kernel},initrd={initrd},cmdline=\"{}\"", cmdline.join(" ")),
            boot_src,
        );
        a.words(&["--device", "virtio-rng"], &[]);
        if graphics {
            a.words(
                &[
                    "--device",
                    "virtio-gpu",
                    "--device",
                    "virtio-input,keyboard",
                    "--device",
                    "virtio-input,pointing",
                ],
                &["microvm.graphics.enable"],
            );
        } else {
            a.words(&["--device", "virtio-serial,stdio"], &["microvm.graphics.enable"]);
        }
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            a.words(
                &["--device", &format!("virtio-blk,path={disk},readonly")],
                &["microvm.storeOnDisk", "microvm.storeDisk"],
            );
        }
        for (vol, _) in ctx.volumes_with_letters()? {
            let src = vec![sub(&vol, "image")];
            a.push_owned("--device", src.clone());
            a.push_owned(format!("virtio-blk,path={}", vol.get("image")?.str()?), src);
        }
        for share in ctx.list("shares")? {
            let proto = share.get("proto")?.str()?;
            if proto != "virtiofs" {
                return Err(Error::throw(format!(
                    "vfkit does not support {proto} share. Use proto = \"virtiofs\" instead."
                )));
            }
            let src = vec![share.path().to_owned()];
            a.push_owned("--device", src.clone());
            a.push_owned(
                format!(
                    "virtio-fs,sharedDir={},mountTag={}",
                    share.get("source")?.str()?,
                    share.get("tag")?.str()?
                ),
                src,
            );
        }
        for iface in ctx.list("interfaces")? {
            match iface.get("type")?.str()? {
                "user" => {
                    let src = vec![sub(&iface, "type"), sub(&iface, "mac")];
                    a.push_owned("--device", src.clone());
                    a.push_owned(format!("virtio-net,nat,mac={}", iface.get("mac")?.str()?), src);
                }
                "bridge" => {
                    return Err(Error::throw(
                        "vfkit bridge networking requires vmnet-helper which is not yet implemented. Use type = \"user\" for NAT networking.",
                    ));
                }
                other => {
                    return Err(Error::throw(format!(
                        "vfkit does not support {other} networking on macOS. Use type = \"user\" for NAT networking."
                    )));
                }
            }
        }
        if rosetta {
            let mut parts = vec!["rosetta", "mountTag=rosetta"];
            if ctx.bool("vfkit.rosetta.install")? {
                parts.push("install");
            }
            if ctx.bool("vfkit.rosetta.ignoreIfMissing")? {
                parts.push("ignoreIfMissing");
            }
            a.words(&["--device", &parts.join(",")], &["microvm.vfkit.rosetta"]);
        }
        for arg in ctx.list("vfkit.extraArgs")? {
            a.push_owned(arg.str()?.to_owned(), vec![arg.path().to_owned()]);
        }
        let Some(socket) = ctx.opt_str("socket")? else {
            return Ok(Command { segments: vec![a.args], inner: None, quote_all: false });
        };
        let vfkit_cmd: Vec<String> = a.args.iter().map(|x| escape_shell_arg(&x.text)).collect();
        let script = format!(
            "SOCKET_ABS={}\n[[ \"$SOCKET_ABS\" != /* ]] && SOCKET_ABS=\"$PWD/$SOCKET_ABS\"\nexec {} --restful-uri \"unix:///$SOCKET_ABS\"\n",
            escape_shell_arg(socket),
            vfkit_cmd.join(" ")
        );
        let mut sources: Vec<String> =
            a.args.iter().flat_map(|x| x.sources.iter().cloned()).collect();
        sources.sort();
        sources.dedup();
        sources.push("microvm.socket".into());
        let mut w = Args::new();
        w.raw("bash", &[]);
        w.raw("-c", &[]);
        w.push_owned(script, sources);
        debug_assert!(w.args[2].quoting == Quoting::Escaped);
        Ok(Command { segments: vec![w.args], inner: Some(a.args), quote_all: false })
    }

    fn shutdown_command(&self, ctx: &mut Ctx<'_>) -> Result<String, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw("Cannot shutdown without socket"));
        };
        let socat = ctx.host_pkgs.get("socat")?.exe()?;
        Ok(format!(
            "SOCKET_ABS=\"{}\"\n[[ \"$SOCKET_ABS\" != /* ]] && SOCKET_ABS=\"$PWD/$SOCKET_ABS\"\necho '{{\"state\": \"Stop\"}}' | {socat} - \"UNIX-CONNECT:$SOCKET_ABS\"\n",
            escape_shell_arg(socket)
        ))
    }
}
