//! The runner package of `lib/runner.nix`: `bin/microvm-run` around the
//! hypervisor command, the other `bin/` scripts (shutdown, balloon,
//! machined registration, the modules' `binScripts`), volume creation
//! (`lib/volumes.nix`), macvtap descriptors (`lib/macvtap.nix`) and the
//! `share/microvm` metadata of the package's build command.

use crate::config::Node;
use crate::nix::{escape_shell_args, uuid5_dns};
use crate::runners::{Ctx, HypervisorRunner, macvtap_fds, runner_for};
use crate::{Error, ErrorKind, Hypervisor, Input, Passthru, Runner, Script, ShareFile};
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub(crate) fn generate(input: &Input<'_>) -> Result<Runner, Error> {
    let root = Node::new(input.config, "");
    let mv = root.get("microvm")?;
    let host_name = match root.opt("networking").and_then(|n| n.opt("hostName")) {
        Some(n) => n.str()?.to_owned(),
        None => "nixos".to_owned(),
    };
    let hypervisor = match input.hypervisor {
        Some(h) => h,
        None => {
            let node = mv.get("hypervisor")?;
            let name = node.str()?;
            Hypervisor::from_name(name).ok_or_else(|| {
                Error::new(ErrorKind::Input, format!("unknown hypervisor `{name}'")).at(node.path())
            })?
        }
    };
    let mut ctx = Ctx {
        root: root.clone(),
        mv,
        host_name,
        hypervisor,
        system: input.system,
        host_system: input.vm_host_system,
        table: input.packages,
        pkgs: input.packages.set(input.system),
        host_pkgs: input.packages.set(input.vm_host_system),
        warnings: Vec::new(),
        files: BTreeMap::new(),
        macvtap_fds: BTreeMap::new(),
        epoch: input.epoch,
    };
    let runner = runner_for(hypervisor);
    match build(&mut ctx, runner, input) {
        Ok(r) => Ok(r),
        Err(mut e) => {
            e.warnings = std::mem::take(&mut ctx.warnings);
            Err(e)
        }
    }
}

