//! A Ghaf checkout as vmcmd sees it: which layout era it uses, what its
//! `flake.lock` pins, which VMs its (built-in generic) host runs, and each
//! VM as a [`VmSource`] for `vmcmd_microvm::vm::evaluate`. Mirrors Ghaf's
//! own `flake.nix` (lib extension, `nixosModules` from
//! `modules/*/flake-module.nix`) and the project oracle's `eval-ghaf.nix`
//! (the generic host: `nix/checkout.nix`).

pub mod diff;
pub mod git;
pub mod layout;
pub mod lock;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};
use vmcmd_eval::driver::{Input as DriverInput, Request};
use vmcmd_eval::precompiled::Precompiled;
use vmcmd_eval::{EvalError, EvalResult, Evaluator, Settings};
use vmcmd_microvm::Epoch;
use vmcmd_microvm::vm::VmSource;

pub use layout::Layout;
pub use lock::{FlakeLock, Pin};

/// Where the checkout model lives in the evaluator's file namespace.
pub const ROOT: &str = "/__vmcmd/ghaf";

/// The checkout model's files, relative to [`ROOT`].
pub const FILES: &[(&str, &str)] = &[
    ("checkout.nix", include_str!("../nix/checkout.nix")),
    ("flake-parts.nix", include_str!("../nix/flake-parts.nix")),
    ("microvm-host.nix", include_str!("../nix/microvm-host.nix")),
    ("nixos-host-stubs.nix", include_str!("../nix/nixos-host-stubs.nix")),
    ("jetpack-nixos.nix", include_str!("../nix/jetpack-nixos.nix")),
];

/// Where `modulesPath` points for the NixOS evaluations of a checkout.
pub const NIXOS_MODULES: &str = "/__vmcmd/nixos/modules";

/// NixOS modules Ghaf imports through `modulesPath`; vmcmd's NixOS model
/// has none of them, so they are empty (their options are undeclared, so
/// definitions of them are ignored like any other NixOS option's).
const NIXOS_MODULE_STUBS: &[&str] = &[
    "installer/sd-card/sd-image.nix",
    "installer/cd-dvd/installation-cd-minimal.nix",
    "installer/cd-dvd/iso-image.nix",
    "installer/netboot/netboot-minimal.nix",
    "profiles/minimal.nix",
    "profiles/qemu-guest.nix",
    "profiles/all-hardware.nix",
    "profiles/base.nix",
    "testing/test-instrumentation.nix",
    "virtualisation/disk-image.nix",
    "virtualisation/qemu-vm.nix",
    "virtualisation/vmware-image.nix",
];

/// The `.nix` files of [`FILES`], lowered at build time (`build.rs`).
pub const PRECOMPILED: Precompiled =
    Precompiled(include_bytes!(concat!(env!("OUT_DIR"), "/precompiled.bin")));

/// Lets the checkout's Nix files be parsed on a second thread while an
/// evaluator with `settings` works (see `vmcmd_eval::parse_cache`); keeps
/// the cache `settings` already has, so evaluators can share one.
pub fn parse_ahead(settings: &mut Settings, checkout: &Checkout) {
    let cache = settings.parse_cache.get_or_insert_with(vmcmd_eval::parse_cache::ParseCache::new);
    cache.parse_ahead(&checkout.root, settings.max_file_size);
}

/// Makes vmcmd's lib, nixpkgs, microvm.nix model and checkout model
/// visible to an evaluator.
pub fn install(settings: &mut Settings) {
    vmcmd_microvm::vm::install(settings);
    for (rel, text) in FILES {
        settings.virtual_files.insert(PathBuf::from(format!("{ROOT}/{rel}")), (*text).into());
    }
    settings.precompiled.push(PRECOMPILED);
    // the source trees of flake inputs outside the checkout
    settings.empty_trees.push(PathBuf::from("/__vmcmd/inputs"));
    for rel in NIXOS_MODULE_STUBS {
        settings.virtual_files.insert(
            PathBuf::from(format!("{NIXOS_MODULES}/{rel}")),
            format!("# vmcmd: NixOS's {rel} is not modelled\n{{ }}\n").into(),
        );
    }
}

