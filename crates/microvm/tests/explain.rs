//! `vmcmd explain` over every oracle case microvm.nix accepts: every
//! argument of `microvm-run` is traced to at least one option with a
//! value, and every definition located in the case file points at a line
//! that mentions the option (its last path component).
//! `EXPLAIN_CASE=<substring>` restricts the run.

use std::path::{Path, PathBuf};

use serde_json::Value;
use vmcmd_eval::{Evaluator, Settings};
use vmcmd_microvm::explain::explain_file;
use vmcmd_microvm::oracle::check_explanation;
use vmcmd_microvm::vm::install;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn settings() -> Settings {
    let mut s = Settings { cwd: repo(), ..Settings::default() };
    install(&mut s);
    s
}

/// Problems found in one case, and how many definitions were checked.
fn check_case(case: PathBuf, system: String) -> (Vec<String>, usize) {
    vmcmd_eval::run_with_big_stack(move || {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let mut ev = Evaluator::new(settings());
        let expl = match explain_file(&mut ev, &case, &system, &[]) {
            Ok(x) => x,
            Err(e) => return (vec![format!("{name}: evaluation failed: {}", e.message)], 0),
        };
        if let Some(r) = expl.vm.rejection() {
            return (vec![format!("{name}: rejected: {}", r.message)], 0);
        }
        let case_file = case.display().to_string();
        let (problems, checked) = check_explanation(&name, &expl, &|file| file == case_file);
        (problems, checked)
    })
}

#[test]
fn explain_traces_every_argument_of_every_accepted_oracle_case() {
    let filter = std::env::var("EXPLAIN_CASE").ok();
    let mut problems = Vec::new();
    let (mut cases, mut checked) = (0, 0);
    for dir in [repo().join("tests/oracle"), repo().join("crates/microvm/tests/oracle-extra")] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("cases"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "nix"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
                continue;
            }
            let exp_path = dir.join("expected").join(format!("{name}.json"));
            let Ok(text) = std::fs::read_to_string(&exp_path) else { continue };
            let exp: Value = serde_json::from_str(&text).unwrap();
            if exp["error"].is_string() {
                continue;
            }
            let system = exp["system"].as_str().unwrap_or("x86_64-linux").to_string();
            let (p, n) = check_case(file, system);
            cases += 1;
            checked += n;
            problems.extend(p);
        }
    }
    for p in &problems {
        eprintln!("EXPLAIN {p}");
    }
    println!("explain: {cases} cases, {checked} definitions in case files checked");
    assert!(filter.is_some() || cases > 40, "only {cases} cases");
    assert!(filter.is_some() || checked > 100, "only {checked} definitions checked");
    assert!(problems.is_empty(), "{} problems", problems.len());
}

/// One definition as the priorities test tables it: file name, line,
/// priority, won, provides the element.
type PrioRow = (String, Option<u32>, Option<i64>, bool, bool);

/// The fixture with definitions at several priorities in three files:
/// winners, losers and the element each list definition contributed.
#[test]
fn explain_priorities_fixture() {
    let file = repo().join("fixtures/vms/priorities.nix");
    let expl = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        let paths = vec!["microvm.vcpu".to_string(), "microvm.socket".to_string()];
        let x = explain_file(&mut ev, &file, "x86_64-linux", &paths).unwrap();
        let summary = |path: &str| -> Vec<PrioRow> {
            x.options[path]
                .definitions
                .iter()
                .map(|d| {
                    let f = d.location.file.rsplit('/').next().unwrap_or_default().to_string();
                    (f, d.location.line, d.priority, d.won, d.provides_element)
                })
                .collect()
        };
        let mem = summary("microvm.mem");
        let vcpu = summary("microvm.vcpu");
        let extra1 = summary("microvm.qemu.extraArgs.1");
        let extra3 = summary("microvm.qemu.extraArgs.3");
        let socket = x.options["microvm.socket"].clone();
        let value = |p: &str| x.options[p].value.clone();
        (mem, vcpu, extra1, extra3, socket, value("microvm.mem"), value("microvm.qemu.extraArgs.3"))
    });
    let (mem, vcpu, extra1, extra3, socket, mem_value, extra3_value) = expl;
    assert_eq!(
        mem,
        vec![
            ("base.nix".into(), Some(5), Some(1000), false, false),
            ("priorities.nix".into(), Some(14), Some(100), true, false),
        ]
    );
    assert_eq!(
        vcpu,
        vec![
            ("hardening.nix".into(), Some(6), Some(75), false, false),
            ("base.nix".into(), Some(6), Some(100), false, false),
            ("priorities.nix".into(), Some(15), Some(50), true, false),
        ]
    );
    assert_eq!(mem_value, Some(serde_json::json!(1536)));
    // extraArgs 0-1 come from one file, 2-3 from the other.
    assert_eq!(extra1.iter().filter(|d| d.4).count(), 1);
    assert_eq!(extra3.iter().filter(|d| d.4).count(), 1);
    assert_ne!(
        extra1.iter().find(|d| d.4).map(|d| d.0.clone()),
        extra3.iter().find(|d| d.4).map(|d| d.0.clone())
    );
    assert!(extra3_value.is_some());
    // mkIf false leaves a definition not in effect (its literal condition
    // unrecorded); the default is used.
    let [d] = socket.definitions.as_slice() else { panic!("{:?}", socket.definitions) };
    assert!(!d.in_effect && !d.won && d.priority.is_none() && d.conditions == [None]);
    assert!(socket.default_used());
}

