//! The `vmcmd` binary: a thin shell over `vmcmd_cli::main`, so that
//! `cargo install --path .` and pre-commit's `language: rust` work.

// The evaluator allocates many small, short-lived objects.
#[global_allocator]
static GLOBAL: vmcmd_cli::Mimalloc = vmcmd_cli::Mimalloc;

fn main() -> std::process::ExitCode {
    vmcmd_cli::main()
}
