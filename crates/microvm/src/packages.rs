//! Packages and store paths: the mock package table (`mock-packages.json`)
//! and the oracle's deterministic fake store-path formula, plus the few
//! package operations runners perform (`override`, `overrideAttrs`,
//! `lib.getBin`, `lib.getExe`). Mirrors the oracle's `nix/mock-pkgs.nix`.

use crate::config::Node;
use crate::nix::parse_drv_name;
use crate::{Error, ErrorKind};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// `"00000000" + sha256_hex("microvm-oracle:" + system + ":" + name + variant + "!" + output)[0:24]`.
pub fn store_hash(system: &str, name: &str, variant: &str, output: &str) -> String {
    let mut h = Sha256::new();
    h.update(format!("microvm-oracle:{system}:{name}{variant}!{output}").as_bytes());
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("00000000{}", &hex[..24])
}

/// Store path of `output` of the derivation `name` (suffix `-<output>` unless `out`).
pub fn output_path(system: &str, name: &str, variant: &str, output: &str) -> String {
    let hash = store_hash(system, name, variant, output);
    if output == "out" {
        format!("/nix/store/{hash}-{name}")
    } else {
        format!("/nix/store/{hash}-{name}-{output}")
    }
}

/// Store path of a text file (`writeText`, `writeShellScript`, ...) named `name`.
pub fn text_file_path(system: &str, name: &str) -> String {
    output_path(system, name, "", "out")
}

/// One entry of the package table.
#[derive(Clone, Debug)]
struct TableEntry {
    name: String,
    outputs: Vec<String>,
    main_program: Option<String>,
    configure_flags: Vec<String>,
}

/// The package table: names, versions, outputs and `mainProgram`s.
#[derive(Clone, Debug)]
pub struct PackageTable {
    packages: BTreeMap<String, TableEntry>,
    python3_packages: BTreeMap<String, TableEntry>,
    qemu_linux_flags: Vec<String>,
    qemu_other_flags: Vec<String>,
    kernel_outputs: Vec<String>,
}

fn str_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn entry(v: &Value) -> Result<TableEntry, String> {
    let pname = v.get("pname").and_then(Value::as_str);
    let version = v.get("version").and_then(Value::as_str);
    let name = match (v.get("name").and_then(Value::as_str), pname, version) {
        (Some(n), _, _) => n.to_owned(),
        (None, Some(p), Some(ver)) => format!("{p}-{ver}"),
        _ => return Err("package entry without name or pname/version".into()),
    };
    let mut outputs = str_list(v.get("outputs"));
    if outputs.is_empty() {
        outputs.push("out".into());
    }
    Ok(TableEntry {
        name,
        outputs,
        main_program: v.get("mainProgram").and_then(Value::as_str).map(str::to_owned),
        configure_flags: str_list(v.get("configureFlags")),
    })
}

impl PackageTable {
    /// Reads a table in the format of the oracle's `mock-packages.json`.
    pub fn from_json(v: &Value) -> Result<Self, String> {
        let mut packages = BTreeMap::new();
        if let Some(m) = v.get("packages").and_then(Value::as_object) {
            for (k, e) in m {
                packages.insert(k.clone(), entry(e).map_err(|e| format!("packages.{k}: {e}"))?);
            }
        }
        let mut python3_packages = BTreeMap::new();
        if let Some(m) = v.get("python3Packages").and_then(Value::as_object) {
            for (k, e) in m {
                python3_packages
                    .insert(k.clone(), entry(e).map_err(|e| format!("python3Packages.{k}: {e}"))?);
            }
        }
        let qemu = v.get("qemu");
        let kernel = v.get("kernel");
        let mut kernel_outputs = str_list(kernel.and_then(|k| k.get("outputs")));
        if kernel_outputs.is_empty() {
            kernel_outputs = vec!["out".into(), "dev".into()];
        }
        Ok(PackageTable {
            packages,
            python3_packages,
            qemu_linux_flags: str_list(qemu.and_then(|q| q.get("linuxConfigureFlags"))),
            qemu_other_flags: str_list(qemu.and_then(|q| q.get("otherConfigureFlags"))),
            kernel_outputs,
        })
    }

