//! microvm.nix semantics: the hypervisor runners (`lib/runners/*.nix`) and
//! the runner scripts (`lib/runner.nix`) of microvm.nix 71beea0, the
//! revision Ghaf pins, generated from an evaluated `config.microvm`.
//!
//! The input is the evaluated configuration as JSON (the shape of the
//! oracle's `config` key: `microvm.*`, `networking.hostName`, with
//! derivations as store paths), the guest and VM-host platforms and a
//! [`PackageTable`]. The output is a [`Runner`]: every `bin/` script text,
//! the text files they reference, the package's passthru facts and
//! `share/microvm` metadata, the evaluation warnings, and the hypervisor
//! [`Command`] as a list of [`Arg`]s that remember which `microvm.*`
//! options produced them. A configuration that microvm.nix rejects gives an
//! [`Error`] with microvm.nix's own message.

pub mod config;
pub mod epoch;
pub mod explain;
pub mod nix;
pub mod nixos;
pub mod oracle;
pub mod packages;
pub mod rewrite;
mod runner;
mod runners;
pub mod vm;

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

pub use epoch::Epoch;
pub use packages::{Package, PackageTable};

/// The hypervisors microvm.nix has runners for, in `lib/default.nix` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hypervisor {
    Qemu,
    CloudHypervisor,
    Firecracker,
    Crosvm,
    Kvmtool,
    Stratovirt,
    Alioth,
    Vfkit,
}

impl Hypervisor {
    pub const ALL: [Hypervisor; 8] = [
        Hypervisor::Qemu,
        Hypervisor::CloudHypervisor,
        Hypervisor::Firecracker,
        Hypervisor::Crosvm,
        Hypervisor::Kvmtool,
        Hypervisor::Stratovirt,
        Hypervisor::Alioth,
        Hypervisor::Vfkit,
    ];

    /// The `microvm.hypervisor` value.
    pub fn name(self) -> &'static str {
        match self {
            Hypervisor::Qemu => "qemu",
            Hypervisor::CloudHypervisor => "cloud-hypervisor",
            Hypervisor::Firecracker => "firecracker",
            Hypervisor::Crosvm => "crosvm",
            Hypervisor::Kvmtool => "kvmtool",
            Hypervisor::Stratovirt => "stratovirt",
            Hypervisor::Alioth => "alioth",
            Hypervisor::Vfkit => "vfkit",
        }
    }

    pub fn from_name(name: &str) -> Option<Hypervisor> {
        Hypervisor::ALL.into_iter().find(|h| h.name() == name)
    }
}

impl fmt::Display for Hypervisor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a runner is generated from.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The evaluated configuration: an object with `microvm` (all of
    /// `config.microvm`) and `networking.hostName` (default `nixos`).
    /// Packages are store-path strings or objects with `outPath` (see
    /// [`PackageTable::resolve`]).
    pub config: &'a Value,
    /// Guest platform (`pkgs.stdenv.hostPlatform.system`).
    pub system: &'a str,
    /// Platform of `microvm.vmHostPackages`.
    pub vm_host_system: &'a str,
    pub packages: &'a PackageTable,
    /// Build `microvm.runner.<hypervisor>` instead of the declared runner.
    pub hypervisor: Option<Hypervisor>,
    /// `config.system.build.toplevel`; derived from the `init=` kernel
    /// parameter when absent.
    pub toplevel: Option<&'a str>,
    /// The microvm.nix revision and nixpkgs release to reproduce.
    pub epoch: &'a Epoch,
}

/// How an argument is put on the shell line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quoting {
    /// Through `lib.escapeShellArg`.
    Escaped,
    /// Spliced verbatim (device arguments, kvmtool's unquoted words).
    Raw,
}

/// One word of the hypervisor command as microvm.nix's argument list has
/// it, with the option paths it was computed from (`microvm.mem`,
/// `microvm.volumes.0.image`, `networking.hostName`, ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arg {
    pub text: String,
    pub quoting: Quoting,
    pub sources: Vec<String>,
}

impl Arg {
    /// The word as it appears in the script.
    pub fn rendered(&self) -> String {
        match self.quoting {
            Quoting::Escaped => nix::escape_shell_arg(&self.text),
            Quoting::Raw => self.text.clone(),
        }
    }
}

