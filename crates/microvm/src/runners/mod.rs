//! The per-hypervisor runners (`lib/runners/<hypervisor>.nix`) and what they
//! share: the evaluation context, the argument builder with provenance, the
//! helpers of `lib/default.nix` (drive letters, `extractOptValues`,
//! `extractParamValue`) and `lib/macvtap.nix` (descriptor numbering).

mod alioth;
mod cloud_hypervisor;
mod crosvm;
mod firecracker;
mod kvmtool;
pub(crate) mod qemu;
mod stratovirt;
mod vfkit;

use crate::config::Node;
use crate::packages::{Package, PackageSet, PackageTable};
use crate::{Arg, Command, Error, Hypervisor, Quoting, TextFile};
use std::collections::BTreeMap;

/// Key under `microvm.qemu` of the runner's input where the model puts
/// the qemu package after microvm.nix's overrides (vm.rs).
pub(crate) const QEMU_EFFECTIVE_PACKAGE: &str = "__vmcmdEffectivePackage";

/// Everything a runner reads.
pub(crate) struct Ctx<'a> {
    /// The whole configuration (`boot.kernel` for the 2023 runners).
    pub root: Node<'a>,
    /// `config.microvm`.
    pub mv: Node<'a>,
    pub host_name: String,
    pub hypervisor: Hypervisor,
    /// Guest platform (`pkgs.stdenv.hostPlatform.system`).
    pub system: &'a str,
    /// `vmHostPackages.stdenv.hostPlatform.system`.
    pub host_system: &'a str,
    pub table: &'a PackageTable,
    /// Guest `pkgs`.
    pub pkgs: PackageSet<'a>,
    /// `microvm.vmHostPackages`.
    pub host_pkgs: PackageSet<'a>,
    pub warnings: Vec<String>,
    pub files: BTreeMap<String, TextFile>,
    /// `macvtapFds` of `lib/macvtap.nix`, interface id → fds.
    pub macvtap_fds: BTreeMap<String, Vec<i64>>,
    /// The microvm.nix revision reproduced.
    pub epoch: &'a crate::Epoch,
}

impl<'a> Ctx<'a> {
    /// `config.microvm.<dotted>`.
    pub fn opt(&self, dotted: &str) -> Result<Node<'a>, Error> {
        self.mv.at(dotted)
    }

    pub fn int(&self, dotted: &str) -> Result<i64, Error> {
        self.opt(dotted)?.int()
    }

    pub fn bool(&self, dotted: &str) -> Result<bool, Error> {
        self.opt(dotted)?.bool()
    }

    pub fn str(&self, dotted: &str) -> Result<&'a str, Error> {
        self.opt(dotted)?.str()
    }

    pub fn opt_str(&self, dotted: &str) -> Result<Option<&'a str>, Error> {
        self.opt(dotted)?.opt_str()
    }

    pub fn list(&self, dotted: &str) -> Result<Vec<Node<'a>>, Error> {
        self.opt(dotted)?.list()
    }

    /// `lib.warn`: Nix prints the message; the oracle records it without
    /// the trailing newline.
    pub fn warn(&mut self, msg: &str) {
        self.warnings.push(msg.trim_end_matches('\n').to_owned());
    }

    /// A package option, identified in the package table.
    pub fn package(&self, dotted: &str) -> Result<Package, Error> {
        let node = self.opt(dotted)?;
        self.table.resolve(&node, &[self.host_system, self.system]).map_err(|e| e.at(node.path()))
    }

    pub fn kernel(&self) -> Result<Package, Error> {
        let node = self.opt("kernel")?;
        self.table.resolve(&node, &[self.system, self.host_system]).map_err(|e| e.at(node.path()))
    }

    /// `toString microvmConfig.kernelParams`.
    pub fn kernel_params(&self) -> Result<String, Error> {
        self.opt("kernelParams")?.to_nix_string()
    }

    /// `linuxTarget` of `lib/runner.nix` for the guest platform.
    pub fn linux_target(&self) -> &'static str {
        if self.system.starts_with("x86_64-") || self.system.starts_with("i686-") {
            "bzImage"
        } else {
            "Image"
        }
    }

    /// `"${kernel}/${linuxTarget}"`.
    pub fn kernel_image(&self) -> Result<String, Error> {
        Ok(format!("{}/{}", self.kernel()?.path(), self.linux_target()))
    }

    /// `kernelPath` of cloud-hypervisor, firecracker and crosvm, which index
    /// an attribute set by the guest system.
    pub fn vmlinux_path(&self) -> Result<String, Error> {
        match self.system {
            "x86_64-linux" => Ok(format!("{}/vmlinux", self.kernel()?.output("dev")?)),
            "aarch64-linux" => {
                Ok(format!("{}/{}", self.kernel()?.output("out")?, self.linux_target()))
            }
            s => Err(Error::new(crate::ErrorKind::Eval, format!("attribute '{s}' missing"))),
        }
    }

    /// `withDriveLetters microvmConfig`: volumes with `vd<letter>` letters,
    /// starting at `b` when the store disk is `vda`.
    pub fn volumes_with_letters(&self) -> Result<Vec<(Node<'a>, char)>, Error> {
        let offset = usize::from(self.bool("storeOnDisk")?);
        let volumes = self.list("volumes")?;
        Ok(volumes.into_iter().zip(('a'..='z').skip(offset)).collect())
    }

    /// Records a text file the runner writes (`writeText`, `writers.writeJSON`)
    /// in the guest package set and returns its store path.
    pub fn write_file(&mut self, name: &str, kind: &'static str, text: String) -> String {
        let path = self.pkgs.text_file(name);
        self.files.insert(
            path.clone(),
            TextFile { name: name.to_owned(), kind, executable: false, text },
        );
        path
    }
}

