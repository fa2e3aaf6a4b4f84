//! The QEMU runner: argument list, shutdown and balloon scripts, as
//! microvm.nix's `lib/runners/qemu.nix` builds them.

use super::{Args, Ctx, HypervisorRunner, missing_attr, on_off, srcs, sub};
use crate::nix::to_json;
use crate::{Command, Error};
use serde_json::json;
use std::fmt::Write as _;

pub(crate) struct Qemu;

/// `writeQmp`: one `echo '<json>'` line.
fn write_qmp(v: &serde_json::Value) -> String {
    format!("echo '{}'\n", to_json(v))
}

impl HypervisorRunner for Qemu {
    fn early(&self, ctx: &mut Ctx<'_>) -> Result<(), Error> {
        // the warning came after 470537e (2024-10)
        if ctx.epoch.at_least("5bbc126") && ctx.int("mem")? == 2048 {
            // the project moved from astro/ to microvm-nix/ after 5bbc126
            let owner = if ctx.epoch.at_least("c5a04bc") { "microvm-nix" } else { "astro" };
            ctx.warn(&format!(
                "QEMU hangs if memory is exactly 2GB\n\n<https://github.com/{owner}/microvm.nix/issues/171>\n"
            ));
        }
        Ok(())
    }

    fn tap_multi_queue(&self, ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(ctx.int("vcpu")? > 1)
    }

