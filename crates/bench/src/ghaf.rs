//! The Ghaf checkout benchmark (`--ghaf-checkout DIR`, issue 5: listing and
//! showing all VMs of one target in < 300 ms and < 256 MiB, against the
//! oracle's Nix time for the same VMs). Every step is a child process whose
//! wall time, CPU time and peak RSS (`wait4`'s `rusage`) are measured:
//!
//! * `vmcmd list DIR --format json`, then `vmcmd show DIR --vm V --format
//!   json` for each VM (what a user of the command line runs);
//! * this binary again with `--ghaf-in-process DIR`: `vmcmd_ghaf::list`
//!   and `vmcmd_microvm::vm::evaluate` for every VM with one `Evaluator`
//!   (what a caller of the library pays for everything at once);
//! * `nix-instantiate --eval --strict --json eval-ghaf.nix -A result` for
//!   each VM, with the arguments of the oracle's `evaluate_ghaf_vm`.
//!
//! The three groups run interleaved, one round after another with the
//! group order rotated per round, after one warm-up round whose outputs
//! are checked (each VM's `bin/microvm-run` must equal the oracle's).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value as Json, json};
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_ghaf::{Checkout, Options as GhafOptions};

use crate::{median_ms, ratio};

/// The VMs the oracle's `eval-ghaf.nix` evaluates (the generic laptop
/// host's), in `vmcmd list` order.
const VMS: [&str; 4] = ["admin-vm", "audio-vm", "gui-vm", "net-vm"];
const ALL: [usize; 4] = [0, 1, 2, 3];

/// The global-config profile of every step.
const PROFILE: &str = "debug";

/// The nixpkgs lib revision the oracle evaluates Ghaf with (`oracle.py`'s
/// `NIXPKGS_LIB_REV`), as the name of its tree under the oracle's sources.
const NIXPKGS_LIB_DIR: &str = "nixpkgs-lib-20dd424ff28f";

/// Issue 5's budget for listing and showing all VMs of one target.
const TARGET_MS: f64 = 300.0;
const TARGET_MIB: f64 = 256.0;

/// The flag that makes this binary the in-process step's child.
pub const CHILD_FLAG: &str = "--ghaf-in-process";

/// The flag that makes this binary the measuring helper.
pub const MEASURE_FLAG: &str = "--ghaf-measure";

/// `vmcmd-bench --ghaf-explain-cost DIR VM [RUNS]`: what `vmcmd explain`
/// costs over `vmcmd show` for one VM of a checkout's generic host (issue
/// 6: < 50 ms more), both in-process with a fresh evaluator per run,
/// interleaved; prints the medians.
pub const EXPLAIN_FLAG: &str = "--ghaf-explain-cost";

pub fn explain_cost(mut args: impl Iterator<Item = std::ffi::OsString>) -> std::process::ExitCode {
    let (Some(dir), Some(vm)) = (args.next(), args.next()) else {
        eprintln!("usage: vmcmd-bench {EXPLAIN_FLAG} DIR VM [RUNS]");
        return std::process::ExitCode::from(2);
    };
    let runs: usize = args.next().and_then(|r| r.to_str()?.parse().ok()).unwrap_or(7).max(1);
    let vm = vm.to_string_lossy().into_owned();
    let checkout = match Checkout::open(Path::new(&dir)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("vmcmd-bench: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let result = vmcmd_eval::run_with_big_stack(move || {
        let (mut show, mut explain) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            for which in [false, true] {
                let mut settings = Settings::default();
                vmcmd_ghaf::install(&mut settings);
                let start = Instant::now();
                let mut ev = Evaluator::new(settings);
                let opts = GhafOptions { profile: PROFILE.into(), ..GhafOptions::default() };
                let source = checkout.vm_source(&mut ev, &opts, &vm);
                let ok = if which {
                    vmcmd_microvm::explain::explain(&mut ev, &source, &[]).is_ok()
                } else {
                    vmcmd_microvm::vm::evaluate(&mut ev, &source).is_ok()
                };
                if !ok {
                    return Err(format!("{vm} does not evaluate"));
                }
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                if which { explain.push(ms) } else { show.push(ms) }
            }
        }
        Ok((show, explain))
    });
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    match result {
        Ok((show, explain)) => {
            let (s, e) = (median(show), median(explain));
            println!(
                "| {} | show {s:.0} ms | explain {e:.0} ms | explain − show {:.0} ms (issue 6: < 50 ms) | {runs} interleaved runs |",
                dir.to_string_lossy(),
                e - s
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vmcmd-bench: {e}");
            std::process::ExitCode::from(1)
        }
    }
}

