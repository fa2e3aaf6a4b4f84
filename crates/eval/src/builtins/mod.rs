//! The `builtins` set and the global names, as Nix 2.8 defines them.
//!
//! Each family lives in its own file and exports a `PRIMOPS` table; this
//! module installs them into `builtins`, adds the constants
//! (`currentSystem`, `nixVersion`, `storeDir` …) and the unprefixed globals
//! (`map`, `toString`, `import`, `throw` …), and exposes every builtin as
//! `__name` too, exactly as `EvalState::createBaseEnv` does. Builtins that
//! fetch, build or execute are present but refuse with a diagnostic.
//! vmcmd's own helpers for its built-in lib (`provenance.rs`) are globals
//! named `__vmcmd…` only, never attributes of `builtins`.

pub(crate) mod arith;
pub(crate) mod attrs;
pub(crate) mod context;
pub(crate) mod control;
pub(crate) mod derivation;
pub(crate) mod hash;
pub(crate) mod json;
pub(crate) mod lists;
pub(crate) mod paths;
pub(crate) mod provenance;
pub(crate) mod refused;
pub(crate) mod regex;
pub(crate) mod strings;
pub(crate) mod toml;
pub(crate) mod types;
pub(crate) mod versions;
pub(crate) mod xml;

use std::rc::Rc;

use crate::eval::Evaluator;
use crate::value::{Attrs, PrimOpApp, PrimOpDef, Str, Value};

/// Builtins that are also global without the `__` prefix (Nix 2.8).
const UNPREFIXED: &[&str] = &[
    "abort",
    "baseNameOf",
    "break",
    "derivationStrict",
    "dirOf",
    "fetchGit",
    "fetchMercurial",
    "fetchTarball",
    "fetchTree",
    "fromTOML",
    "import",
    "isNull",
    "map",
    "placeholder",
    "removeAttrs",
    "scopedImport",
    "throw",
    "toString",
];

fn families() -> [&'static [PrimOpDef]; 16] {
    [
        arith::PRIMOPS,
        attrs::PRIMOPS,
        context::PRIMOPS,
        control::PRIMOPS,
        derivation::PRIMOPS,
        hash::PRIMOPS,
        json::PRIMOPS,
        lists::PRIMOPS,
        paths::PRIMOPS,
        refused::PRIMOPS,
        regex::PRIMOPS,
        strings::PRIMOPS,
        toml::PRIMOPS,
        types::PRIMOPS,
        versions::PRIMOPS,
        xml::PRIMOPS,
    ]
}

/// Names of every builtin function vmcmd implements.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> =
        families().iter().flat_map(|f| f.iter().map(|p| p.name)).collect();
    v.sort_unstable();
    v
}

/// Installs `builtins` and the globals into a fresh evaluator.
pub(crate) fn install(ev: &mut Evaluator) {
    let mut entries: Vec<(Str, Value)> = Vec::new();
    for family in families() {
        for def in family {
            let v = Value::PrimOp(Rc::new(PrimOpApp { def, args: Vec::new() }));
            entries.push((def.name.into(), v));
        }
    }
    let search: Vec<Value> = ev
        .settings
        .search_path
        .iter()
        .map(|(prefix, path)| {
            Value::attrs(Attrs::from_pairs([
                ("path".into(), Value::str(path.to_string_lossy().as_ref())),
                ("prefix".into(), Value::str(prefix.as_str())),
            ]))
        })
        .collect();
    let constants: Vec<(&str, Value)> = vec![
        ("currentSystem", Value::str(ev.settings.current_system.as_str())),
        ("nixVersion", Value::str("2.8.0")),
        ("langVersion", Value::Int(6)),
        ("currentTime", Value::Int(ev.settings.current_time)),
        ("storeDir", Value::str(ev.settings.store_dir.as_str())),
        ("nixPath", Value::list(search)),
        ("true", Value::Bool(true)),
        ("false", Value::Bool(false)),
        ("null", Value::Null),
    ];
    for (name, v) in &constants {
        entries.push(((*name).into(), v.clone()));
    }
    // `builtins` is a member of itself; build it, then the globals.
    let mut set = Attrs::from_pairs(entries.clone());
    let placeholder = Value::attrs(set.clone());
    set.insert("builtins".into(), placeholder, None);
    let builtins = Value::attrs(set);
    let globals = &mut ev.globals;
    for (name, v) in &entries {
        if !matches!(&**name, "true" | "false" | "null") {
            globals.insert(format!("__{name}").into(), v.clone());
        }
    }
    for name in UNPREFIXED {
        if let Some((_, v)) = entries.iter().find(|(n, _)| &**n == *name) {
            globals.insert((*name).into(), v.clone());
        }
    }
    for (name, v) in constants {
        if matches!(name, "true" | "false" | "null") {
            globals.insert(name.into(), v);
        }
    }
    for def in provenance::PRIMOPS {
        let v = Value::PrimOp(Rc::new(PrimOpApp { def, args: Vec::new() }));
        globals.insert(format!("__{}", def.name).into(), v);
    }
    globals.insert("builtins".into(), builtins.clone());
    // `derivation` is written in Nix, as in Nix itself.
    let drv = derivation::derivation_function(ev);
    ev.globals.insert("derivation".into(), drv.clone());
    if let Value::Attrs(a) = &builtins {
        let mut a = (**a).clone();
        a.insert("derivation".into(), drv, None);
        let b = Value::attrs(a);
        ev.globals.insert("builtins".into(), b);
    }
}