/// Builds a list of words with their sources.
#[derive(Default)]
pub(crate) struct Args {
    pub args: Vec<Arg>,
}

impl Args {
    pub fn new() -> Self {
        Args::default()
    }

    fn push_q(&mut self, quoting: Quoting, text: impl Into<String>, sources: &[&str]) {
        self.args.push(Arg {
            text: text.into(),
            quoting,
            sources: sources.iter().map(|s| (*s).to_owned()).collect(),
        });
    }

    /// An escaped word.
    pub fn push(&mut self, text: impl Into<String>, sources: &[&str]) {
        self.push_q(Quoting::Escaped, text, sources);
    }

    /// An escaped word with owned source paths.
    pub fn push_owned(&mut self, text: impl Into<String>, sources: Vec<String>) {
        self.args.push(Arg { text: text.into(), quoting: Quoting::Escaped, sources });
    }

    /// A word spliced verbatim.
    pub fn raw(&mut self, text: impl Into<String>, sources: &[&str]) {
        self.push_q(Quoting::Raw, text, sources);
    }

    pub fn raw_owned(&mut self, text: impl Into<String>, sources: Vec<String>) {
        self.args.push(Arg { text: text.into(), quoting: Quoting::Raw, sources });
    }

    /// Several escaped words sharing sources.
    pub fn words(&mut self, words: &[&str], sources: &[&str]) {
        for w in words {
            self.push(*w, sources);
        }
    }
}

/// Option paths below an element of a list option, e.g.
/// `microvm.volumes.2.image`.
pub(crate) fn sub(node: &Node<'_>, field: &str) -> String {
    format!("{}.{field}", node.path())
}

/// Source list from owned strings.
pub(crate) fn srcs(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// `lib.concatStringsSep "," (lib.mapAttrsToList (k: v: "${k}=${v}") ops)`:
/// keys sorted byte-wise.
pub(crate) fn ops_mapped(ops: &BTreeMap<&str, String>) -> String {
    ops.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
}

/// `extractOptValues` of `lib/default.nix`: all values following one of
/// `flags` (a flag at the end without value is kept) and the rest.
pub(crate) fn extract_opt_values(flags: &[&str], args: &[String]) -> (Vec<String>, Vec<String>) {
    let mut values = Vec::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        if flags.contains(&args[i].as_str()) && i + 1 < args.len() {
            values.push(args[i + 1].clone());
            i += 2;
        } else {
            rest.push(args[i].clone());
            i += 1;
        }
    }
    (values, rest)
}

/// `extractParamValue` of `lib/default.nix`: `builtins.match ".*${param}=([^,]+).*"`.
/// The regex is greedy, so the *last* occurrence wins.
pub(crate) fn extract_param_value(param: &str, opts: Option<&str>) -> Option<String> {
    let opts = opts?;
    if opts.is_empty() {
        return None;
    }
    let needle = format!("{param}=");
    // `.*` is greedy: the last position where `param=` is followed by at
    // least one non-comma character matches.
    let mut best = None;
    let mut start = 0;
    while let Some(pos) = opts[start..].find(&needle) {
        let at = start + pos + needle.len();
        let value: String = opts[at..].chars().take_while(|c| *c != ',').collect();
        if !value.is_empty() {
            best = Some(value);
        }
        start = start + pos + 1;
    }
    best
}