/// What the Ghaf benchmark needs.
pub struct Config {
    pub checkout: PathBuf,
    pub runs: usize,
    /// The `vmcmd` binary.
    pub vmcmd: PathBuf,
    /// `nix-instantiate`.
    pub nix: String,
    /// The project oracle (the directory with `ghaf/eval-ghaf.nix`).
    pub oracle: PathBuf,
    /// The oracle's source trees (`oracle.py`'s `ORACLE_SRC_ROOT`).
    pub oracle_src: PathBuf,
}

/// What one process (or a sequence of them) cost.
#[derive(Clone, Copy, Default)]
pub(crate) struct Cost {
    /// Spawn to reap.
    pub(crate) wall: Duration,
    /// User + system CPU time (`ru_utime + ru_stime`), which a loaded
    /// machine inflates much less than the wall time.
    pub(crate) cpu: Duration,
    /// Peak resident set size in KiB (`ru_maxrss`).
    pub(crate) rss_kib: u64,
}

impl Cost {
    /// This process and then `next`: times add up, RSS is the larger one.
    fn then(self, next: Cost) -> Cost {
        Cost {
            wall: self.wall + next.wall,
            cpu: self.cpu + next.cpu,
            rss_kib: self.rss_kib.max(next.rss_kib),
        }
    }
}

/// One measured child process.
pub(crate) struct Measured {
    pub(crate) cost: Cost,
    pub(crate) ok: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn timeval(t: libc::timeval) -> Duration {
    let secs = u64::try_from(t.tv_sec).unwrap_or(0);
    let micros = u64::try_from(t.tv_usec).unwrap_or(0);
    Duration::from_secs(secs) + Duration::from_micros(micros)
}

/// This process's peak RSS so far (`VmHWM`), in KiB.
fn own_peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The measuring helper (`vmcmd-bench --ghaf-measure FILE PROGRAM
/// ARGS…`): runs PROGRAM with this process's standard output and error,
/// reaps it with `wait4` and writes `<wall ns> <CPU ns> <peak RSS KiB>
/// <exit ok 0|1> <own peak RSS KiB>` to FILE.
///
/// Why a helper: Linux records the peak RSS of the memory image a process
/// replaces by `exec` in its `ru_maxrss`, and `std::process::Command`
/// spawns with `vfork` semantics, so a child spawned straight from this
/// benchmark (hundreds of MiB after the inputs part) would report at
/// least that. The helper is a fresh, small process, and it reports its
/// own peak (the floor of what it measures) too.
pub fn measure_child(mut args: impl Iterator<Item = std::ffi::OsString>) -> std::process::ExitCode {
    let (Some(file), Some(program)) = (args.next(), args.next()) else {
        eprintln!("vmcmd-bench: {MEASURE_FLAG} needs FILE PROGRAM [ARGS…]");
        return std::process::ExitCode::from(2);
    };
    let floor = own_peak_rss_kib();
    let start = Instant::now();
    let child = match Command::new(&program).args(args).stdin(Stdio::null()).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("vmcmd-bench: cannot run {}: {e}", program.to_string_lossy());
            return std::process::ExitCode::from(1);
        }
    };
    let Ok(pid) = libc::pid_t::try_from(child.id()) else {
        eprintln!("vmcmd-bench: child pid out of range");
        return std::process::ExitCode::from(1);
    };
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain old data, all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own child, not reaped yet (`Child::wait`
        // is never called on it); both pointers are to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            eprintln!("vmcmd-bench: wait4: {err}");
            return std::process::ExitCode::from(1);
        }
    }
    let wall = start.elapsed();
    let cpu = timeval(usage.ru_utime) + timeval(usage.ru_stime);
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    let line = format!(
        "{} {} {} {} {floor}\n",
        wall.as_nanos(),
        cpu.as_nanos(),
        usage.ru_maxrss,
        u8::from(ok)
    );
    match std::fs::write(&file, line) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vmcmd-bench: cannot write {}: {e}", Path::new(&file).display());
            std::process::ExitCode::from(1)
        }
    }
}