/// Why a directory cannot be read as a Ghaf checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError(pub String);

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A flake input the checkout references but does not contain, which
/// vmcmd replaces with an empty module (or identity overlay, or empty set).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ExternalRef {
    pub input: String,
    pub kind: String,
    /// Empty for `inputs.X.flakeModule`.
    pub name: String,
    /// Written as `inputs.X…`; otherwise `X…` (`inherit (inputs) X`), which
    /// counts only when the flake declares an input `X`.
    pub qualified: bool,
}

impl ExternalRef {
    /// `inputs.givc.nixosModules.admin`
    pub fn path(&self) -> String {
        if self.name.is_empty() {
            format!("inputs.{}.{}", self.input, self.kind)
        } else {
            format!("inputs.{}.{}.{}", self.input, self.kind, self.name)
        }
    }
}

/// An opened checkout.
#[derive(Debug, Clone)]
pub struct Checkout {
    /// Absolute path of the checkout's top directory.
    pub root: PathBuf,
    pub layout: Layout,
    /// `None` when there is no (readable) `flake.lock`.
    pub lock: Option<FlakeLock>,
    /// Flake inputs referenced as `inputs.X.nixosModules.Y` (or
    /// `overlays`, `lib`, `packages`) that vmcmd stubs.
    pub external: Vec<ExternalRef>,
}

/// How to evaluate a checkout.
#[derive(Debug, Clone)]
pub struct Options {
    /// `lib.ghaf.profiles.<profile>` for the host's global config.
    pub profile: String,
    /// The host (and guest) system.
    pub system: String,
    /// A `nixosConfigurations` entry of the checkout's flake; `None`: the
    /// built-in generic host.
    pub target: Option<String>,
    /// The microvm.nix revision to reproduce instead of the pinned one.
    pub microvm: Option<String>,
    /// The nixpkgs release to reproduce instead of the pinned one.
    pub nixpkgs: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            profile: "debug".into(),
            system: "x86_64-linux".into(),
            target: None,
            microvm: None,
            nixpkgs: None,
        }
    }
}

/// Inputs whose references are resolved by the model itself.
const RESOLVED_INPUTS: &[&str] = &["self", "nixpkgs"];

impl Checkout {
    /// Reads what can be known without evaluating: the layout, the pins
    /// and the external references. `dir` must be a directory with a
    /// `flake.nix` (or, for the oldest layouts, a `flake.nix`-less tree
    /// with Ghaf's directories).
    pub fn open(dir: &Path) -> Result<Checkout, OpenError> {
        let root = dir
            .canonicalize()
            .map_err(|e| OpenError(format!("cannot read '{}': {e}", dir.display())))?;
        if !root.is_dir() {
            return Err(OpenError(format!("'{}' is not a directory", dir.display())));
        }
        let layout = layout::detect(&root);
        if layout == Layout::NotGhaf {
            return Err(OpenError(format!(
                "'{}' does not look like a Ghaf checkout (no flake.nix with modules/ or \
                 microvmConfigurations/)",
                dir.display()
            )));
        }
        let lock = std::fs::read_to_string(root.join("flake.lock"))
            .ok()
            .and_then(|t| FlakeLock::parse(&t));
        let mut external = scan_external(&root);
        // unqualified references (`inherit (inputs) X; X.nixosModules.Y`)
        // are kept for the flake's declared inputs only
        let flake = std::fs::read_to_string(root.join("flake.nix")).unwrap_or_default();
        external.retain(|e| {
            e.qualified
                || flake.contains(&format!("{}.url", e.input))
                || flake.contains(&format!("{} = {{", e.input))
        });
        Ok(Checkout { root, layout, lock, external })
    }

