//! The evaluator: a tree-walking interpreter over the lowered expression tree.
//!
//! Mirrors C++ Nix 2.8's `eval.cc` semantics (`ExprSelect::eval`,
//! `EvalState::callFunction`, `ExprConcatStrings::eval`, `coerceToString`,
//! `eqValues`) without its bytecode-free cost model worries: Ghaf-sized
//! inputs are 10⁵–10⁶ thunks. Laziness is real: bindings, list elements,
//! attribute values and arguments become [`Thunk`]s that are forced at most
//! once. Deep recursion is bounded twice: a frame counter and a stack-address
//! guard turn runaway recursion into Nix's `stack overflow (possible infinite
//! recursion)` diagnostic instead of a crash; callers run the evaluator on a
//! thread with a large stack ([`run_with_big_stack`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use vmcmd_syntax::{FileId, Origin, SourceDb, Span};

use crate::builtins;
use crate::error::{ErrorKind, EvalError, EvalResult, add_trace, type_error, with_span};
use crate::lower::{self, AttrKey, BinOp, BindingValue, Expr, Param, StrPart};
use crate::value::{
    AttrEntry, Attrs, Closure, ContextElem, Env, EnvVals, NixString, PrimOpApp, Str, Thunk,
    ThunkState, Value,
};

/// Settings of one evaluation, chosen by the caller (the CLI reads the
/// environment; this crate never does).
#[derive(Debug, Clone)]
pub struct Settings {
    /// `-I` entries followed by `NIX_PATH` entries: `(prefix, path)`; an
    /// empty prefix means the path is searched for every `<name>`.
    pub search_path: Vec<(String, PathBuf)>,
    /// `builtins.currentSystem`.
    pub current_system: String,
    /// `$HOME`, for `~/…` paths.
    pub home: Option<String>,
    /// The variables `builtins.getEnv` can see.
    pub env: BTreeMap<String, String>,
    /// The directory `--expr` paths are relative to.
    pub cwd: PathBuf,
    /// The most nested evaluation frames before `stack overflow`.
    pub max_depth: usize,
    /// `builtins.storeDir`.
    pub store_dir: String,
    /// `builtins.currentTime` (seconds since the epoch; the caller decides).
    pub current_time: i64,
    /// Search path entries tried after `search_path` (and not listed in
    /// `builtins.nixPath`), e.g. vmcmd's built-in `nixpkgs`.
    pub fallback_search_path: Vec<(String, PathBuf)>,
    /// Files that exist only in memory (vmcmd's built-in `lib`), by
    /// absolute path; `import`, `pathExists` and `readFile` see them.
    pub virtual_files: BTreeMap<PathBuf, Arc<str>>,
    /// Directories that exist only in memory and whose every file reads
    /// as `{ }`: stand-ins for trees vmcmd does not have (a flake input
    /// outside the checkout, imported as `input + "/module.nix"`).
    pub empty_trees: Vec<PathBuf>,
    /// When set, the only directories whose files may be read (imported,
    /// `readFile`, `readDir`, `hashFile`, copied to the store); paths are
    /// compared after resolving symlinks, so a link leading outside is
    /// refused too. `pathExists` is false outside them. In-memory files are
    /// always readable.
    pub allowed_roots: Option<Vec<PathBuf>>,
    /// The most evaluation steps (expressions evaluated) before giving
    /// up with a diagnostic; `None`: no budget.
    pub max_steps: Option<u64>,
    /// The largest Nix file read, in bytes.
    pub max_file_size: u64,
    /// Lowered trees of in-memory files compiled at build time
    /// ([`crate::precompiled`]); a file whose text differs from the one
    /// compiled is parsed as usual.
    pub precompiled: Vec<crate::precompiled::Precompiled>,
    /// Files parsed ahead on another thread ([`crate::parse_cache`]).
    pub parse_cache: Option<crate::parse_cache::ParseCache>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            search_path: Vec::new(),
            current_system: "x86_64-linux".to_string(),
            home: None,
            env: BTreeMap::new(),
            cwd: PathBuf::from("/"),
            max_depth: 200_000,
            store_dir: "/nix/store".to_string(),
            current_time: 0,
            fallback_search_path: Vec::new(),
            virtual_files: BTreeMap::new(),
            empty_trees: Vec::new(),
            allowed_roots: None,
            max_steps: None,
            max_file_size: 64 << 20,
            precompiled: Vec::new(),
            parse_cache: None,
        }
    }
}

/// The bytes of stack the evaluator keeps free before reporting overflow.
const STACK_MARGIN: usize = 256 * 1024;

/// The stack size of the thread [`run_with_big_stack`] starts.
pub const BIG_STACK: usize = 4 << 30;

thread_local! {
    static STACK_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `f` on a new thread with a [`BIG_STACK`]-byte stack, with the
/// stack guard set up, and returns its result.
pub fn run_with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new().name("vmcmd-eval".into()).stack_size(BIG_STACK).spawn(
        move || {
            let here = 0u8;
            let base = &here as *const u8 as usize;
            STACK_LIMIT.with(|l| l.set(base.saturating_sub(BIG_STACK - STACK_MARGIN)));
            f()
        },
    );
    match handle {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(p) => std::panic::resume_unwind(p),
        },
        // Could not reserve the stack: run here with the default guard.
        Err(_) => f_fallback(),
    }
}

fn f_fallback<T>() -> T {
    panic!("could not start the evaluation thread")
}

/// Whether the current thread is close to the end of its stack.
pub(crate) fn stack_exhausted() -> bool {
    stack_exhausted_at(STACK_LIMIT.with(|l| l.get()))
}

#[inline]
fn stack_exhausted_at(limit: usize) -> bool {
    let here = 0u8;
    let addr = &here as *const u8 as usize;
    limit != 0 && addr < limit
}

pub(crate) fn stack_overflow() -> Box<EvalError> {
    EvalError::new(ErrorKind::StackOverflow, "stack overflow (possible infinite recursion)")
}

/// Options for string coercion (Nix's `coerceToString`).
#[derive(Clone, Copy)]
pub struct Coerce {
    /// Also coerce null, Booleans, numbers and lists (`toString`).
    pub more: bool,
    /// Copy paths to the store (interpolation) instead of using them as is.
    pub copy_to_store: bool,
}

/// A lazy Nix evaluator.
pub struct Evaluator {
    /// Every file read so far.
    pub sources: SourceDb,
    /// The settings.
    pub settings: Settings,
    pub(crate) globals: HashMap<Str, Value>,
    import_cache: HashMap<PathBuf, Value>,
    path_store_cache: HashMap<String, String>,
    depth: usize,
    /// Expressions evaluated so far (for `Settings::max_steps`).
    steps: u64,
    /// Whether every step goes the full way ([`Evaluator::eval_full`]): under
    /// a step budget (`Settings::max_steps`, so that it runs out at the
    /// same expression) and while origins are tracked (so that each step
    /// passes an origin on or drops it).
    budgeted: bool,
    /// Output of `builtins.trace` and warnings, in order.
    pub messages: Vec<String>,
    /// Count of thunks created (for `--stats`).
    pub thunks_created: u64,
    /// Derivations computed so far, by `.drv` path.
    pub(crate) derivations: HashMap<String, crate::store::Derivation>,
    /// The stack address below which evaluation reports overflow (0: unknown).
    stack_limit: usize,
    /// The thunk generation this evaluator started (see [`Evaluator::release`]).
    thunk_generation: u64,
    /// `Settings::precompiled`, indexed on first use.
    precompiled_index: Option<crate::precompiled::Index>,
    /// Files taken from `Settings::precompiled` instead of being parsed.
    pub precompiled_loads: u32,
    /// Files on disk whose tree came from `Settings::parse_cache`, and
    /// those this evaluator parsed into it (none without a cache).
    pub parse_counts: (u32, u32),
    /// Where forced values were computed, for `vmcmd explain` (off: `None`;
    /// see [`Evaluator::track_origins`] and `builtins/provenance.rs`).
    pub(crate) origins: Option<Box<crate::builtins::provenance::Origins>>,
    /// The origin of the value the last evaluation step returned, while
    /// origins are tracked.
    pub(crate) origin_reg: Option<Span>,
    /// Every path on disk evaluation looked at, with how (off: `None`; see
    /// [`Evaluator::log_reads`]).
    reads: std::cell::RefCell<Option<BTreeMap<PathBuf, Access>>>,
}