/// Runs `cmd` to completion through the measuring helper
/// ([`measure_child`]) and returns what it measured and printed; the
/// helper's own peak RSS goes to `floor_kib`.
pub(crate) fn run_measured(cmd: &Command, floor_kib: &mut u64) -> Result<Measured, String> {
    let exe = std::env::current_exe().map_err(|e| format!("the path of vmcmd-bench: {e}"))?;
    let file = std::env::temp_dir().join(format!("vmcmd-bench-{}.measure", std::process::id()));
    let mut helper = Command::new(exe);
    helper.arg(MEASURE_FLAG).arg(&file).arg(cmd.get_program()).args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => helper.env(key, v),
            None => helper.env_remove(key),
        };
    }
    let out = helper
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run the measuring helper: {e}"))?;
    let text = std::fs::read_to_string(&file);
    let _ = std::fs::remove_file(&file);
    let bad = || {
        format!(
            "the measuring helper failed for {cmd:?}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )
    };
    let text = text.map_err(|_| bad())?;
    let fields: Vec<u64> = text.split_whitespace().filter_map(|f| f.parse().ok()).collect();
    let [wall, cpu, rss, ok, floor] = fields[..] else { return Err(bad()) };
    *floor_kib = (*floor_kib).max(floor);
    let cost =
        Cost { wall: Duration::from_nanos(wall), cpu: Duration::from_nanos(cpu), rss_kib: rss };
    Ok(Measured { cost, ok: ok == 1, stdout: out.stdout, stderr: out.stderr })
}

/// The samples of one step over the measured rounds.
#[derive(Default)]
struct Samples {
    wall: Vec<Duration>,
    cpu: Vec<Duration>,
    max_rss_kib: u64,
}

impl Samples {
    fn add(&mut self, cost: Cost) {
        self.wall.push(cost.wall);
        self.cpu.push(cost.cpu);
        self.max_rss_kib = self.max_rss_kib.max(cost.rss_kib);
    }

    fn ms(&self) -> f64 {
        median_ms(self.wall.clone())
    }

    fn cpu_ms(&self) -> f64 {
        median_ms(self.cpu.clone())
    }

    fn mib(&self) -> f64 {
        self.max_rss_kib as f64 / 1024.0
    }

    /// `wall | CPU | MiB` cells.
    fn cells(&self) -> String {
        format!("{:.0} | {:.0} | {:.1}", self.ms(), self.cpu_ms(), self.mib())
    }
}

/// `wall / CPU` ratios nix/vmcmd.
fn ratios(nix: &Samples, vm: &Samples) -> String {
    format!("{} / {}", ratio(nix.ms(), vm.ms()), ratio(nix.cpu_ms(), vm.cpu_ms()))
}

/// The `bin/microvm-run` text of each VM (`None`: not produced), or why a
/// step failed.
type Scripts = Result<Vec<Option<String>>, String>;

/// What one round measured.
struct Round {
    list: Measured,
    list_names: Result<Vec<String>, String>,
    shows: Vec<Measured>,
    show_scripts: Scripts,
    in_process: Measured,
    /// The child's own time (evaluator work only, no process start).
    in_process_ms: Option<f64>,
    in_process_scripts: Scripts,
    nix: Vec<Measured>,
    nix_scripts: Scripts,
}

fn err_text(m: &Measured) -> String {
    let text = String::from_utf8_lossy(&m.stderr);
    let tail: Vec<&str> = text.lines().filter(|l| !l.starts_with("trace: ")).collect();
    let start = tail.len().saturating_sub(5);
    tail[start..].join("\n")
}