    fn requires_macvtap_as_fds(&self) -> bool {
        true
    }

    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error> {
        let system = ctx.system;
        let host_linux = ctx.host_system.ends_with("-linux");
        let host_darwin = ctx.host_system.ends_with("-darwin");
        let mem = ctx.int("mem")?;
        let vcpu = ctx.int("vcpu")?;
        // 5bbc126 (2025-03) and older: `balloonMem` (memory added to `mem`,
        // a balloon device when > 0) until 9ad2b03 (2025-04-17) split it
        // into balloon/initialBalloonMem/hotplugMem; the other conditions
        // on `since_c5a04bc` below name their upstream change
        let since_c5a04bc = ctx.epoch.at_least("c5a04bc");
        let balloon_mem = if since_c5a04bc { 0 } else { ctx.int("balloonMem")? };
        let hotplug_mem = if since_c5a04bc { ctx.int("hotplugMem")? } else { 0 };
        let machine = ctx.str("qemu.machine")?;
        let use_hotplug = hotplug_mem > 0;
        if since_c5a04bc && ctx.int("initialBalloonMem")? != 0 {
            return Err(Error::throw("QEMU does not support initialBalloonMem"));
        }
        if use_hotplug && machine == "microvm" {
            return Err(Error::throw("QEMU's microvm machine type does not support virtio-mem"));
        }

        let devices = ctx.list("devices")?;
        let mut require_usb = false;
        let mut pci_in_devices = false;
        for d in &devices {
            match d.get("bus")?.str()? {
                "usb" => require_usb = true,
                "pci" => pci_in_devices = true,
                _ => {}
            }
        }
        let graphics = ctx.bool("graphics.enable")?;
        // 71beea0: graphics no longer implies USB (2026-07-26)
        let since_71beea0 = ctx.epoch.at_least("71beea0");
        if graphics && !since_71beea0 {
            require_usb = true;
        }
        let shares = ctx.list("shares")?;
        let require_pci =
            graphics || !machine.starts_with("microvm") || !shares.is_empty() || pci_in_devices;
        let dev_type = if require_pci { "pci" } else { "device" };
        let dev_src: &[&str] = &[
            "microvm.graphics.enable",
            "microvm.qemu.machine",
            "microvm.shares",
            "microvm.devices",
        ];

        // The package with microvm.nix's overrides applied: as the model
        // evaluated it when it did, else recomputed from the package name.
        let effective =
            ctx.opt("qemu")?.opt(super::QEMU_EFFECTIVE_PACKAGE).filter(|n| !n.raw().is_null());
        let qemu = match effective {
            Some(node) => ctx.table.resolve(&node, &[ctx.host_system, ctx.system])?,
            None => {
                let mut qemu = ctx.package("qemu.package")?;
                if require_usb {
                    qemu = qemu.override_attrs(&["--enable-libusb"])?;
                }
                if ctx.bool("optimize.enable")? {
                    qemu = qemu.qemu_override(|f| {
                        if !graphics {
                            f.nixos_test_runner = true;
                        }
                    })?;
                }
                qemu
            }
        };
        let arch = system.split('-').next().unwrap_or(system);
        let cpu = ctx.opt_str("cpu")?;
        // Darwin hosts (c034812, 2025-08-21); before, a CPU model meant TCG
        let accel = if !since_c5a04bc {
            if cpu.is_none() { "kvm:tcg" } else { "tcg" }
        } else if host_linux {
            "kvm:tcg"
        } else if host_darwin {
            "hvf:tcg"
        } else {
            "tcg"
        };

        let machine_opts_node = ctx.opt("qemu.machineOpts")?;
        let machine_opts: Vec<(String, String)> = if machine_opts_node.is_null()? {
            let x86_opts = system == "x86_64-linux"
                || (system == "x86_64-darwin" && since_c5a04bc && !since_71beea0);
            let mut opts: Vec<(&str, String)> = match system {
                _ if x86_opts => {
                    let mut o = vec![
                        ("accel", accel.to_owned()),
                        ("mem-merge", "on".into()),
                        ("acpi", "on".into()),
                    ];
                    if machine == "microvm" {
                        o.extend([
                            ("pit", "off".to_owned()),
                            ("pic", "off".into()),
                            ("pcie", on_off(require_pci).into()),
                            ("usb", on_off(require_usb).into()),
                        ]);
                        // rtc=on: 1decc05 (2026-01-08)
                        if since_c5a04bc {
                            o.push(("rtc", "on".into()));
                        }
                    }
                    o
                }
                "aarch64-linux" => vec![("accel", accel.to_owned()), ("gic-version", "max".into())],
                "aarch64-darwin" if since_c5a04bc => vec![("accel", accel.to_owned())],
                other => {
                    return Err(missing_attr(other));
                }
            };
            opts.sort_by(|a, b| a.0.cmp(b.0));
            opts.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
        } else {
            machine_opts_node
                .attrs()?
                .into_iter()
                .map(|(k, v)| Ok((k.to_owned(), v.str()?.to_owned())))
                .collect::<Result<_, Error>>()?
        };
        let mut machine_config = machine.to_owned();
        for (k, v) in &machine_opts {
            let _ = write!(machine_config, ",{k}={v}");
        }

        let kernel_path = format!("{}/{}", ctx.kernel()?.output("out")?, ctx.linux_target());
        let aio = if host_linux || !since_c5a04bc { "io_uring" } else { "threads" };

        // Segment A: escaped.
        let mut a = Args::new();
        a.push(
            format!("{}/bin/qemu-system-{arch}", qemu.path()),
            &["microvm.qemu.package", "microvm.optimize.enable", "microvm.devices"],
        );
        a.push("-name", &["networking.hostName"]);
        a.push(ctx.host_name.clone(), &["networking.hostName"]);
        let m_src = [&["microvm.qemu.machine", "microvm.qemu.machineOpts"][..], dev_src].concat();
        a.push("-M", &m_src);
        a.push(machine_config, &m_src);
        let mem_src: &[&str] = if use_hotplug {
            &["microvm.mem", "microvm.hotplugMem"]
        } else if !since_c5a04bc {
            &["microvm.mem", "microvm.balloonMem"]
        } else {
            &["microvm.mem"]
        };
        a.push("-m", mem_src);
        // `<mem>M`: 0d49083 (2026-05-28)
        let mem_arg = if !since_c5a04bc {
            (mem + balloon_mem).to_string()
        } else if use_hotplug {
            format!("{mem}M,maxmem={}M", mem + hotplug_mem)
        } else {
            format!("{mem}M")
        };
        a.push(mem_arg, mem_src);
        a.words(&["-smp", &vcpu.to_string()], &["microvm.vcpu"]);
        a.words(&["-nodefaults", "-no-user-config", "-no-reboot"], &[]);
        a.words(&["-kernel", &kernel_path], &["microvm.kernel"]);
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        a.words(&["-initrd", &initrd], &["microvm.initrdPath"]);
        a.words(&["-chardev", "stdio,id=stdio,signal=off"], &[]);
        a.words(&["-device", &format!("virtio-rng-{dev_type}")], dev_src);
        // machineId (706a7db, 2026-03-08) and qemu.pcieRootPorts (3e86082,
        // 2025-12-10) came after 5bbc126
        let machine_id = if since_c5a04bc { ctx.opt_str("machineId")? } else { None };
        if let Some(id) = machine_id {
            a.words(&["-smbios", &format!("type=1,uuid={id}")], &["microvm.machineId"]);
        }
        let root_ports = if since_c5a04bc { ctx.list("qemu.pcieRootPorts")? } else { Vec::new() };
        for port in root_ports {
            let mut s = format!("pcie-root-port,id={}", port.get("id")?.str()?);
            if let Some(bus) = port.get("bus")?.opt_str()? {
                let _ = write!(s, ",bus={bus}");
            }
            if let Some(chassis) = port.get("chassis")?.opt_int()? {
                let _ = write!(s, ",chassis={chassis}");
            }
            if let Some(slot) = port.get("slot")?.opt_str()? {
                let _ = write!(s, ",slot={slot}");
            }
            if let Some(addr) = port.get("addr")?.opt_str()? {
                let _ = write!(s, ",addr={addr}");
            }
            let src = vec![port.path().to_owned()];
            a.push_owned("-device", src.clone());
            a.push_owned(s, src);
        }

        // Segment B: device passthrough, spliced raw (b2ebf30, 2025-12-06;
        // before, escaped words near the end of the list, see below).
        let mut b = Args::new();
        for d in devices.iter().filter(|_| since_c5a04bc) {
            let path = d.get("path")?.str()?;
            let src = vec![sub(d, "bus"), sub(d, "path")];
            match d.get("bus")?.str()? {
                "pci" => {
                    let q = d.get("qemu")?;
                    let mut s = format!("vfio-pci,host={path},multifunction=on");
                    let mut src = src;
                    if let Some(id) = q.get("id")?.opt_str()? {
                        let _ = write!(s, ",id={id}");
                        src.push(sub(d, "qemu.id"));
                    }
                    if let Some(bus) = q.get("bus")?.opt_str()? {
                        let _ = write!(s, ",bus={bus}");
                        src.push(sub(d, "qemu.bus"));
                    }
                    if let Some(extra) = q.get("deviceExtraArgs")?.opt_str()? {
                        let _ = write!(s, ",{extra}");
                        src.push(sub(d, "qemu.deviceExtraArgs"));
                    }
                    b.raw_owned("-device", src.clone());
                    b.raw_owned(s, src);
                }
                "usb" => {
                    b.raw_owned("-device", src.clone());
                    b.raw_owned(format!("usb-host,{path}"), src);
                }
                other => {
                    return Err(missing_attr(other));
                }
            }
        }

        // Segment C: escaped.
        let mut c = Args::new();
        // credentialFiles: 2bb7e39 (2025-07-23)
        let credentials =
            if since_c5a04bc { ctx.opt("credentialFiles")?.attrs()? } else { Vec::new() };
        for (name, path) in credentials {
            let src = vec![path.path().to_owned()];
            c.push_owned("-fw_cfg", src.clone());
            c.push_owned(
                format!("name=opt/io.systemd.credentials/{name},file={}", path.to_nix_string()?),
                src,
            );
        }
        let serial_console = ctx.bool("qemu.serialConsole")?;
        if serial_console {
            c.words(&["-serial", "chardev:stdio"], &["microvm.qemu.serialConsole"]);
        }
        if (host_linux || !since_c5a04bc) && cpu.is_none() {
            c.push("-enable-kvm", &["microvm.cpu", "microvm.vmHostPackages"]);
        }
        let cpu_arg = match cpu {
            Some(c) => c,
            None if system == "x86_64-linux" => "host,+x2apic,-sgx",
            None => "host",
        };
        c.words(&["-cpu", cpu_arg], &["microvm.cpu"]);
        let console = if !serial_console {
            ""
        } else if system == "x86_64-linux" {
            "earlyprintk=ttyS0 console=ttyS0"
        } else if system == "aarch64-linux" {
            "console=ttyAMA0"
        } else {
            ""
        };
        let append_src: &[&str] = &["microvm.kernelParams", "microvm.qemu.serialConsole"];
        if system == "x86_64-linux" {
            c.push("-device", &[]);
            c.push("i8042", &[]);
        }
        if system == "x86_64-linux" || system == "aarch64-linux" {
            let append = format!("{console} reboot=t panic=-1 {}", ctx.kernel_params()?);
            c.push("-append", append_src);
            c.push(append, append_src);
        }
        if ctx.bool("storeOnDisk")? {
            let store_disk = ctx.opt("storeDisk")?.interpolate()?;
            let src: &[&str] = &["microvm.storeOnDisk", "microvm.storeDisk"];
            c.words(
                &[
                    "-drive",
                    &format!(
                        "id=store,format=raw,read-only=on,file={store_disk},if=none,aio={aio}"
                    ),
                ],
                src,
            );
            let legacy = if dev_type == "pci" { ",disable-legacy=on" } else { "" };
            c.words(&["-device", &format!("virtio-blk-{dev_type},drive=store{legacy}")], src);
        }
        if graphics {
            let g_src: &[&str] =
                &["microvm.graphics.enable", "microvm.graphics.backend", "microvm.graphics.vulkan"];
            let mut vulkan_args = Vec::new();
            let vulkan = if since_71beea0 { ctx.opt_str("graphics.vulkan")? } else { None };
            if let Some(vk) = vulkan {
                vulkan_args.push("blob=true".to_owned());
                vulkan_args.push(format!("hostmem={}", ctx.str("graphics.hostmem")?));
                vulkan_args.push(format!("{vk}=on"));
            }
            let with_vulkan = |base: &str| {
                let mut parts = vec![base.to_owned()];
                parts.extend(vulkan_args.iter().cloned());
                parts.join(",")
            };
            // graphics.backend: 3784aa6 (2025-10-29); gtk before
            let backend = if since_c5a04bc { ctx.str("graphics.backend")? } else { "gtk" };
            match backend {
                "cocoa" => c.words(&["-display", "cocoa", "-device", "virtio-gpu"], g_src),
                "gtk" => c.words(
                    &["-display", "gtk,gl=on", "-device", &with_vulkan("virtio-vga-gl")],
                    g_src,
                ),
                "headless" => c.words(
                    &["-display", "egl-headless", "-device", &with_vulkan("virtio-gpu-gl")],
                    g_src,
                ),
                other => {
                    return Err(missing_attr(other));
                }
            }
            c.words(
                &["-device", "qemu-xhci", "-device", "usb-tablet", "-device", "usb-kbd"],
                &["microvm.graphics.enable"],
            );
        } else {
            c.push("-nographic", &["microvm.graphics.enable"]);
        }
        let interfaces = ctx.list("interfaces")?;
        let mut has_bridge = false;
        let mut has_user = false;
        for i in &interfaces {
            match i.get("type")?.str()? {
                "bridge" => has_bridge = true,
                "user" => has_user = true,
                _ => {}
            }
        }
        // only with a seccomp-enabled build since c034812 (2025-08-21)
        if !has_bridge
            && (!since_c5a04bc || qemu.configure_flags.iter().any(|f| f == "--enable-seccomp"))
        {
            c.words(&["-sandbox", "on"], &["microvm.interfaces", "microvm.qemu.package"]);
        }
        if let Some(user) = ctx.opt_str("user")? {
            // `-run-with user=`: 9e5b8d6 (2026-05-12)
            if since_c5a04bc {
                c.words(&["-run-with", &format!("user={user}")], &["microvm.user"]);
            } else {
                c.words(&["-user", user], &["microvm.user"]);
            }
        }
        if let Some(socket) = ctx.opt_str("socket")? {
            c.words(&["-qmp", &format!("unix:{socket},server,nowait")], &["microvm.socket"]);
        }
        let balloon = if since_c5a04bc { ctx.bool("balloon")? } else { balloon_mem > 0 };
        if balloon && !ctx.epoch.at_least("5bbc126") {
            // 470537e (2024-10): a plain balloon device (free-page-reporting
            // and deflateOnOOM came after)
            let src = [&["microvm.balloonMem"][..], dev_src].concat();
            c.push("-device", &src);
            c.push("virtio-balloon", &src);
        } else if balloon {
            let deflate = if ctx.bool("deflateOnOOM")? { ",deflate-on-oom=on" } else { "" };
            let what = if since_c5a04bc { "microvm.balloon" } else { "microvm.balloonMem" };
            let src = [&[what, "microvm.deflateOnOOM"][..], dev_src].concat();
            c.push("-device", &src);
            c.push(
                if since_71beea0 {
                    format!("virtio-balloon-{dev_type},free-page-reporting=on,id=balloon0{deflate}")
                } else {
                    format!("virtio-balloon,free-page-reporting=on,id=balloon0{deflate}")
                },
                &src,
            );
        }
        if use_hotplug {
            let plugged = ctx.int("hotpluggedMem")?;
            c.words(
                &["-object", &format!("memory-backend-ram,id=vmem0,size={hotplug_mem}M")],
                &["microvm.hotplugMem"],
            );
            c.words(
                &[
                    "-device",
                    &format!("virtio-mem-pci,id=vm0,memdev=vmem0,requested-size={plugged}M"),
                ],
                &["microvm.hotpluggedMem"],
            );
        }
        // volume serial, direct and readOnly came after 470537e (2024-10)
        let volume_options = ctx.epoch.at_least("5bbc126");
        for (vol, letter) in ctx.volumes_with_letters()? {
            let image = vol.get("image")?.str()?;
            if !volume_options {
                let src = vec![sub(&vol, "image"), "microvm.storeOnDisk".to_owned()];
                c.push_owned("-drive", src.clone());
                c.push_owned(
                    format!(
                        "id=vd{letter},format=raw,file={image},if=none,aio={aio},discard=unmap"
                    ),
                    src,
                );
                let mut dsrc = vec![sub(&vol, "image")];
                dsrc.extend(srcs(dev_src));
                c.push_owned("-device", dsrc.clone());
                c.push_owned(format!("virtio-blk-{dev_type},drive=vd{letter}"), dsrc);
                continue;
            }
            let direct = vol.get("direct")?.bool()?;
            let read_only = vol.get("readOnly")?.bool()?;
            let serial = vol.get("serial")?.opt_str()?;
            let mut src = vec![sub(&vol, "image"), "microvm.storeOnDisk".to_owned()];
            // before 71beea0 `direct != null` was tested: every volume had cache=none
            let direct = direct || !since_71beea0;
            if direct {
                src.push(sub(&vol, "direct"));
            }
            src.push(sub(&vol, "readOnly"));
            c.push_owned("-drive", src.clone());
            c.push_owned(
                format!(
                    "id=vd{letter},format=raw,file={image},if=none,aio={aio},discard=unmap{},read-only={}",
                    if direct { ",cache=none" } else { "" },
                    on_off(read_only)
                ),
                src,
            );
            let mut dsrc = vec![sub(&vol, "image")];
            dsrc.extend(srcs(dev_src));
            let mut dev = format!("virtio-blk-{dev_type},drive=vd{letter}");
            if let Some(s) = serial {
                let _ = write!(dev, ",serial={s}");
                dsrc.push(sub(&vol, "serial"));
            }
            c.push_owned("-device", dsrc.clone());
            c.push_owned(dev, dsrc);
        }
        if !shares.is_empty() {
            if !since_c5a04bc {
                // -object before -numa, on every host (until c034812, 2025-08-21)
                c.words(
                    &[
                        "-object",
                        &format!(
                            "memory-backend-memfd,id=mem,size={}M,share=on",
                            mem + balloon_mem
                        ),
                    ],
                    &["microvm.shares", "microvm.mem", "microvm.balloonMem"],
                );
                c.words(&["-numa", "node,memdev=mem"], &["microvm.shares"]);
            } else if host_linux {
                c.words(&["-numa", "node,memdev=mem"], &["microvm.shares"]);
                c.words(
                    &["-object", &format!("memory-backend-memfd,id=mem,size={mem}M,share=on")],
                    &["microvm.shares", "microvm.mem"],
                );
            }
            for (index, share) in shares.iter().enumerate() {
                let mut src = vec![share.path().to_owned()];
                src.extend(srcs(dev_src));
                let nine_p = || -> Result<String, Error> {
                    let mut o = format!("security_model={}", share.get("securityModel")?.str()?);
                    // readonly=: b9206e2 (2025-09-17)
                    if since_c5a04bc {
                        let ro = super::bool_str(share.get("readOnly")?.bool()?);
                        let _ = write!(o, ",readonly={ro}");
                    }
                    Ok(o)
                };
                push_share(&mut c, share, index, dev_type, nine_p, src)?;
            }
        }
        let forward_ports = ctx.list("forwardPorts")?;
        if !forward_ports.is_empty() && !has_user {
            let msg =
                format!("{}: forwardPortsOptions only running with user network", ctx.host_name);
            ctx.warn(&msg);
        }
        let tap_multi_queue = vcpu > 1;
        for iface in &interfaces {
            let kind = iface.get("type")?.str()?;
            let id = iface.get("id")?.str()?;
            let mac = iface.get("mac")?.str()?;
            let mut src = vec![sub(iface, "type"), sub(iface, "id")];
            let mut parts = vec![
                if kind == "macvtap" { "tap".to_owned() } else { kind.to_owned() },
                format!("id={id}"),
            ];
            if kind == "user" && !forward_ports.is_empty() {
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
                parts.push("script=no".into());
                parts.push("downscript=no".into());
                let vhost = match iface.opt("tap").and_then(|t| t.opt("vhost")) {
                    Some(v) => v.bool()?,
                    None => false,
                };
                if vhost {
                    parts.push("vhost=on".into());
                    src.push(sub(iface, "tap.vhost"));
                }
            }
            if kind == "macvtap" {
                let fds = ctx.macvtap_fds.get(id).cloned().unwrap_or_default();
                match fds.as_slice() {
                    [fd] => parts.push(format!("fd={fd}")),
                    _ => {
                        let list: Vec<String> = fds.iter().map(i64::to_string).collect();
                        parts.push(format!("fds={}", list.join(":")));
                    }
                }
                src.push("microvm.vcpu".into());
            }
            if kind == "tap" && tap_multi_queue {
                parts.push(format!("queues={vcpu}"));
                src.push("microvm.vcpu".into());
            }
            c.push_owned("-netdev", src.clone());
            c.push_owned(parts.join(","), src);
            let mut dev = format!("virtio-net-{dev_type},netdev={id},mac={mac}");
            let mut dsrc = vec![sub(iface, "id"), sub(iface, "mac")];
            dsrc.extend(srcs(dev_src));
            if require_pci || (cpu.is_none() && system != "x86_64-linux") {
                dev.push_str(",romfile=");
            }
            if (kind == "tap" || kind == "macvtap" || !since_71beea0)
                && tap_multi_queue
                && require_pci
            {
                let _ = write!(dev, ",mq=on,vectors={}", 2 * vcpu + 2);
                dsrc.push("microvm.vcpu".into());
            }
            c.push_owned("-device", dsrc.clone());
            c.push_owned(dev, dsrc);
        }
        if require_usb {
            c.words(&["-device", "qemu-xhci"], &["microvm.devices"]);
        }
        // before b2ebf30 (2025-12-06): passed-through devices here, escaped
        for d in devices.iter().filter(|_| !since_c5a04bc) {
            let path = d.get("path")?.str()?;
            let mut src = vec![sub(d, "bus"), sub(d, "path")];
            let dev = match d.get("bus")?.str()? {
                "pci" => {
                    let mut s = format!("vfio-pci,host={path},multifunction=on");
                    // qemu.deviceExtraArgs came after 470537e (2024-10)
                    let extra = match d.opt("qemu") {
                        Some(q) => q.get("deviceExtraArgs")?.opt_str()?,
                        None => None,
                    };
                    if let Some(extra) = extra {
                        let _ = write!(s, ",{extra}");
                        src.push(sub(d, "qemu.deviceExtraArgs"));
                    }
                    s
                }
                "usb" => format!("usb-host,{path}"),
                other => {
                    return Err(missing_attr(other));
                }
            };
            c.push_owned("-device", src.clone());
            c.push_owned(dev, src);
        }
        if let Some(cid) = ctx.opt("vsock.cid")?.opt_int()? {
            c.words(
                &["-device", &format!("vhost-vsock-{dev_type},guest-cid={cid}")],
                &["microvm.vsock.cid"],
            );
        }
        for arg in ctx.list("qemu.extraArgs")? {
            let text = arg.str()?.to_owned();
            c.push_owned(text, vec![arg.path().to_owned()]);
        }

        // one escaped list before b2ebf30 (2025-12-06)
        let segments = if since_c5a04bc {
            vec![a.args, b.args, c.args]
        } else {
            let mut all = a.args;
            all.extend(c.args);
            vec![all]
        };
        Ok(Command { segments, inner: None, quote_all: false })
    }

