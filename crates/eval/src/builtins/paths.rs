//! Path and file builtins: `import`, `readFile`, `readDir`, `pathExists`,
//! `path`, `filterSource`, `toFile`, `toPath`, `getEnv`, `__findFile` and
//! `<name>` lookups, as in Nix 2.8. Store paths are computed (NAR hash,
//! `makeStorePath`), never written; reading is the only I/O.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::{Access, Coerce, Evaluator};
use crate::lower::canon_path;
use crate::store;
use crate::value::{Attrs, ContextElem, NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "import", arity: 1, func: import },
    PrimOpDef { name: "readFile", arity: 1, func: read_file },
    PrimOpDef { name: "readDir", arity: 1, func: read_dir },
    PrimOpDef { name: "pathExists", arity: 1, func: path_exists },
    PrimOpDef { name: "path", arity: 1, func: path },
    PrimOpDef { name: "filterSource", arity: 2, func: filter_source },
    PrimOpDef { name: "toFile", arity: 2, func: to_file },
    PrimOpDef { name: "toPath", arity: 1, func: to_path },
    PrimOpDef { name: "getEnv", arity: 1, func: get_env },
    PrimOpDef { name: "findFile", arity: 2, func: find_file_op },
    PrimOpDef { name: "scopedImport", arity: 2, func: scoped_import },
];

/// Where vmcmd's stand-ins for Nix's own `<nix/…>` files live.
const COREPKGS: &str = "/__vmcmd/corepkgs";

/// Nix's `<nix/fetchurl.nix>` and friends: functions that refuse when
/// called, since they would fetch or build.
pub(crate) fn corepkg(path: &Path) -> Option<&'static str> {
    let name = path.strip_prefix(COREPKGS).ok()?.to_str()?;
    Some(match name {
        "fetchurl.nix" => "args: builtins.fetchurl args",
        "fetchTarball.nix" => "args: builtins.fetchTarball args",
        "buildenv.nix" | "unpack-channel.nix" | "derivation.nix" => {
            "args: builtins.exec [ \"nix-builtin\" ]"
        }
        _ => return None,
    })
}

/// Coerces to an absolute path string (`coerceToPath`).
/// The absolute path a value names, for reading it: refused outside
/// `Settings::allowed_roots` (see `Evaluator::check_access`).
pub(crate) fn real_path(ev: &mut Evaluator, v: &Value, span: Span) -> EvalResult<String> {
    real_path_as(ev, v, span, Access::Read)
}

/// [`real_path`] for a path whose existence, type or entries are read
/// (see [`Access`]).
fn real_path_as(ev: &mut Evaluator, v: &Value, span: Span, how: Access) -> EvalResult<String> {
    let p = absolute_path(ev, v)?;
    ev.check_access_as(Path::new(&p), Some(span), how)?;
    Ok(p)
}

/// The absolute path a value names.
fn absolute_path(ev: &mut Evaluator, v: &Value) -> EvalResult<String> {
    let s = ev.coerce_to_string(v, Coerce { more: false, copy_to_store: false })?;
    let text = s.as_str();
    if !text.starts_with('/') {
        return Err(EvalError::new(
            ErrorKind::Other,
            format!("string '{text}' doesn't represent an absolute path"),
        ));
    }
    Ok(canon_path(text))
}

fn not_found(path: &str) -> Box<EvalError> {
    EvalError::new(ErrorKind::Io, format!("getting status of '{path}': No such file or directory"))
}

fn import(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let v = ev.force(&a[0])?;
    if let Value::Attrs(attrs) = &v
        && attrs.contains("drvPath")
    {
        return Err(EvalError::at(
            ErrorKind::Refused,
            "vmcmd refuses import-from-derivation: importing a derivation's output needs a build",
            span,
        ));
    }
    let p = real_path(ev, &v, span)?;
    if p.starts_with(&format!("{}/", ev.settings.store_dir)) && !ev.path_exists(Path::new(&p)) {
        return Err(EvalError::at(
            ErrorKind::Refused,
            format!("vmcmd refuses to import '{p}': it is not in the store and would need a build"),
            span,
        ));
    }
    let value = ev.import(Path::new(&p), Some(span))?;
    ev.force(&value)
}

fn read_file(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let p = real_path(ev, &a[0], span)?;
    if let Some(text) = ev.virtual_file(Path::new(&p)) {
        return Ok(Value::str(&*text));
    }
    match std::fs::read(&p) {
        Ok(bytes) => Ok(Value::str(String::from_utf8_lossy(&bytes).as_ref())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(EvalError::new(
            ErrorKind::Io,
            format!("opening file '{p}': No such file or directory"),
        )),
        Err(e) => Err(EvalError::new(
            ErrorKind::Io,
            format!("reading file '{p}': {}", crate::store::io_message(&e)),
        )),
    }
}

fn file_type(ft: std::fs::FileType) -> &'static str {
    if ft.is_symlink() {
        "symlink"
    } else if ft.is_dir() {
        "directory"
    } else if ft.is_file() {
        "regular"
    } else {
        "unknown"
    }
}