    /// The checkout-relative form of a path inside it.
    pub fn relative(&self, path: &str) -> String {
        Path::new(path)
            .strip_prefix(&self.root)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| path.to_string())
    }

    /// The microvm.nix revision and nixpkgs release the VMs are generated
    /// for: `opts.microvm` / `opts.nixpkgs`, else what `flake.lock` pins
    /// (a revision vmcmd does not model falls back to the nearest older
    /// modelled one; [`Epoch::notes`] says so).
    pub fn epoch(&self, opts: &Options) -> Epoch {
        let pinned = self.lock.as_ref().map(FlakeLock::epoch);
        let release = opts
            .nixpkgs
            .clone()
            .or_else(|| self.lock.as_ref().and_then(FlakeLock::nixpkgs_release));
        let chosen = match (&opts.microvm, pinned) {
            (Some(rev), _) => Epoch::select(rev, None, release.as_deref()),
            (None, Some(Ok(mut e))) => {
                if let Some(n) = &opts.nixpkgs {
                    e.set_nixpkgs(n);
                }
                Ok(e)
            }
            (None, Some(Err(m))) => Err(m),
            (None, None) => Epoch::select(lock::MICROVM_REV, None, release.as_deref()),
        };
        chosen.unwrap_or_else(|m| {
            let mut e = Epoch::current();
            e.notes.push(format!(
                "{m}; showing what {} generates",
                vmcmd_microvm::epoch::CURRENT.short
            ));
            e
        })
    }

    /// What vmcmd assumed to evaluate the checkout for `epoch`, for the user.
    pub fn assumptions(&self, epoch: &Epoch) -> Vec<String> {
        let mut inputs: Vec<&str> = self
            .external
            .iter()
            .filter(|e| {
                // modelled: microvm.nix's guest and host modules, flake-parts, flake-utils
                !(e.input == "microvm"
                    && e.kind == "nixosModules"
                    && (e.name == "microvm" || e.name == "host"))
                    && e.input != "flake-parts"
                    && e.input != "flake-utils"
                    && !models_jetpack(e)
            })
            .map(|e| e.input.as_str())
            .collect();
        inputs.dedup();
        let mut out = Vec::new();
        if !inputs.is_empty() {
            out.push(format!(
                "flake inputs outside the checkout are empty modules, identity overlays and empty \
                 sets: {}",
                inputs.join(", ")
            ));
        }
        if self.external.iter().any(models_jetpack) {
            out.push(
                "inputs.jetpack-nixos.{nixosModules,overlays}.default are vmcmd's model of \
                 jetpack-nixos: a symbolic `nvidia-jetpack` package set (JetPack 6.2.1, L4T \
                 36.4.4; illustrative store paths), its `hardware.nvidia-jetpack.*` options \
                 undeclared"
                    .to_string(),
            );
        }
        out.push(format!(
            "inputs.microvm.nixosModules.{{microvm,host}} are vmcmd's models of {}",
            epoch.describe()
        ));
        out.extend(epoch.notes.iter().cloned());
        if let Some(pin) = self.lock.as_ref().and_then(|l| l.nixpkgs.as_ref()) {
            out.push(format!(
                "the checkout pins nixpkgs {}: vmcmd evaluates with its built-in nixpkgs lib \
                 (nixos-26.05; lib.escapeShellArg as in nixpkgs {}) and nixpkgs {}'s package versions",
                pin.describe(),
                epoch.nixpkgs,
                epoch.package_table
            ));
        }
        out
    }

    /// The Nix expression of the checkout model for `opts`, imported
    /// from one in-memory file so that every VM shares lib and modules.
    fn instance(&self, ev: &mut Evaluator, opts: &Options) -> String {
        use sha2::Digest;
        // the model follows the epoch; set before anything is imported
        let epoch = self.epoch(opts);
        if vmcmd_microvm::nixos::epoch_text(&ev.settings) != Some(epoch.to_nix().as_str()) {
            vmcmd_microvm::nixos::set_epoch(&mut ev.settings, &epoch);
        }
        let external: Vec<Json> = self
            .external
            .iter()
            .map(|e| {
                let name = if e.name.is_empty() { Json::Null } else { json!(e.name) };
                json!({ "input": e.input, "kind": e.kind, "name": name, "qualified": e.qualified })
            })
            .collect();
        let text = format!(
            "import {ROOT}/checkout.nix {{ src = /. + {}; profile = {}; system = {}; external = builtins.fromJSON {}; }}",
            nix_string(&self.root.display().to_string()),
            nix_string(&opts.profile),
            nix_string(&opts.system),
            nix_string(&Json::Array(external).to_string()),
        );
        let hex: String =
            sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        let path = format!("{ROOT}/instance-{hex}.nix");
        ev.settings.virtual_files.entry(path.clone().into()).or_insert_with(|| text.into());
        format!("(import {})", nix_string(&path))
    }

    /// The Nix expression of the host's VM set: `{ <vm> = { file; eval; }; }`.
    fn host_vms(&self, ev: &mut Evaluator, opts: &Options) -> String {
        let instance = self.instance(ev, opts);
        match &opts.target {
            None => format!("{instance}.vms"),
            Some(t) => format!("({instance}.target {})", nix_string(t)),
        }
    }

    /// The source of one VM, for `vmcmd_microvm::vm::evaluate`.
    pub fn vm_source(&self, ev: &mut Evaluator, opts: &Options, vm: &str) -> VmSource {
        let vms = self.host_vms(ev, opts);
        let source = VmSource::expression(
            format!(
                "ghaf\0{}\0{}\0{}\0{}\0{vm}",
                self.root.display(),
                opts.profile,
                opts.system,
                opts.target.as_deref().unwrap_or("")
            ),
            format!("{{ eval = {vms}.${{{}}}.eval; }}", nix_string(vm)),
        );
        // options the pinned microvm.nix has and the modelled revision
        // removed are findings, not errors, when the two differ
        let epoch = self.epoch(opts);
        let pinned = self.lock.as_ref().and_then(|l| l.microvm.as_ref());
        let source = match pinned {
            Some(pin)
                if pin.rev.as_deref().is_some_and(|r| !epoch.revision().rev.starts_with(r)) =>
            {
                source.removed_options_are_findings(format!(
                    "the checkout pins microvm.nix {}, vmcmd generates what {} does",
                    pin.describe(),
                    epoch.revision().short
                ))
            }
            _ => source,
        };
        source.with_epoch(epoch)
    }

    /// The checkout's targets: its flake's `nixosConfigurations` names.
    pub fn targets(&self, ev: &mut Evaluator, opts: &Options) -> EvalResult<Vec<String>> {
        self.check_layout_for(Some(""))?;
        let instance = self.instance(ev, opts);
        let json = eval_json(ev, &format!("{instance}.targets"))?;
        Ok(json
            .as_array()
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default())
    }

    /// Targets (the flake's `nixosConfigurations`) are evaluated the same
    /// way in every layout that has a flake with them; the generic host
    /// needs the composition layout's `lib.ghaf.vm`.
    fn check_layout_for(&self, target: Option<&str>) -> EvalResult<()> {
        if self.layout.supported() || (target.is_some() && self.layout.has_flake_targets()) {
            return Ok(());
        }
        Err(EvalError::new(
            vmcmd_eval::ErrorKind::Other,
            format!(
                "vmcmd cannot evaluate this checkout's layout yet: {} (supported: {})",
                self.layout.describe(),
                Layout::Composition.describe()
            ),
        ))
    }

    /// The VMs of the host, with the file that defines each (relative).
    pub fn vms(
        &self,
        ev: &mut Evaluator,
        opts: &Options,
    ) -> EvalResult<Vec<(String, Option<String>)>> {
        self.check_layout_for(opts.target.as_deref())?;
        let instance = self.instance(ev, opts);
        let vms = self.host_vms(ev, opts);
        if let Some(t) = &opts.target {
            let targets = self.targets(ev, opts)?;
            if !targets.contains(t) {
                let close: Vec<&String> = targets
                    .iter()
                    .filter(|n| n.starts_with(t.as_str()) || t.starts_with(n.as_str()))
                    .take(5)
                    .collect();
                return Err(EvalError::new(
                    vmcmd_eval::ErrorKind::Other,
                    format!(
                        "the checkout has no target '{t}'{} (`vmcmd list DIR --targets` lists its {} targets)",
                        if close.is_empty() {
                            String::new()
                        } else {
                            format!(
                                "; did you mean {}?",
                                close
                                    .iter()
                                    .map(|c| format!("'{c}'"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        },
                        targets.len()
                    ),
                ));
            }
        }
        let generic = opts.target.is_none();
        let view = format!(
            "let c = {instance}; in if {generic} && c.layout == null then throw \"vmcmd: this checkout's lib/ has no lib.ghaf.vm.mkHostConfig (not the composition layout)\" else builtins.mapAttrs (_: v: v.file) {vms}"
        );
        let json = eval_json(ev, &view)?;
        let Json::Object(map) = json else { return Ok(Vec::new()) };
        Ok(map
            .into_iter()
            .map(|(name, file)| (name, file.as_str().map(|f| self.relative(f))))
            .collect())
    }
}

/// One row of `vmcmd list`.
#[derive(Debug, Clone)]
pub struct VmSummary {
    pub name: String,
    /// The file that defines the VM, relative to the checkout.
    pub file: Option<String>,
    /// `microvm.hypervisor`, `microvm.mem`, `microvm.vcpu` …
    pub hypervisor: Option<String>,
    pub mem: Option<i64>,
    pub vcpu: Option<i64>,
    /// Why the VM could not be evaluated.
    pub error: Option<Box<EvalError>>,
}

/// Lists the host's VMs with their hypervisor, memory and vCPUs. A VM
/// that fails to evaluate is listed with its error.
/// `progress` is called with each VM's name before it is evaluated.
pub fn list(
    ev: &mut Evaluator,
    checkout: &Checkout,
    opts: &Options,
    progress: &mut dyn FnMut(&str),
) -> EvalResult<Vec<VmSummary>> {
    let vms = checkout.vms(ev, opts)?;
    let mut out = Vec::new();
    for (name, file) in vms {
        progress(&name);
        let source = checkout.vm_source(ev, opts, &name);
        let view = "let m = eval.config.microvm; in { inherit (m) hypervisor mem vcpu; }";
        let mut row =
            VmSummary { name, file, hypervisor: None, mem: None, vcpu: None, error: None };
        match vmcmd_microvm::vm::evaluate_source_view(ev, &source, view) {
            Ok(v) => {
                row.hypervisor = v["hypervisor"].as_str().map(str::to_string);
                row.mem = v["mem"].as_i64();
                row.vcpu = v["vcpu"].as_i64();
            }
            Err(e) => row.error = Some(e),
        }
        out.push(row);
    }
    Ok(out)
}

fn eval_json(ev: &mut Evaluator, expr: &str) -> EvalResult<Json> {
    let req = Request {
        input: DriverInput::Expr(expr.to_string()),
        auto_args: Vec::new(),
        attr_path: None,
        json: true,
    };
    let text = vmcmd_eval::driver::run(ev, &req)?;
    serde_json::from_str(&text)
        .map_err(|e| EvalError::new(vmcmd_eval::ErrorKind::Other, format!("internal error: {e}")))
}

/// A Nix string literal.
fn nix_string(s: &str) -> String {
    Json::String(s.to_string()).to_string().replace('$', "\\$")
}

/// Finds `inputs.<input>.<kind>.<name>` references to flake inputs the
/// model does not provide, in every `.nix` file of the checkout (hidden
/// directories and `result*` links skipped; files over 1 MiB skipped).
fn scan_external(root: &Path) -> Vec<ExternalRef> {
    let mut found = BTreeSet::new();
    let mut stack = vec![root.to_path_buf()];
    let mut files = 0usize;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name.starts_with("result") {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            if ft.is_dir() {
                stack.push(path);
            } else if (ft.is_file() || (ft.is_symlink() && path.is_file()))
                && name.ends_with(".nix")
            {
                files += 1;
                if files > 20_000 {
                    return found.into_iter().collect();
                }
                if entry.metadata().map(|m| m.len() > 1 << 20).unwrap_or(true) {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                found.extend(
                    references(&text)
                        .into_iter()
                        .filter(|r| !RESOLVED_INPUTS.contains(&r.input.as_str())),
                );
            }
        }
    }
    found.into_iter().collect()
}

/// What a flake input can provide, as `X.<kind>.<name>`.
const NAMED_KINDS: &[&str] = &["nixosModules", "overlays", "lib", "packages", "homeManagerModules"];

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'\'' | b'-')
}

