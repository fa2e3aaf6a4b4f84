//! `vmcmd eval`: evaluate a file or expression and print it like
//! `nix-instantiate --eval --strict [--json]`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use vmcmd_diagnostics::{Diagnostic, Format, Severity};
use vmcmd_eval::driver::{AutoArg, Input, Request};
use vmcmd_eval::{EvalError, Evaluator, Settings};

use crate::DiagFormat;

/// Arguments of `vmcmd eval`.
#[derive(Args, Debug)]
pub(crate) struct EvalArgs {
    /// The file to evaluate (a directory means its `default.nix`).
    #[arg(conflicts_with = "expr", required_unless_present = "expr")]
    file: Option<PathBuf>,
    /// Evaluate this expression instead of a file.
    #[arg(long = "expr", short = 'E')]
    expr: Option<String>,
    /// Print the value as JSON.
    #[arg(long)]
    json: bool,
    /// Add a search path entry (`PATH` or `PREFIX=PATH`), before `NIX_PATH`.
    #[arg(short = 'I', long = "include", value_name = "PATH")]
    include: Vec<String>,
    /// Pass `NAME = EXPR` to a top-level function.
    #[arg(long = "arg", num_args = 2, value_names = ["NAME", "EXPR"])]
    arg: Vec<String>,
    /// Pass `NAME = "STRING"` to a top-level function.
    #[arg(long = "argstr", num_args = 2, value_names = ["NAME", "STRING"])]
    argstr: Vec<String>,
    /// Select an attribute path of the result.
    #[arg(short = 'A', long = "attr")]
    attr: Option<String>,
    /// `builtins.currentSystem`.
    #[arg(long, default_value = "x86_64-linux")]
    system: String,
    /// Print the evaluation trace with errors.
    #[arg(long)]
    show_trace: bool,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = DiagFormat::Human)]
    format: DiagFormat,
}

fn parse_search_entry(s: &str, cwd: &std::path::Path) -> (String, PathBuf) {
    let (prefix, path) = match s.split_once('=') {
        Some((p, rest)) => (p.to_string(), rest),
        None => (String::new(), s),
    };
    let path = PathBuf::from(path);
    let path = if path.is_absolute() { path } else { cwd.join(path) };
    (prefix, path)
}

/// The settings for a run, read from the process environment.
pub(crate) fn settings_from_env(include: &[String], system: &str) -> Settings {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    let mut search_path: Vec<(String, PathBuf)> =
        include.iter().map(|s| parse_search_entry(s, &cwd)).collect();
    if let Ok(np) = std::env::var("NIX_PATH") {
        for entry in np.split(':').filter(|s| !s.is_empty()) {
            search_path.push(parse_search_entry(entry, &cwd));
        }
    }
    let mut settings = Settings {
        search_path,
        current_system: system.to_string(),
        home: std::env::var("HOME").ok(),
        env: ALLOWED_ENV
            .get()
            .into_iter()
            .flatten()
            .filter_map(|n| std::env::var(n).ok().map(|v| (n.clone(), v)))
            .collect(),
        max_steps: MAX_STEPS.get().copied().flatten(),
        cwd,
        current_time: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64),
        ..Settings::default()
    };
    // `<nixpkgs>` falls back to the built-in nixpkgs (its `lib`).
    vmcmd_ghaf::install(&mut settings);
    settings
}

/// The project a directory belongs to: the git work tree containing it,
/// else the outermost directory above it with a `flake.nix` (a checkout
/// without `.git`), else the directory itself.
fn project_root(dir: &Path) -> PathBuf {
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .or_else(|| dir.ancestors().filter(|d| d.join("flake.nix").is_file()).last())
        .unwrap_or(dir)
        .to_path_buf()
}

