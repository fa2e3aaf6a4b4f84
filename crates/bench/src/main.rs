//! `vmcmd-bench`: times vmcmd's parser and evaluator in-process against
//! `nix-instantiate` (as a process) on the same inputs, checks that both
//! print the same JSON, and prints a Markdown table of the ratios.
//!
//! Usage: `vmcmd-bench [--quick] [--runs N] [--inputs DIR] [--nix PATH]
//! [--gen-size BYTES] [--nixpkgs-lib PATH] [--ghaf-checkout DIR [--vmcmd
//! PATH] [--oracle DIR] [--oracle-src DIR]] [--only inputs|ghaf]`; `vmcmd-bench --ghaf-explain-cost DIR VM
//! [RUNS]` measures `vmcmd explain` against `vmcmd show` for one VM;
//! `vmcmd-bench --ghaf-diff REPO REV_A REV_B [RUNS] [-- DIFF-ARGS…]` times
//! `vmcmd diff` (see `diff.rs`); `vmcmd-bench --oracle-cases [RUNS]`
//! times `vmcmd show` against the oracle's `nix-instantiate` per oracle
//! case (see `cases.rs`). Inputs
//! are `DIR/*.nix` (default `benches/inputs/`, except `lib.nix`, which the
//! others import) plus a generated parse-heavy file written to a temporary
//! directory. `--ghaf-checkout` adds the Ghaf benchmark (see `ghaf.rs`):
//! `vmcmd list` and `vmcmd show` of every VM of a Ghaf checkout against
//! the oracle's `nix-instantiate` for the same VMs, with peak RSS.
//! `--only` runs one of the two parts.

mod cases;
mod diff;
mod generate;
mod ghaf;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use vmcmd_eval::driver::{Input, Request};
use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};

// The same allocator as the `vmcmd` binary, so the numbers are its numbers.
#[global_allocator]
static GLOBAL: vmcmd_cli::Mimalloc = vmcmd_cli::Mimalloc;

struct Options {
    runs: usize,
    inputs: PathBuf,
    nix: String,
    gen_size: usize,
    /// A real nixpkgs lib tree for nix-instantiate (`-I nixpkgs=PATH`);
    /// vmcmd always uses its built-in lib.
    nixpkgs_lib: Option<String>,
    /// A Ghaf checkout (9a37dc8c2, the oracle's) for the Ghaf benchmark.
    ghaf_checkout: Option<PathBuf>,
    /// The `vmcmd` binary (default: next to this one).
    vmcmd: Option<PathBuf>,
    /// The project oracle, with `ghaf/eval-ghaf.nix`.
    oracle: PathBuf,
    /// The oracle's source trees (microvm.nix, nixpkgs lib).
    oracle_src: PathBuf,
    /// Run only the `inputs` or only the `ghaf` part.
    only: Option<Part>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Inputs,
    Ghaf,
}

fn usage() -> ! {
    eprintln!(
        "usage: vmcmd-bench [--quick] [--runs N] [--inputs DIR] [--nix PATH] [--gen-size BYTES] \
         [--nixpkgs-lib PATH] [--ghaf-checkout DIR [--vmcmd PATH] [--oracle DIR] \
         [--oracle-src DIR]] [--only inputs|ghaf]"
    );
    std::process::exit(2)
}

