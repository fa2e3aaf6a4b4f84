//! `vmcmd-bench --ghaf-diff REPO REV_A REV_B [RUNS] [-- DIFF-ARGS…]`: the
//! wall time and peak memory of the `vmcmd diff` process (issue 10's
//! targets: two adjacent Ghaf revisions for the generic host < 1 s, for
//! all laptop targets < 5 s), median of RUNS runs, as a Markdown row.

use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

pub const FLAG: &str = "--ghaf-diff";

/// Peak RSS of the last waited-for child, in KiB (`getrusage`).
fn children_max_rss_kib() -> i64 {
    // SAFETY: getrusage writes into the zeroed struct we pass.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) == 0 { usage.ru_maxrss } else { -1 }
    }
}

pub fn run(mut args: impl Iterator<Item = std::ffi::OsString>) -> ExitCode {
    let (Some(repo), Some(a), Some(b)) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: vmcmd-bench {FLAG} REPO REV_A REV_B [RUNS] [-- DIFF-ARGS…]");
        return ExitCode::from(2);
    };
    let mut runs = 5usize;
    let mut extra: Vec<std::ffi::OsString> = Vec::new();
    let mut rest = args.peekable();
    if let Some(n) = rest.peek().and_then(|s| s.to_str()?.parse::<usize>().ok()) {
        runs = n.max(1);
        rest.next();
    }
    if rest.peek().is_some_and(|s| s == "--") {
        rest.next();
    }
    extra.extend(rest);
    let vmcmd = std::env::var_os("VMCMD").map(PathBuf::from).unwrap_or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("vmcmd")))
            .unwrap_or_else(|| PathBuf::from("vmcmd"))
    });
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let status = Command::new(&vmcmd)
            .arg("diff")
            .arg(&repo)
            .arg(&a)
            .arg(&b)
            .args(&extra)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        match status {
            Ok(s) if s.code().is_some_and(|c| c <= 1) => times.push(ms),
            Ok(s) => {
                eprintln!("vmcmd-bench: vmcmd diff failed ({s})");
                return ExitCode::from(1);
            }
            Err(e) => {
                eprintln!("vmcmd-bench: cannot run {}: {e}", vmcmd.display());
                return ExitCode::from(1);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let extra: Vec<String> = extra.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    println!(
        "| `vmcmd diff {} {} {}` | median {:.0} ms | min {:.0} ms | peak RSS {} MiB | {runs} runs |",
        a.to_string_lossy(),
        b.to_string_lossy(),
        extra.join(" "),
        times[times.len() / 2],
        times[0],
        children_max_rss_kib() / 1024
    );
    ExitCode::SUCCESS
}