/// How evaluation looked at a path on disk ([`Evaluator::log_reads`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// Whether it exists, its type, a directory's entries (`pathExists`,
    /// `readDir`, `import` of a directory): adding, removing or renaming
    /// files at or below it matters, editing them does not.
    Probe,
    /// Its contents (`import`, `readFile`, a copy to the store, `hashFile`
    /// …), recursively for a directory: any change at or below it matters.
    Read,
}

impl Evaluator {
    /// A new evaluator with the builtins installed.
    pub fn new(settings: Settings) -> Evaluator {
        let budgeted = settings.max_steps.is_some();
        let mut ev = Evaluator {
            sources: SourceDb::default(),
            settings,
            globals: HashMap::new(),
            import_cache: HashMap::new(),
            path_store_cache: HashMap::new(),
            depth: 0,
            steps: 0,
            budgeted,
            messages: Vec::new(),
            thunks_created: 0,
            derivations: HashMap::new(),
            stack_limit: STACK_LIMIT.with(|l| l.get()),
            thunk_generation: crate::value::thunk_generation(),
            precompiled_index: None,
            precompiled_loads: 0,
            parse_counts: (0, 0),
            origins: None,
            origin_reg: None,
            reads: std::cell::RefCell::new(None),
        };
        builtins::install(&mut ev);
        ev
    }

    /// From now on, remembers for every forced thunk where in a file
    /// outside vmcmd's own Nix its value was computed: the innermost
    /// expression that made it, through variables, selections, `let`,
    /// `if` and function calls that pass it on unchanged (read back with
    /// `__vmcmdOrigin`). For `vmcmd explain`; costs time and memory.
    pub fn track_origins(&mut self) {
        if self.origins.is_none() {
            self.origins = Some(Box::default());
            self.budgeted = true;
        }
    }

    /// From now on, records every path on disk that evaluation looks at
    /// and how ([`Access`]), for [`Evaluator::reads`]: what a result
    /// depends on besides vmcmd's own files (`vmcmd diff` reuses a result
    /// when none of these changed).
    pub fn log_reads(&mut self) {
        let mut r = self.reads.borrow_mut();
        if r.is_none() {
            *r = Some(BTreeMap::new());
        }
    }

    /// The paths recorded since [`Evaluator::log_reads`] (empty if off).
    pub fn reads(&self) -> BTreeMap<PathBuf, Access> {
        self.reads.borrow().clone().unwrap_or_default()
    }

    /// Records that evaluation looked at `path` (see [`Access`]).
    pub(crate) fn note_access(&self, path: &Path, how: Access) {
        if let Some(log) = self.reads.borrow_mut().as_mut()
            && !path.starts_with("/__vmcmd")
        {
            let e = log.entry(path.to_path_buf()).or_insert(how);
            *e = (*e).max(how);
        }
    }

    /// Drops the evaluator and frees everything its evaluation created,
    /// reference cycles included (dropping alone leaks those; fine for a
    /// process that evaluates once, not for one that evaluates many
    /// revisions or targets in turn), if the thread tracks thunks
    /// ([`crate::value::track_thunks`]) since before it was created.
    /// Values obtained from it must not be used afterwards, and no other
    /// evaluator on this thread may still be in use: thunks belong to a
    /// thread-wide generation, so all created since this one began are
    /// emptied.
    pub fn release(self) {
        let generation = self.thunk_generation;
        drop(self);
        crate::value::release_thunks_since(generation);
    }

    /// The `builtins` attribute set.
    pub fn builtins_value(&self) -> Value {
        self.globals.get("builtins").cloned().unwrap_or(Value::Null)
    }

    /// Parses and lowers a text. `name` is how positions are shown in messages.
    pub fn load(&mut self, origin: Origin, text: Arc<str>) -> EvalResult<Rc<Expr>> {
        self.load_scoped(origin, text, &[])
    }

    /// Like [`Evaluator::load`], with names bound around the whole text.
    pub fn load_scoped(
        &mut self,
        origin: Origin,
        text: Arc<str>,
        outer: &[Str],
    ) -> EvalResult<Rc<Expr>> {
        let path = match &origin {
            Origin::File(p) => Some(p.clone()),
            _ => None,
        };
        let file = self.sources.add(origin, text.clone());
        if let Some(p) = &path
            && outer.is_empty()
            && !self.settings.precompiled.is_empty()
            && let Some(expr) = self.load_precompiled(p, &text, file)
        {
            return Ok(expr);
        }
        let parsed = match (&self.settings.parse_cache, &path) {
            (Some(cache), Some(p)) if self.virtual_file(p).is_none() => {
                let (parsed, cached) = cache.parse(p, &text);
                if cached {
                    self.parse_counts.0 += 1;
                } else {
                    self.parse_counts.1 += 1;
                }
                parsed
            }
            _ => vmcmd_syntax::parse(&text),
        };
        if let Some(err) = parsed.errors.first() {
            let mut e =
                EvalError::at(ErrorKind::Syntax, err.message.clone(), Span::new(file, err.range));
            for other in parsed.errors.iter().skip(1).take(8) {
                e.labels.push((Span::new(file, other.range), other.message.clone()));
            }
            return Err(e);
        }
        self.lower_parsed(file, &parsed.root, outer, None).map(|(e, _)| e).map_err(|errors| {
            let first = &errors[0];
            let kind = if first.syntax { ErrorKind::Syntax } else { ErrorKind::Other };
            let kind = if first.message.starts_with("undefined variable") {
                ErrorKind::Syntax
            } else {
                kind
            };
            let mut e = EvalError::at(kind, first.message.clone(), first.span);
            for other in errors.iter().skip(1).take(8) {
                e.labels.push((other.span, other.message.clone()));
            }
            e
        })
    }

    /// Lowers the parsed text of `file` (paths relative to its directory,
    /// or to the working directory for `--expr`); see [`lower::lower_with`]
    /// for `globals_used`.
    pub(crate) fn lower_parsed(
        &self,
        file: FileId,
        root: &vmcmd_syntax::rnix::Root,
        outer: &[Str],
        globals_used: Option<lower::GlobalRefs>,
    ) -> Result<(Rc<Expr>, Option<lower::GlobalRefs>), Vec<lower::LowerError>> {
        let source = self.sources.file(file);
        let base_dir = match &source.origin {
            Origin::File(p) => lower::base_dir_of(p),
            _ => self.settings.cwd.clone(),
        };
        let name = self.message_name(file);
        let ctx = lower::LowerCtx {
            file,
            base_dir: &base_dir,
            globals: &self.globals,
            home: self.settings.home.as_deref(),
            text: &source.text,
            name: &name,
            outer,
        };
        lower::lower_with(root, ctx, globals_used)
    }

    /// The precompiled tree of `path`, if `Settings::precompiled` has one
    /// for exactly this text.
    fn load_precompiled(&mut self, path: &Path, text: &str, file: FileId) -> Option<Rc<Expr>> {
        if self.precompiled_index.is_none() {
            let index = crate::precompiled::Index::new(&self.settings.precompiled, &self.globals);
            self.precompiled_index = Some(index);
        }
        let expr = self.precompiled_index.as_ref()?.load(path, text, file, &self.globals)?;
        self.precompiled_loads += 1;
        Some(expr)
    }

    /// How positions in `file` are named inside messages (`(string)` for
    /// `--expr`, the path for files), as Nix 2.8 does.
    pub fn message_name(&self, file: FileId) -> String {
        match &self.sources.file(file).origin {
            Origin::File(p) => p.display().to_string(),
            Origin::Expr => "(string)".to_string(),
            Origin::Builtin(n) => format!("«vmcmd:{n}»"),
        }
    }

    /// `file:line:col` of a span as Nix prints it inside messages.
    pub fn pos_message(&self, span: Span) -> String {
        let (line, col) = self.sources.file(span.file).line_col(span.start);
        format!("{}:{line}:{col}", self.message_name(span.file))
    }

