//! Builtins vmcmd refuses on purpose: everything that fetches, builds,
//! executes or needs a real store. They exist (so `builtins ? fetchGit`
//! answers as in Nix) but calling one is a clear diagnostic, never an
//! attempt.

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::value::{PrimOpDef, Value};

macro_rules! refused {
    ($($name:literal),* $(,)?) => {
        pub(crate) static PRIMOPS: &[PrimOpDef] = &[
            $(PrimOpDef { name: $name, arity: 1, func: |ev, a, s| refuse(ev, a, s, $name) },)*
        ];
    };
}

refused!(
    "fetchurl",
    "fetchTarball",
    "fetchGit",
    "fetchMercurial",
    "fetchTree",
    "fetchClosure",
    "getFlake",
    "exec",
    "importNative",
    "storePath",
);

fn refuse(_: &mut Evaluator, _: &[Value], span: Span, name: &str) -> EvalResult<Value> {
    let why = match name {
        "exec" | "importNative" => "it would run a program",
        "storePath" => "it needs a real Nix store",
        _ => "it would fetch from the network",
    };
    Err(EvalError::at(ErrorKind::Refused, format!("vmcmd refuses 'builtins.{name}': {why}"), span))
}