/// The input references in one file's text: `[inputs.]X.<kind>.<name>`
/// for the kinds above, `inputs.X.flakeModule` and
/// `inputs.X.packages.${…}` (per-system packages). A hand-written scanner:
/// a regex over every file of a Ghaf tree cost a sixth of `vmcmd list`.
fn references(text: &str) -> Vec<ExternalRef> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for kind in NAMED_KINDS.iter().chain(&["flakeModule"]) {
        let needle = format!(".{kind}");
        for (pos, _) in text.match_indices(&needle) {
            let after = pos + needle.len();
            if bytes.get(after).is_some_and(|&c| is_ident(c)) {
                continue; // `.library`, `.flakeModules`
            }
            let mut start = pos;
            while start > 0 && is_ident(bytes[start - 1]) {
                start -= 1;
            }
            // an identifier starts with a letter or `_`
            while start < pos && !(bytes[start].is_ascii_alphabetic() || bytes[start] == b'_') {
                start += 1;
            }
            if start == pos {
                continue;
            }
            let input = &text[start..pos];
            let qualified = text[..start].ends_with("inputs.")
                && !text[..start - "inputs.".len()]
                    .ends_with(|c: char| is_ident(c as u8) || c == '.');
            let rest = &text[after..];
            if *kind == "flakeModule" || (rest.starts_with(".${") && *kind == "packages") {
                if qualified {
                    out.push(ExternalRef {
                        input: input.to_string(),
                        kind: (*kind).to_string(),
                        name: String::new(),
                        qualified: true,
                    });
                }
                continue;
            }
            let Some(name) = rest.strip_prefix('.') else { continue };
            let len = name.bytes().take_while(|&c| is_ident(c)).count();
            if len == 0 || !(name.as_bytes()[0].is_ascii_alphabetic() || name.as_bytes()[0] == b'_')
            {
                continue;
            }
            out.push(ExternalRef {
                input: input.to_string(),
                kind: (*kind).to_string(),
                name: name[..len].to_string(),
                qualified,
            });
        }
    }
    out
}

