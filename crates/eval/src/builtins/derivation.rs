//! `derivationStrict` and `derivation`: symbolic derivations with the exact
//! `.drv` and output paths Nix 2.8 computes (`prim_derivationStrict`,
//! `hashDerivationModulo`, `makeOutputPath`), without writing or building
//! anything. `derivation` itself is the small Nix wrapper Nix defines in
//! `derivation.nix`, written here from its documented behaviour.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};
use vmcmd_syntax::{Origin, Span};

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::{Coerce, Evaluator};
use crate::store::{self, Derivation, hex};
use crate::value::{AttrEntry, Attrs, ContextElem, NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] =
    &[PrimOpDef { name: "derivationStrict", arity: 1, func: derivation_strict }];

const DERIVATION_NIX: &str = r#"
drvAttrs @ { outputs ? [ "out" ], ... }:
let
  strict = derivationStrict drvAttrs;
  commonAttrs = drvAttrs // (builtins.listToAttrs outputsList) // {
    all = map (x: x.value) outputsList;
    inherit drvAttrs;
  };
  outputToAttrListElement = outputName: {
    name = outputName;
    value = commonAttrs // {
      outPath = builtins.getAttr outputName strict;
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };
  outputsList = map outputToAttrListElement outputs;
in (builtins.head outputsList).value
"#;

/// Evaluates the `derivation` wrapper once.
pub(crate) fn derivation_function(ev: &mut Evaluator) -> Value {
    let expr = ev.load(Origin::Builtin("derivation.nix".into()), DERIVATION_NIX.into());
    match expr.and_then(|e| {
        let env = std::rc::Rc::new(crate::value::Env {
            vals: crate::value::EnvVals::new(),
            parent: None,
        });
        ev.eval(&e, &env)
    }) {
        Ok(v) => v,
        Err(_) => Value::Null,
    }
}

fn output_path_name(drv_name: &str, output: &str) -> String {
    if output == "out" { drv_name.to_string() } else { format!("{drv_name}-{output}") }
}

fn is_fixed(drv: &Derivation) -> bool {
    drv.outputs.len() == 1 && drv.outputs.get("out").is_some_and(|(_, _, h)| !h.is_empty())
}

/// `hashDerivationModulo`.
pub(crate) fn hash_modulo(ev: &Evaluator, drv: &Derivation, mask: bool) -> Vec<u8> {
    if is_fixed(drv) {
        let (path, algo, hash) = &drv.outputs["out"];
        let s = format!("fixed:out:{algo}:{hash}:{path}");
        return Sha256::digest(s.as_bytes()).to_vec();
    }
    let mut inputs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, outs) in &drv.input_drvs {
        let key = match ev.derivations.get(path) {
            Some(d) => hex(&hash_modulo(ev, d, false)),
            None => path.clone(),
        };
        inputs.insert(key, outs.clone());
    }
    Sha256::digest(drv.unparse_with(&inputs, mask).as_bytes()).to_vec()
}