fn read_dir(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let p = real_path_as(ev, &a[0], span, Access::Probe)?;
    let entries = std::fs::read_dir(&p).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            not_found(&p)
        } else {
            EvalError::new(
                ErrorKind::Io,
                format!("opening directory '{p}': {}", crate::store::io_message(&e)),
            )
        }
    })?;
    let mut pairs = Vec::new();
    for e in entries.flatten() {
        let ty = e.file_type().map(file_type).unwrap_or("unknown");
        pairs.push((e.file_name().to_string_lossy().as_ref().into(), Value::str(ty)));
    }
    Ok(Value::attrs(Attrs::from_pairs(pairs)))
}

fn path_exists(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    // Nix 2.8 checks a string as given: `"/etc/passwd/"` does not exist.
    let v = ev.force(&a[0])?;
    let p = match &v {
        Value::Path(p) => p.to_string(),
        _ => {
            let s = ev.coerce_to_string(&v, Coerce { more: false, copy_to_store: false })?;
            if !s.as_str().starts_with('/') {
                let _ = span;
                return absolute_path(ev, &v).map(|_| Value::Null);
            }
            s.as_str().to_string()
        }
    };
    Ok(Value::Bool(ev.path_exists(Path::new(&p))))
}

fn scoped_import(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let scope = ev.force_attrs(&a[0])?;
    let p = real_path(ev, &a[1], span)?;
    ev.scoped_import(&scope, Path::new(&p), span)
}

fn to_path(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let p = real_path(ev, &a[0], span)?;
    Ok(Value::str(p))
}

fn get_env(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    Ok(Value::str(ev.settings.env.get(&*name).cloned().unwrap_or_default()))
}

fn store_string(path: String) -> Value {
    let mut ctx = BTreeSet::new();
    ctx.insert(ContextElem::from(path.as_str()));
    Value::String(NixString::with_context(path, ctx))
}

/// NAR of `path` keeping only what `filter` accepts (`builtins.path`'s
/// and `filterSource`'s `PathFilter`).
fn filtered_nar(
    ev: &mut Evaluator,
    path: &Path,
    filter: &Option<Value>,
    span: Span,
) -> EvalResult<Vec<u8>> {
    fn s(out: &mut Vec<u8>, b: &[u8]) {
        out.extend_from_slice(&(b.len() as u64).to_le_bytes());
        out.extend_from_slice(b);
        out.extend(std::iter::repeat_n(0u8, (8 - b.len() % 8) % 8));
    }
    fn node(
        ev: &mut Evaluator,
        out: &mut Vec<u8>,
        path: &Path,
        filter: &Option<Value>,
        span: Span,
    ) -> EvalResult<()> {
        let io = |e: std::io::Error| {
            EvalError::new(
                ErrorKind::Io,
                format!("getting status of '{}': {}", path.display(), crate::store::io_message(&e)),
            )
        };
        // (the root was checked; the walk does not follow symlinks, so
        // everything below it is inside it)
        let meta = std::fs::symlink_metadata(path).map_err(io)?;
        s(out, b"(");
        if meta.file_type().is_symlink() {
            let t = std::fs::read_link(path).map_err(io)?;
            for x in [&b"type"[..], b"symlink", b"target", t.to_string_lossy().as_bytes()] {
                s(out, x);
            }
        } else if meta.is_dir() {
            s(out, b"type");
            s(out, b"directory");
            let mut names: Vec<_> =
                std::fs::read_dir(path).map_err(io)?.flatten().map(|e| e.file_name()).collect();
            names.sort();
            for name in names {
                let child = path.join(&name);
                if let Some(f) = filter {
                    let ty = std::fs::symlink_metadata(&child)
                        .map(|m| file_type(m.file_type()))
                        .unwrap_or("unknown");
                    let f = ev.force(f)?;
                    let p = ev.call(&f, Value::str(child.to_string_lossy().as_ref()), span)?;
                    let keep = ev.call(&p, Value::str(ty), span)?;
                    if !ev.force_bool(&keep)? {
                        continue;
                    }
                }
                s(out, b"entry");
                s(out, b"(");
                s(out, b"name");
                s(out, name.to_string_lossy().as_bytes());
                s(out, b"node");
                node(ev, out, &child, filter, span)?;
                s(out, b")");
            }
        } else {
            s(out, b"type");
            s(out, b"regular");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                if meta.permissions().mode() & 0o100 != 0 {
                    s(out, b"executable");
                    s(out, b"");
                }
            }
            let c = std::fs::read(path).map_err(io)?;
            s(out, b"contents");
            s(out, &c);
        }
        s(out, b")");
        Ok(())
    }
    let mut out = Vec::new();
    s(&mut out, b"nix-archive-1");
    node(ev, &mut out, path, filter, span)?;
    Ok(out)
}

