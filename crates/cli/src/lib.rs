//! The `vmcmd` command line: argument parsing, reading the environment,
//! printing and exit codes. This is the only crate that does any of those;
//! everything below it returns values and diagnostics.
//!
//! Exit codes follow ruff: 0 success, 1 evaluation or lint errors, 2 usage
//! or I/O errors (101 is Rust's panic code and is a bug).

mod alloc;
mod completions_cmd;
mod diff_cmd;
mod eval_cmd;
mod explain_cmd;
mod lint_cmd;
mod list_cmd;
mod show_cmd;

pub use alloc::Mimalloc;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Show, explain and lint the hypervisor command lines of Ghaf's
/// microvm.nix VMs, straight from the Nix files.
#[derive(Parser, Debug)]
#[command(name = "vmcmd", version, long_version = completions_cmd::LONG_VERSION, long_about = None)]
struct Cli {
    /// When to use colour in human output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Let `builtins.getEnv` see this environment variable (repeatable);
    /// without it every variable reads as "".
    #[arg(long, global = true, value_name = "NAME")]
    allow_env: Vec<String>,
    /// Give up evaluating after this many steps (expressions evaluated),
    /// with a diagnostic; default: no budget.
    #[arg(long, global = true, value_name = "N")]
    max_steps: Option<u64>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Output format for diagnostics.
#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum DiagFormat {
    /// A graphical report with source snippets.
    Human,
    /// One line per diagnostic: `path:line:col: severity[code]: message`.
    Concise,
    /// One JSON document.
    Json,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the runner scripts microvm.nix would generate for a VM module
    /// or a VM of a Ghaf checkout.
    Show(show_cmd::ShowArgs),
    /// List the VMs of a Ghaf checkout with hypervisor, memory and vCPUs.
    List(list_cmd::ListArgs),
    /// How every VM's command line changes between two git revisions of a
    /// Ghaf checkout, and which definitions are responsible.
    Diff(diff_cmd::DiffArgs),
    /// Evaluate a Nix file or expression like `nix-instantiate --eval --strict`.
    Eval(eval_cmd::EvalArgs),
    /// Which options and definitions (file:line) produced each argument of
    /// a VM's microvm-run command, or which arguments an option produces.
    Explain(explain_cmd::ExplainArgs),
    /// Lint Nix files and VMs: syntax and evaluation errors, microvm.nix's
    /// assertions and warnings, hypervisor support, host-wide duplicates.
    Lint(lint_cmd::LintArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions_cmd::CompletionsArgs),
    /// Print the vmcmd(1) man page (roff).
    #[command(hide = true)]
    Manpage(completions_cmd::ManpageArgs),
}

/// Runs the CLI and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let _ = eval_cmd::ALLOWED_ENV.set(cli.allow_env.clone());
    let _ = eval_cmd::MAX_STEPS.set(cli.max_steps);
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
        }
    };
    match cli.command {
        Command::Show(args) => show_cmd::run(args, color),
        Command::List(args) => list_cmd::run(args, color),
        Command::Diff(args) => diff_cmd::run(args, color),
        Command::Eval(args) => eval_cmd::run(args, color),
        Command::Explain(args) => explain_cmd::run(args, color),
        Command::Lint(args) => lint_cmd::run(args, cli.color),
        Command::Completions(args) => completions_cmd::run_completions(args),
        Command::Manpage(args) => completions_cmd::run_manpage(args),
    }
}