    fn shutdown_command(&self, ctx: &mut Ctx<'_>) -> Result<String, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Err(Error::throw("Cannot shutdown without socket"));
        };
        let socat = ctx.host_pkgs.path("socat")?;
        let key = |k: &str| json!({"type": "key", "data": {"down": true, "key": {"type": "qcode", "data": k}}});
        let events = json!({
            "execute": "input-send-event",
            "arguments": {"events": [key("ctrl"), key("alt"), key("delete")]},
        });
        // the early exit came with the machined scripts (706a7db, 2026-03-08)
        let gone = if ctx.epoch.at_least("c5a04bc") {
            format!(
                "# Exit gracefully if QEMU is already gone (e.g., killed by machinectl)\nif [ ! -S {socket} ]; then\n  exit 0\nfi\n\n"
            )
        } else {
            String::new()
        };
        Ok(format!(
            "{gone}(\n  {}\n  {}\n   # wait for exit\n  cat\n) | \\\n{socat}/bin/socat STDIO UNIX:{socket},shut-none\n",
            write_qmp(&json!({"execute": "qmp_capabilities"})),
            write_qmp(&events),
        ))
    }

    fn balloon_script(&self, ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        let Some(socket) = ctx.opt_str("socket")? else {
            return Ok(None);
        };
        let socat = ctx.host_pkgs.path("socat")?;
        let jq = ctx.host_pkgs.path("jq")?;
        Ok(Some(format!(
            "VALUE=$(( $SIZE * 1024 * 1024 ))\nSIZE=$( (\n  {}\n  {}\n) | sed -e s/987/$VALUE/ | \\\n  {socat}/bin/socat STDIO UNIX:{socket},shut-none | \\\n  tail -n 1 | \\\n  {jq}/bin/jq -r .data.actual \\\n)\necho $(( $SIZE / 1024 / 1024 ))\n",
            write_qmp(&json!({"execute": "qmp_capabilities"})),
            write_qmp(&json!({"execute": "balloon", "arguments": {"value": 987}})),
        )))
    }
}