fn parse_json(m: &Measured, what: &str) -> Result<Json, String> {
    if !m.ok {
        return Err(format!("{what} failed: {}", err_text(m)));
    }
    serde_json::from_slice(&m.stdout).map_err(|e| format!("{what}: bad JSON: {e}"))
}

/// The `microvm-run` script in the file traces of one `eval-ghaf.nix`
/// run (`trace: @@ORACLE-FILE@@ {…}` lines on stderr).
fn nix_run_script(m: &Measured, vm: &str) -> Result<Option<String>, String> {
    if !m.ok {
        return Err(format!("nix-instantiate for {vm} failed: {}", err_text(m)));
    }
    let name = format!("microvm-{vm}-microvm-run");
    let text = String::from_utf8_lossy(&m.stderr);
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("trace: @@ORACLE-FILE@@ ") else { continue };
        let Ok(file) = serde_json::from_str::<Json>(rest) else { continue };
        if file["name"] == name.as_str() {
            return Ok(file["text"].as_str().map(str::to_string));
        }
    }
    Ok(None)
}

impl Config {
    fn eval_ghaf(&self) -> PathBuf {
        self.oracle.join("ghaf/eval-ghaf.nix")
    }

    fn microvm_src(&self) -> PathBuf {
        self.oracle_src.join(format!("microvm.nix-{}", &vmcmd_ghaf::lock::MICROVM_REV[..12]))
    }

    fn nixpkgs_lib(&self) -> PathBuf {
        self.oracle_src.join(NIXPKGS_LIB_DIR)
    }

    /// Exits with a message when something the benchmark needs is missing.
    fn check(&self) {
        let missing = |p: &Path, what: &str| {
            if !p.exists() {
                eprintln!("vmcmd-bench: {what} not found: {}", p.display());
                std::process::exit(1)
            }
        };
        missing(&self.checkout, "Ghaf checkout (--ghaf-checkout)");
        missing(
            &self.vmcmd,
            "vmcmd binary (build it with `cargo build --release` or pass --vmcmd PATH)",
        );
        missing(&self.eval_ghaf(), "the oracle's eval-ghaf.nix (--oracle DIR)");
        missing(&self.microvm_src(), "the oracle's microvm.nix tree (--oracle-src DIR)");
        missing(&self.nixpkgs_lib(), "the oracle's nixpkgs lib tree (--oracle-src DIR)");
    }

    fn vmcmd_list(&self) -> Command {
        let mut cmd = Command::new(&self.vmcmd);
        cmd.arg("list").arg(&self.checkout).args(["--profile", PROFILE, "--format", "json"]);
        cmd
    }

    fn vmcmd_show(&self, vm: &str) -> Command {
        let mut cmd = Command::new(&self.vmcmd);
        cmd.arg("show").arg(&self.checkout).args(["--vm", vm, "--profile", PROFILE]);
        cmd.args(["--format", "json"]);
        cmd
    }

    fn in_process(&self) -> Command {
        let exe = std::env::current_exe().expect("the path of vmcmd-bench itself");
        let mut cmd = Command::new(exe);
        cmd.arg(CHILD_FLAG).arg(&self.checkout);
        cmd
    }

    /// `oracle.py`'s `run_nix(evaluate_ghaf_vm(vm), "result")`.
    fn nix(&self, vm: &str) -> Command {
        let mut cmd = Command::new(&self.nix);
        cmd.args(["--eval", "--strict", "--json"]).arg(self.eval_ghaf());
        cmd.arg("--argstr").arg("microvmSrc").arg(self.microvm_src());
        cmd.arg("--argstr").arg("nixpkgsLib").arg(self.nixpkgs_lib());
        cmd.arg("--argstr").arg("ghafSrc").arg(&self.checkout);
        cmd.args(["--argstr", "vm", vm, "--argstr", "profile", PROFILE]);
        cmd.args(["--argstr", "system", "x86_64-linux", "--argstr", "emptyModulesJSON", "[]"]);
        cmd.args(["-A", "result"]);
        cmd.env("NIX_REMOTE", "local").env_remove("NIX_ABORT_ON_WARN");
        cmd
    }

