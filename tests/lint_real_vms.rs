//! `vmcmd lint` on real VM modules, end to end through the binary: every
//! microvm.nix oracle case (`tests/oracle/cases/`, and vmcmd's own
//! `crates/microvm/tests/oracle-extra/cases/`) is linted on its own, with
//! the guest system the oracle used, and compared with what real Nix and
//! microvm.nix did with it (`expected/<case>.json`):
//!
//! - a rejected case (an error, or failed assertions) exits 1 with at least
//!   one error located in the case file;
//! - an accepted case exits 0 without errors;
//! - a case microvm.nix warns about gets at least one warning;
//! - every diagnostic points into the case file.
//!
//! Also the fixtures of the rules that only real evaluation decides
//! (`fixtures/lint/<rule>/{err,ok}/*.nix`), diagnostics located through the
//! module system's definition positions (imports, `let` bindings), two
//! VM files linted as one host, and (with `VMCMD_GHAF_CHECKOUTS`) Ghaf
//! HEAD as a checkout.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One `path:line:col: severity[code]: message` line of `--format concise`.
#[derive(Debug, Clone)]
struct Diag {
    file: String,
    line: u32,
    severity: String,
    code: String,
    message: String,
}

fn parse(stdout: &str) -> Vec<Diag> {
    stdout
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let (loc, rest) = l.split_once(": ")?;
            let mut parts = loc.rsplitn(3, ':');
            let _col = parts.next()?;
            let line = parts.next()?.parse().ok()?;
            let file = parts.next()?.to_string();
            let (head, message) = rest.split_once(": ")?;
            let (severity, code) = head.trim_end_matches(']').split_once('[')?;
            Some(Diag {
                file,
                line,
                severity: severity.to_string(),
                code: code.to_string(),
                message: message.to_string(),
            })
        })
        .collect()
}

struct Run {
    status: i32,
    diags: Vec<Diag>,
    stdout: String,
    stderr: String,
}

fn lint(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_vmcmd"))
        .arg("lint")
        .arg("--format")
        .arg("concise")
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("NIX_PATH")
        .output()
        .expect("run vmcmd");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    Run {
        status: out.status.code().unwrap_or(-1),
        diags: parse(&stdout),
        stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn show(r: &Run) -> String {
    format!("exit {}\n{}{}", r.status, r.stdout, r.stderr)
}

/// Runs `f` over `items` on a few threads, keeping the order.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> =
            items.chunks(chunk).map(|c| s.spawn(|| c.iter().map(&f).collect::<Vec<R>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    })
}

fn cases() -> Vec<(PathBuf, serde_like::Expected)> {
    let mut out = Vec::new();
    for dir in ["tests/oracle", "crates/microvm/tests/oracle-extra"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir).join("cases"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            let exp = root().join(dir).join("expected").join(format!("{name}.json"));
            let Ok(text) = std::fs::read_to_string(&exp) else { continue };
            let rel = file.strip_prefix(root()).unwrap().to_path_buf();
            out.push((rel, serde_like::Expected::parse(&text)));
        }
    }
    out
}

/// The few fields of an oracle expectation, read without a JSON library
/// (the root package has no dependencies besides the CLI).
mod serde_like {
    #[derive(Debug)]
    pub struct Expected {
        pub system: String,
        pub rejected: bool,
        pub warnings: usize,
    }

    /// The text of a top-level key's value (up to the next top-level key).
    fn value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
        let start = text.find(&format!("\n  \"{key}\": "))? + key.len() + 7;
        let rest = &text[start..];
        let end = rest.find(",\n  \"").unwrap_or(rest.len());
        Some(rest[..end].trim())
    }

    impl Expected {
        pub fn parse(text: &str) -> Expected {
            let system = value(text, "system").unwrap_or("\"x86_64-linux\"").trim_matches('"');
            let error = value(text, "error").unwrap_or("null");
            let failed = value(text, "failed_assertions").unwrap_or("null");
            let warnings = value(text, "warnings").unwrap_or("[]");
            Expected {
                system: system.to_string(),
                rejected: error != "null" || !matches!(failed, "null" | "[]"),
                // Warnings are strings without `", "` inside in the oracle.
                warnings: if warnings == "[]" { 0 } else { warnings.matches("\n    \"").count() },
            }
        }
    }
}

