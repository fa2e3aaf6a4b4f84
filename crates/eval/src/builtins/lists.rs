//! List builtins: `map`, `filter`, `foldl'`, `sort`, `genList`,
//! `genericClosure` …, mirroring Nix 2.8's `primops.cc` (`map` and
//! `genList` stay lazy per element, `sort` is stable, `foldl'` forces the
//! accumulator, out-of-range indices use Nix's wording).

use std::cmp::Ordering;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::ops;
use crate::value::{AttrEntry, Attrs, PrimOpDef, Str, Thunk, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "length", arity: 1, func: length },
    PrimOpDef { name: "head", arity: 1, func: head },
    PrimOpDef { name: "tail", arity: 1, func: tail },
    PrimOpDef { name: "elemAt", arity: 2, func: elem_at },
    PrimOpDef { name: "elem", arity: 2, func: elem },
    PrimOpDef { name: "map", arity: 2, func: map },
    PrimOpDef { name: "filter", arity: 2, func: filter },
    PrimOpDef { name: "concatLists", arity: 1, func: concat_lists },
    PrimOpDef { name: "concatMap", arity: 2, func: concat_map },
    PrimOpDef { name: "genList", arity: 2, func: gen_list },
    PrimOpDef { name: "foldl'", arity: 3, func: foldl },
    PrimOpDef { name: "sort", arity: 2, func: sort },
    PrimOpDef { name: "partition", arity: 2, func: partition },
    PrimOpDef { name: "groupBy", arity: 2, func: group_by },
    PrimOpDef { name: "all", arity: 2, func: all },
    PrimOpDef { name: "any", arity: 2, func: any },
    PrimOpDef { name: "genericClosure", arity: 1, func: generic_closure },
];

/// The most elements `genList` creates.
const MAX_GEN_LIST: i64 = 1 << 26;

fn length(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    Ok(Value::Int(ev.force_list(&a[0])?.len() as i64))
}

fn out_of_bounds(i: i64) -> Box<EvalError> {
    EvalError::new(ErrorKind::Other, format!("list index {i} is out of bounds"))
}

fn head(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[0])?;
    match l.first() {
        Some(v) => ev.force(&v.clone()),
        None => Err(out_of_bounds(0)),
    }
}

fn tail(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[0])?;
    if l.is_empty() {
        return Err(EvalError::new(ErrorKind::Other, "'tail' called on an empty list"));
    }
    Ok(Value::list(l[1..].to_vec()))
}

fn elem_at(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[0])?;
    let i = ev.force_int(&a[1])?;
    if i < 0 || i as usize >= l.len() {
        return Err(out_of_bounds(i));
    }
    ev.force(&l[i as usize].clone())
}

fn elem(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[1])?;
    for x in l.iter() {
        if ops::equal(ev, &a[0], x, true)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn map(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[1])?;
    Ok(Value::list(l.iter().map(|x| Thunk::apply(a[0].clone(), x.clone(), span)).collect()))
}

fn filter(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    let mut out = Vec::new();
    for x in l.iter() {
        let keep = ev.call(&f, x.clone(), span)?;
        if ev.force_bool(&keep)? {
            out.push(x.clone());
        }
    }
    Ok(Value::list(out))
}

fn concat_lists(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let l = ev.force_list(&a[0])?;
    let mut out = Vec::new();
    for x in l.iter() {
        out.extend(ev.force_list(x)?.iter().cloned());
    }
    Ok(Value::list(out))
}

fn concat_map(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    let mut out = Vec::new();
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), span)?;
        out.extend(ev.force_list(&r)?.iter().cloned());
    }
    Ok(Value::list(out))
}

fn gen_list(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let n = ev.force_int(&a[1])?;
    if n < 0 {
        return Err(EvalError::new(ErrorKind::Other, format!("cannot create list of size {n}")));
    }
    // Every element is a thunk of ~100 bytes: refuse lists that could only
    // end in the machine running out of memory (Nix itself would).
    if n > MAX_GEN_LIST {
        return Err(EvalError::new(
            ErrorKind::Other,
            format!("cannot create a list of {n} elements: vmcmd's limit is {MAX_GEN_LIST}"),
        ));
    }
    let mut items = Vec::new();
    if items.try_reserve_exact(n as usize).is_err() {
        return Err(EvalError::new(ErrorKind::Other, "out of memory"));
    }
    items.extend((0..n).map(|i| Thunk::apply(a[0].clone(), Value::Int(i), span)));
    Ok(Value::list(items))
}

