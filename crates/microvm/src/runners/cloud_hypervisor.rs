//! The cloud-hypervisor runner: argument list (with the merging of
//! `--cpus`/`--platform`/`--vsock` from `extraArgs`), preStart with the
//! notify-socket forwarder and GPU backend, shutdown and balloon scripts;
//! mirrors microvm.nix's `lib/runners/cloud-hypervisor.nix`.

use super::{
    Args, Ctx, HypervisorRunner, extract_opt_values, extract_param_value, missing_attr, on_off,
    ops_mapped, srcs, sub,
};
use crate::nix::{compare_versions, to_json};
use crate::{Command, Error};
use serde_json::json;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub(crate) struct CloudHypervisor;

const EXTRA: &str = "microvm.cloud-hypervisor.extraArgs";

/// What the runner derives from `extraArgs` and `vsock.cid`.
struct Vsock {
    cid: Option<String>,
    path: String,
}

fn extra_args(ctx: &Ctx<'_>) -> Result<Vec<String>, Error> {
    Ok(ctx.opt("cloud-hypervisor.extraArgs")?.str_list()?.into_iter().map(str::to_owned).collect())
}

/// `vsockCID` / `vsockPath` (throws when both the option and extraArgs set a CID).
fn vsock(ctx: &Ctx<'_>) -> Result<Vsock, Error> {
    let extra = extra_args(ctx)?;
    let (values, _) = extract_opt_values(&["--vsock"], &extra);
    let user = values.first().map(String::as_str);
    let user_path = extract_param_value("socket", user);
    let user_cid = extract_param_value("cid", user);
    let cid = match (ctx.opt("vsock.cid")?.opt_int()?, user_cid) {
        (Some(_), Some(u)) => {
            return Err(Error::throw(format!(
                "Cannot set `microvm.vsock.cid` and --vsock 'cid={u}...' via `microvm.cloud-hypervisor.extraArgs` at the same time"
            )));
        }
        (Some(c), None) => Some(c.to_string()),
        (None, u) => u,
    };
    Ok(Vsock { cid, path: user_path.unwrap_or_else(|| "notify.vsock".to_owned()) })
}

const NOTIFY_FORWARDER: &str = r#"  # Both timeouts must be short: since systemd v256, every sd_notify()
  # over an AF_VSOCK stream socket blocks in recv() until the peer
  # closes, and guest PID1 sends STATUS= notifications every 333ms while
  # boot jobs are running - each one stalls PID1's whole event loop
  # until the guest sees EOF, serializing boot.
  #
  # -t0: with cloud-hypervisor >= 53.0 the guest's half-close is
  #   propagated, so socat sees EOF and must terminate the connection
  #   immediately instead of waiting its default 0.5s drain timeout
  #   (there is no reverse traffic to drain - the other side is a
  #   datagram socket).
  # -T0.2: with cloud-hypervisor <= 52.0 the half-close is never
  #   propagated, so only this inactivity timeout closes the connection
  #   and delivers the EOF.
"#;

/// The comment before the forwarder at c5a04bc.
const NOTIFY_FORWARDER_C5A04BC: &str = r#"  # -T2 is required because cloud-hypervisor does not handle partial
  # shutdown of the stream, like systemd v256+ does.
"#;

impl HypervisorRunner for CloudHypervisor {
    fn tap_multi_queue(&self, ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(ctx.int("vcpu")? > 1)
    }

    fn requires_macvtap_as_fds(&self) -> bool {
        true
    }

    fn supports_notify_socket(&self, ctx: &mut Ctx<'_>) -> Result<bool, Error> {
        Ok(vsock(ctx)?.cid.is_some())
    }