#[test]
fn oracle_cases_lint_like_microvm_nix_decides() {
    let cases = cases();
    assert!(cases.len() > 75, "oracle cases missing: {}", cases.len());
    let results = parallel(&cases, |(file, exp)| {
        let file_s = file.display().to_string();
        let r = lint(&["--system", &exp.system, &file_s]);
        let mut problems = Vec::new();
        let errors = r.diags.iter().filter(|d| d.severity == "error").count();
        let warnings = r.diags.iter().filter(|d| d.severity == "warning").count();
        if r.diags.iter().any(|d| d.file != file_s) {
            problems.push("a diagnostic points outside the case file".to_string());
        }
        if r.status == 2 || (r.diags.is_empty() && r.status != 0) {
            problems.push("vmcmd failed".to_string());
        }
        if exp.rejected {
            if r.status != 1 || errors == 0 {
                problems.push("rejected by microvm.nix, but no error".to_string());
            }
        } else if r.status != 0 || errors > 0 {
            problems.push("accepted by microvm.nix, but linted with errors".to_string());
        }
        if exp.warnings > 0 && warnings == 0 {
            problems.push(format!("microvm.nix warns ({}), vmcmd lint does not", exp.warnings));
        }
        (file_s, exp.rejected, exp.warnings, errors, warnings, problems, show(&r))
    });
    let mut failures = Vec::new();
    let (mut rejected, mut clean, mut warned) = (0, 0, 0);
    for (file, rej, exp_warnings, errors, warnings, problems, out) in &results {
        if problems.is_empty() {
            rejected += usize::from(*rej);
            clean += usize::from(!rej && *errors == 0 && *warnings == 0);
            warned += usize::from(*exp_warnings > 0);
        } else {
            failures.push(format!("{file}: {}\n{out}", problems.join("; ")));
        }
    }
    println!(
        "real VM lint: {} cases; {rejected} rejected → error, {clean} accepted and clean, {warned} microvm.nix warnings → warning; {} problems",
        results.len(),
        failures.len()
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty(), "{} oracle cases disagree", failures.len());
}

/// The rules that only real evaluation decides: each `err` fixture gets the
/// rule's diagnostic (`runner_error`: microvm.nix rejects the VM, and a
/// rule explains why), each `ok` fixture none and exit 0.
#[test]
fn evaluation_rule_fixtures() {
    let rules = [
        ("invalid_definition", "VM003"),
        ("undeclared_option", "VM004"),
        ("failed_assertion", "VM005"),
        ("runner_error", "VM006"),
        ("microvm_warning", "VM007"),
    ];
    let mut jobs = Vec::new();
    for (rule, code) in rules {
        for kind in ["err", "ok"] {
            let dir = root().join("fixtures/lint").join(rule).join(kind);
            let mut files: Vec<PathBuf> =
                std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
            files.sort();
            assert!(!files.is_empty(), "no fixtures in {}", dir.display());
            for f in files {
                jobs.push((code, kind, f.strip_prefix(root()).unwrap().display().to_string()));
            }
        }
    }
    let problems: Vec<String> = parallel(&jobs, |(code, kind, file)| {
        let r = lint(&[file]);
        let hit = r.diags.iter().any(|d| d.code == *code && d.file == *file);
        let ok = match (*kind, *code) {
            ("err", "VM006") => r.status == 1 && r.diags.iter().any(|d| d.severity == "error"),
            ("err", "VM007") => hit && r.status == 0,
            ("err", _) => hit && r.status == 1,
            _ => !hit && r.status == 0 && r.diags.is_empty(),
        };
        (!ok).then(|| format!("{file} ({code} {kind}):\n{}", show(&r)))
    })
    .into_iter()
    .flatten()
    .collect();
    println!("evaluation rule fixtures: {} checked, {} problems", jobs.len(), problems.len());
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(problems.is_empty());
}