fn build(
    ctx: &mut Ctx<'_>,
    runner: &dyn HypervisorRunner,
    input: &Input<'_>,
) -> Result<Runner, Error> {
    if ctx.epoch.is_2023() {
        return build_2023(ctx, input);
    }
    // 5bbc126 (2025-03): the other runners changed too much since (vsock
    // notify, balloon split, external virtiofsd for crosvm, ...) and are
    // not modelled at that revision
    let since_c5a04bc = ctx.epoch.at_least("c5a04bc");
    if !since_c5a04bc && ctx.hypervisor != Hypervisor::Qemu {
        return Err(Error::new(
            ErrorKind::Input,
            format!(
                "vmcmd models only the qemu runner of microvm.nix {}, not {}",
                ctx.epoch.revision().short,
                ctx.hypervisor.name()
            ),
        ));
    }
    let host = ctx.host_name.clone();
    let mv = ctx.mv.clone();
    runner.early(ctx)?;
    let tap_multi_queue = runner.tap_multi_queue(ctx)?;
    let (opened_fds, fds) = macvtap_fds(&mv, tap_multi_queue)?;
    ctx.macvtap_fds = fds;

    let can_shutdown = runner.can_shutdown(ctx)?;
    let balloon = runner.balloon_script(ctx)?;
    // machined registration: 706a7db (2026-03-08)
    let register = since_c5a04bc && mv.get("registerWithMachined")?.bool()?;
    // 470537e (2024-10): no binScripts; run, shutdown and balloon scripts
    // made with writeShellScriptBin (`<store>/bin/<name>`), linked in that
    // order, the system always linked; binScripts came before 5bbc126
    let bin_scripts = ctx.epoch.at_least("5bbc126");

    // Script texts, forced in attribute-name order like the build command does.
    let mut bodies: BTreeMap<String, String> = BTreeMap::new();
    if bin_scripts {
        for (name, text) in mv.get("binScripts")?.attrs()? {
            bodies.insert(name.to_owned(), text.str()?.to_owned());
        }
    }
    if let Some(b) = balloon {
        bodies.insert("microvm-balloon".into(), balloon_script(&b));
    }
    let machine_id =
        if since_c5a04bc { mv.get("machineId")?.opt_str()?.map(str::to_owned) } else { None };
    if register {
        bodies.insert("microvm-register".into(), register_script(ctx, machine_id.as_deref())?);
    }
    let (run, command) = run_script(ctx, runner, &opened_fds)?;
    bodies.insert("microvm-run".into(), run);
    if can_shutdown {
        let mut shutdown = runner.shutdown_command(ctx)?;
        if !bin_scripts {
            // `''${shutdownCommand}\n''` in writeShellScriptBin
            shutdown.push('\n');
        }
        bodies.insert("microvm-shutdown".into(), shutdown);
    }
    if register {
        bodies.insert("microvm-unregister".into(), unregister_script(ctx)?);
    }
    let supports_notify_socket = runner.supports_notify_socket(ctx)?;

    let shell = ctx.host_pkgs.runtime_shell()?;
    let scripts: BTreeMap<String, Script> = bodies
        .into_iter()
        .map(|(name, body)| {
            let store_path = if bin_scripts {
                ctx.host_pkgs.text_file(&format!("microvm-{host}-{name}"))
            } else {
                format!("{}/bin/{name}", ctx.host_pkgs.text_file(&name))
            };
            (name, Script { store_path, text: format!("#!{shell}\n{body}\n") })
        })
        .collect();

    let system_symlink = if !bin_scripts || mv.get("systemSymlink")?.bool()? {
        Some(toplevel(ctx, input)?)
    } else {
        None
    };
    let (build_command, share_microvm) =
        build_command(ctx, &scripts, system_symlink.as_deref(), tap_multi_queue)?;
    let name = format!("microvm-{}-{host}", ctx.hypervisor.name());
    let store_path = ctx.host_pkgs.text_file(&name);
    Ok(Runner {
        hypervisor: ctx.hypervisor,
        host_name: host,
        store_path,
        name,
        main_program: "microvm-run",
        command,
        scripts,
        files: std::mem::take(&mut ctx.files),
        passthru: Passthru {
            can_shutdown,
            supports_notify_socket,
            tap_multi_queue,
            hypervisor: ctx.hypervisor,
            register_with_machined: register,
            machine_id,
        },
        share_microvm,
        system_symlink,
        build_command,
        warnings: std::mem::take(&mut ctx.warnings),
    })
}