    /// One round: the three groups in an order rotated by `index`.
    /// `floor_kib` collects the measuring helper's own peak RSS.
    fn round(&self, index: usize, floor_kib: &mut u64) -> Round {
        let mut run = |cmd: Command| {
            run_measured(&cmd, floor_kib).unwrap_or_else(|e| {
                eprintln!("vmcmd-bench: {e}");
                std::process::exit(1)
            })
        };
        let mut cli = None;
        let mut in_process = None;
        let mut nix = None;
        for group in 0..3 {
            match (group + index) % 3 {
                0 => {
                    let list = run(self.vmcmd_list());
                    let shows: Vec<Measured> =
                        VMS.iter().map(|vm| run(self.vmcmd_show(vm))).collect();
                    cli = Some((list, shows));
                }
                1 => in_process = Some(run(self.in_process())),
                _ => nix = Some(VMS.iter().map(|vm| run(self.nix(vm))).collect::<Vec<_>>()),
            }
        }
        let (list, shows) = cli.expect("the CLI group ran");
        let in_process = in_process.expect("the in-process group ran");
        let nix = nix.expect("the nix group ran");

        let list_names = parse_json(&list, "vmcmd list").map(|doc| {
            doc["vms"]
                .as_array()
                .map(|vms| {
                    vms.iter().filter_map(|v| v["name"].as_str().map(str::to_string)).collect()
                })
                .unwrap_or_default()
        });
        let show_scripts = VMS
            .iter()
            .zip(&shows)
            .map(|(vm, m)| {
                parse_json(m, &format!("vmcmd show --vm {vm}"))
                    .map(|doc| doc["run_script"].as_str().map(str::to_string))
            })
            .collect();
        let child = parse_json(&in_process, "the in-process run");
        let in_process_ms = child.as_ref().ok().and_then(|c| c["ms"].as_f64());
        let in_process_scripts = child.map(|c| {
            VMS.iter().map(|vm| c["vms"][*vm]["run_script"].as_str().map(str::to_string)).collect()
        });
        let nix_scripts = VMS.iter().zip(&nix).map(|(vm, m)| nix_run_script(m, vm)).collect();
        Round {
            list,
            list_names,
            shows,
            show_scripts,
            in_process,
            in_process_ms,
            in_process_scripts,
            nix,
            nix_scripts,
        }
    }
}

/// Whether the `microvm-run` of the VMs `which` (indices into [`VMS`])
/// equal the oracle's.
fn compare_scripts(mine: &Scripts, oracle: &Scripts, which: &[usize]) -> String {
    let (mine, oracle) = match (mine, oracle) {
        (Err(e), _) => return format!("**FAILED**: {e}"),
        (_, Err(e)) => return format!("**ORACLE FAILED**: {e}"),
        (Ok(a), Ok(b)) => (a, b),
    };
    let differ: Vec<&str> = which
        .iter()
        .filter(|&&i| {
            let a = mine.get(i).cloned().flatten();
            a.is_none() || a != oracle.get(i).cloned().flatten()
        })
        .map(|&i| VMS[i])
        .collect();
    if differ.is_empty() {
        "`microvm-run` = oracle's".to_string()
    } else {
        format!("**MISMATCH** `microvm-run` of {}", differ.join(", "))
    }
}

fn met(ms: f64, mib: f64) -> &'static str {
    if ms < TARGET_MS && mib < TARGET_MIB { "met" } else { "**not met**" }
}

/// The 1-minute load average (`/proc/loadavg`), to judge the noise.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|t| t.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".to_string())
}