    /// Evaluates an expression given as text (`--expr`).
    pub fn eval_text(&mut self, text: &str) -> EvalResult<Value> {
        let expr = self.load(Origin::Expr, text.into())?;
        let env = Rc::new(Env { vals: EnvVals::new(), parent: None });
        self.eval(&expr, &env)
    }

    /// Evaluates a file (or a directory's `default.nix`) like `import`.
    pub fn eval_file(&mut self, path: &Path) -> EvalResult<Value> {
        let v = self.import(path, None)?;
        self.force(&v)
    }

    /// `import path`: reads, parses, lowers and evaluates a file once.
    pub fn import(&mut self, path: &Path, span: Option<Span>) -> EvalResult<Value> {
        let mut path = PathBuf::from(lower::canon_path(&path.to_string_lossy()));
        self.note_access(&path, Access::Probe);
        if path.is_dir() || self.virtual_dir(&path) {
            path.push("default.nix");
        }
        if let Some(v) = self.import_cache.get(&path) {
            return Ok(v.clone());
        }
        let text = self.read_source(&path, span)?;
        let expr = self.load(Origin::File(path.clone()), text.into())?;
        let env = Rc::new(Env { vals: EnvVals::new(), parent: None });
        let v = self.delay(&expr, &env);
        self.import_cache.insert(path, v.clone());
        Ok(v)
    }

    /// `scopedImport scope path`: evaluates a file with the attributes of
    /// `scope` bound around it (shadowing globals), without caching.
    pub fn scoped_import(&mut self, scope: &Attrs, path: &Path, span: Span) -> EvalResult<Value> {
        let mut path = PathBuf::from(lower::canon_path(&path.to_string_lossy()));
        self.note_access(&path, Access::Probe);
        if path.is_dir() || self.virtual_dir(&path) {
            path.push("default.nix");
        }
        let text = self.read_source(&path, Some(span))?;
        let names: Vec<Str> = scope.entries().iter().map(|e| e.name.clone()).collect();
        let expr = self.load_scoped(Origin::File(path), text.into(), &names)?;
        let vals: EnvVals = scope.entries().iter().map(|e| e.value.clone()).collect();
        let env = Rc::new(Env { vals, parent: None });
        self.eval(&expr, &env)
    }

    /// A file that exists only in memory.
    pub fn virtual_file(&self, path: &Path) -> Option<Arc<str>> {
        if let Some(text) = self.settings.virtual_files.get(path) {
            return Some(text.clone());
        }
        self.in_empty_tree(path).then(|| Arc::from("{ }"))
    }

    /// Whether `path` is below one of `Settings::empty_trees`.
    fn in_empty_tree(&self, path: &Path) -> bool {
        self.settings.empty_trees.iter().any(|t| path != t && path.starts_with(t))
    }

    /// Whether a directory exists only in memory (some virtual file is below it).
    pub fn virtual_dir(&self, path: &Path) -> bool {
        self.settings.empty_trees.iter().any(|t| t == path)
            || self
                .settings
                .virtual_files
                .range(path.to_path_buf()..)
                .next()
                .is_some_and(|(p, _)| p != path && p.starts_with(path))
    }

    /// Refuses to read `path` when it lies outside `Settings::allowed_roots`
    /// (symlinks resolved); in-memory files are always allowed.
    pub fn check_access(&self, path: &Path, span: Option<Span>) -> EvalResult<()> {
        self.check_access_as(path, span, Access::Read)
    }