/// `lib/runner.nix` of the 2023 revisions (c527054, d578ed4, 03e7f11):
/// `#! bash -e` scripts made with `writeScriptBin`, `microvm-console`
/// until 2023-05-24, macvtap descriptors from 03e7f11, passthru with
/// `canShutdown` only. Only the qemu runner of those revisions is modelled.
fn build_2023(ctx: &mut Ctx<'_>, input: &Input<'_>) -> Result<Runner, Error> {
    use crate::runners::qemu;
    let rev = ctx.epoch.revision().short;
    if ctx.hypervisor != Hypervisor::Qemu {
        return Err(Error::new(
            ErrorKind::Input,
            format!(
                "vmcmd models only the qemu runner of microvm.nix {rev}, not {}",
                ctx.hypervisor.name()
            ),
        ));
    }
    let host = ctx.host_name.clone();
    let macvtap = ctx.epoch.at_least("03e7f11");
    let (opened_fds, fds) =
        if macvtap { macvtap_fds(&ctx.mv.clone(), false)? } else { (Vec::new(), BTreeMap::new()) };
    ctx.macvtap_fds = fds;
    let shell = ctx.pkgs.runtime_shell()?;
    let head = format!("#! {shell} -e\n\n");
    let mut bodies: BTreeMap<String, String> = BTreeMap::new();
    let pre_start = ctx.str("preStart")?.to_owned();
    let volumes = create_volumes_script_2023(ctx)?;
    let mut command = qemu::command_2023(ctx)?;
    command.quote_all = ctx.epoch.quotes_every_word();
    let open = if macvtap {
        let mut s = String::new();
        for (id, fd) in &opened_fds {
            let _ = writeln!(s, "exec {fd}<>/dev/tap$(< /sys/class/net/{id}/ifindex)");
        }
        format!("{s}\n")
    } else {
        String::new()
    };
    bodies.insert(
        "microvm-run".into(),
        format!("{head}{pre_start}\n{volumes}\n{open}\nexec {}\n", command.render()),
    );
    let socket = ctx.opt_str("socket")?.map(str::to_owned);
    let can_shutdown = socket.is_some();
    if can_shutdown {
        bodies.insert("microvm-shutdown".into(), format!("{head}{}\n", qemu::shutdown_2023(ctx)?));
    }
    let console = if macvtap { None } else { qemu::console_2023(ctx)? };
    if let Some(c) = &console {
        let screen = ctx.pkgs.path("screen")?;
        bodies.insert(
            "microvm-console".into(),
            format!("{head}{c}\nexec {screen}/bin/screen -S microvm-{host} $PTY\n"),
        );
    }
    let balloon = crate::runners::runner_for(Hypervisor::Qemu).balloon_script(ctx)?;
    if let Some(b) = &balloon {
        bodies.insert(
            "microvm-balloon".into(),
            format!(
                "{head}if [ -z \"$1\" ]; then\n  echo \"Usage: $0 <balloon-size-mb>\"\n  exit 1\nfi\n\nSIZE=$1\n{b}\n"
            ),
        );
    }
    let scripts: BTreeMap<String, Script> = bodies
        .into_iter()
        .map(|(name, text)| {
            let store_path = format!("{}/bin/{name}", ctx.pkgs.text_file(&name));
            (name, Script { store_path, text })
        })
        .collect();
    let top = toplevel(ctx, input)?;
    // the build command, line by line as the template renders it
    let ln = |name: &str| {
        scripts
            .get(name)
            .map(|s| format!("ln -s {} $out/bin/{name}", s.store_path))
            .unwrap_or_default()
    };
    let mut s = format!("mkdir -p $out/bin\n\n{}\n{}\n", ln("microvm-run"), ln("microvm-shutdown"));
    let mut share = Vec::new();
    if !macvtap {
        if console.is_some() {
            let _ = writeln!(s, "{}", ln("microvm-console"));
        }
        s.push('\n');
    }
    if balloon.is_some() {
        let _ = writeln!(s, "{}", ln("microvm-balloon"));
    }
    let _ = write!(s, "\n\nmkdir -p $out/share/microvm\nln -s {top} $out/share/microvm/system\n\n");
    let interfaces = ctx.list("interfaces")?;
    let mut parts = Vec::new();
    for iface in &interfaces {
        if iface.get("type")?.str()? == "tap"
            && let Some(id) = iface.opt("id").map(|n| n.str()).transpose()?
        {
            parts.push(format!("echo \"{id}\" >> $out/share/microvm/tap-interfaces\n"));
            share_line(&mut share, "tap-interfaces", id.to_owned(), true);
        } else {
            parts.push(String::new());
        }
    }
    s.push_str(&parts.join(" "));
    s.push_str("\n\n");
    if macvtap {
        let mut parts = Vec::new();
        for iface in &interfaces {
            let link = iface.opt("macvtap").and_then(|m| m.opt("link"));
            match (iface.get("type")?.str()?, link) {
                ("macvtap", Some(link)) if !link.raw().is_null() => {
                    let mode = iface.get("macvtap")?.get("mode")?.to_nix_string()?;
                    let line = format!(
                        "{} {} {} {mode}",
                        iface.get("id")?.str()?,
                        iface.get("mac")?.str()?,
                        link.str()?
                    );
                    parts.push(format!(
                        "echo \"{line}\" >> $out/share/microvm/macvtap-interfaces\n"
                    ));
                    share_line(&mut share, "macvtap-interfaces", line, true);
                }
                _ => parts.push(String::new()),
            }
        }
        s.push_str(&parts.join(" "));
        s.push_str("\n\n\n");
    }
    shares_and_devices(ctx, &mut s, &mut share)?;
    s.push('\n');
    let name = format!("microvm-qemu-{host}");
    let store_path = ctx.pkgs.text_file(&name);
    Ok(Runner {
        hypervisor: Hypervisor::Qemu,
        host_name: host,
        store_path,
        name,
        main_program: "microvm-run",
        command,
        scripts,
        files: std::mem::take(&mut ctx.files),
        passthru: Passthru {
            can_shutdown,
            supports_notify_socket: false,
            tap_multi_queue: false,
            hypervisor: Hypervisor::Qemu,
            register_with_machined: false,
            machine_id: None,
        },
        share_microvm: share,
        system_symlink: Some(top),
        build_command: s,
        warnings: std::mem::take(&mut ctx.warnings),
    })
}

