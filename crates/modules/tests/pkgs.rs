//! Differential tests of the built-in symbolic package set: every
//! `tests/pkgs/*.nix` case evaluates `import <nixpkgs> { ... }` with
//! vmcmd's built-in nixpkgs and is compared with what real Nix 2.8 printed
//! for the same case on the project oracle's mock package set and the real
//! nixpkgs lib (`tests/pkgs/regen.sh`): store paths, names, outputs,
//! overrides, platforms and trivial builders agree bit for bit.

use std::path::{Path, PathBuf};

use vmcmd_eval::Settings;
use vmcmd_testkit::{assert_report, check_corpus};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/pkgs").canonicalize().unwrap()
}

fn settings(search: Vec<(String, PathBuf)>) -> Settings {
    let mut s = Settings {
        search_path: search,
        cwd: corpus_dir().join("../..").canonicalize().unwrap(),
        home: Some("/homeless-shelter".to_string()),
        ..Settings::default()
    };
    vmcmd_modules::install(&mut s);
    s
}

fn normalize(line: &str) -> String {
    line.to_string()
}

#[test]
fn pkgs_corpus_agrees_with_oracle_mock() {
    let report = check_corpus(&corpus_dir(), settings, normalize);
    assert_report("pkgs", &report);
}

/// The machine id microvm.nix reads back from a python3 derivation
/// (`uuid.uuid5(uuid.NAMESPACE_DNS, hostName)`) is computed in Nix; the
/// expected values are python3's.
#[test]
fn machine_uuid_matches_python_uuid5() {
    use vmcmd_eval::Evaluator;
    use vmcmd_eval::driver::{Input, Request, run};
    let expr = r#"let pkgs = import <nixpkgs> { system = "x86_64-linux"; };
        u = pkgs.runCommand "machine-uuid" { } ''
          ${pkgs.python3}/bin/python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, "qemu-machined-register"), end="")' > $out
        '';
      in [ (map pkgs.vmcmd.uuid5Dns [ "" "a" "net-vm" "net-vm-with-a-very-long-hostname-that-is-just-about-sixty-three-c" ])
           u.outPath ]"#;
    let req = Request {
        input: Input::Expr(expr.to_string()),
        auto_args: vec![],
        attr_path: None,
        json: true,
    };
    let got = vmcmd_eval::run_with_big_stack(move || {
        let mut ev = Evaluator::new(settings(Vec::new()));
        run(&mut ev, &req).map_err(|e| e.message)
    });
    assert_eq!(
        got.unwrap(),
        concat!(
            r#"[["4ebd0208-8328-5d69-8c44-ec50939c0967","4f3f2898-69e3-5a0d-820a-c4e87987dbce","#,
            r#""2ba7c732-b0ee-55b6-90a3-f5a5c806358a","4ef05bb5-db25-5a69-b047-d28e6a12ab81"],"#,
            r#""/nix/store/y1hix0gnh6xsvmkr5lzhcvfiv7jpa1k0-machine-uuid"]"#
        )
    );
}

/// `pkgs/overrides.json` (what the CLI fills from `NAME=VERSION` /
/// `FILE.json`) acts like `config.vmcmd.packages`, which the corpus checks
/// against the oracle (`version-override.nix`).
#[test]
fn overrides_json_acts_like_config_overrides() {
    use vmcmd_eval::Evaluator;
    use vmcmd_eval::driver::{Input, Request, run};
    let overrides = r#"{ "firecracker": "1.12.1", "cloud-hypervisor": "35.0", "kernel": "6.1.100",
        "python3Packages.supervisor": "4.2.5", "my-tool": { "version": "2.0", "mainProgram": "mt" } }"#;
    let facts = |config: &str| {
        format!(
            r#"let pkgs = import <nixpkgs> {{ system = "x86_64-linux"; {config} }}; in
            map toString [ pkgs.firecracker pkgs.cloud-hypervisor pkgs.linuxPackages.kernel.dev
              pkgs.linux pkgs.python3Packages.supervisor.name pkgs.python3Packages.supervisor
              (if pkgs ? my-tool then pkgs.lib.getExe pkgs.my-tool else "none") pkgs.crosvm pkgs.qemu ]"#
        )
    };
    let eval = |expr: String, file: Option<&'static str>| {
        let req =
            Request { input: Input::Expr(expr), auto_args: vec![], attr_path: None, json: true };
        vmcmd_eval::run_with_big_stack(move || {
            let mut s = settings(Vec::new());
            if let Some(text) = file {
                let path = PathBuf::from(format!("{}/pkgs/overrides.json", vmcmd_modules::ROOT));
                s.virtual_files.insert(path, text.into());
            }
            let mut ev = Evaluator::new(s);
            run(&mut ev, &req).map_err(|e| e.message)
        })
        .unwrap()
    };
    let via_file = eval(facts(""), Some(overrides));
    let via_config =
        eval(facts(&format!("config.vmcmd.packages = builtins.fromJSON ''{overrides}'';")), None);
    let plain = eval(facts(""), None);
    assert_eq!(via_file, via_config);
    assert!(via_file.contains("-firecracker-1.12.1\""), "{via_file}");
    assert!(via_file.contains("python3.13-supervisor-4.2.5"), "{via_file}");
    assert!(via_file.contains("-linux-6.1.100-dev\""), "{via_file}");
    assert!(via_file.contains("-my-tool-2.0/bin/mt\""), "{via_file}");
    assert_ne!(via_file, plain);
}