/// The arguments of share number `index`: `-chardev socket` and
/// `vhost-user-fs-…` for virtiofs, `-fsdev local` (with the 9p options
/// `nine_p` gives, e.g. `security_model=none`) and `virtio-9p-…` for 9p.
fn push_share(
    a: &mut Args,
    share: &crate::config::Node<'_>,
    index: usize,
    dev_type: &str,
    nine_p: impl FnOnce() -> Result<String, Error>,
    src: Vec<String>,
) -> Result<(), Error> {
    let tag = share.get("tag")?.str()?;
    match share.get("proto")?.str()? {
        "virtiofs" => {
            let socket = share.get("socket")?.interpolate()?;
            a.push_owned("-chardev", src.clone());
            a.push_owned(format!("socket,id=fs{index},path={socket}"), src.clone());
            a.push_owned("-device", src.clone());
            a.push_owned(format!("vhost-user-fs-{dev_type},chardev=fs{index},tag={tag}"), src);
        }
        "9p" => {
            let source = share.get("source")?.str()?;
            let nine_p = nine_p()?;
            a.push_owned("-fsdev", src.clone());
            a.push_owned(format!("local,id=fs{index},path={source},{nine_p}"), src.clone());
            a.push_owned("-device", src.clone());
            a.push_owned(format!("virtio-9p-{dev_type},fsdev=fs{index},mount_tag={tag}"), src);
        }
        other => return Err(missing_attr(other)),
    }
    Ok(())
}

