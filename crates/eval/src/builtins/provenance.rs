//! vmcmd's own provenance builtins, `__vmcmdMarkSource`, `__vmcmdAttrSource` and `__vmcmdOrigin`, for `vmcmd explain`.
//!
//! They let vmcmd's built-in module system remember where the condition of
//! an `mkIf` is written without evaluating it: `mkIf` marks its result
//! with [`mark_source`] while the condition is still a suspended thunk,
//! which moves the position of the `condition` attribute to the span of the
//! expression the caller wrote (`cfg.enable` in `mkIf cfg.enable { … }`);
//! `definitionPositions` reads it back with [`attr_source`], long after the
//! condition was forced. Neither forces the attribute it looks at, so
//! laziness, errors and infinite recursion stay as they were. A condition
//! that is a variable is recorded as the expression the variable is bound
//! to, if it had not been evaluated when the first `mkIf` saw it.
//!
//! `__vmcmdOrigin` reads what [`Evaluator::track_origins`] records: for
//! a value inside a set or list, the expression in the user's files that
//! computed it (see [`Origins`]).
//!
//! They are not Nix builtins: they are globals only (not attributes of
//! `builtins`, not in [`super::names`]), so `builtins` is the same set as
//! in Nix 2.8 and code that does not name them cannot tell they exist.
//! The one visible trace is `unsafeGetAttrPos "condition"` of an `mkIf`
//! result, which answers with the caller's condition (or `null`) instead
//! of a line of vmcmd's `modules.nix`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::Evaluator;
use crate::value::{Attrs, PrimOpDef, Thunk, ThunkState, Value};

/// Installed as `__vmcmdMarkSource` and `__vmcmdAttrSource` (globals only).
pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "vmcmdMarkSource", arity: 2, func: mark_source },
    PrimOpDef { name: "vmcmdAttrSource", arity: 2, func: attr_source },
    PrimOpDef { name: "vmcmdOrigin", arity: 2, func: origin },
];

/// Where the values of forced thunks were computed, by thunk (while
/// [`Evaluator::track_origins`] is on): the span of the innermost
/// expression in a user's file that made the value, through the
/// variables, selections and calls that passed it on unchanged. A MAC
/// computed by `mac = "${base}${toHexString idx}";` in one module, placed
/// in an option by `inherit (hosts.${name}) mac;` in another and merged by
/// the module system, has the span of the first.
#[derive(Default)]
pub(crate) struct Origins {
    by_thunk: SpansByThunk,
    /// Per file id: 0 not yet known, 1 a user's file, 2 not.
    user_files: Vec<u8>,
}

impl Origins {
    pub(crate) fn record(&mut self, t: &Thunk, span: Span) {
        self.by_thunk.insert(t, span);
    }

    pub(crate) fn get(&self, t: &Thunk) -> Option<Span> {
        self.by_thunk.get(t)
    }

    pub(crate) fn is_user_file(
        &mut self,
        file: vmcmd_syntax::FileId,
        decide: impl FnOnce(vmcmd_syntax::FileId) -> bool,
    ) -> bool {
        let i = file.0 as usize;
        if self.user_files.len() <= i {
            self.user_files.resize(i + 1, 0);
        }
        if self.user_files[i] == 0 {
            self.user_files[i] = if decide(file) { 1 } else { 2 };
        }
        self.user_files[i] == 1
    }
}

/// `__vmcmdOrigin key container`: where element `key` of `container` (an
/// attribute name of a set, an index of a list) was computed, as
/// `{ file, line, column, text }`, or `null` when that is not known
/// (origins not tracked, a value computed by vmcmd's own Nix, a literal
/// placed directly). Forces the element; if that fails, `null`.
fn origin(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let container = ev.force(&a[1])?;
    let element = match &container {
        Value::Attrs(set) => {
            let name = ev.force_string_no_ctx(&a[0])?;
            set.get(&name).cloned()
        }
        Value::List(items) => {
            let i = ev.force_int(&a[0])?;
            usize::try_from(i).ok().and_then(|i| items.get(i).cloned())
        }
        _ => None,
    };
    let Some(Value::Thunk(t)) = element else { return Ok(Value::Null) };
    if ev.force_thunk(&t).is_err() {
        return Ok(Value::Null);
    }
    let Some(span) = ev.origins.as_ref().and_then(|o| o.get(&t)) else { return Ok(Value::Null) };
    source_value(ev, span)
}

/// `{ file, line, column, text }` for `span`.
fn source_value(ev: &Evaluator, span: Span) -> EvalResult<Value> {
    let text = ev.sources.file(span.file).text.get(span.start as usize..span.end as usize);
    let Some(text) = text.map(one_line) else { return Ok(Value::Null) };
    let mut out = match ev.pos_value(span) {
        Value::Attrs(p) => (*p).clone(),
        _ => Attrs::new(),
    };
    out.insert("text".into(), Value::str(text), None);
    Ok(Value::attrs(out))
}