    /// [`Evaluator::check_access`] for a path looked at as `how`.
    pub fn check_access_as(&self, path: &Path, span: Option<Span>, how: Access) -> EvalResult<()> {
        self.note_access(path, how);
        let Some(roots) = &self.settings.allowed_roots else { return Ok(()) };
        // in-memory files and directories, unless the disk has the path
        // too (`/` holds `/__vmcmd`, but reading `/` reads the disk)
        let on_disk = std::fs::symlink_metadata(path).is_ok();
        if self.settings.virtual_files.contains_key(path)
            || path.starts_with("/__vmcmd")
            || (!on_disk && (self.virtual_dir(path) || self.in_empty_tree(path)))
        {
            return Ok(());
        }
        // resolve symlinks in the longest existing prefix
        let mut existing = path.to_path_buf();
        let mut rest = Vec::new();
        let resolved = loop {
            if let Ok(c) = existing.canonicalize() {
                break rest.iter().rev().fold(c, |acc: PathBuf, part| acc.join(part));
            }
            match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
                (Some(name), Some(parent)) => {
                    rest.push(name);
                    existing = parent.to_path_buf();
                }
                _ => break path.to_path_buf(),
            }
        };
        if roots.iter().any(|r| resolved.starts_with(r)) {
            return Ok(());
        }
        let via = if resolved != path {
            format!(" (it resolves to '{}')", resolved.display())
        } else {
            String::new()
        };
        let mut e = EvalError::new(
            ErrorKind::Refused,
            format!(
                "vmcmd does not read '{}'{via}: it is outside the checkout and the search path (-I)",
                path.display()
            ),
        );
        e.span = span;
        Err(e)
    }

    /// Whether a path exists on disk or in memory (and may be read: see
    /// [`Evaluator::check_access`]).
    pub fn path_exists(&self, path: &Path) -> bool {
        self.note_access(path, Access::Probe);
        (std::fs::symlink_metadata(path).is_ok()
            && self.check_access_as(path, None, Access::Probe).is_ok())
            || self.settings.virtual_files.contains_key(path)
            || self.virtual_dir(path)
            || self.in_empty_tree(path)
    }

    fn read_source(&mut self, path: &Path, span: Option<Span>) -> EvalResult<String> {
        if let Some(text) = crate::builtins::paths::corepkg(path) {
            return Ok(text.to_string());
        }
        if let Some(text) = self.virtual_file(path) {
            return Ok(text.to_string());
        }
        self.check_access(path, span)?;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.len() > self.settings.max_file_size
        {
            let mut err = EvalError::new(
                ErrorKind::Io,
                format!(
                    "'{}' is {} MiB; vmcmd reads Nix files up to {} MiB",
                    path.display(),
                    meta.len() >> 20,
                    self.settings.max_file_size >> 20
                ),
            );
            err.span = span;
            return Err(err);
        }
        match std::fs::read(path) {
            Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                let msg = if e.kind() == std::io::ErrorKind::NotFound {
                    format!("getting status of '{}': No such file or directory", path.display())
                } else {
                    format!("opening file '{}': {}", path.display(), crate::store::io_message(&e))
                };
                let mut err = EvalError::new(ErrorKind::Io, msg);
                err.span = span;
                Err(err)
            }
        }
    }

    // ----- forcing -------------------------------------------------------

    /// Evaluates a value to weak head normal form.
    pub fn force(&mut self, v: &Value) -> EvalResult<Value> {
        match v {
            Value::Thunk(t) => self.force_thunk(t),
            other => Ok(other.clone()),
        }
    }

    pub(crate) fn force_thunk(&mut self, t: &Thunk) -> EvalResult<Value> {
        let state = {
            let mut s = t.0.borrow_mut();
            match &*s {
                ThunkState::Done(v) => {
                    if let Some(o) = &self.origins {
                        self.origin_reg = o.get(t);
                    }
                    return Ok(v.clone());
                }
                ThunkState::Blackhole(span) => {
                    let mut e = EvalError::new(
                        ErrorKind::InfiniteRecursion,
                        "infinite recursion encountered",
                    );
                    if let Some(span) = span {
                        e.labels.push((*span, "first forced here".to_string()));
                    }
                    return Err(e);
                }
                ThunkState::Uninit => {
                    return Err(EvalError::new(
                        ErrorKind::Other,
                        "internal error: uninitialised thunk",
                    ));
                }
                _ => {}
            }
            let span = match &*s {
                ThunkState::Suspended(e, _) => e.span(),
                ThunkState::Apply(b) => Some(b.2),
                ThunkState::Select(b) => Some(b.2),
                _ => None,
            };
            std::mem::replace(&mut *s, ThunkState::Blackhole(span))
        };
        let result = match &state {
            ThunkState::Suspended(e, env) => self.eval(e, env),
            ThunkState::Apply(b) => {
                let (f, arg, span) = &**b;
                let f = self.force(f)?;
                self.call(&f, arg.clone(), *span)
            }
            ThunkState::Select(b) => {
                let (v, name, span) = &**b;
                let v = self.force(v)?;
                match &v {
                    Value::Attrs(a) => match a.get(name) {
                        Some(x) => {
                            let x = x.clone();
                            self.force(&x)
                        }
                        None => Err(self.missing_attr(name, a, *span)),
                    },
                    other => Err(EvalError::at(
                        ErrorKind::Type,
                        format!("value is {} while a set was expected", other.show_type()),
                        *span,
                    )),
                }
            }
            _ => Err(EvalError::new(ErrorKind::Other, "internal error: bad thunk state")),
        };
        match result {
            Ok(v) => {
                *t.0.borrow_mut() = ThunkState::Done(v.clone());
                if self.origins.is_some() {
                    self.record_origin(t, &state);
                }
                Ok(v)
            }
            Err(e) => {
                *t.0.borrow_mut() = state;
                Err(e)
            }
        }
    }

    /// A value for `e` in `env` without evaluating it (unless it is trivial).
    pub(crate) fn delay(&mut self, e: &Rc<Expr>, env: &Rc<Env>) -> Value {
        match &**e {
            Expr::Lit(v) => v.clone(),
            Expr::Var { depth, idx, .. } => lookup(env, *depth, *idx),
            Expr::Lambda(def) => {
                Value::Lambda(Rc::new(Closure { def: def.clone(), env: env.clone() }))
            }
            // `n - 1` on an already evaluated integer cannot fail or diverge,
            // so computing it now is indistinguishable from a thunk, and cheaper.
            // (not while origins are tracked: the result needs a thunk to
            // remember that it was computed here)
            Expr::Bin { op: op @ (BinOp::Add | BinOp::Sub | BinOp::Mul), lhs, rhs, .. }
                if self.origins.is_none() =>
            {
                match (evaluated_int(lhs, env), evaluated_int(rhs, env)) {
                    (Some(a), Some(b)) => Value::Int(match op {
                        BinOp::Add => a.wrapping_add(b),
                        BinOp::Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    }),
                    _ => {
                        self.thunks_created += 1;
                        Value::Thunk(Thunk::new(ThunkState::Suspended(e.clone(), env.clone())))
                    }
                }
            }
            _ => {
                self.thunks_created += 1;
                Value::Thunk(Thunk::new(ThunkState::Suspended(e.clone(), env.clone())))
            }
        }
    }

    // ----- evaluation ----------------------------------------------------

    #[inline]
    fn near_stack_end(&self) -> bool {
        if self.stack_limit != 0 { stack_exhausted_at(self.stack_limit) } else { stack_exhausted() }
    }

    /// Evaluates `e` in `env` to weak head normal form.
    ///
    /// Constants and variables whose value is already known are answered
    /// here, inline at the call site (they count as a step, and cannot
    /// recurse or fail); everything else goes through [`Evaluator::eval_full`].
    #[inline(always)]
    pub(crate) fn eval(&mut self, e: &Rc<Expr>, env: &Rc<Env>) -> EvalResult<Value> {
        // under a step budget every step goes the full way, so the budget
        // runs out at the same expression
        if self.budgeted {
            return self.eval_full(e, env);
        }
        match &**e {
            Expr::Lit(v) => {
                self.steps += 1;
                Ok(v.clone())
            }
            Expr::Var { depth, idx, .. } => match env_at(env, *depth).vals.get(*idx as usize) {
                Some(Value::Thunk(t)) => {
                    let done = match t.0.try_borrow().as_deref() {
                        Ok(ThunkState::Done(v)) => Some(v.clone()),
                        _ => None,
                    };
                    match done {
                        Some(v) => {
                            self.steps += 1;
                            Ok(v)
                        }
                        None => self.eval_full(e, env),
                    }
                }
                Some(v) => {
                    self.steps += 1;
                    Ok(v.clone())
                }
                None => self.eval_full(e, env),
            },
            _ => self.eval_full(e, env),
        }
    }

    /// Counts one evaluation step of the expression at `span`, or reports
    /// that the `Settings::max_steps` budget is spent.
    #[inline]
    fn step(&mut self, span: Option<Span>) -> EvalResult<()> {
        self.steps += 1;
        match self.settings.max_steps {
            Some(max) if self.steps > max => Err(budget_spent(max, span)),
            _ => Ok(()),
        }
    }

    /// [`Evaluator::eval`] with the step budget and depth checks.
    #[inline(never)]
    fn eval_full(&mut self, e: &Rc<Expr>, env: &Rc<Env>) -> EvalResult<Value> {
        self.steps += 1;
        if let Some(max) = self.settings.max_steps
            && self.steps > max
        {
            return Err(budget_spent(max, e.span()));
        }
        self.depth += 1;
        if self.depth > self.settings.max_depth || self.near_stack_end() {
            self.depth -= 1;
            let mut err = stack_overflow();
            err.span = e.span();
            return Err(err);
        }
        let r = self.eval_inner(e, env);
        self.depth -= 1;
        if self.origins.is_some() && !passes_value_on(e) {
            self.origin_reg = None;
        }
        r
    }

    /// Remembers where the value of `t`, just computed from `state`, came
    /// from: what its evaluation passed on, else its own expression if that
    /// is in a file outside vmcmd's own Nix.
    #[cold]
    fn record_origin(&mut self, t: &Thunk, state: &ThunkState) {
        let origin = self.origin_reg.take().or_else(|| match state {
            ThunkState::Suspended(e, _) => e.span().filter(|s| self.is_user_file(s.file)),
            _ => None,
        });
        if let (Some(span), Some(o)) = (origin, self.origins.as_mut()) {
            o.record(t, span);
        }
        self.origin_reg = origin;
    }

    /// While origins are tracked: the value just returned was made where it
    /// was asked for (a literal, a value stored as it is), not passed on
    /// from a thunk, so it carries no origin.
    #[inline]
    fn origin_made_here(&mut self) {
        if self.origins.is_some() {
            self.origin_reg = None;
        }
    }

    /// While origins are tracked: builtin `name` just returned; unless it
    /// passes one of its values on, the value was made by it.
    #[inline]
    fn origin_after_builtin(&mut self, name: &str) {
        if self.origins.is_some() && !primop_passes_value_on(name) {
            self.origin_reg = None;
        }
    }

    /// Whether `file` is a file of the user's (not one of vmcmd's own
    /// built-in Nix files under `/__vmcmd`, not an expression string).
    pub(crate) fn is_user_file(&mut self, file: vmcmd_syntax::FileId) -> bool {
        let sources = &self.sources;
        let Some(o) = self.origins.as_mut() else { return false };
        o.is_user_file(file, |f| match &sources.file(f).origin {
            Origin::File(p) => !p.starts_with("/__vmcmd"),
            _ => false,
        })
    }

    fn eval_inner(&mut self, e: &Rc<Expr>, env: &Rc<Env>) -> EvalResult<Value> {
        match &**e {
            Expr::Lit(v) => Ok(v.clone()),
            Expr::Var { depth, idx, span } => {
                // Force the slot in place: no clone of the thunk itself.
                match env_at(env, *depth).vals.get(*idx as usize) {
                    Some(Value::Thunk(t)) => self.force_thunk(t).map_err(|e| with_span(e, *span)),
                    Some(v) => {
                        self.origin_made_here();
                        Ok(v.clone())
                    }
                    None => Ok(Value::Null),
                }
            }
            Expr::WithVar { name, depths, span } => {
                for d in depths.iter() {
                    let frame = env_at(env, *d);
                    let scope = self.force(&frame.vals[0])?;
                    match &scope {
                        Value::Attrs(a) => {
                            if let Some(v) = a.get(name) {
                                let v = v.clone();
                                if !matches!(v, Value::Thunk(_)) {
                                    self.origin_made_here();
                                }
                                return self.force(&v);
                            }
                        }
                        other => {
                            return Err(EvalError::at(
                                ErrorKind::Type,
                                format!("value is {} while a set was expected", other.show_type()),
                                *span,
                            ));
                        }
                    }
                }
                Err(EvalError::at(ErrorKind::Other, format!("undefined variable '{name}'"), *span))
            }
            Expr::Attrs(def) => self.eval_attrs(def, env),
            Expr::List(items) => {
                let v: Vec<Value> = items.iter().map(|i| self.delay(i, env)).collect();
                Ok(Value::list(v))
            }
            Expr::Select { expr, path, default, span, cache } => {
                self.select(expr, path, default.as_ref(), *span, cache, env)
            }
            Expr::HasAttr { expr, path, .. } => {
                let mut v = self.eval(expr, env)?;
                for key in path {
                    let name = self.attr_key(key, env)?;
                    let forced = self.force(&v)?;
                    match &forced {
                        Value::Attrs(a) => match a.get(&name) {
                            Some(x) => v = x.clone(),
                            None => return Ok(Value::Bool(false)),
                        },
                        _ => return Ok(Value::Bool(false)),
                    }
                }
                Ok(Value::Bool(true))
            }
            Expr::Lambda(def) => {
                Ok(Value::Lambda(Rc::new(Closure { def: def.clone(), env: env.clone() })))
            }
            Expr::Apply { func, arg, span } => {
                if let Expr::Apply { func: f, arg: x, span: xspan } = &**func {
                    return self.apply2(f, (x, *xspan), (arg, *span), env);
                }
                let f = self.eval(func, env)?;
                let a = self.delay(arg, env);
                self.call(&f, a, *span)
            }
            Expr::Let { bindings, body } => {
                let new_env = self.rec_env(bindings, env);
                self.eval(body, &new_env)
            }
            Expr::With { attrs, body } => {
                let scope = self.delay(attrs, env);
                let new_env =
                    Rc::new(Env { vals: smallvec::smallvec![scope], parent: Some(env.clone()) });
                self.eval(body, &new_env)
            }
            Expr::If { cond, then, else_, span } => {
                let c = self.eval(cond, env)?;
                match c {
                    Value::Bool(true) => self.eval(then, env),
                    Value::Bool(false) => self.eval(else_, env),
                    other => Err(EvalError::at(
                        ErrorKind::Type,
                        format!("value is {} while a Boolean was expected", other.show_type()),
                        cond.span().unwrap_or(*span),
                    )),
                }
            }
            Expr::Assert { cond, body, span, text } => {
                let c = self.eval(cond, env)?;
                match c {
                    Value::Bool(true) => self.eval(body, env),
                    Value::Bool(false) => Err(EvalError::at(
                        ErrorKind::Assert,
                        format!("assertion '{text}' failed"),
                        *span,
                    )),
                    other => Err(EvalError::at(
                        ErrorKind::Type,
                        format!("value is {} while a Boolean was expected", other.show_type()),
                        *span,
                    )),
                }
            }
            Expr::Bin { op, lhs, rhs, span } => self.binop(*op, lhs, rhs, env, *span),
            Expr::Not { expr, span } => {
                let v = self.eval(expr, env)?;
                match v {
                    Value::Bool(b) => Ok(Value::Bool(!b)),
                    other => Err(EvalError::at(
                        ErrorKind::Type,
                        format!("value is {} while a Boolean was expected", other.show_type()),
                        *span,
                    )),
                }
            }
            Expr::Neg { expr, span } => {
                let v = self.eval(expr, env)?;
                crate::ops::arith(self, BinOp::Sub, &Value::Int(0), &v, *span)
            }
            Expr::Str { parts, span } => {
                let mut out = String::new();
                let mut ctx = BTreeSet::new();
                for p in parts {
                    match p {
                        StrPart::Lit(s) => out.push_str(s),
                        StrPart::Interp(e) => {
                            let v = self.eval(e, env)?;
                            let s = self
                                .coerce_to_string(&v, Coerce { more: false, copy_to_store: true })
                                .map_err(|err| with_span(err, e.span().unwrap_or(*span)))?;
                            out.push_str(s.as_str());
                            s.collect_context(&mut ctx);
                        }
                    }
                }
                Ok(Value::String(NixString::with_context(out, ctx)))
            }
            Expr::Path { parts, span } => {
                let mut out = String::new();
                for p in parts {
                    match p {
                        StrPart::Lit(s) => out.push_str(s),
                        StrPart::Interp(e) => {
                            let v = self.eval(e, env)?;
                            let s = self
                                .coerce_to_string(&v, Coerce { more: false, copy_to_store: false })
                                .map_err(|err| with_span(err, *span))?;
                            if s.has_context() {
                                return Err(EvalError::at(
                                    ErrorKind::Other,
                                    "a string that refers to a store path cannot be appended to a path",
                                    *span,
                                ));
                            }
                            out.push_str(s.as_str());
                        }
                    }
                }
                Ok(Value::Path(lower::canon_path(&out).into()))
            }
            Expr::CurPos { span } => Ok(self.pos_value(*span)),
        }
    }

    /// `e.a.b` and `e.a.b or d`: each step looks the name up in the set
    /// it holds (no copy of the name or the set) and forces what it finds.
    fn select(
        &mut self,
        expr: &Rc<Expr>,
        path: &[AttrKey],
        default: Option<&Rc<Expr>>,
        span: Span,
        cache: &lower::LookupCache,
        env: &Rc<Env>,
    ) -> EvalResult<Value> {
        let mut cur = self.eval(expr, env)?;
        let last = path.len().saturating_sub(1);
        for (i, key) in path.iter().enumerate() {
            let dynamic;
            let name: &str = match key {
                AttrKey::Static(s) => s,
                AttrKey::Dynamic(_) => {
                    dynamic = self.attr_key(key, env)?;
                    &dynamic
                }
            };
            let set = match std::mem::replace(&mut cur, Value::Null) {
                Value::Attrs(a) => a,
                other => {
                    return match default {
                        Some(d) => self.eval(d, env),
                        None => Err(EvalError::at(
                            ErrorKind::Type,
                            format!("value is {} while a set was expected", other.show_type()),
                            span,
                        )),
                    };
                }
            };
            let at = Rc::as_ptr(&set) as usize;
            let entries = set.entries();
            let hit = cache.get(at).filter(|&j| {
                entries.get(j).is_some_and(|e| e.name.len() == name.len() && *e.name == *name)
            });
            let index = match hit {
                Some(j) => Some(j),
                None => {
                    let j = set.index_of(name);
                    if let Some(j) = j
                        && entries.len() > 8
                        && matches!(key, AttrKey::Static(_))
                    {
                        cache.set(at, j);
                    }
                    j
                }
            };
            let Some(found) = index.map(|j| &entries[j].value) else {
                return match default {
                    Some(d) => self.eval(d, env),
                    None => Err(self.missing_attr(name, &set, span)),
                };
            };
            let forced = match found {
                Value::Thunk(t) => self.force_thunk(t),
                v => {
                    self.origin_made_here();
                    Ok(v.clone())
                }
            };
            cur = if i == last {
                forced.map_err(|e| {
                    let name = match key {
                        AttrKey::Static(s) => s.to_string(),
                        AttrKey::Dynamic(_) => "…".to_string(),
                    };
                    add_trace(e, span, format!("while evaluating the attribute '{name}'"))
                })?
            } else if default.is_some() {
                forced?
            } else {
                forced.map_err(|e| with_span(e, span))?
            };
        }
        Ok(cur)
    }

    /// `{ file, line, column }` for a span, as `__curPos` and
    /// `unsafeGetAttrPos` return it.
    pub fn pos_value(&self, span: Span) -> Value {
        let file = self.sources.file(span.file);
        let (line, col) = file.line_col(span.start);
        let name = match &file.origin {
            Origin::File(p) => p.display().to_string(),
            Origin::Expr => "«string»".to_string(),
            Origin::Builtin(n) => format!("«vmcmd:{n}»"),
        };
        Value::attrs(Attrs::from_pairs([
            ("column".into(), Value::Int(col as i64)),
            ("file".into(), Value::str(name)),
            ("line".into(), Value::Int(line as i64)),
        ]))
    }

    fn attr_key(&mut self, key: &AttrKey, env: &Rc<Env>) -> EvalResult<Str> {
        match key {
            AttrKey::Static(s) => Ok(s.clone()),
            AttrKey::Dynamic(e) => {
                let v = self.eval(e, env)?;
                let s = self.force_string(&v).map_err(|err| match e.span() {
                    Some(sp) => with_span(err, sp),
                    None => err,
                })?;
                Ok(s.as_rc().clone())
            }
        }
    }

    pub(crate) fn missing_attr(&self, name: &str, attrs: &Attrs, span: Span) -> Box<EvalError> {
        let mut e =
            EvalError::at(ErrorKind::MissingAttr, format!("attribute '{name}' missing"), span);
        if let Some(best) = did_you_mean(name, attrs.entries().iter().map(|e| &*e.name)) {
            e.help = Some(format!("did you mean '{best}'?"));
        }
        e
    }

    /// Builds the frame of a `let` or `rec { }`.
    fn rec_env(&mut self, bindings: &[lower::Binding], env: &Rc<Env>) -> Rc<Env> {
        let thunks: Vec<Thunk> = bindings.iter().map(|_| Thunk::new(ThunkState::Uninit)).collect();
        let new_env = Rc::new(Env {
            vals: thunks.iter().map(|t| Value::Thunk(t.clone())).collect(),
            parent: Some(env.clone()),
        });
        for (b, t) in bindings.iter().zip(&thunks) {
            let state = match &b.value {
                BindingValue::Expr(e) => suspend(e, &new_env),
                BindingValue::Inherited(e) => suspend(e, env),
            };
            *t.0.borrow_mut() = state;
        }
        new_env
    }

    fn eval_attrs(&mut self, def: &lower::AttrsDef, env: &Rc<Env>) -> EvalResult<Value> {
        let (scope, entries): (Rc<Env>, Vec<AttrEntry>) = if def.rec {
            let new_env = self.rec_env(&def.statics, env);
            let entries = def
                .statics
                .iter()
                .zip(&new_env.vals)
                .map(|(b, v)| AttrEntry {
                    name: b.name.clone(),
                    value: v.clone(),
                    pos: Some(b.span),
                })
                .collect();
            (new_env, entries)
        } else {
            let entries = def
                .statics
                .iter()
                .map(|b| {
                    let value = match &b.value {
                        BindingValue::Expr(e) | BindingValue::Inherited(e) => self.delay(e, env),
                    };
                    AttrEntry { name: b.name.clone(), value, pos: Some(b.span) }
                })
                .collect();
            (env.clone(), entries)
        };
        let mut attrs = Attrs::from_sorted(entries);
        // `rec { __overrides = …; }` replaces attributes, also for the other
        // attributes' references to them (Nix's `ExprAttrs::eval`).
        if def.rec
            && let Some(ov) = attrs.get("__overrides").cloned()
        {
            let overrides = self.force_attrs(&ov)?;
            for e in overrides.entries() {
                match def.statics.iter().position(|b| b.name == e.name) {
                    Some(i) => {
                        if let Value::Thunk(t) = &scope.vals[i] {
                            let span = e.pos.unwrap_or(def.statics[i].span);
                            *t.0.borrow_mut() =
                                ThunkState::Select(Box::new((ov.clone(), e.name.clone(), span)));
                        }
                    }
                    None => attrs.insert(e.name.clone(), e.value.clone(), e.pos),
                }
            }
        }
        for (k, v, span) in &def.dynamics {
            let key = self.eval(k, &scope)?;
            let key = match key {
                Value::Null => continue,
                other => self.force_string(&other).map_err(|e| with_span(e, *span))?,
            };
            let name: Str = key.as_rc().clone();
            if let Some(prev) = attrs.get_entry(&name) {
                let at = prev.pos.map(|p| self.pos_message(p)).unwrap_or_default();
                return Err(EvalError::at(
                    ErrorKind::Other,
                    format!("dynamic attribute '{name}' already defined at {at}"),
                    *span,
                ));
            }
            let value = self.delay(v, &scope);
            attrs.insert(name, value, Some(*span));
        }
        Ok(Value::attrs(attrs))
    }

    /// Applies a function value to an argument.
    pub fn call(&mut self, f: &Value, arg: Value, span: Span) -> EvalResult<Value> {
        self.depth += 1;
        if self.depth > self.settings.max_depth || self.near_stack_end() {
            self.depth -= 1;
            let mut err = stack_overflow();
            err.span = Some(span);
            return Err(err);
        }
        let r = self.call_inner(f, arg, span);
        self.depth -= 1;
        r
    }

    fn call_inner(&mut self, f: &Value, arg: Value, span: Span) -> EvalResult<Value> {
        match f {
            Value::Lambda(c) => self.call_lambda(&c.def, &c.env, arg, span),
            Value::PrimOp(p) => self.call_primop(p, arg, span),
            Value::Attrs(a) if a.contains("__functor") => {
                let functor = a.get("__functor").cloned().unwrap_or(Value::Null);
                let functor = self.force(&functor)?;
                let partial = self.call(&functor, f.clone(), span)?;
                self.call(&partial, arg, span)
            }
            Value::Thunk(t) => {
                let f = self.force_thunk(t)?;
                self.call(&f, arg, span)
            }
            other => Err(EvalError::at(
                ErrorKind::Type,
                format!(
                    "attempt to call something which is not a function but {}",
                    other.show_type()
                ),
                span,
            )),
        }
    }

    /// The frame a call of the lambda `def` (closed over `cenv`) on `arg`
    /// evaluates its body in: the argument, or the formals taken from it.
    fn lambda_env(
        &mut self,
        def: &lower::LambdaDef,
        cenv: &Rc<Env>,
        arg: Value,
        span: Span,
    ) -> EvalResult<Rc<Env>> {
        Ok(match &def.param {
            Param::Ident => {
                Rc::new(Env { vals: smallvec::smallvec![arg], parent: Some(cenv.clone()) })
            }
            Param::Formals { formals, ellipsis, bind, .. } => {
                let a = self.force(&arg)?;
                let Value::Attrs(attrs) = &a else {
                    return Err(EvalError::at(
                        ErrorKind::Type,
                        format!("value is {} while a set was expected", a.show_type()),
                        span,
                    ));
                };
                let mut vals = EnvVals::with_capacity(formals.len() + 1);
                let mut defaults = Vec::new();
                let mut used = 0;
                for (i, (name, default)) in formals.iter().enumerate() {
                    match attrs.get(name) {
                        Some(v) => {
                            used += 1;
                            vals.push(v.clone());
                        }
                        None => match default {
                            Some(d) => {
                                let t = Thunk::new(ThunkState::Uninit);
                                defaults.push((i, d.clone(), t.clone()));
                                vals.push(Value::Thunk(t));
                            }
                            None => {
                                return Err(EvalError::at(
                                    ErrorKind::Type,
                                    format!(
                                        "{} called without required argument '{name}'",
                                        self.lambda_name(def)
                                    ),
                                    span,
                                ));
                            }
                        },
                    }
                }
                if !ellipsis && used < attrs.len() {
                    for e in attrs.entries() {
                        if !formals.iter().any(|(n, _)| *n == e.name) {
                            return Err(EvalError::at(
                                ErrorKind::Type,
                                format!(
                                    "{} called with unexpected argument '{}'",
                                    self.lambda_name(def),
                                    e.name
                                ),
                                span,
                            ));
                        }
                    }
                }
                if *bind {
                    vals.push(a.clone());
                }
                let new_env = Rc::new(Env { vals, parent: Some(cenv.clone()) });
                for (_, d, t) in defaults {
                    *t.0.borrow_mut() = suspend(&d, &new_env);
                }
                new_env
            }
        })
    }

    /// Calls the lambda `def` closed over `cenv` on `arg`.
    fn call_lambda(
        &mut self,
        def: &lower::LambdaDef,
        cenv: &Rc<Env>,
        arg: Value,
        span: Span,
    ) -> EvalResult<Value> {
        let new_env = self.lambda_env(def, cenv, arg, span)?;
        self.eval(&def.body, &new_env).map_err(|e| {
            let what = match &def.name {
                Some(n) => format!("while calling '{n}'"),
                None => "while calling anonymous lambda".to_string(),
            };
            add_trace(e, span, what)
        })
    }

    /// `f x y` (the expression `Apply(Apply(f, x), y)`) without the
    /// intermediate value `f x` where it would only be consumed right away:
    /// a built-in of two arguments is called with both, and a lambda whose
    /// body is a lambda binds both frames without allocating the inner
    /// closure. Steps, depth and traces are those of the two calls.
    #[inline(never)]
    fn apply2(
        &mut self,
        func: &Rc<Expr>,
        (x, xspan): (&Rc<Expr>, Span),
        (y, yspan): (&Rc<Expr>, Span),
        env: &Rc<Env>,
    ) -> EvalResult<Value> {
        // the inner application counts as the step it is in `eval`
        self.step(Some(xspan))?;
        let f = self.eval(func, env)?;
        let xv = self.delay(x, env);
        let yv = self.delay(y, env);
        self.call2(&f, (xv, xspan), (yv, yspan))
    }

    /// `(f x) y`, as two calls of [`Evaluator::call`] would compute it
    /// (same steps, depth and traces), without the intermediate value
    /// where `f` is a built-in of two arguments or a lambda whose body is
    /// a lambda.
    pub(crate) fn call2(
        &mut self,
        f: &Value,
        (xv, xspan): (Value, Span),
        (yv, yspan): (Value, Span),
    ) -> EvalResult<Value> {
        match f {
            Value::PrimOp(p) if p.args.is_empty() && p.def.arity == 2 => {
                self.enter(yspan)?;
                let def = p.def;
                let r = (def.func)(self, &[xv, yv], yspan).map_err(|e| with_span(e, yspan));
                self.depth -= 1;
                self.origin_after_builtin(def.name);
                r
            }
            Value::Lambda(c) if let Expr::Lambda(inner) = &*c.def.body => {
                self.enter(xspan)?;
                let outer = self.lambda_env(&c.def, &c.env, xv, xspan);
                self.depth -= 1;
                let outer = outer?;
                // the outer body, evaluated to the inner closure
                self.step(Some(inner.span))?;
                self.enter(yspan)?;
                let r = self.call_lambda(inner, &outer, yv, yspan);
                self.depth -= 1;
                r
            }
            _ => {
                let g = self.call(f, xv, xspan)?;
                self.call(&g, yv, yspan)
            }
        }
    }

    /// One more call frame, or `stack overflow` at `span`.
    #[inline]
    fn enter(&mut self, span: Span) -> EvalResult<()> {
        self.depth += 1;
        if self.depth > self.settings.max_depth || self.near_stack_end() {
            self.depth -= 1;
            let mut err = stack_overflow();
            err.span = Some(span);
            return Err(err);
        }
        Ok(())
    }

    /// Applies a built-in function (possibly partially applied) to one
    /// more argument; the last argument completes the call without
    /// collecting the arguments on the heap.
    #[inline(never)]
    fn call_primop(&mut self, p: &PrimOpApp, arg: Value, span: Span) -> EvalResult<Value> {
        let def = p.def;
        let r = match (p.args.as_slice(), def.arity) {
            ([], 1) => (def.func)(self, std::slice::from_ref(&arg), span),
            ([a], 2) => (def.func)(self, &[a.clone(), arg], span),
            ([a, b], 3) => (def.func)(self, &[a.clone(), b.clone(), arg], span),
            _ => {
                let mut args = Vec::with_capacity(p.args.len() + 1);
                args.extend(p.args.iter().cloned());
                args.push(arg);
                if args.len() < def.arity {
                    return Ok(Value::PrimOp(Rc::new(PrimOpApp { def, args })));
                }
                (def.func)(self, &args, span)
            }
        };
        self.origin_after_builtin(def.name);
        r.map_err(|e| with_span(e, span))
    }

    fn lambda_name(&self, def: &lower::LambdaDef) -> String {
        match &def.name {
            Some(n) => format!("'{n}' at {}", self.pos_message(def.span)),
            None => format!("anonymous function at {}", self.pos_message(def.span)),
        }
    }

    fn binop(
        &mut self,
        op: BinOp,
        lhs: &Rc<Expr>,
        rhs: &Rc<Expr>,
        env: &Rc<Env>,
        span: Span,
    ) -> EvalResult<Value> {
        match op {
            BinOp::And | BinOp::Or | BinOp::Impl => {
                let l = self.eval(lhs, env)?;
                let lb = self.expect_bool(&l, lhs.span().unwrap_or(span))?;
                let short = match op {
                    BinOp::And => (!lb).then_some(false),
                    BinOp::Or => lb.then_some(true),
                    _ => (!lb).then_some(true),
                };
                if let Some(b) = short {
                    return Ok(Value::Bool(b));
                }
                let r = self.eval(rhs, env)?;
                Ok(Value::Bool(self.expect_bool(&r, rhs.span().unwrap_or(span))?))
            }
            _ => {
                let l = self.eval(lhs, env)?;
                let r = self.eval(rhs, env)?;
                // Integer fast paths; everything else goes through `ops`.
                if let (Value::Int(a), Value::Int(b)) = (&l, &r) {
                    let (a, b) = (*a, *b);
                    match op {
                        BinOp::Add => return Ok(Value::Int(a.wrapping_add(b))),
                        BinOp::Sub => return Ok(Value::Int(a.wrapping_sub(b))),
                        BinOp::Mul => return Ok(Value::Int(a.wrapping_mul(b))),
                        BinOp::Lt => return Ok(Value::Bool(a < b)),
                        BinOp::Le => return Ok(Value::Bool(a <= b)),
                        BinOp::Gt => return Ok(Value::Bool(a > b)),
                        BinOp::Ge => return Ok(Value::Bool(a >= b)),
                        BinOp::Eq => return Ok(Value::Bool(a == b)),
                        BinOp::Neq => return Ok(Value::Bool(a != b)),
                        _ => {}
                    }
                }
                crate::ops::binop(self, op, &l, &r, span)
            }
        }
    }

    fn expect_bool(&self, v: &Value, span: Span) -> EvalResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            other => Err(EvalError::at(
                ErrorKind::Type,
                format!("value is {} while a Boolean was expected", other.show_type()),
                span,
            )),
        }
    }

    // ----- typed forcing helpers used by builtins ------------------------

    /// Forces to an attribute set.
    pub fn force_attrs(&mut self, v: &Value) -> EvalResult<Rc<Attrs>> {
        match self.force(v)? {
            Value::Attrs(a) => Ok(a),
            other => expected(&other, "a set"),
        }
    }

    /// Forces to a list.
    pub fn force_list(&mut self, v: &Value) -> EvalResult<Rc<Vec<Value>>> {
        match self.force(v)? {
            Value::List(l) => Ok(l),
            other => expected(&other, "a list"),
        }
    }

    /// Forces to an integer.
    pub fn force_int(&mut self, v: &Value) -> EvalResult<i64> {
        match self.force(v)? {
            Value::Int(i) => Ok(i),
            other => expected(&other, "an integer"),
        }
    }

    /// Forces to a number as a float.
    pub fn force_float(&mut self, v: &Value) -> EvalResult<f64> {
        match self.force(v)? {
            Value::Int(i) => Ok(i as f64),
            Value::Float(f) => Ok(f),
            other => expected(&other, "a float"),
        }
    }

    /// Forces to a Boolean.
    pub fn force_bool(&mut self, v: &Value) -> EvalResult<bool> {
        match self.force(v)? {
            Value::Bool(b) => Ok(b),
            other => expected(&other, "a Boolean"),
        }
    }

    /// Forces to a function.
    pub fn force_function(&mut self, v: &Value) -> EvalResult<Value> {
        let f = self.force(v)?;
        match &f {
            Value::Lambda(_) | Value::PrimOp(_) => Ok(f),
            Value::Attrs(a) if a.contains("__functor") => Ok(f),
            other => expected(other, "a function"),
        }
    }

    /// Forces to a string (no coercion), keeping context.
    pub fn force_string(&mut self, v: &Value) -> EvalResult<NixString> {
        match self.force(v)? {
            Value::String(s) => Ok(s),
            other => {
                type_error(format!("value is {} while a string was expected", other.show_type()))
            }
        }
    }

    /// Forces to a string and refuses context (`forceStringNoCtx`).
    pub fn force_string_no_ctx(&mut self, v: &Value) -> EvalResult<Str> {
        let s = self.force_string(v)?;
        if let Some(c) = s.context().next() {
            return Err(EvalError::new(
                ErrorKind::Other,
                format!(
                    "the string '{}' is not allowed to refer to a store path (such as '{}')",
                    s.as_str(),
                    c.trim_start_matches('=').trim_start_matches('!')
                ),
            ));
        }
        Ok(s.as_rc().clone())
    }

    /// Nix's `coerceToString`.
    pub fn coerce_to_string(&mut self, v: &Value, opts: Coerce) -> EvalResult<NixString> {
        let v = self.force(v)?;
        match &v {
            Value::String(s) => Ok(s.clone()),
            Value::Path(p) => {
                if opts.copy_to_store {
                    let sp = self.copy_path_to_store(p)?;
                    let mut ctx = BTreeSet::new();
                    ctx.insert(ContextElem::from(sp.as_str()));
                    Ok(NixString::with_context(sp, ctx))
                } else {
                    Ok(NixString::plain(p.as_rc().clone()))
                }
            }
            Value::Attrs(a) => {
                if let Some(f) = a.get("__toString") {
                    let f = self.force(&f.clone())?;
                    let r = self.call(&f, v.clone(), dummy_span())?;
                    return self.coerce_to_string(&r, opts);
                }
                if let Some(out) = a.get("outPath") {
                    let out = out.clone();
                    return self.coerce_to_string(&out, opts);
                }
                type_error("cannot coerce a set to a string")
            }
            Value::Null if opts.more => Ok(NixString::plain("")),
            Value::Bool(b) if opts.more => Ok(NixString::plain(if *b { "1" } else { "" })),
            Value::Int(i) if opts.more => Ok(NixString::plain(i.to_string())),
            Value::Float(f) if opts.more => Ok(NixString::plain(format!("{f:.6}"))),
            Value::List(l) if opts.more => {
                let mut out = String::new();
                let mut ctx = BTreeSet::new();
                let n = l.len();
                for (i, item) in l.iter().enumerate() {
                    let item = self.force(item)?;
                    let s = self.coerce_to_string(&item, opts)?;
                    out.push_str(s.as_str());
                    s.collect_context(&mut ctx);
                    let empty_list = matches!(&item, Value::List(x) if x.is_empty());
                    if i + 1 < n && !empty_list {
                        out.push(' ');
                    }
                }
                Ok(NixString::with_context(out, ctx))
            }
            other => type_error(format!("cannot coerce {} to a string", other.show_type())),
        }
    }

    /// The store path a source path would be copied to (`copyPathToStore`);
    /// nothing is written.
    pub fn copy_path_to_store(&mut self, path: &str) -> EvalResult<String> {
        if let Some(p) = self.path_store_cache.get(path) {
            return Ok(p.clone());
        }
        self.check_access(Path::new(path), None)?;
        let sp = crate::store::path_store_path(&self.settings.store_dir, Path::new(path), None)
            .map_err(|e| EvalError::new(ErrorKind::Io, e))?;
        self.path_store_cache.insert(path.to_string(), sp.clone());
        Ok(sp)
    }

    /// Forces a value completely (`deepSeq`, `--strict`); shared and
    /// cyclic structures are visited once, as in Nix's `forceValueDeep`.
    pub fn deep_force(&mut self, v: &Value) -> EvalResult<Value> {
        let mut seen = std::collections::HashSet::new();
        self.deep_force_seen(v, &mut seen)
    }

    fn deep_force_seen(
        &mut self,
        v: &Value,
        seen: &mut std::collections::HashSet<usize>,
    ) -> EvalResult<Value> {
        if stack_exhausted() {
            return Err(stack_overflow());
        }
        let v = self.force(v)?;
        match &v {
            Value::Attrs(a) => {
                if !seen.insert(Rc::as_ptr(a) as usize) {
                    return Ok(v);
                }
                for e in a.entries() {
                    let x = e.value.clone();
                    let span = e.pos;
                    self.deep_force_seen(&x, seen).map_err(|err| match span {
                        Some(sp) => add_trace(
                            err,
                            sp,
                            format!("while evaluating the attribute '{}'", e.name),
                        ),
                        None => err,
                    })?;
                }
            }
            Value::List(l) => {
                if !seen.insert(Rc::as_ptr(l) as usize) {
                    return Ok(v);
                }
                for x in l.iter() {
                    self.deep_force_seen(x, seen)?;
                }
            }
            _ => {}
        }
        Ok(v)
    }
}

