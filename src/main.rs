//! The `vmcmd` binary: a thin shell over `vmcmd_cli::main`, so that
//! `cargo install --path .` and pre-commit's `language: rust` work.

// The evaluator allocates many small, short-lived objects; mimalloc is
// markedly faster at that than glibc's malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    vmcmd_cli::main()
}