    /// Parses the table from JSON text.
    pub fn from_json_str(s: &str) -> Result<Self, String> {
        let v: Value = serde_json::from_str(s).map_err(|e| e.to_string())?;
        Self::from_json(&v)
    }

    /// The package set of one platform.
    pub fn set<'a>(&'a self, system: &'a str) -> PackageSet<'a> {
        PackageSet { table: self, system }
    }

    fn entry_by_name(&self, name: &str) -> Option<&TableEntry> {
        self.packages.values().chain(self.python3_packages.values()).find(|e| e.name == name)
    }

    fn all_outputs(&self) -> Vec<String> {
        let mut outs: Vec<String> = self
            .packages
            .values()
            .chain(self.python3_packages.values())
            .flat_map(|e| e.outputs.iter().cloned())
            .chain(self.kernel_outputs.iter().cloned())
            .chain(["out", "dev", "bin", "lib", "doc", "man", "ga", "nc", "fd"].map(String::from))
            .collect();
        outs.sort();
        outs.dedup();
        outs
    }

    fn qemu_flags_for(&self, system: &str) -> Vec<String> {
        if system.ends_with("-linux") {
            self.qemu_linux_flags.clone()
        } else {
            self.qemu_other_flags.clone()
        }
    }

    /// Metadata for a derivation name (table lookup, qemu and kernel naming).
    fn describe(
        &self,
        name: &str,
        system: &str,
    ) -> (Vec<String>, Option<String>, Vec<String>, bool) {
        if let Some(e) = self.entry_by_name(name) {
            return (e.outputs.clone(), e.main_program.clone(), e.configure_flags.clone(), false);
        }
        let (pname, _) = parse_drv_name(name);
        if QemuFlags::parse(pname).is_some() {
            return (
                vec!["out".into(), "doc".into(), "ga".into()],
                None,
                self.qemu_flags_for(system),
                true,
            );
        }
        if pname == "linux" {
            return (self.kernel_outputs.clone(), None, Vec::new(), false);
        }
        if let Some(e) = self.packages.values().find(|e| parse_drv_name(&e.name).0 == pname) {
            return (e.outputs.clone(), e.main_program.clone(), e.configure_flags.clone(), false);
        }
        (vec!["out".into()], None, Vec::new(), false)
    }

    /// Identifies the package behind a configuration value: a store path
    /// string (matched against the hash formula for the candidate
    /// `systems`, overrides and outputs) or an object with `outPath` (or
    /// `storePath`) and
    /// optionally `name`, `system`, `variant`, `outputs` (list of names or
    /// map name → path), `mainProgram`, `configureFlags`.
    pub fn resolve(&self, node: &Node<'_>, systems: &[&str]) -> Result<Package, Error> {
        let raw = node.raw();
        if let Value::Object(m) = raw
            && !m.contains_key("__oracle_error")
        {
            // (`storePath` from vmcmd's own Nix views: Nix's toJSON turns a
            // set with `outPath` into that string)
            let key = if m.contains_key("outPath") { "outPath" } else { "storePath" };
            let out_path = node.get(key)?.str()?.to_owned();
            let mut pkg = self.resolve_path(&out_path, systems);
            if let Some(n) = m.get("name").and_then(Value::as_str) {
                pkg.name = n.to_owned();
            }
            if let Some(s) = m.get("system").and_then(Value::as_str) {
                pkg.system = s.to_owned();
            }
            if let Some(v) = m.get("variant").and_then(Value::as_str) {
                pkg.variant = v.to_owned();
                pkg.identified = true;
            }
            if let Some(p) = m.get("mainProgram").and_then(Value::as_str) {
                pkg.main_program = Some(p.to_owned());
            }
            if let Some(f) = m.get("configureFlags") {
                pkg.configure_flags = str_list(Some(f));
            }
            match m.get("outputs") {
                Some(Value::Object(outs)) => {
                    pkg.outputs = outs.keys().cloned().collect();
                    for (k, v) in outs {
                        if let Some(p) = v.as_str() {
                            pkg.explicit_outputs.insert(k.clone(), p.to_owned());
                        }
                    }
                }
                Some(v @ Value::Array(_)) => pkg.outputs = str_list(Some(v)),
                _ => {}
            }
            return Ok(pkg);
        }
        let path = node.str()?;
        Ok(self.resolve_path(path, systems))
    }