/// The initial state of a thunk for `e` in `env`: literals and lambdas are
/// values right away, everything else waits.
fn suspend(e: &Rc<Expr>, env: &Rc<Env>) -> ThunkState {
    match &**e {
        Expr::Lit(v) => ThunkState::Done(v.clone()),
        Expr::Lambda(def) => {
            ThunkState::Done(Value::Lambda(Rc::new(Closure { def: def.clone(), env: env.clone() })))
        }
        _ => ThunkState::Suspended(e.clone(), env.clone()),
    }
}

/// The error of a spent `Settings::max_steps` budget.
#[cold]
#[inline(never)]
fn budget_spent(max: u64, span: Option<Span>) -> Box<EvalError> {
    let mut err = EvalError::new(
        ErrorKind::Other,
        format!("evaluation stopped after {max} steps (the --max-steps budget)"),
    );
    err.span = span;
    err
}

/// Nix's `value is X while Y was expected`.
fn expected<T>(v: &Value, what: &str) -> EvalResult<T> {
    type_error(format!("value is {} while {what} was expected", v.show_type()))
}

/// A span for values made by builtins, pointing nowhere in particular.
pub(crate) fn dummy_span() -> Span {
    Span { file: FileId(0), start: 0, end: 0 }
}

fn env_at(env: &Rc<Env>, depth: u32) -> &Rc<Env> {
    let mut e = env;
    for _ in 0..depth {
        match &e.parent {
            Some(p) => e = p,
            None => break,
        }
    }
    e
}