fn add_path(
    ev: &mut Evaluator,
    p: &str,
    name: Option<String>,
    filter: Option<Value>,
    recursive: bool,
    span: Span,
) -> EvalResult<Value> {
    ev.check_access(Path::new(p), Some(span))?;
    if std::fs::symlink_metadata(p).is_err() {
        return Err(not_found(p));
    }
    let base = PathBuf::from(p).file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.or(base).unwrap_or_default();
    let sp = if recursive {
        let nar = filtered_nar(ev, Path::new(p), &filter, span)?;
        store::make_store_path(&ev.settings.store_dir, "source", &Sha256::digest(&nar), &name)
    } else {
        let data = std::fs::read(p).map_err(|e| {
            EvalError::new(
                ErrorKind::Io,
                format!("opening file '{p}': {}", crate::store::io_message(&e)),
            )
        })?;
        store::fixed_output_path(
            &ev.settings.store_dir,
            false,
            "sha256",
            &Sha256::digest(&data),
            &name,
        )
    };
    Ok(store_string(sp))
}

fn path(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let args = ev.force_attrs(&a[0])?;
    let Some(p) = args.get("path") else {
        return Err(EvalError::new(ErrorKind::MissingAttr, "required attribute 'path' missing"));
    };
    let p = real_path(ev, &p.clone(), span)?;
    let name = match args.get("name") {
        Some(n) => Some(ev.force_string_no_ctx(&n.clone())?.to_string()),
        None => None,
    };
    let filter = match args.get("filter") {
        Some(f) => Some(ev.force_function(&f.clone())?),
        None => None,
    };
    let recursive = match args.get("recursive") {
        Some(r) => ev.force_bool(&r.clone())?,
        None => true,
    };
    add_path(ev, &p, name, filter, recursive, span)
}

fn filter_source(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let f = ev.force_function(&a[0])?;
    let p = real_path(ev, &a[1], span)?;
    add_path(ev, &p, None, Some(f), true, span)
}

fn to_file(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let contents = ev.force_string(&a[1])?;
    let mut refs = Vec::new();
    for c in contents.context() {
        if c.starts_with('=') || c.starts_with('!') {
            return Err(EvalError::new(
                ErrorKind::Other,
                format!("in 'toFile': the file '{name}' cannot refer to derivation outputs"),
            ));
        }
        refs.push(c.to_string());
    }
    refs.sort();
    let sp = store::text_path(&ev.settings.store_dir, &name, contents.as_str(), &refs);
    // Like a real `toFile`, the file then exists for later reads (nothing
    // is written: it lives in memory).
    ev.settings.virtual_files.insert(PathBuf::from(&sp), contents.as_str().into());
    Ok(store_string(sp))
}

fn find_file_op(ev: &mut Evaluator, a: &[Value], span: Span) -> EvalResult<Value> {
    let list = ev.force_list(&a[0])?;
    let name = ev.force_string_no_ctx(&a[1])?;
    for entry in list.iter() {
        let e = ev.force_attrs(entry)?;
        let prefix = match e.get("prefix") {
            Some(p) => ev.force_string_no_ctx(&p.clone())?.to_string(),
            None => String::new(),
        };
        let Some(path) = e.get("path") else {
            return Err(EvalError::new(ErrorKind::MissingAttr, "attribute 'path' missing"));
        };
        let dir = real_path_as(ev, &path.clone(), span, Access::Probe)?;
        let candidate = if prefix.is_empty() {
            format!("{dir}/{name}")
        } else if *name == *prefix {
            dir.clone()
        } else if let Some(rest) = name.strip_prefix(&format!("{prefix}/")) {
            format!("{dir}/{rest}")
        } else {
            continue;
        };
        if ev.path_exists(Path::new(&candidate)) {
            return Ok(Value::Path(canon_path(&candidate).into()));
        }
    }
    for (prefix, dir) in ev.settings.fallback_search_path.clone() {
        let candidate = if name.as_ref() == prefix.as_str() {
            dir.clone()
        } else if let Some(rest) = name.strip_prefix(&format!("{prefix}/")) {
            dir.join(rest)
        } else {
            continue;
        };
        if ev.path_exists(&candidate) {
            return Ok(Value::Path(canon_path(&candidate.to_string_lossy()).into()));
        }
    }
    if let Some(rest) = name.strip_prefix("nix/") {
        let p = format!("{COREPKGS}/{rest}");
        if corepkg(Path::new(&p)).is_some() {
            return Ok(Value::Path(p.into()));
        }
    }
    Err(EvalError::at(
        ErrorKind::Throw,
        format!(
            "file '{name}' was not found in the Nix search path (add it using $NIX_PATH or -I)"
        ),
        span,
    ))
}