    fn resolve_path(&self, path: &str, systems: &[&str]) -> Package {
        let base = path.strip_prefix("/nix/store/").unwrap_or(path);
        let (hash, basename) = match base.split_once('-') {
            Some((h, b)) => (h, b),
            None => ("", base),
        };
        let mut candidates: Vec<(String, String)> = vec![(basename.to_owned(), "out".to_owned())];
        for o in self.all_outputs() {
            if let Some(prefix) = basename.strip_suffix(&format!("-{o}")) {
                candidates.push((prefix.to_owned(), o));
            }
        }
        let mut variants = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for v in &frontier {
                next.push(format!("{v}|override"));
                next.push(format!("{v}|overrideAttrs"));
            }
            variants.extend(next.iter().cloned());
            frontier = next;
        }
        let graphics: Vec<String> =
            variants.iter().map(|v| format!("|spectrum-graphics{v}")).collect();
        variants.extend(graphics);
        let mut sys: Vec<&str> = Vec::new();
        for s in systems.iter().copied().chain([
            "x86_64-linux",
            "aarch64-linux",
            "aarch64-darwin",
            "x86_64-darwin",
        ]) {
            if !sys.contains(&s) {
                sys.push(s);
            }
        }
        for (name, output) in &candidates {
            for s in &sys {
                for v in &variants {
                    if store_hash(s, name, v, output) == hash {
                        return self.package(name, s, v, Some(output), true, path);
                    }
                }
            }
        }
        let fallback = sys.first().copied().unwrap_or("x86_64-linux");
        self.package(basename, fallback, "", None, false, path)
    }

    fn package(
        &self,
        name: &str,
        system: &str,
        variant: &str,
        default_output: Option<&str>,
        identified: bool,
        path: &str,
    ) -> Package {
        let (outputs, main_program, configure_flags, is_qemu) = self.describe(name, system);
        let default_output = default_output
            .map(str::to_owned)
            .or_else(|| outputs.first().cloned())
            .unwrap_or_else(|| "out".into());
        let mut explicit_outputs = BTreeMap::new();
        explicit_outputs.insert(default_output.clone(), path.to_owned());
        Package {
            name: name.to_owned(),
            system: system.to_owned(),
            variant: variant.to_owned(),
            outputs,
            default_output,
            main_program,
            configure_flags,
            identified,
            is_qemu,
            explicit_outputs,
        }
    }
}

/// QEMU's pname flags, in nixpkgs' order.
#[derive(Clone, Copy, Debug, Default)]
pub struct QemuFlags {
    pub xen: bool,
    pub host_cpu_only: bool,
    pub nixos_test_runner: bool,
    pub tools_only: bool,
    pub user_only: bool,
}

impl QemuFlags {
    pub fn parse(pname: &str) -> Option<QemuFlags> {
        let mut rest = pname.strip_prefix("qemu")?;
        let mut flags = QemuFlags::default();
        for suffix in ["-xen", "-host-cpu-only", "-for-vm-tests", "-utils", "-user"] {
            if let Some(r) = rest.strip_prefix(suffix) {
                rest = r;
                flags.set(suffix);
            }
        }
        rest.is_empty().then_some(flags)
    }

