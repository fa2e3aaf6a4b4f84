//! Hash builtins: `hashString` and `hashFile` with md5, sha1, sha256 and
//! sha512, printed in base-16 as Nix 2.8 does.

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};
use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::store::hex;
use crate::value::{PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "hashString", arity: 2, func: hash_string },
    PrimOpDef { name: "hashFile", arity: 2, func: hash_file },
];

/// Hashes bytes with a Nix hash type name.
pub fn hash_bytes(algo: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match algo {
        "md5" => Md5::digest(data).to_vec(),
        "sha1" => Sha1::digest(data).to_vec(),
        "sha256" => Sha256::digest(data).to_vec(),
        "sha512" => Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

fn unknown(algo: &str) -> Box<EvalError> {
    EvalError::new(ErrorKind::Other, format!("unknown hash algorithm '{algo}'"))
}

fn hash_string(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let algo = ev.force_string_no_ctx(&a[0])?;
    let s = ev.force_string(&a[1])?;
    let h = hash_bytes(&algo, s.as_str().as_bytes()).ok_or_else(|| unknown(&algo))?;
    Ok(Value::str(hex(&h)))
}

fn hash_file(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let algo = ev.force_string_no_ctx(&a[0])?;
    let path = super::paths::real_path(ev, &a[1], span)?;
    let data = std::fs::read(&path).map_err(|e| {
        EvalError::new(
            ErrorKind::Io,
            format!("opening file '{path}': {}", crate::store::io_message(&e)),
        )
    })?;
    let h = hash_bytes(&algo, &data).ok_or_else(|| unknown(&algo))?;
    Ok(Value::str(hex(&h)))
}
