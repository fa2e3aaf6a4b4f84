//! String-context builtins: `hasContext`, `getContext`, `appendContext`,
//! `unsafeDiscardStringContext`, `unsafeDiscardOutputDependency` and
//! `placeholder`, using Nix 2.8's encoding of context elements (`/path`,
//! `=drv` for all outputs, `!out!drv` for one output).

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};
use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::store::base32;
use crate::value::{Attrs, ContextElem, NixString, PrimOpDef, Str, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "hasContext", arity: 1, func: has_context },
    PrimOpDef { name: "getContext", arity: 1, func: get_context },
    PrimOpDef { name: "appendContext", arity: 2, func: append_context },
    PrimOpDef { name: "unsafeDiscardStringContext", arity: 1, func: discard },
    PrimOpDef { name: "unsafeDiscardOutputDependency", arity: 1, func: discard_output_dep },
    PrimOpDef { name: "placeholder", arity: 1, func: placeholder },
];

fn has_context(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    Ok(Value::Bool(ev.force_string(&a[0])?.has_context()))
}

fn discard(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    // Nix coerces here, so `{ outPath = …; }` works too.
    let s = ev.coerce_to_string(&a[0], crate::eval::Coerce { more: false, copy_to_store: true })?;
    Ok(Value::str(s.as_rc().clone()))
}

fn discard_output_dep(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    let ctx: BTreeSet<ContextElem> = s
        .context()
        .map(|c| match c.strip_prefix('=') {
            Some(p) => ContextElem::from(p),
            None => c.clone(),
        })
        .collect();
    Ok(Value::String(NixString::with_context(s.as_rc().clone(), ctx)))
}

#[derive(Default)]
struct Info {
    path: bool,
    all_outputs: bool,
    outputs: Vec<String>,
}

fn get_context(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    let mut map: BTreeMap<String, Info> = BTreeMap::new();
    for c in s.context() {
        if let Some(p) = c.strip_prefix('=') {
            map.entry(p.to_string()).or_default().all_outputs = true;
        } else if let Some(rest) = c.strip_prefix('!') {
            let (out, path) = rest.split_once('!').unwrap_or((rest, ""));
            map.entry(path.to_string()).or_default().outputs.push(out.to_string());
        } else {
            map.entry(c.to_string()).or_default().path = true;
        }
    }
    let pairs = map.into_iter().map(|(k, info)| {
        let mut attrs = Vec::new();
        if info.all_outputs {
            attrs.push(("allOutputs".into(), Value::Bool(true)));
        }
        if !info.outputs.is_empty() {
            let mut outs = info.outputs;
            outs.sort();
            attrs.push(("outputs".into(), Value::list(outs.into_iter().map(Value::str).collect())));
        }
        if info.path {
            attrs.push(("path".into(), Value::Bool(true)));
        }
        (Str::from(k), Value::attrs(Attrs::from_pairs(attrs)))
    });
    Ok(Value::attrs(Attrs::from_pairs(pairs.collect::<Vec<_>>())))
}

fn append_context(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    let spec = ev.force_attrs(&a[1])?;
    let mut ctx = BTreeSet::new();
    s.collect_context(&mut ctx);
    for e in spec.entries() {
        let path = &e.name;
        if !path.starts_with(&format!("{}/", ev.settings.store_dir)) {
            return Err(EvalError::new(
                ErrorKind::Other,
                format!("context key '{path}' is not a store path"),
            ));
        }
        let info = ev.force_attrs(&e.value)?;
        if let Some(p) = info.get("path")
            && ev.force_bool(&p.clone())?
        {
            ctx.insert(path.clone());
        }
        if let Some(all) = info.get("allOutputs")
            && ev.force_bool(&all.clone())?
        {
            ctx.insert(format!("={path}").into());
        }
        if let Some(outs) = info.get("outputs") {
            let outs = ev.force_list(&outs.clone())?;
            for o in outs.iter() {
                let o = ev.force_string_no_ctx(o)?;
                ctx.insert(format!("!{o}!{path}").into());
            }
        }
    }
    Ok(Value::String(NixString::with_context(s.as_rc().clone(), ctx)))
}

/// Nix's `hashPlaceholder`.
pub fn placeholder_for(output: &str) -> String {
    let h = Sha256::digest(format!("nix-output:{output}").as_bytes());
    format!("/{}", base32(&h))
}

fn placeholder(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let out = ev.force_string_no_ctx(&a[0])?;
    Ok(Value::str(placeholder_for(&out)))
}