/// Runs the benchmark and prints its Markdown table.
pub fn run(config: &Config) {
    config.check();
    let runs = config.runs;
    let nix_version = Command::new(&config.nix)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| config.nix.clone());
    let load_before = load_average();
    eprintln!("vmcmd-bench: ghaf {}: warm-up round", config.checkout.display());
    let mut floor_kib = 0;
    let warm = config.round(runs, &mut floor_kib);

    let mut list = Samples::default();
    let mut shows: Vec<Samples> = VMS.iter().map(|_| Samples::default()).collect();
    let mut show_sum = Samples::default();
    let mut cli_sum = Samples::default();
    let mut in_process = Samples::default();
    let mut in_process_inner = Vec::new();
    let mut nix: Vec<Samples> = VMS.iter().map(|_| Samples::default()).collect();
    let mut nix_sum = Samples::default();
    for index in 0..runs {
        eprintln!("vmcmd-bench: ghaf round {}/{runs}", index + 1);
        let r = config.round(index, &mut floor_kib);
        list.add(r.list.cost);
        let mut sum = Cost::default();
        for (s, m) in shows.iter_mut().zip(&r.shows) {
            s.add(m.cost);
            sum = sum.then(m.cost);
        }
        show_sum.add(sum);
        cli_sum.add(r.list.cost.then(sum));
        in_process.add(r.in_process.cost);
        in_process_inner.extend(r.in_process_ms);
        let mut sum = Cost::default();
        for (s, m) in nix.iter_mut().zip(&r.nix) {
            s.add(m.cost);
            sum = sum.then(m.cost);
        }
        nix_sum.add(sum);
    }
    let load_after = load_average();

    let list_check = match &warm.list_names {
        Ok(names) if names.iter().map(String::as_str).eq(VMS) => {
            format!("lists {}", names.join(", "))
        }
        Ok(names) => {
            format!("**MISMATCH**: lists {} (oracle: {})", names.join(", "), VMS.join(", "))
        }
        Err(e) => format!("**FAILED**: {e}"),
    };
    let inner = if in_process_inner.is_empty() {
        String::new()
    } else {
        in_process_inner.sort_by(f64::total_cmp);
        format!(" ({:.0} in process)", in_process_inner[in_process_inner.len() / 2])
    };
    let target = |s: &Samples| {
        format!("target: wall {}, CPU {}", met(s.ms(), s.mib()), met(s.cpu_ms(), s.mib()))
    };

    println!(
        "\nGhaf checkout `{}`, profile {PROFILE}, vmcmd's generic laptop host and the oracle's \
         (`eval-ghaf.nix -A result`, {nix_version}): VMs {}. {runs} interleaved rounds after \
         one warm-up round (group order rotated per round; 1-minute load average {load_before} \
         before, {load_after} after). Times are of whole child processes: wall (spawn to exit) \
         and CPU (user + system), medians over the rounds; a sum is the median of the \
         per-round sums. MiB is the largest peak RSS (`ru_maxrss`) of any one process of the \
         step over all rounds (measured by a helper process whose own peak, {:.1} MiB, is a \
         floor of every value). Ratios are nix/vmcmd, wall / CPU (>1: vmcmd is faster). \
         Issue 5 target: < {TARGET_MS:.0} ms and < {TARGET_MIB:.0} MiB.\n",
        config.checkout.display(),
        VMS.join(", "),
        floor_kib as f64 / 1024.0,
    );
    println!(
        "| step | processes | vmcmd ms | vmcmd CPU ms | vmcmd MiB | nix ms | nix CPU ms | nix MiB \
         | ratio | check |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    println!(
        "| `vmcmd list DIR --format json` | 1 | {} | – | – | – | – | {list_check} |",
        list.cells()
    );
    for (i, vm) in VMS.iter().enumerate() {
        println!(
            "| `vmcmd show DIR --vm {vm} --format json` vs nix `{vm}` | 1 + 1 | {} | {} | {} \
             | {} |",
            shows[i].cells(),
            nix[i].cells(),
            ratios(&nix[i], &shows[i]),
            compare_scripts(&warm.show_scripts, &warm.nix_scripts, &[i]),
        );
    }
    println!(
        "| vmcmd show ×4 vs nix ×4 | 4 + 4 | {} | {} | {} | {} |",
        show_sum.cells(),
        nix_sum.cells(),
        ratios(&nix_sum, &show_sum),
        compare_scripts(&warm.show_scripts, &warm.nix_scripts, &ALL),
    );
    println!(
        "| vmcmd list + show ×4 (CLI) vs nix ×4 | 5 + 4 | {} | {} | {} | {} |",
        cli_sum.cells(),
        nix_sum.cells(),
        ratios(&nix_sum, &cli_sum),
        target(&cli_sum),
    );
    println!(
        "| vmcmd list + show all, one process, one Evaluator vs nix ×4 | 1 + 4 | {:.0}{inner} \
         | {:.0} | {:.1} | {} | {} | {}; {} |",
        in_process.ms(),
        in_process.cpu_ms(),
        in_process.mib(),
        nix_sum.cells(),
        ratios(&nix_sum, &in_process),
        compare_scripts(&warm.in_process_scripts, &warm.nix_scripts, &ALL),
        target(&in_process),
    );
}