/// `forwardingOptions`: every forward, each ending in a comma.
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
        match f.get("from")?.str()? {
            "host" => {
                let _ = write!(s, "hostfwd={proto}:{ha}:{hp}-{ga}:{gp},");
            }
            "guest" => {
                let nc = ctx.host_pkgs.netcat()?;
                let _ = write!(s, "guestfwd={proto}:{ga}:{gp}-cmd:{nc}/bin/nc {ha} {hp},");
            }
            other => {
                return Err(missing_attr(other));
            }
        }
    }
    Ok(s)
}

/// The qemu command of the 2023 revisions (c527054, d578ed4, 03e7f11):
/// argument order and words changed too much since to share one list with
/// [`Qemu::command`]; the three revisions differ at the marked points
/// (microvm-spec.md §6.1 and §6.2).
pub(crate) fn command_2023(ctx: &mut Ctx<'_>) -> Result<Command, Error> {
    let fork = !ctx.epoch.at_least("d578ed4"); // c527054, Ghaf's fork
    let initrd_boot = ctx.epoch.at_least("03e7f11");
    let system = ctx.system;
    let mem = ctx.int("mem")?;
    let balloon_mem = ctx.int("balloonMem")?;
    let vcpu = ctx.int("vcpu")?;
    let devices = ctx.list("devices")?;
    let shares = ctx.list("shares")?;
    let interfaces = ctx.list("interfaces")?;
    let pci_in_devices = !fork
        && devices.iter().any(|d| d.get("bus").and_then(|b| b.str()).is_ok_and(|b| b == "pci"));
    let require_pci = !shares.is_empty() || pci_in_devices;
    let dev_type = if require_pci { "pci" } else { "device" };
    let dev_src: &[&str] = &["microvm.shares", "microvm.devices"];
    let machine = match system {
        "x86_64-linux" if require_pci && fork => "q35,accel=kvm:tcg,mem-merge=on".to_owned(),
        "x86_64-linux" if require_pci => "q35,accel=kvm:tcg,mem-merge=on,sata=off".to_owned(),
        "x86_64-linux" if fork => {
            "microvm,accel=kvm:tcg,x-option-roms=off,isa-serial=off,pit=off,pic=off,rtc=off,mem-merge=on"
                .to_owned()
        }
        "x86_64-linux" if initrd_boot => "microvm,accel=kvm:tcg,pit=off,pic=off,rtc=off,mem-merge=on".to_owned(),
        "x86_64-linux" => {
            "microvm,accel=kvm:tcg,x-option-roms=off,pit=off,pic=off,rtc=off,mem-merge=on".to_owned()
        }
        "aarch64-linux" => "virt,gic-version=max,accel=kvm:tcg".to_owned(),
        other => return Err(missing_attr(other)),
    };
    // the kernel: microvm.kernel (03e7f11) or boot.kernelPackages.kernel
    let kernel = if initrd_boot {
        ctx.kernel()?
    } else {
        let node = ctx.root.at("boot.kernel")?;
        ctx.table.resolve(&node, &[ctx.system]).map_err(|e| e.at("boot.kernel"))?
    };
    let kernel_path = match system {
        "x86_64-linux" if !fork => format!("{}/vmlinux", kernel.output("dev")?),
        _ => format!("{}/{}", kernel.output("out")?, ctx.linux_target()),
    };
    let qemu = match ctx.opt("qemu")?.opt(super::QEMU_EFFECTIVE_PACKAGE) {
        Some(node) if !node.raw().is_null() => ctx.table.resolve(&node, &[ctx.system])?,
        _ => {
            return Err(Error::new(
                crate::ErrorKind::Input,
                "the model did not evaluate the qemu package (runner.qemuPackage)",
            ));
        }
    };
    let arch = system.split('-').next().unwrap_or(system);
    let params = ctx.kernel_params()?;
    let p_src: &[&str] = &["microvm.kernelParams"];

    let mut a = Args::new();
    a.push(format!("{}/bin/qemu-system-{arch}", qemu.path()), &["microvm.devices"]);
    a.words(&["-name", &ctx.host_name.clone()], &["networking.hostName"]);
    a.words(&["-M", &machine], dev_src);
    a.words(&["-m", &(mem + balloon_mem).to_string()], &["microvm.mem", "microvm.balloonMem"]);
    if fork {
        a.words(&["-cpu", "host"], &[]);
    }
    a.words(&["-smp", &vcpu.to_string()], &["microvm.vcpu"]);
    if fork {
        a.words(&["-machine", "virt,accel=kvm"], &[]);
    } else {
        a.push("-enable-kvm", &[]);
    }
    a.words(&["-nodefaults", "-no-user-config"], &[]);
    if !initrd_boot {
        a.push("-nographic", &[]);
    }
    a.push("-no-reboot", &[]);
    let d = |s: &str| format!("{s}-{dev_type}");
    if fork {
        a.words(&["-serial", "null"], &[]);
        a.words(&["-device", &d("virtio-serial")], dev_src);
        a.words(&["-chardev", "pty,id=con0", "-device", "virtconsole,chardev=con0"], &[]);
        a.words(&["-chardev", "stdio,mux=on,id=con1,signal=off"], &[]);
        a.words(&["-device", "virtconsole,chardev=con1"], &[]);
    } else if !initrd_boot {
        a.words(&["-chardev", "stdio,mux=on,id=con0,signal=off", "-serial", "chardev:con0"], &[]);
        a.words(&["-chardev", "pty,id=con1"], &[]);
        a.words(&["-device", &d("virtio-serial")], dev_src);
        a.words(&["-device", "virtconsole,chardev=con1"], &[]);
    }
    if initrd_boot {
        a.words(&["-kernel", &kernel_path], &["microvm.kernel"]);
        let initrd = ctx.opt("initrdPath")?.interpolate()?;
        a.words(&["-initrd", &initrd], &["microvm.initrdPath"]);
        a.words(&["-chardev", "stdio,id=stdio,signal=off", "-serial", "chardev:stdio"], &[]);
        a.words(&["-device", &d("virtio-rng")], dev_src);
    } else {
        a.words(&["-device", &d("virtio-rng")], dev_src);
        let boot_disk = ctx.opt("bootDisk")?.interpolate()?;
        let ro = if fork { "media=cdrom" } else { "read-only=on" };
        a.words(
            &["-drive", &format!("id=root,format=raw,{ro},file={boot_disk},if=none,aio=io_uring")],
            &["microvm.bootDisk"],
        );
        let legacy = if !fork && dev_type == "pci" { ",disable-legacy=on" } else { "" };
        a.words(&["-device", &format!("virtio-blk-{dev_type},drive=root{legacy}")], dev_src);
        a.words(&["-kernel", &kernel_path], &["boot.kernelPackages"]);
        let console = if fork {
            "console=hvc1 console=hvc0"
        } else {
            "console=hvc0 earlyprintk=ttyS0 console=ttyS0"
        };
        a.words(&["-append", &format!("{console} reboot=t panic=-1 {params}")], p_src);
    }
    if system == "x86_64-linux" && !fork {
        a.words(&["-cpu", "host,+x2apic", "-device", "i8042"], &[]);
        if initrd_boot {
            let append = format!("earlyprintk=ttyS0 console=ttyS0 reboot=t panic=-1 {params}");
            a.words(&["-append", &append], p_src);
        } else if ctx.bool("qemu.bios.enable")? {
            let bios = ctx.opt("qemu.bios.path")?.interpolate()?;
            a.words(&["-bios", &bios], &["microvm.qemu.bios.enable", "microvm.qemu.bios.path"]);
        }
    } else if !fork && !initrd_boot && ctx.bool("qemu.bios.enable")? {
        let bios = ctx.opt("qemu.bios.path")?.interpolate()?;
        a.words(&["-bios", &bios], &["microvm.qemu.bios.enable", "microvm.qemu.bios.path"]);
    }
    if system == "aarch64-linux" && !fork {
        a.words(&["-cpu", "host"], &[]);
        if initrd_boot {
            a.words(&["-append", &format!("console=ttyAMA0 reboot=t panic=-1 {params}")], p_src);
        }
    }
    if initrd_boot {
        if ctx.bool("storeOnDisk")? {
            let disk = ctx.opt("storeDisk")?.interpolate()?;
            let src: &[&str] = &["microvm.storeOnDisk", "microvm.storeDisk"];
            a.words(
                &[
                    "-drive",
                    &format!("id=store,format=raw,read-only=on,file={disk},if=none,aio=io_uring"),
                ],
                src,
            );
            let legacy = if dev_type == "pci" { ",disable-legacy=on" } else { "" };
            a.words(&["-device", &format!("virtio-blk-{dev_type},drive=store{legacy}")], src);
        }
        if ctx.bool("graphics.enable")? {
            a.words(
                &["-display", "gtk,gl=on", "-device", "virtio-vga-gl", "-device", "qemu-xhci"],
                &["microvm.graphics.enable"],
            );
            a.words(&["-device", "usb-tablet", "-device", "usb-kbd"], &["microvm.graphics.enable"]);
        } else {
            a.push("-nographic", &["microvm.graphics.enable"]);
        }
    }
    let mut has_bridge = false;
    let mut has_user = false;
    for i in &interfaces {
        match i.get("type")?.str()? {
            "bridge" => has_bridge = true,
            "user" => has_user = true,
            _ => {}
        }
    }
    if !has_bridge {
        a.words(&["-sandbox", "on"], &["microvm.interfaces"]);
    }
    if let Some(user) = ctx.opt_str("user")? {
        a.words(&["-user", user], &["microvm.user"]);
    }
    if let Some(socket) = ctx.opt_str("socket")? {
        a.words(&["-qmp", &format!("unix:{socket},server,nowait")], &["microvm.socket"]);
    }
    if balloon_mem > 0 {
        a.words(&["-device", "virtio-balloon"], &["microvm.balloonMem"]);
    }
    let volume_letters = if initrd_boot {
        ctx.volumes_with_letters()?
    } else {
        // withDriveLetters 1: the root disk is vda
        ctx.list("volumes")?.into_iter().zip('b'..='z').collect()
    };
    for (vol, letter) in volume_letters {
        let image = vol.get("image")?.str()?;
        let src = vec![sub(&vol, "image")];
        a.push_owned("-drive", src.clone());
        a.push_owned(
            format!("id=vd{letter},format=raw,file={image},if=none,aio=io_uring,discard=unmap"),
            src.clone(),
        );
        a.push_owned("-device", src.clone());
        a.push_owned(format!("virtio-blk-{dev_type},drive=vd{letter}"), src);
    }
    if !shares.is_empty() {
        a.words(
            &[
                "-object",
                &format!("memory-backend-memfd,id=mem,size={}M,share=on", mem + balloon_mem),
            ],
            &["microvm.shares", "microvm.mem", "microvm.balloonMem"],
        );
        a.words(&["-numa", "node,memdev=mem"], &["microvm.shares"]);
        for (index, share) in shares.iter().enumerate() {
            let src = vec![share.path().to_owned()];
            let nine_p = || Ok("security_model=none".to_owned());
            push_share(&mut a, share, index, dev_type, nine_p, src)?;
        }
    }
    let forwards = ctx.list("forwardPorts")?;
    if !forwards.is_empty() && !has_user {
        ctx.warn(&format!("{}: forwardPortsOptions only running with user network", ctx.host_name));
    }
    for i in &interfaces {
        let kind = i.get("type")?.str()?;
        let id = i.get("id")?.str()?;
        let mac = i.get("mac")?.str()?;
        let src = vec![i.path().to_owned()];
        let mut netdev = vec![
            if kind == "macvtap" { "tap".to_owned() } else { kind.to_owned() },
            format!("id={id}"),
        ];
        if kind == "user" {
            netdev.push(forwarding_options(ctx, &forwards)?);
        }
        if kind == "bridge" {
            netdev.push(format!("br={}", i.get("bridge")?.str()?));
            netdev.push("helper=/run/wrappers/bin/qemu-bridge-helper".into());
        }
        if kind == "tap" {
            netdev.extend([format!("ifname={id}"), "script=no".into(), "downscript=no".into()]);
        }
        if kind == "macvtap" {
            let fd = ctx.macvtap_fds.get(id).and_then(|f| f.first()).copied().unwrap_or_default();
            netdev.push(format!("fd={fd}"));
        }
        a.push_owned("-netdev", src.clone());
        a.push_owned(netdev.join(","), src.clone());
        let rom =
            if initrd_boot && (require_pci || system != "x86_64-linux") { ",romfile=" } else { "" };
        a.push_owned("-device", src.clone());
        a.push_owned(format!("virtio-net-{dev_type},netdev={id},mac={mac}{rom}"), src);
    }
    if devices.iter().any(|d| d.get("bus").and_then(|b| b.str()).is_ok_and(|b| b == "usb")) {
        a.words(&["-usb", "-device", "usb-ehci"], &["microvm.devices"]);
    }
    for d in &devices {
        let path = d.get("path")?.str()?;
        let src = vec![sub(d, "bus"), sub(d, "path")];
        let dev = match d.get("bus")?.str()? {
            "pci" => format!("vfio-pci,host={path},multifunction=on"),
            "usb" => format!("usb-host,{path}"),
            other => return Err(missing_attr(other)),
        };
        a.push_owned("-device", src.clone());
        a.push_owned(dev, src);
    }
    for (i, e) in ctx.opt("qemu.extraArgs")?.list()?.iter().enumerate() {
        a.push_owned(e.str()?.to_owned(), vec![format!("microvm.qemu.extraArgs.{i}")]);
    }
    Ok(Command { segments: vec![a.args], inner: None, quote_all: false })
}

