//! `match` and `split`: POSIX extended regular expressions with Nix 2.8's
//! semantics (`match` must cover the whole string and returns the capture
//! groups, unmatched groups are `null`; `split` alternates unmatched text
//! and capture lists). Patterns are translated to the `regex` crate's
//! syntax: bracket expressions keep POSIX's literal backslash and leading
//! `]`, and `.` matches newlines as in libstdc++.

use std::cell::RefCell;
use std::collections::HashMap;

use regex::Regex;
use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::value::{PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "match", arity: 2, func: match_ },
    PrimOpDef { name: "split", arity: 2, func: split },
];

thread_local! {
    static CACHE: RefCell<HashMap<(String, bool), Option<Regex>>> = RefCell::new(HashMap::new());
}

/// Translates a POSIX ERE into `regex` syntax.
fn translate(re: &str) -> String {
    let mut out = String::from("(?s)");
    let chars: Vec<char> = re.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            out.push('\\');
            if let Some(n) = chars.get(i + 1) {
                out.push(*n);
            }
            i += 2;
            continue;
        }
        if c == '[' {
            out.push('[');
            i += 1;
            if chars.get(i) == Some(&'^') {
                out.push('^');
                i += 1;
            }
            if chars.get(i) == Some(&']') {
                out.push_str("\\]");
                i += 1;
            }
            while i < chars.len() && chars[i] != ']' {
                if chars[i] == '[' && matches!(chars.get(i + 1), Some(':' | '.' | '=')) {
                    let close = chars.get(i + 1).copied().unwrap_or(':');
                    let start = i;
                    i += 2;
                    while i + 1 < chars.len() && !(chars[i] == close && chars[i + 1] == ']') {
                        i += 1;
                    }
                    let inner: String = chars[start..(i + 2).min(chars.len())].iter().collect();
                    out.push_str(&inner);
                    i += 2;
                    continue;
                }
                match chars[i] {
                    '\\' => out.push_str("\\\\"),
                    '[' => out.push_str("\\["),
                    '&' | '~' | '-' if false => {}
                    ch => out.push(ch),
                }
                i += 1;
            }
            out.push(']');
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn compile(re: &str, anchored: bool) -> EvalResult<Regex> {
    let key = (re.to_string(), anchored);
    let cached = CACHE.with(|c| c.borrow().get(&key).cloned());
    let compiled = match cached {
        Some(r) => r,
        None => {
            let t = translate(re);
            let t = if anchored { format!("^(?:{t})$") } else { t };
            let r = Regex::new(&t).ok();
            CACHE.with(|c| c.borrow_mut().insert(key, r.clone()));
            r
        }
    };
    compiled.ok_or_else(|| {
        EvalError::new(ErrorKind::Other, format!("invalid regular expression '{re}'"))
    })
}

fn match_(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let re = ev.force_string(&a[0])?;
    let s = ev.force_string(&a[1])?;
    let r = compile(re.as_str(), true)?;
    match r.captures(s.as_str()) {
        None => Ok(Value::Null),
        Some(caps) => Ok(Value::list(
            caps.iter()
                .skip(1)
                .map(|m| m.map_or(Value::Null, |m| Value::str(m.as_str())))
                .collect(),
        )),
    }
}

fn split(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let re = ev.force_string(&a[0])?;
    let s = ev.force_string(&a[1])?;
    let r = compile(re.as_str(), false)?;
    let text = s.as_str();
    let mut out = Vec::new();
    let mut last = 0;
    for caps in r.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        out.push(Value::str(&text[last..m.start()]));
        out.push(Value::list(
            caps.iter()
                .skip(1)
                .map(|g| g.map_or(Value::Null, |g| Value::str(g.as_str())))
                .collect(),
        ));
        last = m.end();
    }
    if out.is_empty() {
        return Ok(Value::list(vec![Value::String(s)]));
    }
    out.push(Value::str(&text[last..]));
    Ok(Value::list(out))
}
