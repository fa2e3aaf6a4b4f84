//! `fromTOML`, as Nix 2.8 (toml11) maps TOML: tables become sets, arrays
//! lists, integers and floats numbers, and dates are refused.

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::value::{Attrs, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] =
    &[PrimOpDef { name: "fromTOML", arity: 1, func: from_toml }];

fn from_toml(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    match s.as_str().parse::<toml::Table>() {
        Ok(t) => convert(&toml::Value::Table(t)),
        Err(e) => Err(EvalError::new(
            ErrorKind::Other,
            format!("while parsing a TOML string: {}", e.message()),
        )),
    }
}

fn convert(v: &toml::Value) -> EvalResult<Value> {
    Ok(match v {
        toml::Value::String(s) => Value::str(s.as_str()),
        toml::Value::Integer(i) => Value::Int(*i),
        toml::Value::Float(f) => Value::Float(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(_) => {
            return Err(EvalError::new(
                ErrorKind::Other,
                "while parsing a TOML string: Dates and times are not supported",
            ));
        }
        toml::Value::Array(items) => {
            Value::list(items.iter().map(convert).collect::<EvalResult<Vec<_>>>()?)
        }
        toml::Value::Table(t) => {
            let mut pairs = Vec::with_capacity(t.len());
            for (k, v) in t {
                pairs.push((k.as_str().into(), convert(v)?));
            }
            Value::attrs(Attrs::from_pairs(pairs))
        }
    })
}
