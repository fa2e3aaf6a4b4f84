//! Type predicates: `typeOf`, `isAttrs`, `isString` …, as in Nix 2.8.

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::Evaluator;
use crate::value::{PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "typeOf", arity: 1, func: type_of },
    PrimOpDef { name: "isAttrs", arity: 1, func: |ev, a, _| is(ev, a, "set") },
    PrimOpDef { name: "isList", arity: 1, func: |ev, a, _| is(ev, a, "list") },
    PrimOpDef { name: "isString", arity: 1, func: |ev, a, _| is(ev, a, "string") },
    PrimOpDef { name: "isInt", arity: 1, func: |ev, a, _| is(ev, a, "int") },
    PrimOpDef { name: "isFloat", arity: 1, func: |ev, a, _| is(ev, a, "float") },
    PrimOpDef { name: "isBool", arity: 1, func: |ev, a, _| is(ev, a, "bool") },
    PrimOpDef { name: "isFunction", arity: 1, func: |ev, a, _| is(ev, a, "lambda") },
    PrimOpDef { name: "isPath", arity: 1, func: |ev, a, _| is(ev, a, "path") },
    PrimOpDef { name: "isNull", arity: 1, func: |ev, a, _| is(ev, a, "null") },
];

fn type_of(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    Ok(Value::str(ev.force(&a[0])?.type_of()))
}

fn is(ev: &mut Evaluator, a: &[Value], ty: &str) -> EvalResult<Value> {
    Ok(Value::Bool(ev.force(&a[0])?.type_of() == ty))
}
