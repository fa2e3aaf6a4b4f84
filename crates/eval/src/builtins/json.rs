//! JSON builtins: `toJSON` (Nix 2.8's `printValueAsJSON`, keeping string
//! context) and `fromJSON` (integers stay integers, objects become sets).

use std::collections::BTreeSet;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::print;
use crate::value::{Attrs, NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "toJSON", arity: 1, func: to_json },
    PrimOpDef { name: "fromJSON", arity: 1, func: from_json },
];

fn to_json(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let mut ctx = BTreeSet::new();
    let s = print::to_json(ev, &a[0], &mut ctx)?;
    Ok(Value::String(NixString::with_context(s, ctx)))
}

fn from_json(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    match serde_json::from_str::<serde_json::Value>(s.as_str()) {
        Ok(j) => Ok(json_to_value(&j)),
        Err(e) => Err(EvalError::new(ErrorKind::Other, format!("while parsing JSON: {e}"))),
    }
}

/// Converts parsed JSON to a Nix value.
pub fn json_to_value(j: &serde_json::Value) -> Value {
    match j {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Int(i)
            } else if let Some(u) = n.as_u64() {
                Value::Int(u as i64)
            } else {
                Value::Float(n.as_f64().unwrap_or(0.0))
            }
        }
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(items) => Value::list(items.iter().map(json_to_value).collect()),
        serde_json::Value::Object(map) => Value::attrs(Attrs::from_pairs(
            // Later duplicates win, as in nlohmann::json; serde already keeps the last.
            map.iter().map(|(k, v)| (k.as_str().into(), json_to_value(v))),
        )),
    }
}