/// Definitions the syntax of the VM file does not show are located through
/// the module system's `definitionPositions`: behind a `let` binding, and
/// in an imported file.
#[test]
fn diagnostics_are_located_through_definition_positions() {
    let r = lint(&["fixtures/lint/real-vms/let-bound.nix"]);
    let d = r.diags.iter().find(|d| d.code == "VM104").unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(
        (d.file.as_str(), d.line),
        ("fixtures/lint/real-vms/let-bound.nix", 12),
        "{}",
        show(&r)
    );
    let r = lint(&["fixtures/lint/real-vms/imports.nix"]);
    let d = r.diags.iter().find(|d| d.code == "VM117").unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(
        (d.file.as_str(), d.line),
        ("fixtures/lint/real-vms/imported.nix", 5),
        "{}",
        show(&r)
    );
    assert_eq!(r.status, 1);
    // Given together, the imported module is part of the importing VM, not
    // a VM of its own: one diagnostic, not two.
    let r = lint(&["fixtures/lint/real-vms/imported.nix", "fixtures/lint/real-vms/imports.nix"]);
    assert_eq!(r.diags.len(), 1, "{}", show(&r));
}

/// The VMs of one invocation form one host.
#[test]
fn vm_files_of_one_invocation_form_a_host() {
    let a = "fixtures/lint/real-vms/host/net-vm.nix";
    let b = "fixtures/lint/real-vms/host/gui-vm.nix";
    for f in [a, b] {
        let r = lint(&[f]);
        assert_eq!((r.status, r.diags.len()), (0, 0), "{f} alone:\n{}", show(&r));
    }
    let r = lint(&[a, b]);
    let codes: Vec<&str> = r.diags.iter().map(|d| d.code.as_str()).collect();
    for code in ["VM401", "VM402", "VM403"] {
        assert!(codes.contains(&code), "{code} missing:\n{}", show(&r));
    }
    assert!(r.diags.iter().all(|d| d.file == a || d.file == b), "{}", show(&r));
    assert!(r.diags.iter().any(|d| d.message.contains("net-vm")), "{}", show(&r));
    assert_eq!(r.status, 1);
}

/// What the evaluation decides is reported once, under the rule that
/// mirrors it, and suppression comments work on VM diagnostics.
#[test]
fn assertions_and_suppressions() {
    let r = lint(&["tests/oracle/cases/invalid-iface-name-too-long.nix"]);
    let codes: Vec<&str> = r.diags.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["VM104"], "{}", show(&r));
    let r = lint(&["fixtures/lint/real-vms/suppressed.nix"]);
    assert_eq!((r.status, r.diags.len()), (0, 0), "{}", show(&r));
}

/// Ghaf HEAD (9a37dc8c2) as a checkout, when `VMCMD_GHAF_CHECKOUTS` has it
/// (see `tests/ghaf-oracle/README.md`): microvm.nix accepts the 4 VMs of
/// the generic host in both profiles, so linting the checkout reports no
/// error and lints all of them; a VM's own module lints that VM only.
#[test]
fn real_ghaf_checkout_has_no_false_errors() {
    let Some(dir) = std::env::var_os("VMCMD_GHAF_CHECKOUTS") else {
        assert!(
            std::env::var_os("VMCMD_REQUIRE_GHAF").is_none(),
            "VMCMD_REQUIRE_GHAF is set but VMCMD_GHAF_CHECKOUTS is not"
        );
        println!("real Ghaf lint: skipped (set VMCMD_GHAF_CHECKOUTS)");
        return;
    };
    let head = PathBuf::from(dir).join("9a37dc8c2ed1");
    assert!(head.join("flake.nix").is_file(), "{} is missing", head.display());
    let head = head.to_string_lossy().into_owned();
    let all = "linted VMs admin-vm, audio-vm, gui-vm and net-vm of the checkout's generic host";
    for profile in ["debug", "release"] {
        let r = lint(&["--profile", profile, &head]);
        assert_eq!(r.status, 0, "{profile}: {}", show(&r));
        assert!(r.diags.iter().all(|d| d.severity != "error"), "{profile}: {}", show(&r));
        assert!(r.stderr.contains(all), "{profile}: {}", show(&r));
        for vm in ["adminvm", "audiovm", "guivm", "netvm"] {
            let file = format!("{head}/modules/microvm/sysvms/{vm}-base.nix");
            let r = lint(&["--profile", profile, &file]);
            assert_eq!(r.status, 0, "{profile} {vm}: {}", show(&r));
            let name = vm.replace("vm", "-vm");
            assert!(
                r.stderr.contains(&format!("linted VM {name} of the checkout's generic host")),
                "{profile} {vm}: {}",
                show(&r)
            );
        }
    }
}
