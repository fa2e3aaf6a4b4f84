//! Attribute-set builtins: `attrNames`, `mapAttrs`, `listToAttrs`,
//! `zipAttrsWith` …, mirroring Nix 2.8's `primops.cc` (names sorted
//! bytewise, `listToAttrs` keeps the first of duplicate names, values stay
//! lazy).

use std::collections::BTreeMap;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::lower::Param;
use crate::value::{AttrEntry, Attrs, PrimOpDef, Str, Thunk, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "attrNames", arity: 1, func: attr_names },
    PrimOpDef { name: "attrValues", arity: 1, func: attr_values },
    PrimOpDef { name: "hasAttr", arity: 2, func: has_attr },
    PrimOpDef { name: "getAttr", arity: 2, func: get_attr },
    PrimOpDef { name: "listToAttrs", arity: 1, func: list_to_attrs },
    PrimOpDef { name: "mapAttrs", arity: 2, func: map_attrs },
    PrimOpDef { name: "removeAttrs", arity: 2, func: remove_attrs },
    PrimOpDef { name: "intersectAttrs", arity: 2, func: intersect_attrs },
    PrimOpDef { name: "catAttrs", arity: 2, func: cat_attrs },
    PrimOpDef { name: "functionArgs", arity: 1, func: function_args },
    PrimOpDef { name: "zipAttrsWith", arity: 2, func: zip_attrs_with },
    PrimOpDef { name: "unsafeGetAttrPos", arity: 2, func: unsafe_get_attr_pos },
];

fn attr_names(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let set = ev.force_attrs(&a[0])?;
    Ok(Value::list(set.entries().iter().map(|e| Value::str(e.name.clone())).collect()))
}

fn attr_values(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let set = ev.force_attrs(&a[0])?;
    Ok(Value::list(set.entries().iter().map(|e| e.value.clone()).collect()))
}

fn has_attr(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let set = ev.force_attrs(&a[1])?;
    Ok(Value::Bool(set.contains(&name)))
}

fn get_attr(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let set = ev.force_attrs(&a[1])?;
    match set.get(&name) {
        Some(v) => {
            let v = v.clone();
            ev.force(&v)
        }
        None => {
            let mut e = ev.missing_attr(&name, &set, span);
            e.message.push_str(" for call to 'getAttr'");
            Err(e)
        }
    }
}

fn list_to_attrs(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let list = ev.force_list(&a[0])?;
    let mut entries = Vec::with_capacity(list.len());
    for item in list.iter() {
        let item = ev.force_attrs(item)?;
        let Some(name) = item.get("name") else {
            return Err(EvalError::at(
                ErrorKind::MissingAttr,
                "attribute 'name' missing for call to 'listToAttrs'",
                span,
            ));
        };
        let name = ev.force_string_no_ctx(&name.clone())?;
        let Some(value) = item.get_entry("value") else {
            return Err(EvalError::at(
                ErrorKind::MissingAttr,
                "attribute 'value' missing for call to 'listToAttrs'",
                span,
            ));
        };
        entries.push(AttrEntry { name, value: value.value.clone(), pos: value.pos });
    }
    // Stable sort keeps source order among duplicates; dedup keeps the first.
    Ok(Value::attrs(Attrs::from_entries(entries)))
}

fn map_attrs(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let set = ev.force_attrs(&a[1])?;
    let f = a[0].clone();
    let entries = set
        .entries()
        .iter()
        .map(|e| {
            let partial = Thunk::apply(f.clone(), Value::str(e.name.clone()), span);
            // Nix 2.8's mapAttrs result has no attribute positions.
            AttrEntry {
                name: e.name.clone(),
                value: Thunk::apply(partial, e.value.clone(), span),
                pos: None,
            }
        })
        .collect();
    let _ = ev;
    Ok(Value::attrs(Attrs::from_sorted(entries)))
}

fn remove_attrs(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let set = ev.force_attrs(&a[0])?;
    let list = ev.force_list(&a[1])?;
    let mut names = Vec::with_capacity(list.len());
    for n in list.iter() {
        names.push(ev.force_string_no_ctx(n)?);
    }
    if names.is_empty() {
        return Ok(Value::Attrs(set));
    }
    let entries = set.entries().iter().filter(|e| !names.contains(&e.name)).cloned().collect();
    Ok(Value::attrs(Attrs::from_sorted(entries)))
}

fn intersect_attrs(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let left = ev.force_attrs(&a[0])?;
    let right = ev.force_attrs(&a[1])?;
    let entries = right.entries().iter().filter(|e| left.contains(&e.name)).cloned().collect();
    Ok(Value::attrs(Attrs::from_sorted(entries)))
}

fn cat_attrs(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let list = ev.force_list(&a[1])?;
    let mut out = Vec::new();
    for item in list.iter() {
        let set = ev.force_attrs(item)?;
        if let Some(v) = set.get(&name) {
            out.push(v.clone());
        }
    }
    Ok(Value::list(out))
}

fn function_args(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let f = ev.force(&a[0])?;
    match &f {
        Value::Lambda(c) => match &c.def.param {
            Param::Ident => Ok(Value::attrs(Attrs::new())),
            Param::Formals { formals, spans, .. } => Ok(Value::attrs(Attrs::from_entries(
                formals
                    .iter()
                    .zip(spans)
                    .map(|((n, d), s)| AttrEntry {
                        name: n.clone(),
                        value: Value::Bool(d.is_some()),
                        pos: Some(*s),
                    })
                    .collect(),
            ))),
        },
        Value::PrimOp(_) => Ok(Value::attrs(Attrs::new())),
        other => Err(EvalError::new(
            ErrorKind::Type,
            format!("'functionArgs' requires a function, got {}", other.show_type()),
        )),
    }
}

fn zip_attrs_with(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = a[0].clone();
    let list = ev.force_list(&a[1])?;
    let mut acc: BTreeMap<Str, Vec<Value>> = BTreeMap::new();
    for item in list.iter() {
        let set = ev.force_attrs(item)?;
        for e in set.entries() {
            acc.entry(e.name.clone()).or_default().push(e.value.clone());
        }
    }
    let entries = acc
        .into_iter()
        .map(|(name, values)| {
            let partial = Thunk::apply(f.clone(), Value::str(name.clone()), span);
            let value = Thunk::apply(partial, Value::list(values), span);
            AttrEntry { name, value, pos: None }
        })
        .collect();
    Ok(Value::attrs(Attrs::from_sorted(entries)))
}

fn unsafe_get_attr_pos(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let set = ev.force_attrs(&a[1])?;
    match set.get_entry(&name).and_then(|e| e.pos) {
        Some(pos) => Ok(ev.pos_value(pos)),
        None => Ok(Value::Null),
    }
}