    fn set(&mut self, suffix: &str) {
        match suffix {
            "-xen" => self.xen = true,
            "-host-cpu-only" => self.host_cpu_only = true,
            "-for-vm-tests" => self.nixos_test_runner = true,
            "-utils" => self.tools_only = true,
            _ => self.user_only = true,
        }
    }

    pub fn pname(&self) -> String {
        let mut s = String::from("qemu");
        for (on, suffix) in [
            (self.xen, "-xen"),
            (self.host_cpu_only, "-host-cpu-only"),
            (self.nixos_test_runner, "-for-vm-tests"),
            (self.tools_only, "-utils"),
            (self.user_only, "-user"),
        ] {
            if on {
                s.push_str(suffix);
            }
        }
        s
    }
}

/// A package as far as runners care: its identity in the fake store
/// (`system`, `name`, `variant`), outputs and metadata.
#[derive(Clone, Debug)]
pub struct Package {
    pub name: String,
    pub system: String,
    pub variant: String,
    pub outputs: Vec<String>,
    pub default_output: String,
    pub main_program: Option<String>,
    pub configure_flags: Vec<String>,
    /// The identity was confirmed by the store-path hash (or given).
    pub identified: bool,
    pub is_qemu: bool,
    explicit_outputs: BTreeMap<String, String>,
}

impl Package {
    pub fn pname(&self) -> &str {
        parse_drv_name(&self.name).0
    }

    pub fn version(&self) -> &str {
        parse_drv_name(&self.name).1
    }

    /// `"${pkg}"`: the default output.
    pub fn path(&self) -> String {
        self.explicit_outputs.get(&self.default_output).cloned().unwrap_or_else(|| {
            output_path(&self.system, &self.name, &self.variant, &self.default_output)
        })
    }

    /// `pkg.<output>`.
    pub fn output(&self, o: &str) -> Result<String, Error> {
        if let Some(p) = self.explicit_outputs.get(o) {
            return Ok(p.clone());
        }
        if !self.outputs.iter().any(|x| x == o) {
            return Err(Error::new(
                ErrorKind::Eval,
                format!("attribute '{o}' missing (package {})", self.name),
            ));
        }
        if !self.identified {
            return Err(Error::new(
                ErrorKind::Input,
                format!(
                    "cannot compute the store path of output '{o}' of {}: the package is not in the package table",
                    self.path()
                ),
            ));
        }
        Ok(output_path(&self.system, &self.name, &self.variant, o))
    }

    /// `lib.getBin`: the `bin` output if there is one, else `out`.
    pub fn bin(&self) -> Result<String, Error> {
        if self.outputs.iter().any(|o| o == "bin") {
            self.output("bin")
        } else if self.outputs.iter().any(|o| o == "out") {
            self.output("out")
        } else {
            Ok(self.path())
        }
    }

    /// `lib.getExe'`.
    pub fn exe_named(&self, program: &str) -> Result<String, Error> {
        Ok(format!("{}/bin/{program}", self.bin()?))
    }

    /// `lib.getExe` (falls back to the pname without `meta.mainProgram`).
    pub fn exe(&self) -> Result<String, Error> {
        let program = self.main_program.clone().unwrap_or_else(|| self.pname().to_owned());
        self.exe_named(&program)
    }

    fn require_identity(&self, what: &str) -> Result<(), Error> {
        if self.identified {
            Ok(())
        } else {
            Err(Error::new(
                ErrorKind::Input,
                format!(
                    "cannot compute the store path of {what} of {}: the package is not in the package table",
                    self.path()
                ),
            ))
        }
    }