/// A span for each of some thunks, by address. Each entry holds a `Weak`
/// to its thunk, which keeps the thunk's allocation, so the address cannot
/// be reused by another thunk while the entry exists; entries of freed
/// thunks are dropped now and then.
#[derive(Default)]
pub(crate) struct SpansByThunk(HashMap<usize, (Weak<RefCell<ThunkState>>, Span)>);

impl SpansByThunk {
    fn insert(&mut self, t: &Thunk, span: Span) {
        // forget freed thunks now and then (at 4096, 8192 … entries)
        if self.0.len() >= 4096 && self.0.len().is_power_of_two() {
            self.0.retain(|_, (w, _)| w.strong_count() > 0);
        }
        self.0.insert(Rc::as_ptr(&t.0) as usize, (Rc::downgrade(&t.0), span));
    }

    fn get(&self, t: &Thunk) -> Option<Span> {
        let (w, span) = self.0.get(&(Rc::as_ptr(&t.0) as usize))?;
        w.ptr_eq(&Rc::downgrade(&t.0)).then_some(*span)
    }
}

thread_local! {
    /// The spans [`suspended_span`] found, so that a thunk marked again
    /// after it was forced (a variable that is the condition of several
    /// `mkIf`s) still has one.
    static SEEN: RefCell<SpansByThunk> = RefCell::new(SpansByThunk::default());
}

/// Where the expression of a value is written when it is a thunk that was
/// not evaluated when first asked (the span of its expression), `None`
/// for anything else (a value forced before, a literal, a thunk made by a
/// builtin).
fn suspended_span(v: &Value) -> Option<Span> {
    let Value::Thunk(t) = v else { return None };
    let state = t.0.try_borrow().ok()?;
    match &*state {
        ThunkState::Suspended(e, _) => {
            let span = e.span()?;
            SEEN.with(|m| m.borrow_mut().insert(t, span));
            Some(span)
        }
        _ => SEEN.with(|m| m.borrow().get(t)),
    }
}

/// `__vmcmdMarkSource name attrs`: `attrs` with the position of attribute
/// `name` set to where its (unevaluated) value is written, or to none when
/// that cannot be told without evaluating it. The attribute is not forced;
/// `attrs` without `name` comes back unchanged.
fn mark_source(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let set = ev.force_attrs(&a[1])?;
    let Some(entry) = set.get_entry(&name) else { return Ok(Value::Attrs(set)) };
    let pos = suspended_span(&entry.value);
    if entry.pos == pos {
        return Ok(Value::Attrs(set));
    }
    let value = entry.value.clone();
    let mut marked: Attrs = (*set).clone();
    marked.insert(name, value, pos);
    Ok(Value::Attrs(Rc::new(marked)))
}

/// `__vmcmdAttrSource name attrs`: `{ file, line, column, text }` for the
/// position of attribute `name` (`text` is the source under it, line
/// breaks and the indentation after them collapsed to one space), or
/// `null` when it has none. The attribute is not forced.
fn attr_source(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let name = ev.force_string_no_ctx(&a[0])?;
    let set = ev.force_attrs(&a[1])?;
    let Some(span) = set.get_entry(&name).and_then(|e| e.pos) else { return Ok(Value::Null) };
    source_value(ev, span)
}

/// `text` on one line: every run of whitespace and comments that holds a
/// line break or a comment becomes one space (comments are dropped); other
/// whitespace stays as written, strings are left alone.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut trivia: Option<(bool, &str)> = None;
    for (kind, token) in rnix::tokenize(text) {
        if kind.is_trivia() {
            let collapse = kind == rnix::SyntaxKind::TOKEN_COMMENT || token.contains('\n');
            trivia = Some(match trivia {
                Some((c, _)) => (c || collapse, " "),
                None => (collapse, token),
            });
            continue;
        }
        if let Some((collapse, ws)) = trivia.take()
            && !out.is_empty()
        {
            out.push_str(if collapse { " " } else { ws });
        }
        out.push_str(token);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn line_breaks_collapse_to_one_space() {
        let cases = [
            ("cfg.enable", "cfg.enable"),
            ("a &&\n    b", "a && b"),
            ("a  ||  b", "a  ||  b"),
            ("a &&\n\n  b", "a && b"),
            ("x == \"a  b\"", "x == \"a  b\""),
            ("a\n", "a"),
            ("f x # why\n  (y)", "f x (y)"),
            ("a /* c */ && b", "a && b"),
            ("x == \"# not a comment\"", "x == \"# not a comment\""),
            ("\'\'\n  a  #b\n\'\' != \"\"", "\'\'\n  a  #b\n\'\' != \"\""),
        ];
        for (input, want) in cases {
            assert_eq!(one_line(input), want, "{input:?}");
        }
    }
}