/// The integer an expression already stands for without evaluating
/// anything: an integer literal, or a variable whose value is known.
fn evaluated_int(e: &Expr, env: &Rc<Env>) -> Option<i64> {
    match e {
        Expr::Lit(Value::Int(i)) => Some(*i),
        Expr::Var { depth, idx, .. } => match env_at(env, *depth).vals.get(*idx as usize)? {
            Value::Int(i) => Some(*i),
            Value::Thunk(t) => match &*t.0.borrow() {
                ThunkState::Done(Value::Int(i)) => Some(*i),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn lookup(env: &Rc<Env>, depth: u32, idx: u32) -> Value {
    env_at(env, depth).vals.get(idx as usize).cloned().unwrap_or(Value::Null)
}

/// The closest name to `name` among `candidates`, if one is close enough.
pub fn did_you_mean<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = levenshtein(name, c);
        let limit = (name.chars().count().max(c.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

/// Optimal-string-alignment distance (edits plus adjacent transpositions).
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// Whether evaluating `e` returns a value some other expression computed
/// (a variable, a selection, the body of a `let`/`with`/`assert`, a branch
/// of an `if`, a function's body), so that its origin is passed on.
fn passes_value_on(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Var { .. }
            | Expr::WithVar { .. }
            | Expr::Select { .. }
            | Expr::Let { .. }
            | Expr::With { .. }
            | Expr::If { .. }
            | Expr::Assert { .. }
            | Expr::Apply { .. }
    )
}

/// Whether a builtin returns one of the values it was given (or an element
/// of one) as it is, having forced it last, so that its origin is passed on.
fn primop_passes_value_on(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "elemAt"
            | "getAttr"
            | "foldl'"
            | "seq"
            | "deepSeq"
            | "trace"
            | "traceVerbose"
            | "addErrorContext"
            | "break"
    )
}