fn parse_args() -> Options {
    let mut opts = Options {
        runs: 10,
        inputs: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/inputs"),
        nix: "nix-instantiate".to_string(),
        gen_size: 3 << 20,
        nixpkgs_lib: None,
        ghaf_checkout: None,
        vmcmd: None,
        oracle: PathBuf::from("/work/shared/oracle"),
        oracle_src: std::env::var_os("ORACLE_SRC_ROOT")
            .map_or_else(|| PathBuf::from("/tmp/oracle-src"), PathBuf::from),
        only: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--quick" => opts.runs = 3,
            "--runs" => opts.runs = value().parse().unwrap_or_else(|_| usage()),
            "--inputs" => opts.inputs = PathBuf::from(value()),
            "--nix" => opts.nix = value(),
            "--gen-size" => opts.gen_size = value().parse().unwrap_or_else(|_| usage()),
            "--nixpkgs-lib" => opts.nixpkgs_lib = Some(value()),
            "--ghaf-checkout" => opts.ghaf_checkout = Some(PathBuf::from(value())),
            "--vmcmd" => opts.vmcmd = Some(PathBuf::from(value())),
            "--oracle" => opts.oracle = PathBuf::from(value()),
            "--oracle-src" => opts.oracle_src = PathBuf::from(value()),
            "--only" => {
                opts.only = Some(match value().as_str() {
                    "inputs" => Part::Inputs,
                    "ghaf" => Part::Ghaf,
                    _ => usage(),
                })
            }
            _ => usage(),
        }
    }
    if opts.only == Some(Part::Ghaf) && opts.ghaf_checkout.is_none() {
        eprintln!("vmcmd-bench: --only ghaf needs --ghaf-checkout DIR");
        std::process::exit(2)
    }
    opts.runs = opts.runs.max(1);
    opts
}

/// The median of some durations, in milliseconds.
fn median_ms(mut times: Vec<Duration>) -> f64 {
    times.sort();
    let n = times.len();
    let mid = if n % 2 == 1 { times[n / 2] } else { (times[n / 2 - 1] + times[n / 2]) / 2 };
    mid.as_secs_f64() * 1000.0
}

/// The smallest of some durations, in milliseconds.
fn best_ms(times: &[Duration]) -> f64 {
    times.iter().min().copied().unwrap_or_default().as_secs_f64() * 1000.0
}

/// Runs `nix-instantiate ARGS` `runs` times; returns the run times and the
/// standard output of the first run (or its error text).
fn time_nix(
    nix: &str,
    args: &[&str],
    runs: usize,
    keep: bool,
) -> (Vec<Duration>, Result<String, String>) {
    let mut times = Vec::with_capacity(runs);
    let mut first = None;
    for _ in 0..runs {
        let mut cmd = Command::new(nix);
        cmd.args(args).stdin(Stdio::null()).stderr(Stdio::piped());
        cmd.stdout(if keep && first.is_none() { Stdio::piped() } else { Stdio::null() });
        let start = Instant::now();
        let out = cmd.output();
        times.push(start.elapsed());
        if first.is_none() {
            first = Some(match out {
                Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
                Ok(o) => Err(String::from_utf8_lossy(&o.stderr).trim().to_string()),
                Err(e) => Err(format!("cannot run {nix}: {e}")),
            });
        }
    }
    (times, first.unwrap_or_else(|| Err("no run".to_string())))
}

/// Times `vmcmd_syntax::parse` (parse only) `runs` times.
fn time_vmcmd_parse(text: &str, runs: usize) -> (Vec<Duration>, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut errors = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let parsed = vmcmd_syntax::parse(text);
        times.push(start.elapsed());
        errors = parsed.errors.len();
        drop(parsed);
    }
    (times, errors)
}

/// Times a full `nix-instantiate --eval --strict --json FILE` equivalent in
/// process (read, parse, lower, evaluate, deep force, print JSON) `runs`
/// times; returns the run times and the output of the first run.
fn time_vmcmd_eval(file: &Path, runs: usize) -> (Vec<Duration>, Result<String, String>) {
    let file = file.to_path_buf();
    run_with_big_stack(move || {
        let mut times = Vec::with_capacity(runs);
        let mut first = None;
        for _ in 0..runs {
            let start = Instant::now();
            let mut settings = Settings {
                cwd: file.parent().map(Path::to_path_buf).unwrap_or_default(),
                ..Settings::default()
            };
            vmcmd_modules::install(&mut settings);
            let mut ev = Evaluator::new(settings);
            let req = Request {
                input: Input::File(file.clone()),
                auto_args: Vec::new(),
                attr_path: None,
                json: true,
            };
            let out = vmcmd_eval::driver::run(&mut ev, &req);
            drop(ev);
            times.push(start.elapsed());
            if first.is_none() {
                first = Some(out.map_err(|e| e.to_string()));
            }
        }
        (times, first.unwrap_or_else(|| Err("no run".to_string())))
    })
}