/// The descriptors `microvm-run` opens: (interface id, fd) in order.
pub(crate) type OpenedFds = Vec<(String, i64)>;

/// `macvtapFds` of `lib/macvtap.nix`: the descriptors to open and each
/// interface's list.
pub(crate) fn macvtap_fds(
    mv: &Node<'_>,
    tap_multi_queue: bool,
) -> Result<(OpenedFds, BTreeMap<String, Vec<i64>>), Error> {
    let queues = if tap_multi_queue { mv.get("vcpu")?.int()? } else { 1 };
    let mut opened = Vec::new();
    let mut fds: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    let mut index = 0i64;
    for iface in mv.get("interfaces")?.list()? {
        if iface.get("type")?.str()? != "macvtap" {
            continue;
        }
        let id = iface.get("id")?.str()?.to_owned();
        for q in 0..queues {
            let fd = 3 + index * queues + q;
            opened.push((id.clone(), fd));
            fds.entry(id.clone()).or_default().push(fd);
        }
        index += 1;
    }
    Ok((opened, fds))
}

/// What `lib/runners/<hypervisor>.nix` returns, asked for piece by piece
/// in the order Nix forces the pieces while building the package.
pub(crate) trait HypervisorRunner {
    /// Warnings emitted as soon as the runner's attribute set is forced.
    fn early(&self, _ctx: &mut Ctx<'_>) -> Result<(), Error> {
        Ok(())
    }
    fn tap_multi_queue(&self, _ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(false)
    }
    fn requires_macvtap_as_fds(&self) -> bool {
        false
    }
    fn supports_notify_socket(&self, _ctx: &mut Ctx<'_>) -> Result<bool, Error> {
        Ok(false)
    }
    /// The runner's own `preStart`; `None` uses `microvm.preStart`.
    fn pre_start(&self, _ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        Ok(None)
    }
    fn command(&self, ctx: &mut Ctx<'_>) -> Result<Command, Error>;
    fn can_shutdown(&self, ctx: &Ctx<'_>) -> Result<bool, Error> {
        Ok(ctx.opt_str("socket")?.is_some())
    }
    fn shutdown_command(&self, _ctx: &mut Ctx<'_>) -> Result<String, Error> {
        Err(Error::throw("Cannot shutdown without socket"))
    }
    /// `setBalloonScript`, `None` when the runner has none.
    fn balloon_script(&self, _ctx: &mut Ctx<'_>) -> Result<Option<String>, Error> {
        Ok(None)
    }
}

pub(crate) fn runner_for(h: Hypervisor) -> &'static dyn HypervisorRunner {
    match h {
        Hypervisor::Qemu => &qemu::Qemu,
        Hypervisor::CloudHypervisor => &cloud_hypervisor::CloudHypervisor,
        Hypervisor::Firecracker => &firecracker::Firecracker,
        Hypervisor::Crosvm => &crosvm::Crosvm,
        Hypervisor::Kvmtool => &kvmtool::Kvmtool,
        Hypervisor::Stratovirt => &stratovirt::Stratovirt,
        Hypervisor::Alioth => &alioth::Alioth,
        Hypervisor::Vfkit => &vfkit::Vfkit,
    }
}

/// Selecting a missing attribute (`{ … }.${name}`).
pub(crate) fn missing_attr(name: &str) -> Error {
    Error::new(crate::ErrorKind::Eval, format!("attribute '{name}' missing"))
}

/// `lib.boolToString`.
pub(crate) fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// `if b then "on" else "off"`.
pub(crate) fn on_off(b: bool) -> &'static str {
    if b { "on" } else { "off" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn param_values() {
        assert_eq!(
            extract_param_value("socket", Some("cid=5,socket=notify.vsock")).as_deref(),
            Some("notify.vsock")
        );
        assert_eq!(extract_param_value("cid", Some("socket=x")), None);
        assert_eq!(extract_param_value("cid", None), None);
    }

    #[test]
    fn opt_values() {
        let args: Vec<String> =
            ["-a", "a", "-b", "b", "-c", "c", "-b", "b2"].map(String::from).to_vec();
        let (v, rest) = extract_opt_values(&["-b"], &args);
        assert_eq!(v, ["b", "b2"]);
        assert_eq!(rest, ["-a", "a", "-c", "c"]);
    }
}