/// The in-process step, run as a child (`vmcmd-bench --ghaf-in-process
/// DIR [TARGET]`; without TARGET the generic host): opens the checkout,
/// lists its VMs and evaluates each with one
/// `Evaluator`, as `vmcmd list` and `vmcmd show --vm V --format json` do,
/// and prints `{"ms": <own time>, "vms": {<name>: {"run_script": …}}}`.
pub fn in_process_child(dir: &Path, target: Option<String>) -> std::process::ExitCode {
    let start = Instant::now();
    let checkout = match Checkout::open(dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("vmcmd-bench: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let mut settings = Settings {
        cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/")),
        home: std::env::var("HOME").ok(),
        env: std::env::vars().collect(),
        ..Settings::default()
    };
    vmcmd_ghaf::install(&mut settings);
    // as `vmcmd list` and `vmcmd show` do
    vmcmd_ghaf::parse_ahead(&mut settings, &checkout);
    let result = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings);
        let opts = GhafOptions { profile: PROFILE.into(), target, ..GhafOptions::default() };
        let rows = vmcmd_ghaf::list(&mut ev, &checkout, &opts, &mut |_| {})
            .map_err(|e| format!("list: {}", e.message))?;
        let mut vms = serde_json::Map::new();
        for row in &rows {
            if let Some(e) = &row.error {
                return Err(format!("list: {}: {}", row.name, e.message));
            }
            let source = checkout.vm_source(&mut ev, &opts, &row.name);
            let vm = vmcmd_microvm::vm::evaluate(&mut ev, &source)
                .map_err(|e| format!("show {}: {}", row.name, e.message))?;
            vms.insert(row.name.clone(), show_json(&vm));
        }
        Ok(vms)
    });
    match result {
        Ok(vms) => {
            // What `vmcmd show --format json` prints is part of its cost.
            let text = serde_json::to_string_pretty(&vms).unwrap_or_default();
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            println!("{}", json!({ "ms": ms, "bytes": text.len(), "vms": vms }));
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vmcmd-bench: {e}");
            std::process::ExitCode::from(1)
        }
    }
}

/// The runner parts of `vmcmd show --format json` (see the CLI's
/// `show_cmd.rs`).
fn show_json(vm: &vmcmd_microvm::vm::VmEvaluation) -> Json {
    let runner = vm.runner.as_ref().ok().filter(|_| vm.rejection().is_none());
    json!({
        "hypervisor": vm.hypervisor,
        "hostName": vm.host_name,
        "run_script": runner.map(|r| r.run_script().to_string()),
        "run_argv_sources": runner.map(|r| r.command.args().map(|a| json!({ "arg": a.text, "options": a.sources })).collect::<Vec<_>>()),
        "scripts": runner.map(|r| r.scripts.iter().map(|(k, s)| (k.clone(), json!(s.text))).collect::<serde_json::Map<_, _>>()),
        "files": runner.map(|r| r.files.iter().map(|(k, f)| (k.clone(), json!({ "name": f.name, "kind": f.kind, "executable": f.executable, "text": f.text }))).collect::<serde_json::Map<_, _>>()),
        "error": vm.rejection().map(|r| r.message),
    })
}
