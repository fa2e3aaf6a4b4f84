//! The per-case benchmark of issue 4 (`vmcmd-bench --oracle-cases [RUNS]
//! [--oracle DIR] [--cases DIR]`): for every oracle case, `vmcmd show
//! --format json CASE` against the oracle's own `nix-instantiate` call for
//! it (`nix/eval.nix … -A result`, as `oracle.py` runs it, real
//! microvm.nix and real nixpkgs lib from `$ORACLE_SRC_ROOT`), both as whole
//! processes, interleaved, with wall time, CPU time and peak RSS.
//! Prints a Markdown summary: the median over the cases of each one's
//! median, and the per-case ratio's median, minimum and maximum.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::ghaf::run_measured;

/// The command-line flag of this mode.
pub const FLAG: &str = "--oracle-cases";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `# oracle-system:` of a case, else x86_64-linux.
fn system_of(case: &Path) -> String {
    std::fs::read_to_string(case)
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("# oracle-system:").map(|s| s.trim().to_string()))
        .unwrap_or_else(|| "x86_64-linux".to_string())
}

pub fn run(mut args: impl Iterator<Item = std::ffi::OsString>) -> std::process::ExitCode {
    let mut runs = 5usize;
    let mut oracle = PathBuf::from("/work/shared/oracle");
    let mut cases_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oracle/cases");
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--oracle") => oracle = args.next().map(PathBuf::from).unwrap_or(oracle),
            Some("--cases") => cases_dir = args.next().map(PathBuf::from).unwrap_or(cases_dir),
            Some(n) if n.parse::<usize>().is_ok() => runs = n.parse().unwrap_or(runs),
            _ => {
                eprintln!("usage: vmcmd-bench {FLAG} [RUNS] [--oracle DIR] [--cases DIR]");
                return std::process::ExitCode::from(2);
            }
        }
    }
    let src = std::env::var_os("ORACLE_SRC_ROOT")
        .map_or_else(|| PathBuf::from("/tmp/oracle-src"), PathBuf::from);
    let find = |prefix: &str| {
        std::fs::read_dir(&src).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        })
    };
    let (Some(microvm), Some(lib)) = (find("microvm.nix-71beea0"), find("nixpkgs-lib-20dd424"))
    else {
        eprintln!(
            "vmcmd-bench: {} lacks the oracle's microvm.nix-71beea0… and nixpkgs-lib-20dd424… trees (run the oracle once)",
            src.display()
        );
        return std::process::ExitCode::from(2);
    };
    let vmcmd = std::env::current_exe().map(|e| e.with_file_name("vmcmd")).unwrap_or_default();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&cases_dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "nix"))
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    eprintln!("vmcmd-bench: {} oracle cases, {runs} runs each", cases.len());
    let (mut vm_ms, mut nix_ms, mut vm_cpu, mut nix_cpu, mut ratios, mut vm_rss, mut nix_rss) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut floor = 0;
    for case in &cases {
        let mut v = Command::new(&vmcmd);
        v.args(["show", "--format", "json"]).arg(case);
        let mut n = Command::new("nix-instantiate");
        n.args(["--eval", "--strict", "--json"])
            .arg(oracle.join("nix/eval.nix"))
            .arg("--argstr")
            .arg("microvmSrc")
            .arg(&microvm)
            .arg("--argstr")
            .arg("nixpkgsLib")
            .arg(&lib)
            .arg("--argstr")
            .arg("casePath")
            .arg(case)
            .args(["--argstr", "system", &system_of(case)])
            .args(["--argstr", "extraModulesJSON", "[]", "--arg", "check", "true", "-A", "result"])
            .env("NIX_REMOTE", "local");
        let (mut vw, mut nw, mut vc, mut nc) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut vr, mut nr) = (0u64, 0u64);
        for _ in 0..runs {
            for (cmd, wall, cpu, rss) in
                [(&v, &mut vw, &mut vc, &mut vr), (&n, &mut nw, &mut nc, &mut nr)]
            {
                match run_measured(cmd, &mut floor) {
                    Ok(m) => {
                        wall.push(ms(m.cost.wall));
                        cpu.push(ms(m.cost.cpu));
                        *rss = (*rss).max(m.cost.rss_kib);
                    }
                    Err(e) => eprintln!("vmcmd-bench: {e}"),
                }
            }
        }
        let (v, n) = (median(vw), median(nw));
        ratios.push(n / v);
        vm_ms.push(v);
        nix_ms.push(n);
        vm_cpu.push(median(vc));
        nix_cpu.push(median(nc));
        vm_rss.push(vr as f64 / 1024.0);
        nix_rss.push(nr as f64 / 1024.0);
    }
    let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = ratios.iter().copied().fold(0.0, f64::max);
    println!(
        "| per case (median of {} cases, {runs} runs each) | wall ms | CPU ms | peak RSS MiB |",
        cases.len()
    );
    println!("|---|---:|---:|---:|");
    println!(
        "| vmcmd show --format json | {:.1} | {:.1} | {:.1} |",
        median(vm_ms),
        median(vm_cpu),
        median(vm_rss)
    );
    println!(
        "| oracle nix-instantiate (real microvm.nix, real lib) | {:.1} | {:.1} | {:.1} |",
        median(nix_ms),
        median(nix_cpu),
        median(nix_rss)
    );
    println!();
    println!(
        "ratio nix/vmcmd per case (wall): median {:.2}, min {lo:.2}, max {hi:.2}; measuring helper's own peak RSS {:.1} MiB",
        median(ratios),
        floor as f64 / 1024.0
    );
    std::process::ExitCode::SUCCESS
}
