//! `vmcmd completions SHELL` (clap_complete), the hidden `vmcmd manpage`
//! (clap_mangen) and the long `--version` text. Both subcommands write to
//! stdout; the Nix package runs them in `postInstall` and installs the
//! results with `installShellFiles`.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::Cli;

/// `vmcmd --version`: the crate version, then the upstream revisions whose
/// semantics vmcmd reproduces (`-V` prints the first line only).
pub(crate) const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\nmicrovm.nix 71beea0076cd46dafcee97a5a2e7d00cbba5bd2f (options and runners, default)",
    "\nmicrovm.nix revisions modelled (--microvm, or from flake.lock): c527054 (2023-02-10, \
     Ghaf fork wip_hacks_2), d578ed4 (2023-04-14, ghaf-23.05), 03e7f11 (2023-09-12, ghaf-23.09), \
     470537e (2024-10-08, ghaf-24.09; qemu runner only), 5bbc126 (2025-03-13, ghaf-25.03; qemu \
     runner only), c5a04bc (2026-07-07, ghaf-26.07.1), 71beea0 (2026-08-09, Ghaf main); others \
     fall back to the nearest older one of their era (2023, or 2024 on: at least 470537e)",
    "\nnixpkgs package tables (--nixpkgs): 22.11, 23.05, 26.05 (releases without a table: the \
     nearest older one before 24.05, the nearest newer one from 24.05 on); lib.escapeShellArg \
     quotes every word before 24.11",
    "\nnixpkgs lib 20dd424ff28fae4e89a8154f744743dafd902fe4 (lib and module system)",
);

/// Arguments of `vmcmd completions`.
#[derive(Args, Debug)]
pub(crate) struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    shell: Shell,
}

/// Arguments of `vmcmd manpage` (none).
#[derive(Args, Debug)]
pub(crate) struct ManpageArgs {}

fn emit(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vmcmd: cannot write to stdout: {e}");
            ExitCode::from(2)
        }
    }
}

/// Writes the completion script for `args.shell` to stdout.
pub(crate) fn run_completions(args: CompletionsArgs) -> ExitCode {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "vmcmd", &mut out);
    emit(&out)
}

/// Writes the `vmcmd(1)` man page (roff) to stdout.
pub(crate) fn run_manpage(_args: ManpageArgs) -> ExitCode {
    let mut out = Vec::new();
    if let Err(e) = clap_mangen::Man::new(Cli::command()).render(&mut out) {
        eprintln!("vmcmd: cannot render the man page: {e}");
        return ExitCode::from(2);
    }
    emit(&out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_version_lists_every_modelled_revision() {
        for r in &vmcmd_microvm::epoch::REVISIONS {
            assert!(super::LONG_VERSION.contains(r.short), "{} missing", r.short);
        }
        for r in vmcmd_microvm::epoch::RELEASES {
            assert!(super::LONG_VERSION.contains(r), "{r} missing");
        }
    }
}