/// Compares the two JSON texts: `ok` when byte-identical, `ok (≈)` when they
/// are equal as JSON values, a mismatch marker otherwise.
fn compare(vm: &Result<String, String>, nix: &Result<String, String>) -> String {
    match (vm, nix) {
        (Ok(a), Ok(b)) if a.trim_end() == b.trim_end() => "ok".to_string(),
        (Ok(a), Ok(b)) => {
            let pa = serde_json::from_str::<serde_json::Value>(a);
            let pb = serde_json::from_str::<serde_json::Value>(b);
            match (pa, pb) {
                (Ok(x), Ok(y)) if x == y => "ok (≈)".to_string(),
                _ => "**MISMATCH**".to_string(),
            }
        }
        (Err(_), Err(_)) => "both fail".to_string(),
        (Err(_), Ok(_)) => "**MISMATCH** (vmcmd error)".to_string(),
        (Ok(_), Err(_)) => "**MISMATCH** (nix error)".to_string(),
    }
}

fn ratio(nix: f64, vm: f64) -> String {
    if vm > 0.0 { format!("{:.2}", nix / vm) } else { "-".to_string() }
}

/// The ratio after subtracting nix's start overhead, or `n/a` when what is
/// left is under a millisecond (below the noise of starting a process).
fn net_ratio(nix: f64, start: f64, vm: f64) -> String {
    let net = nix - start;
    if net < 1.0 { "n/a".to_string() } else { ratio(net, vm) }
}

struct Row {
    name: String,
    size: usize,
    vm_parse: f64,
    vm_parse_best: f64,
    nix_parse: f64,
    vm_eval: f64,
    nix_eval: f64,
    check: String,
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| {
            eprintln!("vmcmd-bench: cannot read {}: {e}", dir.display());
            std::process::exit(1)
        })
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "nix")
                && p.file_name().is_some_and(|n| n != "lib.nix")
        })
        .collect();
    files.sort();
    files
}

fn main() -> std::process::ExitCode {
    // The Ghaf part's child modes.
    let mut args = std::env::args_os().skip(1);
    match args.next() {
        Some(a) if a == ghaf::CHILD_FLAG => {
            let Some(dir) = args.next() else { usage() };
            let target = args.next().map(|t| t.to_string_lossy().into_owned());
            return ghaf::in_process_child(Path::new(&dir), target);
        }
        Some(a) if a == ghaf::MEASURE_FLAG => return ghaf::measure_child(args),
        Some(a) if a == ghaf::EXPLAIN_FLAG => return ghaf::explain_cost(args),
        Some(a) if a == diff::FLAG => return diff::run(args),
        Some(a) if a == cases::FLAG => return cases::run(args),
        _ => {}
    }
    let opts = parse_args();
    if opts.only != Some(Part::Ghaf) {
        bench_inputs(&opts);
    }
    if opts.only != Some(Part::Inputs)
        && let Some(checkout) = &opts.ghaf_checkout
    {
        let vmcmd = opts.vmcmd.clone().unwrap_or_else(|| {
            let exe = std::env::current_exe().expect("the path of vmcmd-bench itself");
            exe.with_file_name("vmcmd")
        });
        ghaf::run(&ghaf::Config {
            checkout: checkout.clone(),
            runs: opts.runs,
            vmcmd,
            nix: opts.nix.clone(),
            oracle: opts.oracle.clone(),
            oracle_src: opts.oracle_src.clone(),
        });
    }
    std::process::ExitCode::SUCCESS
}