    /// `qemu.override (oa: ...)` with the pname flags changed by `f`.
    pub fn qemu_override(&self, f: impl FnOnce(&mut QemuFlags)) -> Result<Package, Error> {
        self.require_identity("an override")?;
        let (pname, version) = parse_drv_name(&self.name);
        let mut flags = QemuFlags::parse(pname).ok_or_else(|| {
            Error::new(
                ErrorKind::Input,
                format!("{} is not a QEMU package; cannot override it", self.name),
            )
        })?;
        f(&mut flags);
        let name = format!("{}-{version}", flags.pname());
        Ok(self.derived(name, "|override"))
    }

    /// `pkg.overrideAttrs (oa: { configureFlags = oa.configureFlags ++ extra; })`.
    pub fn override_attrs(&self, extra_flags: &[&str]) -> Result<Package, Error> {
        self.require_identity("an overrideAttrs")?;
        let mut p = self.derived(self.name.clone(), "|overrideAttrs");
        p.configure_flags.extend(extra_flags.iter().map(|s| (*s).to_owned()));
        Ok(p)
    }

    fn derived(&self, name: String, variant_suffix: &str) -> Package {
        Package {
            name,
            system: self.system.clone(),
            variant: format!("{}{variant_suffix}", self.variant),
            outputs: self.outputs.clone(),
            default_output: self.default_output.clone(),
            main_program: self.main_program.clone(),
            configure_flags: self.configure_flags.clone(),
            identified: true,
            is_qemu: self.is_qemu,
            explicit_outputs: BTreeMap::new(),
        }
    }
}

/// The package set of one platform (`pkgs` or `vmHostPackages`).
#[derive(Clone, Copy, Debug)]
pub struct PackageSet<'a> {
    table: &'a PackageTable,
    pub system: &'a str,
}

impl<'a> PackageSet<'a> {
    /// `pkgs.<attr>` for a table package.
    pub fn get(&self, attr: &str) -> Result<Package, Error> {
        let e = self.table.packages.get(attr).ok_or_else(|| {
            Error::new(ErrorKind::Input, format!("package `{attr}' is not in the package table"))
        })?;
        Ok(Package {
            name: e.name.clone(),
            system: self.system.to_owned(),
            variant: String::new(),
            outputs: e.outputs.clone(),
            default_output: e.outputs.first().cloned().unwrap_or_else(|| "out".into()),
            main_program: e.main_program.clone(),
            configure_flags: e.configure_flags.clone(),
            identified: true,
            is_qemu: false,
            explicit_outputs: BTreeMap::new(),
        })
    }

    /// `"${pkgs.<attr>}"`.
    pub fn path(&self, attr: &str) -> Result<String, Error> {
        Ok(self.get(attr)?.path())
    }

    /// `pkgs.netcat` (`libressl.nc`).
    pub fn netcat(&self) -> Result<String, Error> {
        self.get("libressl")?.output("nc")
    }

    /// `pkgs.runtimeShell`.
    pub fn runtime_shell(&self) -> Result<String, Error> {
        Ok(format!("{}/bin/bash", self.path("bash")?))
    }

    /// Store path of a text file built by this package set.
    pub fn text_file(&self, name: &str) -> String {
        text_file_path(self.system, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes() {
        assert_eq!(
            output_path("x86_64-linux", "microvm-qemu-nixos", "", "out"),
            "/nix/store/000000002e7c62506142093c6603aa61-microvm-qemu-nixos"
        );
        assert_eq!(
            output_path(
                "x86_64-linux",
                "qemu-host-cpu-only-for-vm-tests-10.1.2",
                "|override|override",
                "out"
            ),
            "/nix/store/00000000481f7679dff306e34e2594c5-qemu-host-cpu-only-for-vm-tests-10.1.2"
        );
    }

    #[test]
    fn qemu_flags() {
        let f = QemuFlags::parse("qemu-host-cpu-only").map(|f| f.pname());
        assert_eq!(f.as_deref(), Some("qemu-host-cpu-only"));
        assert!(QemuFlags::parse("qemux").is_none());
    }
}