/// `createVolumesScript` of the 2023 `lib/default.nix`: one block per
/// auto-created volume, joined by a newline (`dd` and e2fsprogs only
/// before 03e7f11, `fallocate` with coreutils and util-linux since).
fn create_volumes_script_2023(ctx: &mut Ctx<'_>) -> Result<String, Error> {
    let fallocate = ctx.epoch.at_least("03e7f11");
    let tools: &[&str] =
        if fallocate { &["coreutils", "util-linux", "e2fsprogs"] } else { &["e2fsprogs"] };
    let mut blocks = Vec::new();
    for v in ctx.list("volumes")? {
        if !v.opt("autoCreate").map(|n| n.bool()).transpose()?.unwrap_or(true) {
            blocks.push(String::new());
            continue;
        }
        let image = v.get("image")?.str()?;
        let size = v.get("size")?.int()?;
        let fs = v.opt("fsType").map(|n| n.str()).transpose()?.unwrap_or("ext4");
        let path = tools
            .iter()
            .map(|p| Ok(format!("{}/bin", ctx.pkgs.get(p)?.bin()?)))
            .collect::<Result<Vec<_>, Error>>()?
            .join(":");
        blocks.push(if fallocate {
            format!(
                "PATH=$PATH:{path}\n\nif [ ! -e '{image}' ]; then\n  touch '{image}'\n  # Mark NOCOW\n  chattr +C '{image}' || true\n  fallocate -l{size}MiB '{image}'\n  mkfs.{fs} '{image}'\nfi\n"
            )
        } else {
            format!(
                "PATH=$PATH:{path}\n\nif [ ! -e {image} ]; then\n  dd if=/dev/zero of={image} bs=1M count=1 seek={}\n  mkfs.{fs} {image}\nfi\n",
                size - 1
            )
        });
    }
    Ok(blocks.join("\n"))
}

/// `config.system.build.toplevel`: given, or the `init=` kernel parameter
/// without `/init`.
fn toplevel(ctx: &Ctx<'_>, input: &Input<'_>) -> Result<String, Error> {
    if let Some(t) = input.toplevel {
        return Ok(t.to_owned());
    }
    for p in ctx.mv.get("kernelParams")?.list()? {
        if let Ok(s) = p.str()
            && let Some(rest) = s.strip_prefix("init=").or_else(|| s.strip_prefix("stage2init="))
            && let Some(top) = rest.strip_suffix("/init")
            && !top.is_empty()
        {
            return Ok(top.to_owned());
        }
    }
    Err(Error::new(
        ErrorKind::Input,
        "cannot determine system.build.toplevel (no init= kernel parameter)",
    ))
}

fn balloon_script(snippet: &str) -> String {
    format!(
        "set -e\n\nif [ -z \"$1\" ]; then\n  echo \"Usage: $0 <balloon-size-mb>\"\n  exit 1\nfi\n\nSIZE=$1\n{snippet}\n"
    )
}

/// `bin/microvm-run` (without the shebang) and the command it executes.
fn run_script(
    ctx: &mut Ctx<'_>,
    runner: &dyn HypervisorRunner,
    opened_fds: &[(String, i64)],
) -> Result<(String, crate::Command), Error> {
    let pre_start = match runner.pre_start(ctx)? {
        Some(p) => p,
        None => ctx.str("preStart")?.to_owned(),
    };
    let volumes = create_volumes_script(ctx)?;
    let macvtap = if runner.requires_macvtap_as_fds() {
        let mut s = String::from("# Open macvtap interface file descriptors\n");
        for (id, fd) in opened_fds {
            let _ = writeln!(s, "exec {fd}<>/dev/tap$(< /sys/class/net/{id}/ifindex)");
        }
        s
    } else {
        String::new()
    };
    let mut command = runner.command(ctx)?;
    command.quote_all = ctx.epoch.quotes_every_word();
    let exec_arg = if ctx.bool("prettyProcnames")? {
        format!("-a \"microvm@{}\"", ctx.host_name)
    } else {
        String::new()
    };
    // runtime_args (extraArgsScript): 90a77fb (2025-12-06)
    if !ctx.epoch.at_least("c5a04bc") {
        // `set -eou pipefail` came with the binScripts layout (after 470537e)
        let strict = if ctx.epoch.at_least("5bbc126") { "set -eou pipefail\n" } else { "" };
        let text = format!(
            "{strict}{pre_start}\n{volumes}\n{macvtap}\n\nexec {exec_arg} {}\n",
            command.render()
        );
        return Ok((text, command));
    }
    let runtime_args = match ctx.opt("extraArgsScript")?.opt_str()? {
        Some(script) => format!("$({script})\n"),
        None => String::new(),
    };
    let text = format!(
        "set -eou pipefail\n{pre_start}\n{volumes}\n{macvtap}\nruntime_args={runtime_args}\n\nexec {exec_arg} {} ${{runtime_args:-}}\n",
        command.render()
    );
    Ok((text, command))
}