/// `shutdownCommand` of the 2023 qemu runner.
pub(crate) fn shutdown_2023(ctx: &mut Ctx<'_>) -> Result<String, Error> {
    let Some(socket) = ctx.opt_str("socket")? else {
        return Err(Error::throw("Cannot shutdown without socket"));
    };
    let socat = ctx.pkgs.path("socat")?;
    let key = |k: &str| json!({"type": "key", "data": {"down": true, "key": {"type": "qcode", "data": k}}});
    let events = json!({
        "execute": "input-send-event",
        "arguments": {"events": [key("ctrl"), key("alt"), key("delete")]},
    });
    Ok(format!(
        "(\n  {}\n  {}\n   # wait for exit\n  cat\n) | \\\n{socat}/bin/socat STDIO UNIX:{socket},shut-none\n",
        write_qmp(&json!({"execute": "qmp_capabilities"})),
        write_qmp(&events),
    ))
}

/// `getConsoleScript` of the qemu runner before 2023-05-24 (the pty of
/// `virtconsole` con0).
pub(crate) fn console_2023(ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
    let Some(socket) = ctx.opt_str("socket")? else {
        return Ok(None);
    };
    let socat = ctx.pkgs.path("socat")?;
    let jq = ctx.pkgs.path("jq")?;
    Ok(Some(format!(
        "PTY=$( (\n  {}\n  {}\n) | \\\n  {socat}/bin/socat STDIO UNIX:{socket},shut-none | \\\n  tail -n 1 | \\\n  {jq}/bin/jq -r '.return | .[] | select(.label == \"con0\") | .filename' \\\n)\nif [[ $PTY =~ ^pty:(.+)$ ]]; then\n  PTY=\"${{BASH_REMATCH[1]}}\"\nelse\n  echo \"No valid pty opened by qemu\" >&2\n  exit 1\nfi\n",
        write_qmp(&json!({"execute": "qmp_capabilities"})),
        write_qmp(&json!({"execute": "query-chardev"})),
    )))
}