fn foldl(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[2])?;
    let mut acc = a[1].clone();
    for x in l.iter() {
        acc = ev.call2(&f, (acc, span), (x.clone(), span))?;
    }
    ev.force(&acc)
}

fn sort(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    // Nix forces every element before sorting; the sorted list holds the
    // values, so comparisons do not go through thunks.
    let mut items: Vec<Value> = Vec::with_capacity(l.len());
    for x in l.iter() {
        items.push(ev.force(x)?);
    }
    // A stable merge sort with a fallible comparator.
    let mut err = None;
    let mut less = |x: &Value, y: &Value| -> bool {
        if err.is_some() {
            return false;
        }
        let r = ev.call2(&f, (x.clone(), span), (y.clone(), span));
        match r.and_then(|v| ev.force_bool(&v)) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(&mut items, &mut less);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(Value::list(items))
}

/// A stable merge sort driven by a `less` predicate.
pub(crate) fn merge_sort(v: &mut Vec<Value>, less: &mut dyn FnMut(&Value, &Value) -> bool) {
    if v.len() <= 1 {
        return;
    }
    let mut right = v.split_off(v.len() / 2);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let mut out = Vec::with_capacity(left.len() + right.len());
    // elements move into `out`: no reference count traffic
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        let next = if less(b, a) { r.next() } else { l.next() };
        out.extend(next);
    }
    out.extend(l);
    out.extend(r);
    *v = out;
}

fn partition(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    let (mut right, mut wrong) = (Vec::new(), Vec::new());
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), span)?;
        if ev.force_bool(&r)? {
            right.push(x.clone());
        } else {
            wrong.push(x.clone());
        }
    }
    Ok(Value::attrs(Attrs::from_pairs([
        ("right".into(), Value::list(right)),
        ("wrong".into(), Value::list(wrong)),
    ])))
}

fn group_by(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    let mut groups: std::collections::BTreeMap<Str, Vec<Value>> = Default::default();
    for x in l.iter() {
        let k = ev.call(&f, x.clone(), span)?;
        let k = ev.force_string_no_ctx(&k)?;
        groups.entry(k).or_default().push(x.clone());
    }
    Ok(Value::attrs(Attrs::from_sorted(
        groups
            .into_iter()
            .map(|(name, v)| AttrEntry { name, value: Value::list(v), pos: None })
            .collect(),
    )))
}

fn all(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), span)?;
        if !ev.force_bool(&r)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let l = ev.force_list(&a[1])?;
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), span)?;
        if ev.force_bool(&r)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn generic_closure(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let args = ev.force_attrs(&a[0])?;
    let Some(start) = args.get("startSet") else {
        return Err(EvalError::new(ErrorKind::MissingAttr, "attribute 'startSet' missing"));
    };
    let Some(op) = args.get("operator") else {
        return Err(EvalError::new(ErrorKind::MissingAttr, "attribute 'operator' missing"));
    };
    let op = ev.force_function(&op.clone())?;
    let mut work: std::collections::VecDeque<Value> =
        ev.force_list(&start.clone())?.iter().cloned().collect();
    let mut keys: Vec<Value> = Vec::new();
    let mut out = Vec::new();
    while let Some(item) = work.pop_front() {
        let set = ev.force_attrs(&item)?;
        let Some(key) = set.get("key") else {
            return Err(EvalError::new(ErrorKind::MissingAttr, "attribute 'key' missing"));
        };
        let key = ev.force(&key.clone())?;
        // Keys are kept sorted; find the insertion point with Nix's ordering.
        let mut lo = 0;
        let mut hi = keys.len();
        let mut found = false;
        while lo < hi {
            let mid = (lo + hi) / 2;
            match ops::compare(ev, &keys[mid], &key)? {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => {
                    found = true;
                    break;
                }
            }
        }
        if found {
            continue;
        }
        keys.insert(lo, key);
        out.push(item.clone());
        let next = ev.call(&op, item, span)?;
        work.extend(ev.force_list(&next)?.iter().cloned());
    }
    Ok(Value::list(out))
}
