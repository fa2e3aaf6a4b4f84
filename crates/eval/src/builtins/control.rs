//! Control builtins: `throw`, `abort`, `tryEval`, `seq`, `deepSeq`,
//! `trace`, `addErrorContext`, as in Nix 2.8 (`tryEval` catches only
//! `throw` and failed assertions, and forces its argument only to weak head
//! normal form).

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult, add_trace};
use crate::eval::{Coerce, Evaluator};
use crate::print;
use crate::value::{Attrs, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "throw", arity: 1, func: throw },
    PrimOpDef { name: "abort", arity: 1, func: abort },
    PrimOpDef { name: "tryEval", arity: 1, func: try_eval },
    PrimOpDef { name: "seq", arity: 2, func: seq },
    PrimOpDef { name: "deepSeq", arity: 2, func: deep_seq },
    PrimOpDef { name: "trace", arity: 2, func: trace },
    PrimOpDef { name: "traceVerbose", arity: 2, func: |ev, a, _| ev.force(&a[1]) },
    PrimOpDef { name: "break", arity: 1, func: |ev, a, _| ev.force(&a[0]) },
    PrimOpDef { name: "addErrorContext", arity: 2, func: add_error_context },
];

fn message(ev: &mut Evaluator, v: &Value) -> EvalResult<String> {
    let s = ev.coerce_to_string(v, Coerce { more: false, copy_to_store: true })?;
    Ok(s.as_str().to_string())
}

fn throw(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let msg = message(ev, &a[0])?;
    Err(EvalError::at(ErrorKind::Throw, msg, span))
}

fn abort(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let msg = message(ev, &a[0])?;
    Err(EvalError::at(
        ErrorKind::Abort,
        format!("evaluation aborted with the following error message: '{msg}'"),
        span,
    ))
}

fn try_eval(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    match ev.force(&a[0]) {
        Ok(v) => Ok(Value::attrs(Attrs::from_pairs([
            ("success".into(), Value::Bool(true)),
            ("value".into(), v),
        ]))),
        Err(e) if e.kind.is_catchable() => Ok(Value::attrs(Attrs::from_pairs([
            ("success".into(), Value::Bool(false)),
            ("value".into(), Value::Bool(false)),
        ]))),
        Err(e) => Err(e),
    }
}

fn seq(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    ev.force(&a[0])?;
    ev.force(&a[1])
}

fn deep_seq(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    ev.deep_force(&a[0])?;
    ev.force(&a[1])
}

fn trace(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let v = ev.force(&a[0])?;
    let text = match &v {
        Value::String(s) => s.as_str().to_string(),
        other => print::print_nix(ev, other)?,
    };
    ev.messages.push(format!("trace: {text}"));
    ev.force(&a[1])
}

fn add_error_context(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    match ev.force(&a[1]) {
        Ok(v) => Ok(v),
        Err(e) => {
            let ctx = message(ev, &a[0]).unwrap_or_default();
            Err(add_trace(e, span, ctx))
        }
    }
}