/// `createVolumesScript` of `lib/volumes.nix` (of `lib/default.nix`
/// before c5a04bc: every block sets its own PATH with all mkfs tools).
fn create_volumes_script(ctx: &mut Ctx<'_>) -> Result<String, Error> {
    let volumes = ctx.list("volumes")?;
    if volumes.is_empty() {
        return Ok(String::new());
    }
    let per_volume_path = !ctx.epoch.at_least("c5a04bc");
    let tools_path = if per_volume_path {
        let tools =
            ["coreutils", "util-linux", "e2fsprogs", "xfsprogs", "dosfstools", "btrfs-progs"];
        tools
            .iter()
            .map(|p| Ok(format!("{}/bin", ctx.host_pkgs.get(p)?.bin()?)))
            .collect::<Result<Vec<_>, Error>>()?
            .join(":")
    } else {
        String::new()
    };
    let mut out = String::new();
    let mut any_auto = false;
    for v in &volumes {
        if auto_create(v)? {
            any_auto = true;
            break;
        }
    }
    if any_auto && !per_volume_path {
        let mut paths = vec![format!("{}/bin", ctx.host_pkgs.get("coreutils")?.bin()?)];
        for v in &volumes {
            let fs = fs_type(v)?;
            let attr = match fs {
                "ext2" | "ext3" | "ext4" => "e2fsprogs",
                "xfs" => "xfsprogs",
                "btrfs" => "btrfs-progs",
                "vfat" => "dosfstools",
                other => return Err(Error::throw(format!("Do not know how to handle {other}"))),
            };
            paths.push(format!("{}/bin", ctx.host_pkgs.get(attr)?.bin()?));
        }
        let _ = writeln!(out, "PATH=$PATH:{}", paths.join(":"));
    }
    let mut blocks = Vec::new();
    for v in &volumes {
        let image = v.get("image")?.str()?;
        let label = v.get("label")?.opt_str()?;
        let auto = auto_create(v)?;
        let fs = fs_type(v)?;
        if label.is_some() && !auto {
            ctx.warn(
                "Volume is not automatically labeled unless autoCreate is true. Volume has to be labeled manually, otherwise it will not be identified",
            );
        }
        if !auto {
            blocks.push(String::new());
            continue;
        }
        let label_option = match fs {
            "ext2" | "ext3" | "ext4" | "xfs" | "btrfs" => Some("-L"),
            "vfat" => Some("-n"),
            _ => {
                if let Some(l) = label {
                    ctx.warn(&format!(
                        "Will not label volume {l} with filesystem type {fs}. Open an issue on the microvm.nix project to request a fix."
                    ));
                }
                None
            }
        };
        let label_argument = match (label_option, label) {
            (Some(o), Some(l)) => format!("{o} '{l}'"),
            _ => String::new(),
        };
        let extra = v.get("mkfsExtraArgs")?;
        let extra =
            if extra.is_null()? { " ".to_owned() } else { escape_shell_args(&extra.str_list()?) };
        let size = match v.opt("size") {
            Some(n) if !n.is_null()? => n.to_nix_string()?,
            _ => {
                return Err(Error::throw(format!(
                    "Specify a size for volume {image} or use autoCreate = false"
                )));
            }
        };
        let path =
            if per_volume_path { format!("PATH=$PATH:{tools_path}\n\n") } else { String::new() };
        blocks.push(format!(
            "{path}if [ ! -e '{image}' ]; then\n  touch '{image}'\n  # Mark NOCOW\n  chattr +C '{image}' || true\n  truncate -s {size}M '{image}'\n  mkfs.{fs} {label_argument} {extra} '{image}'\nfi\n"
        ));
    }
    out.push_str(&blocks.join("\n"));
    Ok(out)
}

