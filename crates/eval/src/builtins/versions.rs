//! Version builtins: `compareVersions`, `splitVersion`, `parseDrvName`,
//! ports of Nix 2.8's `names.cc` (`nextComponent`, `componentsLT`,
//! `DrvName`).

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::Evaluator;
use crate::value::{Attrs, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "compareVersions", arity: 2, func: compare_versions_op },
    PrimOpDef { name: "splitVersion", arity: 1, func: split_version },
    PrimOpDef { name: "parseDrvName", arity: 1, func: parse_drv_name_op },
];

fn next_component<'a>(s: &'a [u8], p: &mut usize) -> &'a [u8] {
    while *p < s.len() && (s[*p] == b'.' || s[*p] == b'-') {
        *p += 1;
    }
    let start = *p;
    if *p < s.len() && s[*p].is_ascii_digit() {
        while *p < s.len() && s[*p].is_ascii_digit() {
            *p += 1;
        }
    } else {
        while *p < s.len() && !s[*p].is_ascii_digit() && s[*p] != b'.' && s[*p] != b'-' {
            *p += 1;
        }
    }
    &s[start..*p]
}

fn as_int(c: &[u8]) -> Option<i32> {
    std::str::from_utf8(c).ok()?.parse().ok()
}

fn components_lt(c1: &[u8], c2: &[u8]) -> bool {
    let (n1, n2) = (as_int(c1), as_int(c2));
    match (n1, n2) {
        (Some(a), Some(b)) => a < b,
        _ if c1.is_empty() && n2.is_some() => true,
        _ if c1 == b"pre" && c2 != b"pre" => true,
        _ if c2 == b"pre" => false,
        (_, Some(_)) => true,
        (Some(_), _) => false,
        _ => c1 < c2,
    }
}

/// Nix's `compareVersions`: -1, 0 or 1.
pub fn compare_versions(v1: &str, v2: &str) -> i64 {
    let (a, b) = (v1.as_bytes(), v2.as_bytes());
    let (mut p1, mut p2) = (0, 0);
    while p1 < a.len() || p2 < b.len() {
        let c1 = next_component(a, &mut p1);
        let c2 = next_component(b, &mut p2);
        if components_lt(c1, c2) {
            return -1;
        }
        if components_lt(c2, c1) {
            return 1;
        }
    }
    0
}

fn compare_versions_op(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let v1 = ev.force_string_no_ctx(&a[0])?;
    let v2 = ev.force_string_no_ctx(&a[1])?;
    Ok(Value::Int(compare_versions(&v1, &v2)))
}

fn split_version(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let v = ev.force_string_no_ctx(&a[0])?;
    let s = v.as_bytes();
    let mut p = 0;
    let mut out = Vec::new();
    while p < s.len() {
        let c = next_component(s, &mut p);
        if c.is_empty() {
            break;
        }
        out.push(Value::str(String::from_utf8_lossy(c).as_ref()));
    }
    Ok(Value::list(out))
}

/// Splits `name-version` like Nix's `DrvName`.
pub fn parse_drv_name(s: &str) -> (String, String) {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'-' && i + 1 < b.len() && !b[i + 1].is_ascii_alphabetic() {
            return (s[..i].to_string(), s[i + 1..].to_string());
        }
    }
    (s.to_string(), String::new())
}

fn parse_drv_name_op(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s =
        ev.coerce_to_string(&a[0], crate::eval::Coerce { more: false, copy_to_store: false })?;
    let (name, version) = parse_drv_name(s.as_str());
    Ok(Value::attrs(Attrs::from_pairs([
        ("name".into(), Value::str(name)),
        ("version".into(), Value::str(version)),
    ])))
}
