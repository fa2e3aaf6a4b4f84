//! Runtime values: the Nix data model, with thunks as an explicit state machine.
//!
//! The shape follows tvix's `Value` (small enum, large payloads behind `Rc`):
//! `Value` is 16 bytes (a tag and one word), asserted below. Attribute sets are sorted vectors
//! (Nix orders attribute names bytewise), lists are shared vectors whose
//! elements may be unevaluated [`Thunk`]s, strings carry Nix's string context
//! so store paths stay store paths. A [`Thunk`] moves through
//! `Suspended → Blackhole → Done`; forcing a blackholed thunk is Nix's
//! "infinite recursion encountered", reported with both spans.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::Evaluator;
use crate::lower::{Expr, LambdaDef};

/// Interned-ish shared string used for attribute names and identifiers.
pub type Str = Rc<str>;

/// A Nix value. Elements of lists and attribute sets may be [`Value::Thunk`];
/// [`Evaluator::force`] turns any value into one that is not.
#[derive(Clone)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A 64-bit integer.
    Int(i64),
    /// A 64-bit float.
    Float(f64),
    /// A string with its context.
    String(NixString),
    /// An absolute, canonical path.
    Path(NixPath),
    /// An attribute set.
    Attrs(Rc<Attrs>),
    /// A list.
    List(Rc<Vec<Value>>),
    /// A closure.
    Lambda(Rc<Closure>),
    /// A built-in function, possibly partially applied.
    PrimOp(Rc<PrimOpApp>),
    /// A value not evaluated yet (or evaluated and memoised).
    Thunk(Thunk),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

impl Value {
    /// A string value without context.
    pub fn str(s: impl Into<Str>) -> Value {
        Value::String(NixString::plain(s))
    }

    /// An attribute set value.
    pub fn attrs(a: Attrs) -> Value {
        Value::Attrs(Rc::new(a))
    }

    /// A list value.
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(v))
    }

    /// The name `builtins.typeOf` returns.
    pub fn type_of(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::Path(_) => "path",
            Value::Attrs(_) => "set",
            Value::List(_) => "list",
            Value::Lambda(_) | Value::PrimOp(_) => "lambda",
            Value::Thunk(_) => "thunk",
        }
    }

    /// The phrase Nix 2.8 uses in type errors (`showType`).
    pub fn show_type(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(_) => "a Boolean".into(),
            Value::Int(_) => "an integer".into(),
            Value::Float(_) => "a float".into(),
            Value::String(s) if s.has_context() => "a string with context".into(),
            Value::String(_) => "a string".into(),
            Value::Path(_) => "a path".into(),
            Value::Attrs(_) => "a set".into(),
            Value::List(_) => "a list".into(),
            Value::Lambda(_) => "a function".into(),
            Value::PrimOp(p) if p.args.is_empty() => {
                format!("the built-in function '{}'", p.def.name)
            }
            Value::PrimOp(p) => format!("the partially applied built-in function '{}'", p.def.name),
            Value::Thunk(_) => "a thunk".into(),
        }
    }

    /// Whether this is a function (closure or primop).
    pub fn is_function(&self) -> bool {
        matches!(self, Value::Lambda(_) | Value::PrimOp(_))
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::String(s) => write!(f, "{:?}", s.as_str()),
            Value::Path(p) => write!(f, "{p}"),
            Value::Attrs(a) => write!(f, "{{ {} attrs }}", a.len()),
            Value::List(l) => write!(f, "[ {} elems ]", l.len()),
            Value::Lambda(_) => write!(f, "<LAMBDA>"),
            Value::PrimOp(_) => write!(f, "<PRIMOP>"),
            Value::Thunk(_) => write!(f, "<THUNK>"),
        }
    }
}

/// One element of a string's context, as Nix 2.8 encodes them.
pub type ContextElem = Str;

/// A string with its (possibly empty) context. One pointer wide, so that
/// a [`Value`] is two words.
#[derive(Clone)]
pub struct NixString(Rc<NixStringData>);

struct NixStringData {
    s: Str,
    ctx: Option<BTreeSet<ContextElem>>,
}

impl NixString {
    /// A string without context.
    pub fn plain(s: impl Into<Str>) -> NixString {
        NixString(Rc::new(NixStringData { s: s.into(), ctx: None }))
    }

    /// A string with the given context (dropped when empty).
    pub fn with_context(s: impl Into<Str>, ctx: BTreeSet<ContextElem>) -> NixString {
        let ctx = if ctx.is_empty() { None } else { Some(ctx) };
        NixString(Rc::new(NixStringData { s: s.into(), ctx }))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0.s
    }

    /// The text as a shared string.
    pub fn as_rc(&self) -> &Str {
        &self.0.s
    }

    /// Whether the string has context.
    pub fn has_context(&self) -> bool {
        self.0.ctx.is_some()
    }

    /// The context elements.
    pub fn context(&self) -> impl Iterator<Item = &ContextElem> {
        self.0.ctx.iter().flat_map(|c| c.iter())
    }

