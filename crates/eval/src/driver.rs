//! `nix-instantiate --eval --strict [--json]` as a library call: the
//! top-level flow of Nix 2.8's `nix-instantiate` (`findAlongAttrPath` with
//! `-A`, `autoCallFunction` with `--arg`/`--argstr`, deep forcing, printing
//! as Nix or JSON), shared by `vmcmd eval` and the differential tests.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::rc::Rc;

use vmcmd_syntax::Origin;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::{Evaluator, dummy_span};
use crate::print;
use crate::value::{AttrEntry, Attrs, Value};

/// What to evaluate.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file (or a directory with `default.nix`).
    File(PathBuf),
    /// An expression (`--expr`).
    Expr(String),
}

/// An automatic argument (`--arg` / `--argstr`).
#[derive(Debug, Clone)]
pub enum AutoArg {
    /// `--arg NAME EXPR`.
    Expr(String),
    /// `--argstr NAME STRING`.
    Str(String),
}

/// A request to evaluate and print.
#[derive(Debug, Clone)]
pub struct Request {
    /// What to evaluate.
    pub input: Input,
    /// `--arg` / `--argstr`, in order.
    pub auto_args: Vec<(String, AutoArg)>,
    /// `-A` attribute path, if any.
    pub attr_path: Option<String>,
    /// Print JSON instead of Nix syntax.
    pub json: bool,
}

/// Evaluates a request and returns the printed value.
pub fn run(ev: &mut Evaluator, req: &Request) -> EvalResult<String> {
    let root = match &req.input {
        Input::File(p) => {
            let p = if p.is_absolute() { p.clone() } else { ev.settings.cwd.join(p) };
            ev.eval_file(&p)?
        }
        Input::Expr(e) => ev.eval_text(e)?,
    };
    let args = auto_args(ev, &req.auto_args)?;
    let mut v = root;
    if let Some(path) = &req.attr_path {
        v = find_along_attr_path(ev, v, path, &args)?;
    }
    if !args.is_empty() {
        v = auto_call(ev, v, &args)?;
    }
    let v = ev.deep_force(&v)?;
    if req.json {
        let mut ctx = BTreeSet::new();
        print::to_json(ev, &v, &mut ctx)
    } else {
        print::print_nix(ev, &v)
    }
}

fn auto_args(ev: &mut Evaluator, args: &[(String, AutoArg)]) -> EvalResult<Rc<Attrs>> {
    let mut entries = Vec::new();
    for (name, a) in args {
        let value = match a {
            AutoArg::Str(s) => Value::str(s.as_str()),
            AutoArg::Expr(e) => {
                let expr = ev.load(Origin::Expr, e.as_str().into())?;
                let env =
                    Rc::new(crate::value::Env { vals: crate::value::EnvVals::new(), parent: None });
                ev.delay(&expr, &env)
            }
        };
        entries.push(AttrEntry { name: name.as_str().into(), value, pos: None });
    }
    // Later flags win, as in Nix.
    entries.reverse();
    Ok(Rc::new(Attrs::from_entries(entries)))
}

/// `autoCallFunction`: calls a function with formals with the automatic
/// arguments it declares; other values pass through.
fn auto_call(ev: &mut Evaluator, f: Value, args: &Rc<Attrs>) -> EvalResult<Value> {
    let f = ev.force(&f)?;
    match &f {
        Value::Attrs(a) if a.contains("__functor") => {
            let functor = ev.force(&a.get("__functor").cloned().unwrap_or(Value::Null))?;
            let inner = ev.call(&functor, f.clone(), dummy_span())?;
            auto_call(ev, inner, args)
        }
        Value::Lambda(c) => match &c.def.param {
            crate::lower::Param::Ident => Ok(f.clone()),
            crate::lower::Param::Formals { formals, ellipsis, .. } => {
                let mut actual = Vec::new();
                if *ellipsis {
                    actual.extend(args.entries().iter().cloned());
                }
                for (name, default) in formals {
                    match args.get_entry(name) {
                        Some(_) if *ellipsis => {}
                        Some(e) => actual.push(e.clone()),
                        None if default.is_some() => {}
                        None => {
                            return Err(EvalError::new(
                                ErrorKind::Other,
                                format!(
                                    "cannot evaluate a function that has an argument without a value ('{name}')"
                                ),
                            ));
                        }
                    }
                }
                let arg = Value::attrs(Attrs::from_entries(actual));
                ev.call(&f, arg, c.def.span)
            }
        },
        _ => Ok(f),
    }
}

/// `findAlongAttrPath`.
fn find_along_attr_path(
    ev: &mut Evaluator,
    root: Value,
    path: &str,
    args: &Rc<Attrs>,
) -> EvalResult<Value> {
    let mut v = root;
    if path.is_empty() {
        return Ok(v);
    }
    for comp in path.split('.') {
        v = auto_call(ev, v, args)?;
        let forced = ev.force(&v)?;
        if let Ok(i) = comp.parse::<usize>() {
            match &forced {
                Value::List(l) => match l.get(i) {
                    Some(x) => {
                        v = x.clone();
                        continue;
                    }
                    None => {
                        return Err(EvalError::new(
                            ErrorKind::Other,
                            format!("list index {i} in selection path '{path}' is out of range"),
                        ));
                    }
                },
                _ => {
                    return Err(EvalError::new(
                        ErrorKind::Type,
                        format!(
                            "the expression selected by the selection path '{path}' should be a list but is {}",
                            forced.show_type()
                        ),
                    ));
                }
            }
        }
        match &forced {
            Value::Attrs(a) => match a.get(comp) {
                Some(x) => v = x.clone(),
                None => {
                    return Err(EvalError::new(
                        ErrorKind::MissingAttr,
                        format!("attribute '{comp}' in selection path '{path}' not found"),
                    ));
                }
            },
            other => {
                return Err(EvalError::new(
                    ErrorKind::Type,
                    format!(
                        "the expression selected by the selection path '{path}' should be a set but is {}",
                        other.show_type()
                    ),
                ));
            }
        }
    }
    Ok(v)
}