/// The parse/eval benchmark over the input files.
fn bench_inputs(opts: &Options) {
    let dir = std::fs::canonicalize(&opts.inputs).unwrap_or_else(|e| {
        eprintln!("vmcmd-bench: {}: {e}", opts.inputs.display());
        std::process::exit(1)
    });
    let mut files = inputs(&dir);

    let gen_dir = std::env::temp_dir().join(format!("vmcmd-bench-{}", std::process::id()));
    let generated = gen_dir.join("generated-parse-heavy.nix");
    if let Err(e) = std::fs::create_dir_all(&gen_dir)
        .and_then(|()| std::fs::write(&generated, generate::parse_heavy(opts.gen_size)))
    {
        eprintln!("vmcmd-bench: cannot write {}: {e}", generated.display());
        std::process::exit(1)
    }
    files.insert(0, generated.clone());

    let runs = opts.runs;
    let nix_runs = runs;
    eprintln!("vmcmd-bench: {} inputs, {runs} runs each", files.len());

    let (start_eval, start_ok) = time_nix(&opts.nix, &["--eval", "-E", "1"], nix_runs, false);
    if let Err(e) = start_ok {
        eprintln!("vmcmd-bench: {e}");
        std::process::exit(1)
    }
    let (start_parse, _) = time_nix(&opts.nix, &["--parse", "-E", "1"], nix_runs, false);
    let start_eval = median_ms(start_eval);
    let start_parse = median_ms(start_parse);

    let mut rows = Vec::new();
    for file in &files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        eprintln!("vmcmd-bench: {name}");
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let path = file.to_string_lossy();
        let uses_lib = text.contains("<nixpkgs");
        let include = opts.nixpkgs_lib.as_ref().map(|l| format!("nixpkgs={l}"));
        if uses_lib && include.is_none() {
            eprintln!(
                "vmcmd-bench: skipping {name}: it needs --nixpkgs-lib PATH for nix-instantiate"
            );
            continue;
        }
        // Parse runs are cheap: do more of them in process.
        let (vp, errors) = time_vmcmd_parse(&text, runs * 3);
        let (np, np_out) = time_nix(&opts.nix, &["--parse", &path], nix_runs, false);
        let (ve, ve_out) = time_vmcmd_eval(file, runs);
        let mut nix_args = vec!["--eval", "--strict", "--json"];
        if let Some(i) = &include {
            nix_args.extend(["-I", i.as_str()]);
        }
        nix_args.push(&path);
        let (ne, ne_out) = time_nix(&opts.nix, &nix_args, nix_runs, true);
        let mut check = compare(&ve_out, &ne_out);
        if errors > 0 {
            check.push_str(&format!(" (vmcmd: {errors} parse errors)"));
        }
        if let Err(e) = &np_out {
            check.push_str(&format!(" (nix --parse failed: {e})"));
        }
        for (who, out) in [("vmcmd", &ve_out), ("nix", &ne_out)] {
            if let Err(e) = out {
                eprintln!("vmcmd-bench: {name}: {who} failed: {e}");
            }
        }
        rows.push(Row {
            name,
            size: text.len(),
            vm_parse: median_ms(vp.clone()),
            vm_parse_best: best_ms(&vp),
            nix_parse: median_ms(np),
            vm_eval: median_ms(ve),
            nix_eval: median_ms(ne),
            check,
        });
    }
    let _ = std::fs::remove_dir_all(&gen_dir);

    println!(
        "nix-instantiate start overhead (median of {nix_runs}): `--eval -E 1` {start_eval:.1} ms, \
         `--parse -E 1` {start_parse:.1} ms. Times are medians of {runs} runs \
         (vmcmd parse: {} runs, best in parentheses). Ratios are nix/vmcmd \
         (>1: vmcmd is faster); \"net\" subtracts nix's start overhead \
         (n/a: under 1 ms left). `nix-instantiate --parse` also prints the AST.\n",
        runs * 3
    );
    println!(
        "| input | size | vmcmd parse ms | nix parse ms | parse ratio (raw / net) \
         | vmcmd eval ms | nix eval ms | eval ratio (raw / net) | JSON |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for r in &rows {
        println!(
            "| {} | {} | {:.2} ({:.2}) | {:.1} | {} / {} | {:.1} | {:.1} | {} / {} | {} |",
            r.name,
            human_size(r.size),
            r.vm_parse,
            r.vm_parse_best,
            r.nix_parse,
            ratio(r.nix_parse, r.vm_parse),
            net_ratio(r.nix_parse, start_parse, r.vm_parse),
            r.vm_eval,
            r.nix_eval,
            ratio(r.nix_eval, r.vm_eval),
            net_ratio(r.nix_eval, start_eval, r.vm_eval),
            r.check,
        );
    }
}

fn human_size(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / f64::from(1 << 20))
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}