    fn pre_start(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let mut s = format!("{}\n", ctx.str("preStart")?);
        if let Some(socket) = ctx.opt_str("socket")? {
            let _ = write!(
                s,
                "# workaround cloud-hypervisor sometimes\n# stumbling over a preexisting socket\nrm -f '{socket}'\n"
            );
        }
        s.push_str("\n\n");
        let v = vsock(ctx)?;
        if v.cid.is_some() {
            let socat = ctx.pkgs.path("socat")?;
            let path = &v.path;
            // 71beea0 (2026-07-26) shortened the timeouts
            let (forwarder, timeouts) = if ctx.epoch.at_least("71beea0") {
                (NOTIFY_FORWARDER, "-t0 -T0.2")
            } else {
                (NOTIFY_FORWARDER_C5A04BC, "-T2")
            };
            let _ = write!(
                s,
                "# Ensure notify sockets are removed if cloud-hypervisor didn't exit cleanly the last time\nrm -f {path} {path}_8888\n\n# Start socat to forward systemd notify socket over vsock\nif [ -n \"${{NOTIFY_SOCKET:-}}\" ]; then\n{forwarder}  {socat}/bin/socat {timeouts} UNIX-LISTEN:{path}_8888,fork UNIX-SENDTO:$NOTIFY_SOCKET &\nfi\n"
            );
        }
        if ctx.bool("graphics.enable")? {
            let gpu = ctx.str("graphics.socket")?;
            let crosvm = ctx.package("graphics.crosvmPackage")?.path();
            let params = json!({
                "context-types": "virgl:virgl2:cross-domain",
                "displays": [{"hidden": true}],
                "egl": true,
                "vulkan": true,
            });
            let _ = write!(
                s,
                "rm -f {gpu}\n{crosvm}/bin/crosvm device gpu \\\n  --socket {gpu} \\\n  --wayland-sock $XDG_RUNTIME_DIR/$WAYLAND_DISPLAY \\\n  --params '{}' \\\n  &\nwhile ! [ -S {gpu} ]; do\n  sleep .1\ndone\n",
                to_json(&params)
            );
        }
        Ok(Some(s))
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        if ctx.opt_str("user")?.is_some() {
            return Err(Error::throw("cloud-hypervisor will not change user"));
        }
        if !ctx.opt("credentialFiles")?.is_empty_attrs()? {
            return Err(Error::throw("cloud-hypervisor does not support credentialFiles"));
        }
        let extra = extra_args(ctx)?;
        let mut processed = extra.clone();
        // `--cpus` from extraArgs is merged since 71beea0 (2026-07-18)
        let merge_cpus = ctx.epoch.at_least("71beea0");
        for flag in ["--vsock", "--platform", "--cpus"] {
            if flag != "--cpus" || merge_cpus {
                processed = extract_opt_values(&[flag], &processed).1;
            }
        }
        let has_user_console = !extract_opt_values(&["--console"], &extra).0.is_empty();
        let has_user_serial = !extract_opt_values(&["--serial"], &extra).0.is_empty();
        let vcpu = ctx.int("vcpu")?;
        let mem = ctx.int("mem")?;
        let tap_multi_queue = vcpu > 1;
        let graphics = ctx.bool("graphics.enable")?;
        let package = ctx.package("cloud-hypervisor.package")?;
        let version = package.version().to_owned();
        let argh = compare_versions(&version, "30.0") != Ordering::Less
            && compare_versions(&version, "36.0") == Ordering::Less;

        // The list spine: `vsockOpts` is forced (and warns) before any element.
        let v = vsock(ctx)?;
        let vsock_opts = match &v.cid {
            None => {
                ctx.warn(
                    "cloud-hypervisor supports systemd-notify via vsock, but `microvm.vsock.cid` must be set to enable this.",
                );
                None
            }
            Some(cid) => Some(format!("cid={cid},socket={}", v.path)),
        };

        let user_cpus =
            if merge_cpus { extract_opt_values(&["--cpus"], &extra).0 } else { Vec::new() };
        let cpus = match extract_param_value("boot", Some(&user_cpus.join(","))) {
            Some(boot) => {
                return Err(Error::throw(format!(
                    "Cannot set `microvm.vcpu` and --cpus 'boot={boot}...' via `microvm.cloud-hypervisor.extraArgs` at the same time"
                )));
            }
            None => {
                let mut parts = vec![format!("boot={vcpu}")];
                parts.extend(user_cpus.iter().cloned());
                parts.join(",")
            }
        };
        let kernel_path = ctx.vmlinux_path()?;
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        let console = if has_user_serial {
            ""
        } else if ctx.system == "x86_64-linux" {
            "earlyprintk=ttyS0 console=ttyS0"
        } else if ctx.system == "aarch64-linux" {
            "console=ttyAMA0"
        } else {
            ""
        };
        let cmdline = format!("{console} reboot=t panic=-1 {}", ctx.kernel_params()?);

        let shares = ctx.list("shares")?;
        let mut use_virtiofs = false;
        for s in &shares {
            if s.get("proto")?.str()? == "virtiofs" {
                use_virtiofs = true;
            }
        }
        let hotplug = ctx.int("hotplugMem")?;
        let mut mem_ops: BTreeMap<&str, String> = BTreeMap::new();
        mem_ops.insert("size", format!("{mem}M"));
        mem_ops.insert("shared", on_off(use_virtiofs || graphics).into());
        if !use_virtiofs && !graphics {
            mem_ops.insert("mergeable", "on".into());
        }
        let mut mem_src = srcs(&["microvm.mem", "microvm.shares", "microvm.graphics.enable"]);
        if hotplug > 0 {
            let plugged = ctx.int("hotpluggedMem")?;
            mem_ops.insert("size", format!("{hotplug}M"));
            mem_ops.insert("hotplug_method", "virtio-mem".into());
            mem_ops.insert("hotplug_size", format!("{hotplug}M"));
            mem_ops.insert("hotplugged_size", format!("{plugged}M"));
            mem_src.extend(srcs(&["microvm.hotplugMem", "microvm.hotpluggedMem"]));
        }
        if ctx.bool("hugepageMem")? {
            mem_ops.insert("hugepages", "on".into());
            mem_src.push("microvm.hugepageMem".into());
        }

        let supports_notify = v.cid.is_some();
        let mut oem: Vec<String> = ctx
            .opt("cloud-hypervisor.platformOEMStrings")?
            .str_list()?
            .into_iter()
            .map(str::to_owned)
            .collect();
        if supports_notify {
            oem.push("io.systemd.credential:vmm.notify_socket=vsock-stream:2:8888".into());
        }
        let user_platform = extract_opt_values(&["--platform"], &extra).0;
        let user_platform_str = user_platform.first().cloned().unwrap_or_default();
        if extract_param_value("oem_strings", Some(&user_platform_str)).is_some() {
            return Err(Error::throw(
                "Use `microvm.cloud-hypervisor.platformOEMStrings` instead of passing oem_strings via --platform",
            ));
        }
        let mut platform_parts = Vec::new();
        if !oem.is_empty() {
            platform_parts.push(format!("oem_strings=[{}]", oem.join(",")));
        }
        platform_parts.extend(user_platform.iter().cloned());
        let platform = platform_parts.join(",");

        let mut a = Args::new();
        a.push(
            format!("{}/bin/cloud-hypervisor", package.path()),
            &["microvm.cloud-hypervisor.package"],
        );
        a.push("--cpus", &["microvm.vcpu", EXTRA]);
        a.push(cpus, &["microvm.vcpu", EXTRA]);
        a.push("--watchdog", &[]);
        a.words(&["--kernel", &kernel_path], &["microvm.kernel"]);
        a.words(&["--initramfs", &initrd], &["microvm.initrdPath"]);
        a.words(&["--cmdline", &cmdline], &["microvm.kernelParams", EXTRA]);
        a.words(&["--seccomp", "true"], &[]);
        a.push_owned("--memory", mem_src.clone());
        a.push_owned(ops_mapped(&mem_ops), mem_src);
        let platform_src: &[&str] =
            &["microvm.cloud-hypervisor.platformOEMStrings", "microvm.vsock.cid", EXTRA];
        a.words(&["--platform", &platform], platform_src);
        if !has_user_console {
            a.words(&["--console", "null"], &[EXTRA]);
        }
        if !has_user_serial {
            a.words(&["--serial", "tty"], &[EXTRA]);
        }
        if let Some(opts) = vsock_opts {
            a.words(&["--vsock", &opts], &["microvm.vsock.cid", EXTRA]);
        }
        if graphics {
            let gpu = ctx.str("graphics.socket")?;
            a.words(
                &["--gpu", &format!("socket={gpu}")],
                &["microvm.graphics.enable", "microvm.graphics.socket"],
            );
        }
        if ctx.bool("balloon")? {
            let mut ops: BTreeMap<&str, String> = BTreeMap::new();
            ops.insert("size", format!("{}M", ctx.int("initialBalloonMem")?));
            ops.insert("free_page_reporting", "on".into());
            if ctx.bool("deflateOnOOM")? {
                ops.insert("deflate_on_oom", "on".into());
            }
            let src: &[&str] =
                &["microvm.balloon", "microvm.initialBalloonMem", "microvm.deflateOnOOM"];
            a.words(&["--balloon", &ops_mapped(&ops)], src);
        }
        let mq = |ops: &mut BTreeMap<&str, String>| {
            if tap_multi_queue {
                ops.insert("num_queues", vcpu.to_string());
            }
        };
        let mut disks: Vec<(String, Vec<String>)> = Vec::new();
        if ctx.bool("storeOnDisk")? {
            let mut ops: BTreeMap<&str, String> = BTreeMap::new();
            ops.insert("path", ctx.opt("storeDisk")?.to_nix_string()?);
            ops.insert("readonly", "on".into());
            mq(&mut ops);
            disks.push((
                ops_mapped(&ops),
                srcs(&["microvm.storeOnDisk", "microvm.storeDisk", "microvm.vcpu"]),
            ));
        }
        for vol in ctx.list("volumes")? {
            let mut ops: BTreeMap<&str, String> = BTreeMap::new();
            ops.insert("path", vol.get("image")?.to_nix_string()?);
            ops.insert("direct", on_off(vol.get("direct")?.bool()?).into());
            ops.insert("readonly", on_off(vol.get("readOnly")?.bool()?).into());
            ops.insert("image_type", vol.get("imageType")?.to_nix_string()?);
            let mut src = vec![
                sub(&vol, "image"),
                sub(&vol, "direct"),
                sub(&vol, "readOnly"),
                sub(&vol, "imageType"),
            ];
            if let Some(serial) = vol.get("serial")?.opt_str()? {
                ops.insert("serial", serial.to_owned());
                src.push(sub(&vol, "serial"));
            }
            mq(&mut ops);
            disks.push((ops_mapped(&ops), src));
        }
        push_multi(&mut a, "--disk", disks, argh);
        let mut fs = Vec::new();
        for share in &shares {
            if share.get("proto")?.str()? != "virtiofs" {
                return Err(Error::throw(
                    "cloud-hypervisor supports only shares that are virtiofs",
                ));
            }
            let mut ops: BTreeMap<&str, String> = BTreeMap::new();
            ops.insert("tag", share.get("tag")?.str()?.to_owned());
            ops.insert("socket", share.get("socket")?.interpolate()?);
            fs.push((ops_mapped(&ops), vec![sub(share, "tag"), sub(share, "socket")]));
        }
        push_multi(&mut a, "--fs", fs, argh);
        if let Some(socket) = ctx.opt_str("socket")? {
            a.words(&["--api-socket", socket], &["microvm.socket"]);
        }
        let mut nets = Vec::new();
        for iface in ctx.list("interfaces")? {
            let kind = iface.get("type")?.str()?;
            let id = iface.get("id")?.str()?;
            let mac = iface.get("mac")?.str()?;
            let mut ops: BTreeMap<&str, String> = BTreeMap::new();
            match kind {
                "tap" => {
                    ops.insert("tap", id.to_owned());
                }
                "macvtap" => {
                    let fds = ctx.macvtap_fds.get(id).cloned().unwrap_or_default();
                    let list: Vec<String> = fds.iter().map(i64::to_string).collect();
                    ops.insert("fd", format!("[{}]", list.join(",")));
                }
                other => {
                    return Err(Error::throw(format!(
                        "Unsupported interface type {other} for Cloud-Hypervisor"
                    )));
                }
            }
            ops.insert("mac", mac.to_owned());
            if tap_multi_queue {
                ops.insert("num_queues", (2 * vcpu).to_string());
            }
            nets.push((
                ops_mapped(&ops),
                vec![sub(&iface, "type"), sub(&iface, "id"), sub(&iface, "mac")],
            ));
        }
        push_multi(&mut a, "--net", nets, argh);

        let mut devices = Vec::new();
        for d in ctx.list("devices")? {
            match d.get("bus")?.str()? {
                "pci" => devices.push((
                    format!("path=/sys/bus/pci/devices/{}", d.get("path")?.str()?),
                    vec![sub(&d, "path")],
                )),
                "usb" => {
                    return Err(Error::throw(
                        "USB passthrough is not supported on cloud-hypervisor",
                    ));
                }
                other => {
                    return Err(missing_attr(other));
                }
            }
        }
        let mut b = Args::new();
        push_multi(&mut b, "--device", devices, argh);
        for arg in &mut b.args {
            arg.quoting = crate::Quoting::Raw;
        }
        let mut c = Args::new();
        for arg in processed {
            c.push(arg, &[EXTRA]);
        }
        Ok(Command { segments: vec![a.args, b.args, c.args], inner: None, quote_all: false })
    }