/// Confines file reads to the projects of `subjects` and of the working
/// directory (see [`project_root`]) and to the search path entries (`-I`,
/// `NIX_PATH`), as `Settings::allowed_roots`.
pub(crate) fn confine(settings: &mut Settings, subjects: &[&Path]) {
    let mut roots: Vec<PathBuf> = Vec::new();
    // (never the whole file system)
    let mut add = |p: &Path| {
        if let Ok(c) = p.canonicalize()
            && c.parent().is_some()
            && !roots.contains(&c)
        {
            roots.push(c);
        }
    };
    for s in subjects {
        let abs = if s.is_absolute() { s.to_path_buf() } else { settings.cwd.join(s) };
        let dir = if abs.is_dir() {
            abs.clone()
        } else {
            abs.parent().map_or(abs.clone(), Path::to_path_buf)
        };
        add(&project_root(&dir));
    }
    add(&project_root(&settings.cwd));
    for (_, p) in settings.search_path.iter().chain(&settings.fallback_search_path) {
        add(p);
    }
    settings.allowed_roots = Some(roots);
}

/// The environment `builtins.getEnv` sees: only the variables named with
/// `--allow-env` (global option; `cli` records them here).
pub(crate) static ALLOWED_ENV: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// `--max-steps` (global option; `cli` records it here).
pub(crate) static MAX_STEPS: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();

/// Turns an evaluation error into a diagnostic.
pub(crate) fn error_diagnostic(e: &EvalError, show_trace: bool) -> Diagnostic {
    let mut notes = Vec::new();
    if show_trace {
        for f in &e.trace {
            notes.push(format!("… {}", f.message));
        }
    }
    Diagnostic {
        code: e.kind.code().to_string(),
        severity: Severity::Error,
        message: vmcmd_diagnostics::strip_ansi(&e.message),
        span: e.span,
        labels: e.labels.clone(),
        help: e.help.clone(),
        notes,
    }
}

pub(crate) fn run(args: EvalArgs, color: bool) -> ExitCode {
    let mut settings = settings_from_env(&args.include, &args.system);
    // reads stay in the project of the file (or of the working directory)
    let subject = args.file.clone().unwrap_or_else(|| settings.cwd.clone());
    confine(&mut settings, &[&subject]);
    let input = match (&args.file, &args.expr) {
        (_, Some(e)) => Input::Expr(e.clone()),
        (Some(f), None) => Input::File(f.clone()),
        (None, None) => return ExitCode::from(2),
    };
    let mut auto_args = Vec::new();
    for pair in args.arg.chunks(2) {
        if let [n, v] = pair {
            auto_args.push((n.clone(), AutoArg::Expr(v.clone())));
        }
    }
    for pair in args.argstr.chunks(2) {
        if let [n, v] = pair {
            auto_args.push((n.clone(), AutoArg::Str(v.clone())));
        }
    }
    let req = Request { input, auto_args, attr_path: args.attr.clone(), json: args.json };
    let format = match args.format {
        DiagFormat::Human => Format::Human,
        DiagFormat::Concise => Format::Concise,
        DiagFormat::Json => Format::Json,
    };
    let show_trace = args.show_trace;
    let json = args.json;
    let (result, messages, rendered) = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings);
        let r = vmcmd_eval::driver::run(&mut ev, &req);
        let rendered = r.as_ref().err().map(|e| {
            let d = error_diagnostic(e, show_trace);
            vmcmd_diagnostics::render_all(&ev.sources, &[d], format, color)
        });
        let messages = std::mem::take(&mut ev.messages);
        (r.map_err(|_| ()), messages, rendered)
    });
    let mut stderr = std::io::stderr().lock();
    let tty = std::io::IsTerminal::is_terminal(&stderr);
    for m in messages {
        // Like Nix, drop terminal escapes from traces when not on a terminal.
        let m = if tty { m } else { vmcmd_diagnostics::strip_ansi(&m) };
        let _ = writeln!(stderr, "{m}");
    }
    match result {
        Ok(text) => {
            // Like nix-instantiate: JSON without a trailing newline.
            let mut stdout = std::io::stdout().lock();
            let _ = if json { write!(stdout, "{text}") } else { writeln!(stdout, "{text}") };
            ExitCode::SUCCESS
        }
        Err(()) => {
            if let Some(r) = rendered {
                let _ = writeln!(stderr, "{r}");
            }
            ExitCode::from(1)
        }
    }
}