/// Whether `e` is a jetpack-nixos output vmcmd models (`nix/jetpack-nixos.nix`)
/// rather than a stand-in.
fn models_jetpack(e: &ExternalRef) -> bool {
    e.input == "jetpack-nixos"
        && (e.kind == "nixosModules" || e.kind == "overlays")
        && e.name == "default"
}

#[cfg(test)]
mod tests {
    use super::references;

    fn refs(text: &str) -> Vec<String> {
        let mut v: Vec<String> = references(text)
            .iter()
            .map(|r| format!("{}{}", if r.qualified { "" } else { "~" }, r.path()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn input_references() {
        assert_eq!(
            refs("imports = [ inputs.givc.nixosModules.admin inputs.microvm.nixosModules.host ];"),
            ["inputs.givc.nixosModules.admin", "inputs.microvm.nixosModules.host"]
        );
        assert_eq!(
            refs("x = jetpack-nixos.nixosModules.default;"),
            ["~inputs.jetpack-nixos.nixosModules.default"]
        );
        assert_eq!(
            refs("inputs.ghaf-dm.packages.${system}.default; inputs.treefmt-nix.flakeModule"),
            ["inputs.ghaf-dm.packages", "inputs.treefmt-nix.flakeModule"]
        );
        // not references: other words, plural flakeModules, a deeper path
        assert_eq!(refs("pkgs.library.x inputs.a.flakeModules.b"), Vec::<String>::new());
        assert_eq!(refs("self.inputs.x.overlays.default"), ["~inputs.x.overlays.default"]);
    }
}
