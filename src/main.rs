//! The `vmcmd` binary: a thin shell over `vmcmd_cli::main`, so that
//! `cargo install --path .` and pre-commit's `language: rust` work.

fn main() -> std::process::ExitCode {
    vmcmd_cli::main()
}