    /// Adds this string's context to `acc`.
    pub fn collect_context(&self, acc: &mut BTreeSet<ContextElem>) {
        if let Some(c) = &self.0.ctx {
            acc.extend(c.iter().cloned());
        }
    }
}

/// The text of a path value: one pointer wide, so that a [`Value`] is two
/// words. Reads as a `str`.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct NixPath(Rc<Str>);

impl std::ops::Deref for NixPath {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NixPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<Str> for NixPath {
    fn from(s: Str) -> NixPath {
        NixPath(Rc::new(s))
    }
}

impl From<String> for NixPath {
    fn from(s: String) -> NixPath {
        NixPath(Rc::new(s.into()))
    }
}

impl From<&str> for NixPath {
    fn from(s: &str) -> NixPath {
        NixPath(Rc::new(s.into()))
    }
}

impl NixPath {
    /// The text as a shared string.
    pub fn as_rc(&self) -> &Str {
        &self.0
    }
}

/// One attribute: name, value and where it was defined.
#[derive(Clone)]
pub struct AttrEntry {
    /// The attribute name.
    pub name: Str,
    /// The (possibly unevaluated) value.
    pub value: Value,
    /// Where the attribute was defined, if in Nix source.
    pub pos: Option<Span>,
}

/// An attribute set: entries sorted by name, no duplicates.
#[derive(Clone, Default)]
pub struct Attrs {
    entries: Vec<AttrEntry>,
}

impl Attrs {
    /// An empty set.
    pub fn new() -> Attrs {
        Attrs::default()
    }

    /// Builds a set from entries in any order; on duplicates the first wins
    /// (as `builtins.listToAttrs` does).
    pub fn from_entries(mut entries: Vec<AttrEntry>) -> Attrs {
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        entries.dedup_by(|later, earlier| later.name == earlier.name);
        Attrs { entries }
    }

    /// Builds a set from entries already sorted by name without duplicates.
    pub fn from_sorted(entries: Vec<AttrEntry>) -> Attrs {
        debug_assert!(entries.windows(2).all(|w| w[0].name < w[1].name));
        Attrs { entries }
    }

    /// Builds a set from `(name, value)` pairs.
    pub fn from_pairs<I: IntoIterator<Item = (Str, Value)>>(it: I) -> Attrs {
        Attrs::from_entries(
            it.into_iter().map(|(name, value)| AttrEntry { name, value, pos: None }).collect(),
        )
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Looks up an attribute.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.get_entry(name).map(|e| &e.value)
    }

    /// Looks up an attribute with its position.
    pub fn get_entry(&self, name: &str) -> Option<&AttrEntry> {
        self.index_of(name).and_then(|i| self.entries.get(i))
    }

    /// The index of an attribute in [`Attrs::entries`].
    pub fn index_of(&self, name: &str) -> Option<usize> {
        // Most sets the module system looks into are small: comparing
        // lengths first skips nearly every byte comparison.
        if self.entries.len() <= 8 {
            return self
                .entries
                .iter()
                .position(|e| e.name.len() == name.len() && *e.name == *name);
        }
        self.entries.binary_search_by(|e| (*e.name).cmp(name)).ok()
    }

    /// Whether the set has an attribute.
    pub fn contains(&self, name: &str) -> bool {
        self.get_entry(name).is_some()
    }

    /// The entries, sorted by name.
    pub fn entries(&self) -> &[AttrEntry] {
        &self.entries
    }

    /// Inserts or replaces an attribute.
    pub fn insert(&mut self, name: Str, value: Value, pos: Option<Span>) {
        match self.entries.binary_search_by(|e| e.name.cmp(&name)) {
            Ok(i) => self.entries[i] = AttrEntry { name, value, pos },
            Err(i) => self.entries.insert(i, AttrEntry { name, value, pos }),
        }
    }

    /// `self // other`: a merge of two sorted vectors, right side winning.
    pub fn update(&self, other: &Attrs) -> Attrs {
        if other.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return other.clone();
        }
        let mut out = Vec::with_capacity(self.len() + other.len());
        let (mut i, mut j) = (0, 0);
        let (a, b) = (&self.entries, &other.entries);
        while i < a.len() && j < b.len() {
            match a[i].name.cmp(&b[j].name) {
                std::cmp::Ordering::Less => {
                    out.push(a[i].clone());
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    out.push(b[j].clone());
                    j += 1;
                }
                std::cmp::Ordering::Equal => {
                    out.push(b[j].clone());
                    i += 1;
                    j += 1;
                }
            }
        }
        out.extend_from_slice(&a[i..]);
        out.extend_from_slice(&b[j..]);
        Attrs { entries: out }
    }
}

/// The slots of an environment frame, stored inline when there are few.
pub type EnvVals = smallvec::SmallVec<[Value; 2]>;

/// A lexical environment frame.
pub struct Env {
    /// The slots of this frame (most frames have one or two).
    pub vals: EnvVals,
    /// The enclosing frame.
    pub parent: Option<Rc<Env>>,
}

/// A closure: a lambda and the environment it was created in.
pub struct Closure {
    /// The lambda's definition.
    pub def: Rc<LambdaDef>,
    /// The captured environment.
    pub env: Rc<Env>,
}