fn derivation_strict(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let attrs = ev.force_attrs(&a[0])?;
    let Some(name) = attrs.get("name") else {
        return Err(EvalError::at(
            ErrorKind::MissingAttr,
            "required attribute 'name' missing",
            span,
        ));
    };
    let drv_name = ev.force_string_no_ctx(&name.clone())?.to_string();
    if drv_name.ends_with(".drv") {
        return Err(EvalError::at(
            ErrorKind::Other,
            "derivation names are not allowed to end in '.drv'",
            span,
        ));
    }
    let ignore_nulls = match attrs.get("__ignoreNulls") {
        Some(v) => ev.force_bool(&v.clone())?,
        None => false,
    };
    let structured = match attrs.get("__structuredAttrs") {
        Some(v) => ev.force_bool(&v.clone())?,
        None => false,
    };
    let mut json: Vec<String> = Vec::new();
    let mut drv = Derivation::default();
    let mut ctx: BTreeSet<ContextElem> = BTreeSet::new();
    let mut outputs: Vec<String> = vec!["out".into()];
    let (mut hash, mut algo, mut recursive) = (None, String::new(), false);
    let opts = Coerce { more: true, copy_to_store: true };
    for e in attrs.entries() {
        let key = e.name.to_string();
        if key == "__ignoreNulls" {
            continue;
        }
        let v = ev.force(&e.value)?;
        if ignore_nulls && matches!(v, Value::Null) {
            continue;
        }
        if key == "args" {
            let list = ev.force_list(&v)?;
            for x in list.iter() {
                let s = ev.coerce_to_string(x, opts)?;
                s.collect_context(&mut ctx);
                drv.args.push(s.as_str().to_string());
            }
            continue;
        }
        if structured {
            if key == "__structuredAttrs" {
                continue;
            }
            let j = crate::print::to_json(ev, &v, &mut ctx)?;
            let mut entry = String::new();
            crate::print::json_string(&key, &mut entry);
            entry.push(':');
            entry.push_str(&j);
            json.push(entry);
            match key.as_str() {
                "builder" => drv.builder = ev.force_string(&v)?.as_str().to_string(),
                "system" => drv.platform = ev.force_string(&v)?.as_str().to_string(),
                "outputHash" => hash = Some(ev.force_string(&v)?.as_str().to_string()),
                "outputHashAlgo" => algo = ev.force_string(&v)?.as_str().to_string(),
                "outputHashMode" => recursive = ev.force_string(&v)?.as_str() == "recursive",
                "outputs" => {
                    let list = ev.force_list(&v)?;
                    outputs = Vec::new();
                    for o in list.iter() {
                        outputs.push(ev.force_string_no_ctx(o)?.to_string());
                    }
                }
                _ => {}
            }
            continue;
        }
        let s = ev.coerce_to_string(&v, opts)?;
        s.collect_context(&mut ctx);
        let text = s.as_str().to_string();
        match key.as_str() {
            "builder" => drv.builder = text.clone(),
            "system" => drv.platform = text.clone(),
            "outputHash" => hash = Some(text.clone()),
            "outputHashAlgo" => algo = text.clone(),
            "outputHashMode" => recursive = text == "recursive",
            "outputs" => {
                outputs = text.split_whitespace().map(str::to_string).collect();
                let mut seen = BTreeSet::new();
                for o in &outputs {
                    if o == "drv" {
                        return Err(EvalError::at(
                            ErrorKind::Other,
                            "invalid derivation output name 'drv'",
                            span,
                        ));
                    }
                    if !seen.insert(o.clone()) {
                        return Err(EvalError::at(
                            ErrorKind::Other,
                            format!("duplicate derivation output '{o}'"),
                            span,
                        ));
                    }
                }
                if outputs.is_empty() {
                    return Err(EvalError::at(
                        ErrorKind::Other,
                        "derivation cannot have an empty set of outputs",
                        span,
                    ));
                }
            }
            _ => {}
        }
        drv.env.insert(key, text);
    }
    if structured {
        drv.env.insert("__json".into(), format!("{{{}}}", json.join(",")));
    }
    for (k, what) in [("builder", &drv.builder), ("system", &drv.platform)] {
        if !attrs.contains(k) {
            let _ = what;
            return Err(EvalError::at(
                ErrorKind::MissingAttr,
                format!("required attribute '{k}' missing"),
                span,
            ));
        }
    }
    for c in &ctx {
        if let Some(p) = c.strip_prefix('=') {
            let outs = ev
                .derivations
                .get(p)
                .map(|d| d.outputs.keys().cloned().collect())
                .unwrap_or_else(|| vec!["out".to_string()]);
            drv.input_srcs.push(p.to_string());
            drv.input_drvs.insert(p.to_string(), outs);
        } else if let Some(rest) = c.strip_prefix('!') {
            let (out, p) = rest.split_once('!').unwrap_or((rest, ""));
            let entry = drv.input_drvs.entry(p.to_string()).or_default();
            if !entry.iter().any(|o| o == out) {
                entry.push(out.to_string());
            }
        } else {
            drv.input_srcs.push(c.to_string());
        }
    }
    drv.input_srcs.sort();
    drv.input_srcs.dedup();
    let store_dir = ev.settings.store_dir.clone();
    if let Some(h) = hash {
        if outputs != ["out"] {
            return Err(EvalError::at(
                ErrorKind::Other,
                "multiple outputs are not supported in fixed-output derivations",
                span,
            ));
        }
        let algo = if algo.is_empty() { "sha256".to_string() } else { algo };
        let bytes = decode_hash(&h, &algo)
            .ok_or_else(|| EvalError::at(ErrorKind::Other, format!("invalid hash '{h}'"), span))?;
        let path = store::fixed_output_path(&store_dir, recursive, &algo, &bytes, &drv_name);
        drv.env.insert("out".into(), path.clone());
        let algo_field = format!("{}{algo}", if recursive { "r:" } else { "" });
        drv.outputs.insert("out".into(), (path, algo_field, hex(&bytes)));
    } else {
        for o in &outputs {
            drv.env.insert(o.clone(), String::new());
            drv.outputs.insert(o.clone(), (String::new(), String::new(), String::new()));
        }
        let h = hash_modulo(ev, &drv, true);
        for o in &outputs {
            let p = store::make_store_path(
                &store_dir,
                &format!("output:{o}"),
                &h,
                &output_path_name(&drv_name, o),
            );
            drv.env.insert(o.clone(), p.clone());
            if let Some(entry) = drv.outputs.get_mut(o) {
                entry.0 = p;
            }
        }
    }
    let mut refs: Vec<String> = drv.input_srcs.clone();
    refs.extend(drv.input_drvs.keys().cloned());
    refs.sort();
    refs.dedup();
    let text = drv.unparse(false);
    let drv_path = store::text_path(&store_dir, &format!("{drv_name}.drv"), &text, &refs);
    let mut entries = Vec::new();
    let mut c = BTreeSet::new();
    c.insert(ContextElem::from(format!("={drv_path}").as_str()));
    entries.push(AttrEntry {
        name: "drvPath".into(),
        value: Value::String(NixString::with_context(drv_path.clone(), c)),
        pos: None,
    });
    for (o, (p, _, _)) in &drv.outputs {
        let mut c = BTreeSet::new();
        c.insert(ContextElem::from(format!("!{o}!{drv_path}").as_str()));
        entries.push(AttrEntry {
            name: o.as_str().into(),
            value: Value::String(NixString::with_context(p.clone(), c)),
            pos: None,
        });
    }
    ev.derivations.insert(drv_path, drv);
    Ok(Value::attrs(Attrs::from_entries(entries)))
}

/// Decodes a hash given in base-16, Nix base-32 or base-64 (SRI too).
fn decode_hash(h: &str, algo: &str) -> Option<Vec<u8>> {
    let (algo, h) = match h.split_once('-') {
        Some((a, rest)) if ["md5", "sha1", "sha256", "sha512"].contains(&a) => (a, rest),
        _ => (algo, h),
    };
    let size = match algo {
        "md5" => 16,
        "sha1" => 20,
        "sha256" => 32,
        "sha512" => 64,
        _ => return None,
    };
    if h.len() == size * 2 {
        return (0..size).map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok()).collect();
    }
    if h.len() == (size * 8).div_ceil(5) {
        return store::base32_decode(h, size);
    }
    base64_decode(h).filter(|b| b.len() == size)
}

fn base64_decode(s: &str) -> Option<Vec<u8>> {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        if c == b'=' {
            break;
        }
        let v = T.iter().position(|x| *x == c)? as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    Some(out)
}
