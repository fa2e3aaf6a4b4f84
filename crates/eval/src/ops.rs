//! Operators: arithmetic, `+` on strings and paths, `//`, `++`, equality and
//! ordering.
//!
//! Mirrors C++ Nix 2.8: `+` is `ExprConcatStrings` (the type of the left
//! operand decides between numbers, paths and strings), `-`/`*`/`/` are the
//! `__sub`/`__mul`/`__div` primops (integers wrap, `/` truncates, division
//! by zero is an error), `<` is `__lessThan` (`CompareValues`, lists compare
//! lexicographically), and `==` is `eqValues` (ints equal floats by value,
//! derivations compare by `outPath`, functions are never equal except when
//! the very same value sits inside a list or set).

use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::rc::Rc;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult, with_span};
use crate::eval::{Coerce, Evaluator, stack_exhausted, stack_overflow};
use crate::lower::{BinOp, canon_path};
use crate::value::{NixString, Value};

/// Applies a strict binary operator to two forced operands.
pub(crate) fn binop(
    ev: &mut Evaluator,
    op: BinOp,
    l: &Value,
    r: &Value,
    span: Span,
) -> EvalResult<Value> {
    match op {
        BinOp::Add => add(ev, l, r, span),
        BinOp::Sub | BinOp::Mul | BinOp::Div => arith(ev, op, l, r, span),
        BinOp::Eq => Ok(Value::Bool(equal(ev, l, r, false)?)),
        BinOp::Neq => Ok(Value::Bool(!equal(ev, l, r, false)?)),
        BinOp::Lt => Ok(Value::Bool(less_than(ev, l, r).map_err(|e| with_span(e, span))?)),
        BinOp::Gt => Ok(Value::Bool(less_than(ev, r, l).map_err(|e| with_span(e, span))?)),
        BinOp::Le => Ok(Value::Bool(!less_than(ev, r, l).map_err(|e| with_span(e, span))?)),
        BinOp::Ge => Ok(Value::Bool(!less_than(ev, l, r).map_err(|e| with_span(e, span))?)),
        BinOp::Update => {
            let a = ev.force_attrs(l).map_err(|e| with_span(e, span))?;
            let b = ev.force_attrs(r).map_err(|e| with_span(e, span))?;
            if b.is_empty() {
                return Ok(Value::Attrs(a));
            }
            if a.is_empty() {
                return Ok(Value::Attrs(b));
            }
            Ok(Value::attrs(a.update(&b)))
        }
        BinOp::Concat => {
            let a = ev.force_list(l).map_err(|e| with_span(e, span))?;
            let b = ev.force_list(r).map_err(|e| with_span(e, span))?;
            if b.is_empty() {
                return Ok(Value::List(a));
            }
            if a.is_empty() {
                return Ok(Value::List(b));
            }
            let mut v = Vec::with_capacity(a.len() + b.len());
            v.extend(a.iter().cloned());
            v.extend(b.iter().cloned());
            Ok(Value::list(v))
        }
        BinOp::And | BinOp::Or | BinOp::Impl => {
            let a = ev.force_bool(l)?;
            let b = ev.force_bool(r)?;
            Ok(Value::Bool(match op {
                BinOp::And => a && b,
                BinOp::Or => a || b,
                _ => !a || b,
            }))
        }
    }
}

/// `+` as `ExprConcatStrings` with two operands.
fn add(ev: &mut Evaluator, l: &Value, r: &Value, span: Span) -> EvalResult<Value> {
    let l = ev.force(l)?;
    let r = ev.force(r)?;
    match (&l, &r) {
        (Value::Int(a), Value::Int(b)) => Ok(Value::Int(a.wrapping_add(*b))),
        (Value::Int(a), Value::Float(b)) => Ok(Value::Float(*a as f64 + b)),
        (Value::Float(a), Value::Int(b)) => Ok(Value::Float(a + *b as f64)),
        (Value::Float(a), Value::Float(b)) => Ok(Value::Float(a + b)),
        (Value::Int(_), other) => Err(EvalError::at(
            ErrorKind::Type,
            format!("cannot add {} to an integer", other.show_type()),
            span,
        )),
        (Value::Float(_), other) => Err(EvalError::at(
            ErrorKind::Type,
            format!("cannot add {} to a float", other.show_type()),
            span,
        )),
        (Value::Path(p), _) => {
            let s = ev
                .coerce_to_string(&r, Coerce { more: false, copy_to_store: false })
                .map_err(|e| with_span(e, span))?;
            if s.has_context() {
                return Err(EvalError::at(
                    ErrorKind::Other,
                    "a string that refers to a store path cannot be appended to a path",
                    span,
                ));
            }
            Ok(Value::Path(canon_path(&format!("{p}{}", s.as_str())).into()))
        }
        _ => {
            let copy = matches!(l, Value::String(_));
            let opts = Coerce { more: false, copy_to_store: copy };
            let a = ev.coerce_to_string(&l, opts).map_err(|e| with_span(e, span))?;
            let b = ev.coerce_to_string(&r, opts).map_err(|e| with_span(e, span))?;
            let mut ctx = BTreeSet::new();
            a.collect_context(&mut ctx);
            b.collect_context(&mut ctx);
            Ok(Value::String(NixString::with_context(format!("{}{}", a.as_str(), b.as_str()), ctx)))
        }
    }
}