/// One definition as the conditions test tables it: file name, line,
/// priority, in effect, won, the joined condition and where each
/// condition is (`None` where unrecorded).
type CondRow =
    (&'static str, u32, Option<i64>, bool, bool, Option<&'static str>, Vec<Option<(u32, u32)>>);

/// The fixture with definitions under `mkIf` (nested, inside `mkMerge`,
/// over several lines, around `mkDefault`, false, literal): the
/// conditions each definition sat under, where they are written, and the
/// explain checks (every condition is found at its line and column).
#[test]
fn explain_conditions_fixture() {
    let file = repo().join("fixtures/vms/conditions.nix");
    let expected: Vec<(&str, Vec<CondRow>)> = vec![
        (
            "microvm.mem",
            vec![(
                "conditions.nix",
                22,
                Some(100),
                true,
                true,
                Some("cfg.enable && cfg.big"),
                vec![Some((18, 21)), Some((22, 30))],
            )],
        ),
        (
            "microvm.vcpu",
            vec![
                ("switches.nix", 7, Some(100), true, true, Some("(unrecorded)"), vec![None]),
                (
                    "conditions.nix",
                    27,
                    Some(1000),
                    true,
                    false,
                    Some("cfg.enable && cfg.big && !cfg.debug"),
                    vec![Some((18, 21)), Some((25, 8))],
                ),
            ],
        ),
        (
            "microvm.socket",
            vec![(
                "conditions.nix",
                29,
                None,
                false,
                false,
                Some("cfg.enable && cfg.debug"),
                vec![Some((18, 21)), Some((28, 15))],
            )],
        ),
        (
            "networking.hostName",
            vec![(
                "conditions.nix",
                20,
                Some(100),
                true,
                true,
                Some("cfg.enable"),
                vec![Some((18, 21))],
            )],
        ),
        (
            "microvm.hypervisor",
            vec![(
                "conditions.nix",
                21,
                Some(100),
                true,
                true,
                Some("cfg.enable"),
                vec![Some((18, 21))],
            )],
        ),
    ];
    let paths: Vec<String> = expected.iter().map(|(p, _)| p.to_string()).collect();
    let (got, problems, checked) = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings());
        let x = explain_file(&mut ev, &file, "x86_64-linux", &paths).unwrap();
        let dir = repo().join("fixtures/vms/conditions").display().to_string();
        let main = file.display().to_string();
        let (problems, checked) =
            check_explanation("conditions", &x, &|f| f == main || f.starts_with(&dir));
        let got: Vec<(String, Vec<_>)> = paths
            .iter()
            .map(|p| {
                let rows = x.options[p]
                    .definitions
                    .iter()
                    .filter(|d| !d.location.builtin)
                    .map(|d| {
                        let f = d.location.file.rsplit('/').next().unwrap_or_default().to_string();
                        let at: Vec<Option<(u32, u32)>> = d
                            .conditions
                            .iter()
                            .map(|c| {
                                c.as_ref()
                                    .and_then(|c| Some((c.location.line?, c.location.column?)))
                            })
                            .collect();
                        (f, d.location.line, d.priority, d.in_effect, d.won, d.condition_text(), at)
                    })
                    .collect();
                (p.clone(), rows)
            })
            .collect();
        (got, problems, checked)
    });
    for ((path, want), (_, have)) in expected.iter().zip(&got) {
        let want: Vec<_> = want
            .iter()
            .map(|(f, line, prio, eff, won, cond, at)| {
                (
                    f.to_string(),
                    Some(*line),
                    *prio,
                    *eff,
                    *won,
                    cond.map(str::to_string),
                    at.clone(),
                )
            })
            .collect();
        assert_eq!(&want, have, "{path}");
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // 6 definitions and 8 recorded conditions in the fixture's files
    assert_eq!(checked, 14);
}