fn auto_create(v: &Node<'_>) -> Result<bool, Error> {
    match v.opt("autoCreate") {
        Some(n) => n.bool(),
        None => Ok(true),
    }
}

fn fs_type<'a>(v: &Node<'a>) -> Result<&'a str, Error> {
    match v.opt("fsType") {
        Some(n) => n.str(),
        None => Ok("ext4"),
    }
}

fn register_script(ctx: &Ctx<'_>, machine_id: Option<&str>) -> Result<String, Error> {
    let host = &ctx.host_name;
    let uuid = match machine_id {
        Some(id) => id.to_owned(),
        None => uuid5_dns(host),
    };
    let hp = &ctx.host_pkgs;
    let busctl = format!("{}/bin/busctl", hp.path("systemd")?);
    let sed = format!("{}/bin/sed", hp.path("gnused")?);
    let awk = format!("{}/bin/awk", hp.path("gawk")?);
    let python = hp.get("python3")?.exe()?;
    let mut ifindex = String::new();
    for iface in ctx.list("interfaces")? {
        if iface.get("type")?.str()? == "tap" {
            let name = iface.get("id")?.str()?;
            let _ = write!(
                ifindex,
                "if [ -e /sys/class/net/{name}/ifindex ]; then\n  IFINDEX_ARRAY+=(\"$(cat /sys/class/net/{name}/ifindex)\")\nfi\n"
            );
        }
    }
    let cid = ctx.opt("vsock.cid")?.opt_int()?;
    let vsock = match cid {
        Some(cid) if ctx.hypervisor != Hypervisor::CloudHypervisor => {
            format!("VSOCK_CID={cid}\nSSH_ADDRESS=\"vsock/{cid}\"\n")
        }
        _ => String::new(),
    };
    Ok(format!(
        r#"set -euo pipefail

LEADER_PID="${{1:-$$}}"
MACHINE_NAME="{host}"
UUID="{uuid}"

# Convert UUID to decimal bytes for busctl array arguments
UUID_BYTES=$(echo "$UUID" | tr -d '-' | {sed} 's/../0x& /g' | {awk} '{{for(i=1;i<=NF;i++) printf "%d ", strtonum($i)}}')
read -r -a UUID_BYTE_ARRAY <<< "$UUID_BYTES"

IFINDEX_ARRAY=()
{ifindex}
NUM_IFS=${{#IFINDEX_ARRAY[@]}}

{vsock}

MANAGER_INTROSPECT=$({busctl} introspect \
  org.freedesktop.machine1 \
  /org/freedesktop/machine1 \
  org.freedesktop.machine1.Manager 2>/dev/null || true)

if [[ "$MANAGER_INTROSPECT" == *"RegisterMachineEx"* ]]; then
  # systemd 259+: use extensible registration for VSOCK/SSH metadata
  EX_PROP_COUNT=5
  EX_ARGS=(
    "$MACHINE_NAME"
    "$EX_PROP_COUNT"
    "Id" "ay" ${{#UUID_BYTE_ARRAY[@]}} "${{UUID_BYTE_ARRAY[@]}}"
    "Service" "s" "microvm.nix"
    "Class" "s" "vm"
    "LeaderPIDFD" "h" "PIDFD"
    "RootDirectory" "s" "/"
  )

  if [ -n "${{VSOCK_CID:-}}" ]; then
    EX_PROP_COUNT=$((EX_PROP_COUNT + 1))
    EX_ARGS+=("VSockCID" "u" "$VSOCK_CID")
  fi

  if [ -n "${{SSH_ADDRESS:-}}" ]; then
    EX_PROP_COUNT=$((EX_PROP_COUNT + 1))
    EX_ARGS+=("SSHAddress" "s" "$SSH_ADDRESS")
  fi

  if [ "$NUM_IFS" -gt 0 ]; then
    EX_PROP_COUNT=$((EX_PROP_COUNT + 1))
    EX_ARGS+=("NetworkInterfaces" "ai" "$NUM_IFS" "${{IFINDEX_ARRAY[@]}}")
  fi

  EX_ARGS[1]="$EX_PROP_COUNT"

  # This is our very poor mans method to get around upstream pid recycling safety features :)
  {python} - \
    {busctl} call \
    org.freedesktop.machine1 \
    /org/freedesktop/machine1 \
    org.freedesktop.machine1.Manager \
    RegisterMachineEx "sa(sv)" \
    "${{EX_ARGS[@]}}" \
    <<EOF
import os; import subprocess; import sys
try:
  pidfd = os.pidfd_open($LEADER_PID, 0)
except AttributeError:
  print("Error: Which NixOS version are you running that pidfd_open syscall is not available?!")
  exit(1)
subprocess.run([str(pidfd) if x == 'PIDFD' else x for x in sys.argv[1:]], pass_fds=[pidfd])
EOF
elif [ "$NUM_IFS" -gt 0 ]; then
  {busctl} call \
    org.freedesktop.machine1 \
    /org/freedesktop/machine1 \
    org.freedesktop.machine1.Manager \
    RegisterMachineWithNetwork "sayssusai" \
    "$MACHINE_NAME" \
    ${{#UUID_BYTE_ARRAY[@]}} "${{UUID_BYTE_ARRAY[@]}}" \
    "microvm.nix" \
    "vm" \
    "$LEADER_PID" \
    "/" \
    "$NUM_IFS" "${{IFINDEX_ARRAY[@]}}"
else
  {busctl} call \
    org.freedesktop.machine1 \
    /org/freedesktop/machine1 \
    org.freedesktop.machine1.Manager \
    RegisterMachine "sayssus" \
    "$MACHINE_NAME" \
    ${{#UUID_BYTE_ARRAY[@]}} "${{UUID_BYTE_ARRAY[@]}}" \
    "microvm.nix" \
    "vm" \
    "$LEADER_PID" \
    "/"
fi
"#
    ))
}

fn unregister_script(ctx: &Ctx<'_>) -> Result<String, Error> {
    let busctl = format!("{}/bin/busctl", ctx.host_pkgs.path("systemd")?);
    Ok(format!(
        "set -euo pipefail\nMACHINE_NAME=\"{}\"\n\n# Terminate the machine registration (ignore errors if already gone)\n{busctl} call \\\n  org.freedesktop.machine1 \\\n  /org/freedesktop/machine1 \\\n  org.freedesktop.machine1.Manager \\\n  TerminateMachine \"s\" \\\n  \"$MACHINE_NAME\" 2>/dev/null || true\n",
        ctx.host_name
    ))
}

/// Appends a line to a `share/microvm` file entry.
/// The build command's virtiofs share and passthrough device lines (the
/// same in every revision of `lib/runner.nix`), with the files they write.
fn shares_and_devices(
    ctx: &Ctx<'_>,
    s: &mut String,
    share: &mut Vec<ShareFile>,
) -> Result<(), Error> {
    for sh in ctx.list("shares")? {
        if sh.get("proto")?.str()? == "virtiofs" {
            let tag = sh.get("tag")?.str()?;
            let socket = sh.get("socket")?.interpolate()?;
            let source = sh.get("source")?.str()?;
            let _ = write!(
                s,
                "mkdir -p $out/share/microvm/virtiofs/{tag}\necho \"{socket}\" > $out/share/microvm/virtiofs/{tag}/socket\necho \"{source}\" > $out/share/microvm/virtiofs/{tag}/source\n"
            );
            share_line(share, &format!("virtiofs/{tag}/socket"), socket, false);
            share_line(share, &format!("virtiofs/{tag}/source"), source.to_owned(), false);
        }
    }
    s.push_str("\n\n");
    for dev in ctx.list("devices")? {
        let bus = dev.get("bus")?.str()?;
        let path = dev.get("path")?.str()?;
        let _ = writeln!(s, "echo \"{path}\" >> $out/share/microvm/{bus}-devices");
        share_line(share, &format!("{bus}-devices"), path.to_owned(), true);
    }
    Ok(())
}

fn share_line(files: &mut Vec<ShareFile>, path: &str, line: String, append: bool) {
    if let Some(f) = files.iter_mut().find(|f| f.path == path) {
        if append {
            f.lines.push(line);
        } else {
            f.lines = vec![line];
        }
        return;
    }
    files.push(ShareFile { path: path.to_owned(), lines: vec![line] });
}

/// The runner derivation's build command and the `share/microvm` files it writes.
fn build_command(
    ctx: &Ctx<'_>,
    scripts: &BTreeMap<String, Script>,
    system_symlink: Option<&str>,
    tap_multi_queue: bool,
) -> Result<(String, Vec<ShareFile>), Error> {
    let mut share = Vec::new();
    let mut s = String::from("mkdir -p $out/bin\n\n");
    if ctx.epoch.at_least("5bbc126") {
        for (name, script) in scripts {
            let _ = writeln!(s, "ln -s {} $out/bin/{name}", script.store_path);
        }
        s.push_str("\n\nmkdir -p $out/share/microvm\n");
        if let Some(top) = system_symlink {
            let _ = writeln!(s, "ln -s {top} $out/share/microvm/system");
        }
        s.push('\n');
    } else {
        // 470537e: the three scripts in template order, the system always
        let ln = |name: &str| {
            scripts
                .get(name)
                .map(|sc| format!("ln -s {} $out/bin/{name}", sc.store_path))
                .unwrap_or_default()
        };
        let _ = writeln!(s, "{}\n{}", ln("microvm-run"), ln("microvm-shutdown"));
        if scripts.contains_key("microvm-balloon") {
            let _ = writeln!(s, "{}", ln("microvm-balloon"));
        }
        s.push_str("\n\nmkdir -p $out/share/microvm\n");
        if let Some(top) = system_symlink {
            let _ = writeln!(s, "ln -s {top} $out/share/microvm/system");
        }
    }
    s.push_str("\necho vnet_hdr > $out/share/microvm/tap-flags\n");
    share_line(&mut share, "tap-flags", "vnet_hdr".into(), false);
    if tap_multi_queue {
        s.push_str("echo multi_queue >> $out/share/microvm/tap-flags\n");
        share_line(&mut share, "tap-flags", "multi_queue".into(), true);
    }
    s.push('\n');
    let interfaces = ctx.list("interfaces")?;
    let mut parts = Vec::new();
    for iface in &interfaces {
        if iface.get("type")?.str()? == "tap" {
            let id = iface.get("id")?.str()?;
            parts.push(format!("echo \"{id}\" >> $out/share/microvm/tap-interfaces\n"));
            share_line(&mut share, "tap-interfaces", id.to_owned(), true);
        } else {
            parts.push(String::new());
        }
    }
    s.push_str(&parts.join(" "));
    s.push_str("\n\n");
    let mut parts = Vec::new();
    for iface in &interfaces {
        if iface.get("type")?.str()? == "macvtap" {
            let mac = iface.get("macvtap")?;
            let link = mac.get("link")?.opt_str()?;
            let mode = mac.get("mode")?.opt_str()?;
            if let (Some(link), Some(mode)) = (link, mode) {
                let line = format!(
                    "{} {} {link} {mode}",
                    iface.get("id")?.str()?,
                    iface.get("mac")?.str()?
                );
                parts.push(format!("echo \"{line}\" >> $out/share/microvm/macvtap-interfaces\n"));
                share_line(&mut share, "macvtap-interfaces", line, true);
                continue;
            }
        }
        parts.push(String::new());
    }
    s.push_str(&parts.join(" "));
    s.push_str("\n\n\n");
    shares_and_devices(ctx, &mut s, &mut share)?;
    // vsock-cid and hypervisor files: 2025-07 / 706a7db (2026-03-08)
    if !ctx.epoch.at_least("c5a04bc") {
        s.push('\n');
        return Ok((s, share));
    }
    s.push_str("\n\n# VSOCK info for ssh access\n");
    if let Some(cid) = ctx.opt("vsock.cid")?.opt_int()? {
        let _ = writeln!(s, "echo \"{cid}\" > $out/share/microvm/vsock-cid");
        share_line(&mut share, "vsock-cid", cid.to_string(), false);
    }
    s.push('\n');
    let hv = ctx.hypervisor.name();
    let _ = writeln!(s, "echo \"{hv}\" > $out/share/microvm/hypervisor");
    share_line(&mut share, "hypervisor", hv.to_owned(), false);
    Ok((s, share))
}