/// `__sub`, `__mul`, `__div` (and unary minus as `__sub 0 x`).
pub(crate) fn arith(
    ev: &mut Evaluator,
    op: BinOp,
    l: &Value,
    r: &Value,
    span: Span,
) -> EvalResult<Value> {
    let l = ev.force(l)?;
    let r = ev.force(r)?;
    let float = matches!(l, Value::Float(_)) || matches!(r, Value::Float(_));
    if float {
        let a = ev.force_float(&l).map_err(|e| with_span(e, span))?;
        let b = ev.force_float(&r).map_err(|e| with_span(e, span))?;
        return Ok(Value::Float(match op {
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            _ => {
                if b == 0.0 {
                    return Err(EvalError::at(ErrorKind::DivisionByZero, "division by zero", span));
                }
                a / b
            }
        }));
    }
    let a = ev.force_int(&l).map_err(|e| with_span(e, span))?;
    let b = ev.force_int(&r).map_err(|e| with_span(e, span))?;
    Ok(Value::Int(match op {
        BinOp::Sub => a.wrapping_sub(b),
        BinOp::Mul => a.wrapping_mul(b),
        _ => {
            if b == 0 {
                return Err(EvalError::at(ErrorKind::DivisionByZero, "division by zero", span));
            }
            if a == i64::MIN && b == -1 {
                return Err(EvalError::at(ErrorKind::Other, "overflow in integer division", span));
            }
            a / b
        }
    }))
}

/// `eqValues`. `nested` enables the pointer-equality shortcut Nix applies
/// to elements of lists and sets.
pub fn equal(ev: &mut Evaluator, a: &Value, b: &Value, nested: bool) -> EvalResult<bool> {
    if stack_exhausted() {
        return Err(stack_overflow());
    }
    if nested && same_object(a, b) {
        return Ok(true);
    }
    let a = ev.force(a)?;
    let b = ev.force(b)?;
    if nested && same_object(&a, &b) {
        return Ok(true);
    }
    Ok(match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Float(y)) => (*x as f64) == *y,
        (Value::Float(x), Value::Int(y)) => *x == (*y as f64),
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x.as_str() == y.as_str(),
        (Value::Path(x), Value::Path(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !equal(ev, p, q, true)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Attrs(x), Value::Attrs(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            // Derivations compare by output path.
            if is_derivation(ev, x)?
                && is_derivation(ev, y)?
                && let (Some(p), Some(q)) = (x.get("outPath"), y.get("outPath"))
            {
                let (p, q) = (p.clone(), q.clone());
                return equal(ev, &p, &q, true);
            }
            if x.len() != y.len() {
                return Ok(false);
            }
            for (p, q) in x.entries().iter().zip(y.entries()) {
                if p.name != q.name {
                    return Ok(false);
                }
                if !equal(ev, &p.value, &q.value, true)? {
                    return Ok(false);
                }
            }
            true
        }
        _ => false,
    })
}

fn same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Thunk(x), Value::Thunk(y)) => x.ptr_eq(y),
        (Value::Lambda(x), Value::Lambda(y)) => Rc::ptr_eq(x, y),
        (Value::PrimOp(x), Value::PrimOp(y)) => Rc::ptr_eq(x, y),
        (Value::Attrs(x), Value::Attrs(y)) => Rc::ptr_eq(x, y),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// Whether a set is a derivation (`type = "derivation"`).
pub fn is_derivation(ev: &mut Evaluator, a: &crate::value::Attrs) -> EvalResult<bool> {
    match a.get("type") {
        Some(t) => {
            let t = t.clone();
            Ok(matches!(ev.force(&t)?, Value::String(s) if s.as_str() == "derivation"))
        }
        None => Ok(false),
    }
}

/// `__lessThan` (`CompareValues`).
pub fn less_than(ev: &mut Evaluator, a: &Value, b: &Value) -> EvalResult<bool> {
    Ok(compare(ev, a, b)? == Ordering::Less)
}

/// A total order where Nix defines one; an error otherwise.
pub fn compare(ev: &mut Evaluator, a: &Value, b: &Value) -> EvalResult<Ordering> {
    if stack_exhausted() {
        return Err(stack_overflow());
    }
    let a = ev.force(a)?;
    let b = ev.force(b)?;
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => Ok(x.cmp(y)),
        (Value::Int(x), Value::Float(y)) => Ok(fcmp(*x as f64, *y)),
        (Value::Float(x), Value::Int(y)) => Ok(fcmp(*x, *y as f64)),
        (Value::Float(x), Value::Float(y)) => Ok(fcmp(*x, *y)),
        (Value::String(x), Value::String(y)) => Ok(x.as_str().cmp(y.as_str())),
        (Value::Path(x), Value::Path(y)) => Ok(x.cmp(y)),
        (Value::List(x), Value::List(y)) => {
            for i in 0.. {
                if i == y.len() {
                    return Ok(if i == x.len() { Ordering::Equal } else { Ordering::Greater });
                }
                if i == x.len() {
                    return Ok(Ordering::Less);
                }
                if !equal(ev, &x[i], &y[i], true)? {
                    return compare(ev, &x[i], &y[i]);
                }
            }
            Ok(Ordering::Equal)
        }
        _ => Err(EvalError::new(
            ErrorKind::Type,
            format!("cannot compare {} with {}", a.show_type(), b.show_type()),
        )),
    }
}

fn fcmp(a: f64, b: f64) -> Ordering {
    if a < b {
        Ordering::Less
    } else if a > b {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}