/// The signature of a built-in function's implementation. Arguments are
/// passed unforced; the builtin forces what it needs.
pub type PrimOpFn = fn(&mut Evaluator, &[Value], Span) -> EvalResult<Value>;

/// A built-in function.
pub struct PrimOpDef {
    /// Its name without `__` (`attrNames`).
    pub name: &'static str,
    /// How many arguments it takes.
    pub arity: usize,
    /// The implementation.
    pub func: PrimOpFn,
}

/// A built-in function with the arguments applied so far.
pub struct PrimOpApp {
    /// Which builtin.
    pub def: &'static PrimOpDef,
    /// Arguments so far (fewer than `def.arity`).
    pub args: Vec<Value>,
}

/// A lazily computed value.
#[derive(Clone)]
pub struct Thunk(pub(crate) Rc<RefCell<ThunkState>>);

/// The states a [`Thunk`] moves through.
pub(crate) enum ThunkState {
    /// Not filled in yet (used while building recursive environments).
    Uninit,
    /// An expression waiting to be evaluated in an environment.
    Suspended(Rc<Expr>, Rc<Env>),
    /// A function application waiting to happen (used by lazy builtins).
    Apply(Box<(Value, Value, Span)>),
    /// A selection `v.name` waiting to happen.
    Select(Box<(Value, Str, Span)>),
    /// Being evaluated right now; forcing it again is infinite recursion.
    Blackhole(Option<Span>),
    /// Evaluated.
    Done(Value),
}

/// The thunks of this thread, for [`release_thunks_since`]: thunks are
/// the only mutable cells of the value graph, so every reference cycle
/// (recursive sets, closures capturing their own frame) passes through
/// one, and emptying them frees what `Rc` alone cannot.
struct ThunkRegistry {
    /// Whether thunks are recorded at all (see [`track_thunks`]).
    tracking: bool,
    /// The generation new thunks get (see [`thunk_generation`]).
    generation: u64,
    thunks: Vec<(u64, std::rc::Weak<RefCell<ThunkState>>)>,
    /// Drop the entries of freed thunks when `thunks` reaches this length.
    compact_at: usize,
}

thread_local! {
    static THUNKS: RefCell<ThunkRegistry> =
        const { RefCell::new(ThunkRegistry { tracking: false, generation: 0, thunks: Vec::new(), compact_at: 1 << 16 }) };
}

/// Records the thunks created on this thread from now on, so that
/// [`release_thunks_since`] (and [`crate::Evaluator::release`]) can free
/// them. Off by default: a process that evaluates once needs no release,
/// and the record costs time and keeps freed thunks' memory until it is
/// compacted.
pub fn track_thunks(on: bool) {
    THUNKS.with(|r| r.borrow_mut().tracking = on);
}

/// Starts a new generation of thunks on this thread and returns it: the
/// thunks created from now on belong to it (and to later generations).
pub fn thunk_generation() -> u64 {
    THUNKS.with(|r| {
        let mut r = r.borrow_mut();
        r.generation += 1;
        r.generation
    })
}

/// Empties every thunk of this thread created since `generation` began
/// (while [`track_thunks`] was on),
/// freeing the values only reference cycles kept alive. Any value that
/// still refers to such a thunk sees it unevaluated and fails when
/// forced; call this only when nothing evaluated since is used again
/// (an evaluator is done, and no later evaluator on this thread is in use).
pub fn release_thunks_since(generation: u64) {
    let released: Vec<_> = THUNKS.with(|r| {
        let mut r = r.borrow_mut();
        let keep = r.thunks.partition_point(|(g, _)| *g < generation);
        r.thunks.split_off(keep)
    });
    // states are dropped outside the registry's borrow
    let mut states = Vec::new();
    for (_, weak) in released {
        if let Some(cell) = weak.upgrade()
            && let Ok(mut state) = cell.try_borrow_mut()
        {
            states.push(std::mem::replace(&mut *state, ThunkState::Uninit));
        }
    }
    drop(states);
}

impl Thunk {
    pub(crate) fn new(state: ThunkState) -> Thunk {
        let rc = Rc::new(RefCell::new(state));
        THUNKS.with(|r| {
            let mut r = r.borrow_mut();
            if !r.tracking {
                return;
            }
            if r.thunks.len() >= r.compact_at {
                r.thunks.retain(|(_, w)| w.strong_count() > 0);
                r.compact_at = (r.thunks.len() * 2).max(1 << 16);
            }
            let g = r.generation;
            r.thunks.push((g, Rc::downgrade(&rc)));
        });
        Thunk(rc)
    }

    /// A thunk applying `f` to `arg` when forced.
    pub fn apply(f: Value, arg: Value, span: Span) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Apply(Box::new((f, arg, span)))))
    }

    /// A thunk selecting `name` from `v` when forced.
    pub fn select(v: Value, name: Str, span: Span) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Select(Box::new((v, name, span)))))
    }

    /// The value, if already evaluated.
    pub fn value(&self) -> Option<Value> {
        match &*self.0.borrow() {
            ThunkState::Done(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// Whether two thunks are the same object.
    pub fn ptr_eq(&self, other: &Thunk) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
