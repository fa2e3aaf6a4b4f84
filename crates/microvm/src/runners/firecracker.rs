//! The firecracker runner: the JSON configuration file, the command line,
//! preStart and shutdown script of microvm.nix's
//! `lib/runners/firecracker.nix`.

use super::{Args, Ctx, HypervisorRunner};
use crate::nix::{compare_versions, error_at, to_json};
use crate::{Command, Error, ErrorKind};
use serde_json::{Map, Value, json};
use std::cmp::Ordering;

pub(crate) struct Firecracker;

/// `lib.recursiveUpdate`: attribute sets merge recursively, anything else
/// is replaced by the right-hand side.
fn recursive_update(lhs: &mut Value, rhs: &Value) {
    match (lhs, rhs) {
        (Value::Object(l), Value::Object(r)) => {
            for (k, v) in r {
                match l.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => {
                        recursive_update(existing, v)
                    }
                    _ => {
                        l.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (l, r) => *l = r.clone(),
    }
}

impl HypervisorRunner for Firecracker {
    fn pre_start(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let pre = ctx.str("preStart")?;
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::new(
                ErrorKind::Throw,
                error_at(
                    "cannot coerce null to a string",
                    "lib/runners/firecracker.nix",
                    116,
                    14,
                    ["", "    if [ -e '${socket}' ]; then", "      mv '${socket}' '${socket}.old'"],
                ),
            )
            .at("microvm.socket"));
        };
        let mut s =
            format!("{pre}\n\nif [ -e '{socket}' ]; then\n  mv '{socket}' '{socket}.old'\nfi\n");
        if ctx.opt("vsock.cid")?.opt_int()?.is_some() {
            s.push_str("rm -f notify.vsock notify.vsock_*\n");
        }
        Ok(Some(s))
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("firecracker will not change user"));
        }
        if !ctx.list("shares")?.is_empty() {
            return Err(Error::throw("9p/virtiofs shares not implemented for Firecracker"));
        }
        if !ctx.list("devices")?.is_empty() {
            return Err(Error::throw("devices passthrough not implemented for Firecracker"));
        }
        if ctx.bool("balloon")? {
            return Err(Error::throw("balloon not implemented for Firecracker"));
        }
        if ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("initialBalloonMem not implemented for Firecracker"));
        }
        if ctx.int("hotplugMem")? != 0 {
            return Err(Error::throw("hotplugMem not implemented for Firecracker"));
        }
        if ctx.int("hotpluggedMem")? != 0 {
            return Err(Error::throw("hotpluggedMem not implemented for Firecracker"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("credentialFiles are not implemented for Firecracker"));
        }
        let package = ctx.package("firecracker.package")?;

        // The configuration file, forced in attribute order by toJSON.
        let kernel_path = ctx.vmlinux_path()?;
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        let boot_args = format!(
            "console=ttyS0,115200 reboot=k panic=1 i8042.noaux i8042.nomux i8042.nopnp i8042.dumbkbd {}",
            ctx.kernel_params()?
        );
        let cpu = ctx.opt("firecracker.cpu")?;
        let cpu_config = if cpu.is_null()? { None } else { Some(to_json(cpu.raw())) };
        let io_engine = ctx.str("firecracker.driveIoEngine")?;
        let mut drives = vec![json!({
            "drive_id": "store",
            "path_on_host": ctx.opt("storeDisk")?.interpolate()?,
            "is_root_device": false,
            "is_read_only": true,
            "io_engine": io_engine,
        })];
        for vol in ctx.list("volumes")? {
            if !vol.get("serial")?.is_null()? {
                ctx.warn("Volume serial is not supported for firecracker\n");
            }
            if vol.get("direct")?.bool()? {
                ctx.warn("Volume direct IO is not supported for firecracker\n");
            }
            let image = vol.get("image")?.str()?;
            drives.push(json!({
                "drive_id": image,
                "path_on_host": image,
                "is_root_device": false,
                "is_read_only": vol.get("readOnly")?.bool()?,
                "io_engine": io_engine,
            }));
        }
        let mut nets = Vec::new();
        for iface in ctx.list("interfaces")? {
            let kind = iface.get("type")?.str()?;
            if kind != "tap" {
                return Err(Error::throw(format!(
                    "Network interface type {kind} not implemented for Firecracker"
                )));
            }
            let id = iface.get("id")?.str()?;
            nets.push(
                json!({"iface_id": id, "host_dev_name": id, "guest_mac": iface.get("mac")?.str()?}),
            );
        }
        let vsock = match ctx.opt("vsock.cid")?.opt_int()? {
            Some(cid) => json!({"guest_cid": cid, "uds_path": "notify.vsock"}),
            None => Value::Null,
        };
        let mut config = Map::new();
        config.insert(
            "boot-source".into(),
            json!({"kernel_image_path": kernel_path, "initrd_path": initrd, "boot_args": boot_args}),
        );
        config.insert(
            "machine-config".into(),
            json!({
                "vcpu_count": ctx.int("vcpu")?,
                "mem_size_mib": ctx.int("mem")?,
                "smt": ctx.system != "aarch64-linux",
            }),
        );
        config.insert("drives".into(), Value::Array(drives));
        config.insert("network-interfaces".into(), Value::Array(nets));
        config.insert("vsock".into(), vsock);
        if let Some(text) = cpu_config {
            let path = ctx.write_file("cpu-config.json", "text", text);
            config.insert("cpu-config".into(), Value::String(path));
        }
        let mut config = Value::Object(config);
        recursive_update(&mut config, ctx.opt("firecracker.extraConfig")?.raw());
        let name = format!("firecracker-{}.json", ctx.host_name);
        let config_file = ctx.write_file(&name, "json", to_json(&config));

        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw(
                "Firecracker must be configured with an API socket (option microvm.socket)!",
            ));
        };
        let mut a = Args::new();
        a.push(format!("{}/bin/firecracker", package.path()), &["microvm.firecracker.package"]);
        let cfg_src: &[&str] = &[
            "microvm.kernel",
            "microvm.initrdPath",
            "microvm.kernelParams",
            "microvm.vcpu",
            "microvm.mem",
            "microvm.storeDisk",
            "microvm.volumes",
            "microvm.interfaces",
            "microvm.vsock.cid",
            "microvm.firecracker.cpu",
            "microvm.firecracker.driveIoEngine",
            "microvm.firecracker.extraConfig",
        ];
        a.words(&["--config-file", &config_file], cfg_src);
        a.words(&["--api-sock", socket], &["microvm.socket"]);
        if compare_versions(package.version(), "1.13.0") != Ordering::Less {
            a.push("--enable-pci", &["microvm.firecracker.package"]);
        }
        for arg in ctx.list("firecracker.extraArgs")? {
            a.push_owned(arg.str()?.to_owned(), vec![arg.path().to_owned()]);
        }
        Ok(Command { segments: vec![a.args], inner: None, quote_all: false })
    }

    fn shutdown_command(&self, ctx: &mut Ctx<'_>) -> Result<String, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw("Cannot shutdown without socket"));
        };
        let curl = ctx.pkgs.path("curl")?;
        let socat = ctx.pkgs.path("socat")?;
        Ok(format!(
            "{curl}/bin/curl -s \\\n  --unix-socket {socket} \\\n  -X PUT http://localhost/actions \\\n  -d '{{ \"action_type\": \"SendCtrlAltDel\" }}'\n\n# wait for exit\n{socat}/bin/socat STDOUT UNIX:{socket},shut-none\n"
        ))
    }
}