impl Arg {
    /// The word as nixpkgs before 24.11 put it in the script: escaped
    /// words are all quoted (NixOS/nixpkgs #333744 changed that).
    pub fn rendered_all_quoted(&self) -> String {
        match self.quoting {
            Quoting::Escaped => nix::escape_shell_arg_quoted(&self.text),
            Quoting::Raw => self.text.clone(),
        }
    }
}

/// The hypervisor command: segments joined by one space, each segment's
/// words joined by one space (an empty segment therefore leaves a double
/// space, as in microvm.nix).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Command {
    pub segments: Vec<Vec<Arg>>,
    /// vfkit with a socket runs `bash -c '<script>'`; the words of the
    /// vfkit command inside that script are kept here.
    pub inner: Option<Vec<Arg>>,
    /// `lib.escapeShellArg` quotes every word (nixpkgs before 24.11).
    pub quote_all: bool,
}

impl Command {
    /// The command text as spliced into `microvm-run`.
    pub fn render(&self) -> String {
        let word = |a: &Arg| if self.quote_all { a.rendered_all_quoted() } else { a.rendered() };
        self.segments
            .iter()
            .map(|seg| seg.iter().map(word).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// All words in order.
    pub fn args(&self) -> impl Iterator<Item = &Arg> {
        self.segments.iter().flatten()
    }
}

/// A `bin/` script of the runner package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Script {
    pub store_path: String,
    /// Full text, shebang included.
    pub text: String,
}

/// A text file a script or the hypervisor reads (firecracker's config JSON,
/// its CPU template).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextFile {
    pub name: String,
    /// `text` or `json` (compact `builtins.toJSON`).
    pub kind: &'static str,
    pub executable: bool,
    pub text: String,
}

/// `passthru` of the runner package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passthru {
    pub can_shutdown: bool,
    pub supports_notify_socket: bool,
    pub tap_multi_queue: bool,
    pub hypervisor: Hypervisor,
    pub register_with_machined: bool,
    pub machine_id: Option<String>,
}

/// A file below `share/microvm/`, with its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareFile {
    pub path: String,
    pub lines: Vec<String>,
}

/// The runner package `microvm-<hypervisor>-<hostName>`.
#[derive(Clone, Debug)]
pub struct Runner {
    pub hypervisor: Hypervisor,
    pub host_name: String,
    pub name: String,
    pub store_path: String,
    pub main_program: &'static str,
    pub command: Command,
    /// `bin/<name>` → script, in name order.
    pub scripts: BTreeMap<String, Script>,
    /// Store path → file, for the files the runner itself writes.
    pub files: BTreeMap<String, TextFile>,
    pub passthru: Passthru,
    pub share_microvm: Vec<ShareFile>,
    pub system_symlink: Option<String>,
    /// The package's build script (`ln -s`, `echo … > $out/share/microvm/…`).
    pub build_command: String,
    /// `lib.warn` messages emitted while generating, in order.
    pub warnings: Vec<String>,
}

impl Runner {
    /// Text of `bin/microvm-run`.
    pub fn run_script(&self) -> &str {
        self.scripts.get("microvm-run").map_or("", |s| s.text.as_str())
    }

    pub fn script(&self, name: &str) -> Option<&str> {
        self.scripts.get(name).map(|s| s.text.as_str())
    }
}

/// Why generation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A `throw` in microvm.nix (message as microvm.nix words it).
    Throw,
    /// Another evaluation error microvm.nix's code runs into (missing
    /// attribute, null interpolated into a string, ...).
    Eval,
    /// The input does not have the expected shape.
    Input,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// The option path involved, when known.
    pub option: Option<String>,
    /// Warnings emitted before the failure.
    pub warnings: Vec<String>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), option: None, warnings: Vec::new() }
    }

    pub fn throw(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Throw, message)
    }

    pub fn at(mut self, option: &str) -> Self {
        if self.option.is_none() {
            self.option = Some(option.to_owned());
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Generates the runner package microvm.nix builds for `input`.
pub fn generate(input: &Input<'_>) -> Result<Runner, Error> {
    runner::generate(input)
}