    fn shutdown_command(&self, ctx: &mut Ctx<'_>) -> Result<String, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw("Cannot shutdown without socket"));
        };
        let curl = ctx.pkgs.path("curl")?;
        let util_linux = ctx.pkgs.path("util-linux")?;
        Ok(format!(
            "api() {{\n  {curl}/bin/curl -s \\\n    --unix-socket {socket} \\\n    $@\n}}\n\napi -X PUT http://localhost/api/v1/vm.power-button\n\n{util_linux}/bin/waitpid $MAINPID\n"
        ))
    }

    fn balloon_script(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Ok(None);
        };
        let package = ctx.package("cloud-hypervisor.package")?.path();
        Ok(Some(format!(
            "{package}/bin/ch-remote --api-socket {socket} resize --balloon $SIZE\"M\"\n"
        )))
    }
}

/// `arg switch params`: `--switch p0 p1 …`, or `--switch p0 --switch p1 …`
/// for the argh-based releases 30.0 ≤ v < 36.0; nothing without params.
fn push_multi(args: &mut Args, switch: &str, params: Vec<(String, Vec<String>)>, argh: bool) {
    if params.is_empty() {
        return;
    }
    let all: Vec<String> = params.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
    if argh {
        for (p, src) in params {
            args.push_owned(switch, src.clone());
            args.push_owned(p, src);
        }
    } else {
        args.push_owned(switch, all);
        for (p, src) in params {
            args.push_owned(p, src);
        }
    }
}
