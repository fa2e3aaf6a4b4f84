//! Printing values: Nix syntax like `nix-instantiate --eval --strict`, and
//! JSON like `--json` / `builtins.toJSON`.
//!
//! Mirrors Nix 2.8's `printValue` (`<LAMBDA>`, `<PRIMOP>`, `«derivation …»`,
//! floats with six significant digits) and `printValueAsJSON` (`__toString`
//! and `outPath` sets print as strings, paths are copied to the store,
//! functions are an error, floats as `%g`).

use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

use crate::error::{ErrorKind, EvalError, EvalResult, add_trace};
use crate::eval::{Coerce, Evaluator, stack_exhausted, stack_overflow};
use crate::value::{ContextElem, Value};

/// Formats a float like C's `%g` (precision 6), as Nix 2.8 prints floats.
pub fn format_float(f: f64) -> String {
    if f.is_nan() {
        return if f.is_sign_negative() { "-nan".into() } else { "nan".into() };
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{f:.5e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let m = trim_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{f:.decimals$}")).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { s }
}

/// Quotes a string as a Nix string literal.
pub fn quote_string(s: &str, out: &mut String) {
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' if chars.peek() == Some(&'{') => out.push_str("\\$"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    if matches!(s, "if" | "then" | "else" | "assert" | "with" | "let" | "in" | "rec" | "inherit") {
        return false;
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '\'' || c == '-')
}

/// Prints null, Booleans and numbers, which look the same in Nix and JSON.
fn push_scalar(v: &Value, out: &mut String) -> bool {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&format_float(*f)),
        _ => return false,
    }
    true
}

/// Prints a value in Nix syntax, forcing it completely.
pub fn print_nix(ev: &mut Evaluator, v: &Value) -> EvalResult<String> {
    let mut out = String::new();
    let mut seen = HashSet::new();
    print_nix_into(ev, v, &mut out, &mut seen)?;
    Ok(out)
}

fn print_nix_into(
    ev: &mut Evaluator,
    v: &Value,
    out: &mut String,
    seen: &mut HashSet<usize>,
) -> EvalResult<()> {
    if stack_exhausted() {
        return Err(stack_overflow());
    }
    let v = ev.force(v)?;
    if push_scalar(&v, out) {
        return Ok(());
    }
    match &v {
        Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
        Value::String(s) => quote_string(s.as_str(), out),
        Value::Path(p) => out.push_str(p),
        Value::Attrs(a) => {
            // Nix 2.8 prints any set it has printed before as «repeated».
            if !a.is_empty() && !seen.insert(Rc::as_ptr(a) as usize) {
                out.push_str("«repeated»");
                return Ok(());
            }
            out.push_str("{ ");
            for e in a.entries() {
                if is_identifier(&e.name) {
                    out.push_str(&e.name);
                } else {
                    quote_string(&e.name, out);
                }
                out.push_str(" = ");
                print_nix_into(ev, &e.value, out, seen)?;
                out.push_str("; ");
            }
            out.push('}');
        }
        Value::List(l) => {
            if !l.is_empty() && !seen.insert(Rc::as_ptr(l) as usize) {
                out.push_str("«repeated»");
                return Ok(());
            }
            out.push_str("[ ");
            for x in l.iter() {
                print_nix_into(ev, x, out, seen)?;
                out.push(' ');
            }
            out.push(']');
        }
        Value::Lambda(_) => out.push_str("<LAMBDA>"),
        Value::PrimOp(p) if p.args.is_empty() => out.push_str("<PRIMOP>"),
        Value::PrimOp(_) => out.push_str("<PRIMOP-APP>"),
        Value::Thunk(_) => out.push_str("<CODE>"),
    }
    Ok(())
}

/// Escapes a string for JSON the way Nix 2.8 does.
pub fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 32 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Prints a value as JSON (`printValueAsJSON`), collecting string context.
pub fn to_json(
    ev: &mut Evaluator,
    v: &Value,
    ctx: &mut BTreeSet<ContextElem>,
) -> EvalResult<String> {
    let mut out = String::new();
    to_json_into(ev, v, ctx, &mut out)?;
    Ok(out)
}

fn to_json_into(
    ev: &mut Evaluator,
    v: &Value,
    ctx: &mut BTreeSet<ContextElem>,
    out: &mut String,
) -> EvalResult<()> {
    if stack_exhausted() {
        return Err(stack_overflow());
    }
    let v = ev.force(v)?;
    if push_scalar(&v, out) {
        return Ok(());
    }
    match &v {
        Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {}
        Value::String(s) => {
            s.collect_context(ctx);
            json_string(s.as_str(), out);
        }
        Value::Path(p) => {
            let sp = ev.copy_path_to_store(p)?;
            ctx.insert(sp.as_str().into());
            json_string(&sp, out);
        }
        Value::Attrs(a) => {
            if a.contains("__toString") {
                let s = ev.coerce_to_string(&v, Coerce { more: false, copy_to_store: true })?;
                s.collect_context(ctx);
                json_string(s.as_str(), out);
                return Ok(());
            }
            if let Some(p) = a.get("outPath") {
                return to_json_into(ev, &p.clone(), ctx, out);
            }
            out.push('{');
            let mut first = true;
            for e in a.entries() {
                if !first {
                    out.push(',');
                }
                first = false;
                json_string(&e.name, out);
                out.push(':');
                let name = e.name.clone();
                let span = e.pos;
                to_json_into(ev, &e.value, ctx, out).map_err(|err| match span {
                    Some(sp) => add_trace(err, sp, format!("while evaluating attribute '{name}'")),
                    None => err,
                })?;
            }
            out.push('}');
        }
        Value::List(l) => {
            out.push('[');
            let mut first = true;
            for x in l.iter() {
                if !first {
                    out.push(',');
                }
                first = false;
                to_json_into(ev, x, ctx, out)?;
            }
            out.push(']');
        }
        Value::Lambda(c) => {
            return Err(EvalError::at(
                ErrorKind::Type,
                "cannot convert a function to JSON",
                c.def.span,
            ));
        }
        Value::PrimOp(_) => {
            return Err(EvalError::new(ErrorKind::Type, "cannot convert a function to JSON"));
        }
        Value::Thunk(_) => {
            return Err(EvalError::new(ErrorKind::Other, "internal error: unforced thunk"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::format_float;

    #[test]
    fn floats_like_printf_g() {
        for (f, s) in [
            (0.1, "0.1"),
            (1.0, "1"),
            (123456789.123, "1.23457e+08"),
            (1.0e-7, "1e-07"),
            (0.0001, "0.0001"),
            (123456.0, "123456"),
            (1234567.0, "1.23457e+06"),
            (-2.5, "-2.5"),
            (0.30000000000000004, "0.3"),
        ] {
            assert_eq!(format_float(f), s, "{f}");
        }
    }
}
