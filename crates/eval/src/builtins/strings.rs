//! String builtins: `toString`, `stringLength`, `substring`,
//! `concatStringsSep`, `replaceStrings`, `baseNameOf`, `dirOf`, as in Nix
//! 2.8 (lengths and offsets count bytes, `replaceStrings` tries patterns in
//! order at each position, contexts are carried through).

use std::collections::BTreeSet;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::{Coerce, Evaluator};
use crate::lower::canon_path;
use crate::value::{NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "toString", arity: 1, func: to_string },
    PrimOpDef { name: "stringLength", arity: 1, func: string_length },
    PrimOpDef { name: "substring", arity: 3, func: substring },
    PrimOpDef { name: "concatStringsSep", arity: 2, func: concat_strings_sep },
    PrimOpDef { name: "replaceStrings", arity: 3, func: replace_strings },
    PrimOpDef { name: "baseNameOf", arity: 1, func: base_name_of },
    PrimOpDef { name: "dirOf", arity: 1, func: dir_of },
];

const STRICT: Coerce = Coerce { more: false, copy_to_store: true };

fn to_string(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.coerce_to_string(&a[0], Coerce { more: true, copy_to_store: false })?;
    Ok(Value::String(s))
}

fn string_length(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.coerce_to_string(&a[0], STRICT)?;
    Ok(Value::Int(s.as_str().len() as i64))
}

/// Turns bytes back into a string, replacing invalid UTF-8 (Nix strings
/// are bytes; vmcmd's are UTF-8).
fn from_bytes(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn substring(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let start = ev.force_int(&a[0])?;
    let len = ev.force_int(&a[1])?;
    let s = ev.coerce_to_string(&a[2], STRICT)?;
    if start < 0 {
        return Err(EvalError::new(ErrorKind::Other, "negative start position in 'substring'"));
    }
    let bytes = s.as_str().as_bytes();
    let start = (start as usize).min(bytes.len());
    let end =
        if len < 0 { bytes.len() } else { start.saturating_add(len as usize).min(bytes.len()) };
    let mut ctx = BTreeSet::new();
    s.collect_context(&mut ctx);
    Ok(Value::String(NixString::with_context(from_bytes(&bytes[start..end]), ctx)))
}

fn concat_strings_sep(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let sep = ev.force_string(&a[0])?;
    let list = ev.force_list(&a[1])?;
    let mut out = String::new();
    let mut ctx = BTreeSet::new();
    sep.collect_context(&mut ctx);
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        let s = ev.coerce_to_string(x, STRICT)?;
        out.push_str(s.as_str());
        s.collect_context(&mut ctx);
    }
    Ok(Value::String(NixString::with_context(out, ctx)))
}

fn replace_strings(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let from = ev.force_list(&a[0])?;
    let to = ev.force_list(&a[1])?;
    let s = ev.force_string(&a[2])?;
    if from.len() != to.len() {
        return Err(EvalError::new(
            ErrorKind::Other,
            "'from' and 'to' arguments to 'replaceStrings' have different lengths",
        ));
    }
    let mut pats = Vec::with_capacity(from.len());
    for f in from.iter() {
        pats.push(ev.force_string(f)?);
    }
    let mut tos: Vec<Option<NixString>> = vec![None; to.len()];
    let mut ctx = BTreeSet::new();
    s.collect_context(&mut ctx);
    let bytes = s.as_str().as_bytes();
    let mut res: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut p = 0;
    while p <= bytes.len() {
        let mut found = false;
        for (i, pat) in pats.iter().enumerate() {
            let pb = pat.as_str().as_bytes();
            if bytes[p..].starts_with(pb) {
                found = true;
                if tos[i].is_none() {
                    tos[i] = Some(ev.force_string(&to[i])?);
                }
                if let Some(t) = &tos[i] {
                    res.extend_from_slice(t.as_str().as_bytes());
                    t.collect_context(&mut ctx);
                }
                if pb.is_empty() {
                    if p < bytes.len() {
                        res.push(bytes[p]);
                    }
                    p += 1;
                } else {
                    p += pb.len();
                }
                break;
            }
        }
        if !found {
            if p < bytes.len() {
                res.push(bytes[p]);
            }
            p += 1;
        }
    }
    Ok(Value::String(NixString::with_context(from_bytes(&res), ctx)))
}

fn base_name_of(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.coerce_to_string(&a[0], Coerce { more: false, copy_to_store: false })?;
    let text = s.as_str();
    let trimmed = text.strip_suffix('/').unwrap_or(text);
    let base = match trimmed.rfind('/') {
        Some(i) => &trimmed[i + 1..],
        None => trimmed,
    };
    let mut ctx = BTreeSet::new();
    s.collect_context(&mut ctx);
    Ok(Value::String(NixString::with_context(base, ctx)))
}

fn dir_of(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let v = ev.force(&a[0])?;
    if let Value::Path(p) = &v {
        let dir = match p.rfind('/') {
            Some(0) | None => "/".to_string(),
            Some(i) => p[..i].to_string(),
        };
        return Ok(Value::Path(canon_path(&dir).into()));
    }
    let s = ev.coerce_to_string(&v, Coerce { more: false, copy_to_store: false })?;
    let text = s.as_str();
    let dir = match text.rfind('/') {
        None => ".",
        Some(0) => "/",
        Some(i) => &text[..i],
    };
    let mut ctx = BTreeSet::new();
    s.collect_context(&mut ctx);
    Ok(Value::String(NixString::with_context(dir, ctx)))
}
