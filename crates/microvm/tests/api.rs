//! API behaviour beyond the oracle texts: provenance of arguments,
//! non-declared runners, and that malformed input is an error value, never
//! a panic.

use serde_json::Value;
use std::path::Path;
use vmcmd_microvm::{ErrorKind, Hypervisor, Input, PackageTable, generate};

fn oracle_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/oracle"))
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn table() -> PackageTable {
    PackageTable::from_json(&read_json(&oracle_dir().join("mock-packages.json"))).expect("table")
}

fn case(name: &str) -> Value {
    read_json(&oracle_dir().join(format!("expected/{name}.json")))
}

fn input<'a>(case: &'a Value, table: &'a PackageTable) -> Input<'a> {
    Input {
        config: &case["config"],
        system: case["system"].as_str().unwrap_or("x86_64-linux"),
        vm_host_system: case["vm_host_system"].as_str().unwrap_or("x86_64-linux"),
        packages: table,
        hypervisor: None,
        toplevel: None,
        epoch: vmcmd_microvm::epoch::current(),
    }
}

#[test]
fn arguments_remember_their_options() {
    let table = table();
    let c = case("qemu-volumes");
    let runner = generate(&input(&c, &table)).expect("runner");
    let args: Vec<_> = runner.command.args().collect();
    let pos = args.iter().position(|a| a.text == "-m").expect("-m");
    assert_eq!(args[pos + 1].text, "512M");
    assert!(args[pos + 1].sources.iter().any(|s| s == "microvm.mem"));
    let drive = args.iter().find(|a| a.text.starts_with("id=vdb,")).expect("vdb drive");
    assert!(drive.sources.iter().any(|s| s == "microvm.volumes.0.image"), "{:?}", drive.sources);
    assert_eq!(runner.command.render().matches("${").count(), 0);
    assert!(runner.run_script().contains(&runner.command.render()));
}

#[test]
fn non_declared_runner() {
    let table = table();
    let c = case("qemu-defaults");
    let mut i = input(&c, &table);
    i.hypervisor = Some(Hypervisor::CloudHypervisor);
    let runner = generate(&i).expect("cloud-hypervisor runner");
    assert_eq!(runner.name, "microvm-cloud-hypervisor-nixos");
    assert!(runner.run_script().contains("/bin/cloud-hypervisor --cpus"));
    assert!(runner.warnings.iter().any(|w| w.contains("systemd-notify via vsock")));
}

#[test]
fn throw_keeps_warnings() {
    let table = table();
    let c = case("invalid-chv-9p-share");
    let err = generate(&input(&c, &table)).expect_err("throws");
    assert_eq!(err.kind, ErrorKind::Throw);
    assert_eq!(err.message, "cloud-hypervisor supports only shares that are virtiofs");
    assert_eq!(err.warnings.len(), 1);
}

/// Replacement values that break every type expectation.
fn poison() -> Vec<Value> {
    vec![
        Value::Null,
        Value::Bool(true),
        Value::from(-1),
        Value::from(0),
        Value::from("x y'z"),
        Value::Array(vec![Value::Null]),
        serde_json::json!({}),
        serde_json::json!({"__oracle_error": "boom"}),
    ]
}

/// Calls `f` with every value in `v` (recursively) replaced in turn.
fn mutate(v: &Value, f: &mut dyn FnMut(&Value)) {
    fn walk(root: &Value, path: &mut Vec<Step>, f: &mut dyn FnMut(&Value)) {
        let node = get(root, path);
        let children: Vec<Step> = match node {
            Value::Object(m) => m.keys().cloned().map(Step::Key).collect(),
            Value::Array(a) => (0..a.len()).map(Step::Index).collect(),
            _ => Vec::new(),
        };
        for p in poison() {
            let mut copy = root.clone();
            if let Some(slot) = get_mut(&mut copy, path) {
                *slot = p;
                f(&copy);
            }
        }
        for c in children {
            path.push(c);
            walk(root, path, f);
            path.pop();
        }
    }
    walk(v, &mut Vec::new(), f);
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn get<'a>(v: &'a Value, path: &[Step]) -> &'a Value {
    path.iter().fold(v, |v, s| match s {
        Step::Key(k) => &v[k.as_str()],
        Step::Index(i) => &v[*i],
    })
}

fn get_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    let mut cur = v;
    for s in path {
        cur = match s {
            Step::Key(k) => cur.get_mut(k.as_str())?,
            Step::Index(i) => cur.get_mut(*i)?,
        };
    }
    Some(cur)
}

#[test]
fn malformed_input_never_panics() {
    let table = table();
    for name in [
        "qemu-volumes",
        "chv-basic",
        "fc-basic",
        "crosvm-basic",
        "kvmtool-basic",
        "stratovirt-basic",
        "alioth-basic",
        "vfkit-darwin",
        "qemu-devices-pci-usb",
        "qemu-forwardports",
    ] {
        let c = case(name);
        let microvm = &c["config"]["microvm"];
        let mut runs = 0;
        mutate(microvm, &mut |m| {
            let mut config = c["config"].clone();
            config["microvm"] = m.clone();
            let i = Input { config: &config, ..input(&c, &table) };
            let _ = generate(&i);
            runs += 1;
        });
        assert!(runs > 100, "{name}: only {runs} mutations");
    }
    // Entirely wrong shapes.
    let c = case("qemu-defaults");
    for config in [Value::Null, serde_json::json!({}), serde_json::json!({"microvm": []})] {
        let i = Input { config: &config, ..input(&c, &table) };
        assert!(generate(&i).is_err());
    }
}
