//! Arithmetic builtins: `add`, `sub`, `mul`, `div`, `lessThan`, `ceil`,
//! `floor`, `bitAnd`, `bitOr`, `bitXor`, sharing the operator code so that
//! `builtins.sub a b` and `a - b` behave identically (Nix 2.8 `primops.cc`).

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::Evaluator;
use crate::lower::BinOp;
use crate::ops;
use crate::value::{PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "add", arity: 2, func: add },
    PrimOpDef {
        name: "sub",
        arity: 2,
        func: |ev, a, s| ops::arith(ev, BinOp::Sub, &a[0], &a[1], s),
    },
    PrimOpDef {
        name: "mul",
        arity: 2,
        func: |ev, a, s| ops::arith(ev, BinOp::Mul, &a[0], &a[1], s),
    },
    PrimOpDef {
        name: "div",
        arity: 2,
        func: |ev, a, s| ops::arith(ev, BinOp::Div, &a[0], &a[1], s),
    },
    PrimOpDef {
        name: "lessThan",
        arity: 2,
        func: |ev, a, _| Ok(Value::Bool(ops::less_than(ev, &a[0], &a[1])?)),
    },
    PrimOpDef { name: "ceil", arity: 1, func: ceil },
    PrimOpDef { name: "floor", arity: 1, func: floor },
    PrimOpDef {
        name: "bitAnd",
        arity: 2,
        func: |ev, a, _| Ok(Value::Int(ev.force_int(&a[0])? & ev.force_int(&a[1])?)),
    },
    PrimOpDef {
        name: "bitOr",
        arity: 2,
        func: |ev, a, _| Ok(Value::Int(ev.force_int(&a[0])? | ev.force_int(&a[1])?)),
    },
    PrimOpDef {
        name: "bitXor",
        arity: 2,
        func: |ev, a, _| Ok(Value::Int(ev.force_int(&a[0])? ^ ev.force_int(&a[1])?)),
    },
];

fn add(ev: &mut Evaluator, a: &[Value], s: Span) -> EvalResult<Value> {
    let x = num(ev, &a[0])?;
    let y = num(ev, &a[1])?;
    ops::binop(ev, BinOp::Add, &x, &y, s)
}

/// `builtins.add` only takes numbers (unlike `+`).
fn num(ev: &mut Evaluator, v: &Value) -> EvalResult<Value> {
    let v = ev.force(v)?;
    match v {
        Value::Int(_) | Value::Float(_) => Ok(v),
        _ => ev.force_int(&v).map(Value::Int),
    }
}

fn ceil(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    Ok(Value::Int(ev.force_float(&a[0])?.ceil() as i64))
}

fn floor(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    Ok(Value::Int(ev.force_float(&a[0])?.floor() as i64))
}
