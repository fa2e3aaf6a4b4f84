//! Precompiled expression trees: vmcmd's built-in Nix files (its nixpkgs
//! `lib`, the microvm.nix model, the Ghaf checkout model), lowered at build
//! time and stored as compact bytes, so a run does not parse and lower
//! ~300 KiB of its own Nix again.
//!
//! Nothing here changes what a file means: the bytes are the lowered tree
//! of [`crate::lower`] (the form C++ Nix's parser hands its evaluator),
//! written node by node with shared subtrees kept shared, and a file is
//! only taken from them when its text hashes to the text it was compiled
//! from and the evaluator has the same global names. Otherwise the file
//! is parsed and lowered as any other, so a stale or foreign blob costs
//! time, never correctness. Reading never panics: a malformed blob is
//! ignored.
//!
//! A crate with built-in files compiles them in its `build.rs` with
//! [`compile`] and hands the bytes to the evaluator through
//! [`crate::Settings::precompiled`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use vmcmd_syntax::{FileId, Origin, Span};

use crate::eval::{Evaluator, Settings};
use crate::lower::{
    AttrKey, AttrsDef, BinOp, Binding, BindingValue, Expr, GlobalRefs, LambdaDef, Param, StrPart,
};
use crate::value::{Str, Value};

const MAGIC: &[u8; 8] = b"VMCMDIR\x01";

/// Bytes made by [`compile`], compiled into a binary (`include_bytes!`).
#[derive(Clone, Copy)]
pub struct Precompiled(pub &'static [u8]);

impl std::fmt::Debug for Precompiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Precompiled({} bytes)", self.0.len())
    }
}

/// The hash a file's text is checked against (64-bit FNV-1a over 8-byte
/// words; not cryptographic, it only has to notice an edited file).
pub fn text_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(0x0000_0100_0000_01b3);
        h ^= h >> 29;
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of an evaluator's global names: trees refer to globals
/// by name, and a blob is only used with the same set.
fn globals_fingerprint(globals: &HashMap<Str, Value>) -> u64 {
    let mut names: Vec<&str> = globals.keys().map(|k| &**k).collect();
    names.sort_unstable();
    text_hash(&names.join("\n"))
}

// --- writing -----------------------------------------------------------------

/// Lowers each `(absolute path, text)` and returns the blob; files that do
/// not parse or lower are left out (they are then parsed at run time and
/// report their errors there). Also returns the paths left out.
pub fn compile(files: &[(String, String)]) -> (Vec<u8>, Vec<String>) {
    let mut ev = Evaluator::new(Settings::default());
    let mut bodies: Vec<(String, u64, Vec<u8>)> = Vec::new();
    let mut skipped = Vec::new();
    for (path, text) in files {
        match compile_file(&mut ev, path, text) {
            Some(body) => bodies.push((path.clone(), text_hash(text), body)),
            None => skipped.push(path.clone()),
        }
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&globals_fingerprint(&ev.globals).to_le_bytes());
    put_u32(&mut out, bodies.len() as u32);
    let header_len: usize = bodies.iter().map(|(p, _, _)| 4 + p.len() + 8 + 4 + 4).sum();
    let mut offset = out.len() + header_len;
    for (path, hash, body) in &bodies {
        put_u32(&mut out, path.len() as u32);
        out.extend_from_slice(path.as_bytes());
        out.extend_from_slice(&hash.to_le_bytes());
        put_u32(&mut out, offset as u32);
        put_u32(&mut out, body.len() as u32);
        offset += body.len();
    }
    for (_, _, body) in &bodies {
        out.extend_from_slice(body);
    }
    (out, skipped)
}

/// The lowered tree of one file as bytes, as [`compile`] stores it
/// (`None` if it does not parse or lower).
pub fn compile_file(ev: &mut Evaluator, path: &str, text: &str) -> Option<Vec<u8>> {
    let (expr, globals_used) = ev.lower_for_precompile(Path::new(path), text)?;
    serialize(&expr, globals_used)
}

/// Writes a tree; `globals_used` names the literal nodes that are globals.
fn serialize(expr: &Rc<Expr>, globals_used: GlobalRefs) -> Option<Vec<u8>> {
    let mut w = Writer {
        strings: Vec::new(),
        string_ids: HashMap::new(),
        nodes: HashMap::new(),
        node_count: 0,
        globals_used,
        tree: Vec::new(),
        ok: true,
    };
    w.expr(expr);
    if !w.ok {
        return None;
    }
    let mut out = Vec::new();
    put_u32(&mut out, w.strings.len() as u32);
    for s in &w.strings {
        put_u32(&mut out, s.len() as u32);
        out.extend_from_slice(s.as_bytes());
    }
    put_u32(&mut out, w.node_count);
    out.extend_from_slice(&w.tree);
    Some(out)
}

/// Checks `blob`'s entry for the file `path` with `text`: it exists, it
/// is what lowering the text gives now (the blob is fresh and writing is
/// deterministic), and reading it back and writing it again gives the
/// same bytes (reading loses nothing). For tests.
pub fn check_file(blob: Precompiled, path: &str, text: &str) -> Result<(), String> {
    let mut ev = Evaluator::new(Settings::default());
    let now = compile_file(&mut ev, path, text).ok_or("does not parse or lower")?;
    let mut files = HashMap::new();
    index_blob(blob.0, globals_fingerprint(&ev.globals), &mut files)
        .ok_or("blob is malformed or made for other globals")?;
    let (hash, body) = files.get(Path::new(path)).ok_or("not in the blob")?;
    if *hash != text_hash(text) {
        return Err("blob was compiled from another text".into());
    }
    if now != *body {
        return Err("blob differs from lowering the text now".into());
    }
    let mut used = HashMap::new();
    let tree = read_body(body, FileId(0), &ev.globals, text.len(), Some(&mut used))
        .ok_or("blob does not read back")?;
    let again = serialize(&tree, used).ok_or("tree read back does not write")?;
    if again != *body {
        return Err("tree read back writes other bytes".into());
    }
    Ok(())
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

// Node tags.
const T_REF: u8 = 0;
const T_NULL: u8 = 1;
const T_BOOL: u8 = 2;
const T_INT: u8 = 3;
const T_FLOAT: u8 = 4;
const T_STRING: u8 = 5;
const T_PATH_LIT: u8 = 6;
const T_GLOBAL: u8 = 7;
const T_VAR: u8 = 8;
const T_WITH_VAR: u8 = 9;
const T_ATTRS: u8 = 10;
const T_LIST: u8 = 11;
const T_SELECT: u8 = 12;
const T_HAS_ATTR: u8 = 13;
const T_LAMBDA: u8 = 14;
const T_APPLY: u8 = 15;
const T_LET: u8 = 16;
const T_WITH: u8 = 17;
const T_IF: u8 = 18;
const T_ASSERT: u8 = 19;
const T_BIN: u8 = 20;
const T_NOT: u8 = 21;
const T_NEG: u8 = 22;
const T_STR: u8 = 23;
const T_PATH: u8 = 24;
const T_CUR_POS: u8 = 25;

const BIN_OPS: [BinOp; 15] = [
    BinOp::Concat,
    BinOp::Update,
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::And,
    BinOp::Or,
    BinOp::Impl,
    BinOp::Eq,
    BinOp::Neq,
    BinOp::Lt,
    BinOp::Le,
    BinOp::Gt,
    BinOp::Ge,
];

struct Writer {
    strings: Vec<Str>,
    string_ids: HashMap<Str, u32>,
    /// Nodes written so far, by address: a node met again is a reference.
    nodes: HashMap<*const Expr, u32>,
    node_count: u32,
    globals_used: GlobalRefs,
    tree: Vec<u8>,
    ok: bool,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.tree.push(v);
    }

    fn u32(&mut self, v: u32) {
        self.tree.extend_from_slice(&v.to_le_bytes());
    }

    fn bool(&mut self, b: bool) {
        self.u8(u8::from(b));
    }

    fn str(&mut self, s: &Str) {
        let id = match self.string_ids.get(s) {
            Some(id) => *id,
            None => {
                let id = self.strings.len() as u32;
                self.strings.push(s.clone());
                self.string_ids.insert(s.clone(), id);
                id
            }
        };
        self.u32(id);
    }

    fn opt_str(&mut self, s: &Option<Str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }

    fn span(&mut self, s: Span) {
        self.u32(s.start);
        self.u32(s.end);
    }

    fn exprs(&mut self, es: &[Rc<Expr>]) {
        self.u32(es.len() as u32);
        for e in es {
            self.expr(e);
        }
    }

    fn opt_expr(&mut self, e: &Option<Rc<Expr>>) {
        match e {
            Some(e) => {
                self.u8(1);
                self.expr(e);
            }
            None => self.u8(0),
        }
    }

    fn keys(&mut self, path: &[AttrKey]) {
        self.u32(path.len() as u32);
        for k in path {
            match k {
                AttrKey::Static(s) => {
                    self.u8(0);
                    self.str(s);
                }
                AttrKey::Dynamic(e) => {
                    self.u8(1);
                    self.expr(e);
                }
            }
        }
    }

    fn parts(&mut self, parts: &[StrPart]) {
        self.u32(parts.len() as u32);
        for p in parts {
            match p {
                StrPart::Lit(s) => {
                    self.u8(0);
                    self.str(s);
                }
                StrPart::Interp(e) => {
                    self.u8(1);
                    self.expr(e);
                }
            }
        }
    }

    fn bindings(&mut self, bs: &[Binding]) {
        self.u32(bs.len() as u32);
        for b in bs {
            self.str(&b.name);
            match &b.value {
                BindingValue::Expr(e) => {
                    self.u8(0);
                    self.expr(e);
                }
                BindingValue::Inherited(e) => {
                    self.u8(1);
                    self.expr(e);
                }
            }
            self.span(b.span);
        }
    }

    fn lambda(&mut self, l: &LambdaDef) {
        match &l.param {
            Param::Ident => self.u8(0),
            Param::Formals { formals, spans, ellipsis, bind } => {
                self.u8(1);
                self.u32(formals.len() as u32);
                for (name, default) in formals {
                    self.str(name);
                    self.opt_expr(default);
                }
                self.u32(spans.len() as u32);
                for s in spans {
                    self.span(*s);
                }
                self.bool(*ellipsis);
                self.bool(*bind);
            }
        }
        self.expr(&l.body);
        self.span(l.span);
        self.opt_str(&l.name);
    }

    fn expr(&mut self, e: &Rc<Expr>) {
        let key = Rc::as_ptr(e);
        if let Some(id) = self.nodes.get(&key) {
            let id = *id;
            self.u8(T_REF);
            self.u32(id);
            return;
        }
        // Numbered in pre-order, as the reader numbers them.
        self.nodes.insert(key, self.node_count);
        self.node_count += 1;
        match &**e {
            Expr::Lit(v) => {
                if let Some(name) = self.globals_used.get(&key).cloned() {
                    self.u8(T_GLOBAL);
                    self.str(&name);
                    return;
                }
                match v {
                    Value::Null => self.u8(T_NULL),
                    Value::Bool(b) => {
                        self.u8(T_BOOL);
                        self.bool(*b);
                    }
                    Value::Int(i) => {
                        self.u8(T_INT);
                        self.tree.extend_from_slice(&i.to_le_bytes());
                    }
                    Value::Float(x) => {
                        self.u8(T_FLOAT);
                        self.tree.extend_from_slice(&x.to_bits().to_le_bytes());
                    }
                    Value::String(s) if !s.has_context() => {
                        self.u8(T_STRING);
                        let s: Str = s.as_str().into();
                        self.str(&s);
                    }
                    Value::Path(p) => {
                        self.u8(T_PATH_LIT);
                        self.str(p.as_rc());
                    }
                    _ => self.ok = false,
                }
            }
            Expr::Var { depth, idx, span } => {
                self.u8(T_VAR);
                self.u32(*depth);
                self.u32(*idx);
                self.span(*span);
            }
            Expr::WithVar { name, depths, span } => {
                self.u8(T_WITH_VAR);
                self.str(name);
                self.u32(depths.len() as u32);
                for d in depths.iter() {
                    self.u32(*d);
                }
                self.span(*span);
            }
            Expr::Attrs(def) => {
                self.u8(T_ATTRS);
                self.bool(def.rec);
                self.bindings(&def.statics);
                self.u32(def.dynamics.len() as u32);
                for (k, v, span) in &def.dynamics {
                    self.expr(k);
                    self.expr(v);
                    self.span(*span);
                }
            }
            Expr::List(items) => {
                self.u8(T_LIST);
                self.exprs(items);
            }
            Expr::Select { expr, path, default, span, .. } => {
                self.u8(T_SELECT);
                self.expr(expr);
                self.keys(path);
                self.opt_expr(default);
                self.span(*span);
            }
            Expr::HasAttr { expr, path, span } => {
                self.u8(T_HAS_ATTR);
                self.expr(expr);
                self.keys(path);
                self.span(*span);
            }
            Expr::Lambda(l) => {
                self.u8(T_LAMBDA);
                self.lambda(l);
            }
            Expr::Apply { func, arg, span } => {
                self.u8(T_APPLY);
                self.expr(func);
                self.expr(arg);
                self.span(*span);
            }
            Expr::Let { bindings, body } => {
                self.u8(T_LET);
                self.bindings(bindings);
                self.expr(body);
            }
            Expr::With { attrs, body } => {
                self.u8(T_WITH);
                self.expr(attrs);
                self.expr(body);
            }
            Expr::If { cond, then, else_, span } => {
                self.u8(T_IF);
                self.expr(cond);
                self.expr(then);
                self.expr(else_);
                self.span(*span);
            }
            Expr::Assert { cond, body, span, text } => {
                self.u8(T_ASSERT);
                self.expr(cond);
                self.expr(body);
                self.span(*span);
                self.str(text);
            }
            Expr::Bin { op, lhs, rhs, span } => {
                self.u8(T_BIN);
                let code = BIN_OPS.iter().position(|o| o == op).unwrap_or(0) as u8;
                self.u8(code);
                self.expr(lhs);
                self.expr(rhs);
                self.span(*span);
            }
            Expr::Not { expr, span } => {
                self.u8(T_NOT);
                self.expr(expr);
                self.span(*span);
            }
            Expr::Neg { expr, span } => {
                self.u8(T_NEG);
                self.expr(expr);
                self.span(*span);
            }
            Expr::Str { parts, span } => {
                self.u8(T_STR);
                self.parts(parts);
                self.span(*span);
            }
            Expr::Path { parts, span } => {
                self.u8(T_PATH);
                self.parts(parts);
                self.span(*span);
            }
            Expr::CurPos { span } => {
                self.u8(T_CUR_POS);
                self.span(*span);
            }
        }
    }
}

// --- reading -----------------------------------------------------------------

/// The files of the blobs an evaluator was given, by path.
#[derive(Default)]
pub(crate) struct Index {
    files: HashMap<PathBuf, (u64, &'static [u8])>,
}

impl Index {
    /// Indexes `blobs`; blobs made for other global names, or malformed,
    /// are skipped.
    pub(crate) fn new(blobs: &[Precompiled], globals: &HashMap<Str, Value>) -> Index {
        let fingerprint = globals_fingerprint(globals);
        let mut files = HashMap::new();
        for blob in blobs {
            let _ = index_blob(blob.0, fingerprint, &mut files);
        }
        Index { files }
    }

    /// The tree of `path` if its text is the one compiled, with spans in `file`.
    pub(crate) fn load(
        &self,
        path: &Path,
        text: &str,
        file: FileId,
        globals: &HashMap<Str, Value>,
    ) -> Option<Rc<Expr>> {
        let (hash, body) = self.files.get(path)?;
        if *hash != text_hash(text) {
            return None;
        }
        read_body(body, file, globals, text.len(), None)
    }
}

fn index_blob(
    b: &'static [u8],
    fingerprint: u64,
    files: &mut HashMap<PathBuf, (u64, &'static [u8])>,
) -> Option<()> {
    let mut r = Reader { b, pos: 0 };
    if r.bytes(MAGIC.len())? != MAGIC || r.u64()? != fingerprint {
        return None;
    }
    let n = r.u32()?;
    for _ in 0..n {
        let len = r.u32()? as usize;
        let path = std::str::from_utf8(r.bytes(len)?).ok()?;
        let hash = r.u64()?;
        let offset = r.u32()? as usize;
        let len = r.u32()? as usize;
        let body = b.get(offset..offset.checked_add(len)?)?;
        files.insert(PathBuf::from(path), (hash, body));
    }
    Some(())
}

struct Reader {
    b: &'static [u8],
    pos: usize,
}

impl Reader {
    fn bytes(&mut self, n: usize) -> Option<&'static [u8]> {
        let s = self.b.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn u8(&mut self) -> Option<u8> {
        let v = *self.b.get(self.pos)?;
        self.pos += 1;
        Some(v)
    }

    fn u32(&mut self) -> Option<u32> {
        let s = self.bytes(4)?;
        Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }

    fn u64(&mut self) -> Option<u64> {
        let s = self.bytes(8)?;
        let mut w = [0u8; 8];
        w.copy_from_slice(s);
        Some(u64::from_le_bytes(w))
    }
}

fn read_body(
    b: &'static [u8],
    file: FileId,
    globals: &HashMap<Str, Value>,
    text_len: usize,
    globals_used: Option<&mut GlobalRefs>,
) -> Option<Rc<Expr>> {
    let mut r = Reader { b, pos: 0 };
    let n = r.u32()? as usize;
    let mut strings = Vec::with_capacity(n.min(b.len()));
    for _ in 0..n {
        let len = r.u32()? as usize;
        strings.push(Str::from(std::str::from_utf8(r.bytes(len)?).ok()?));
    }
    let count = r.u32()? as usize;
    let mut t = TreeReader {
        r,
        strings,
        nodes: Vec::with_capacity(count.min(b.len())),
        file,
        globals,
        text_len: text_len as u32,
        globals_used,
    };
    let e = t.expr()?;
    (t.r.pos == b.len()).then_some(e)
}

struct TreeReader<'g> {
    r: Reader,
    strings: Vec<Str>,
    nodes: Vec<Option<Rc<Expr>>>,
    file: FileId,
    globals: &'g HashMap<Str, Value>,
    text_len: u32,
    /// Where to note the nodes read as globals ([`check_file`]).
    globals_used: Option<&'g mut GlobalRefs>,
}

impl TreeReader<'_> {
    fn str(&mut self) -> Option<Str> {
        let id = self.r.u32()? as usize;
        self.strings.get(id).cloned()
    }

    fn bool(&mut self) -> Option<bool> {
        Some(self.r.u8()? != 0)
    }

    fn span(&mut self) -> Option<Span> {
        let start = self.r.u32()?;
        let end = self.r.u32()?;
        (start <= end && end <= self.text_len).then_some(Span { file: self.file, start, end })
    }

    fn len(&mut self) -> Option<usize> {
        let n = self.r.u32()? as usize;
        // every element takes at least one byte
        (n <= self.r.b.len() - self.r.pos.min(self.r.b.len())).then_some(n)
    }

    fn opt_str(&mut self) -> Option<Option<Str>> {
        Some(if self.bool()? { Some(self.str()?) } else { None })
    }

    fn opt_expr(&mut self) -> Option<Option<Rc<Expr>>> {
        Some(if self.bool()? { Some(self.expr()?) } else { None })
    }

    fn exprs(&mut self) -> Option<Vec<Rc<Expr>>> {
        let n = self.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.expr()?);
        }
        Some(v)
    }

    fn keys(&mut self) -> Option<Vec<AttrKey>> {
        let n = self.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(if self.bool()? {
                AttrKey::Dynamic(self.expr()?)
            } else {
                AttrKey::Static(self.str()?)
            });
        }
        Some(v)
    }

    fn parts(&mut self) -> Option<Vec<StrPart>> {
        let n = self.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(if self.bool()? {
                StrPart::Interp(self.expr()?)
            } else {
                StrPart::Lit(self.str()?)
            });
        }
        Some(v)
    }

    fn bindings(&mut self) -> Option<Vec<Binding>> {
        let n = self.len()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.str()?;
            let value = if self.bool()? {
                BindingValue::Inherited(self.expr()?)
            } else {
                BindingValue::Expr(self.expr()?)
            };
            let span = self.span()?;
            v.push(Binding { name, value, span });
        }
        Some(v)
    }

    fn lambda(&mut self) -> Option<LambdaDef> {
        let param = if self.bool()? {
            let n = self.len()?;
            let mut formals = Vec::with_capacity(n);
            for _ in 0..n {
                let name = self.str()?;
                let default = self.opt_expr()?;
                formals.push((name, default));
            }
            let n = self.len()?;
            let mut spans = Vec::with_capacity(n);
            for _ in 0..n {
                spans.push(self.span()?);
            }
            let ellipsis = self.bool()?;
            let bind = self.bool()?;
            Param::Formals { formals, spans, ellipsis, bind }
        } else {
            Param::Ident
        };
        let body = self.expr()?;
        let span = self.span()?;
        let name = self.opt_str()?;
        Some(LambdaDef { param, body, span, name })
    }

    fn expr(&mut self) -> Option<Rc<Expr>> {
        if crate::eval::stack_exhausted() {
            return None;
        }
        let tag = self.r.u8()?;
        if tag == T_REF {
            let id = self.r.u32()? as usize;
            return self.nodes.get(id)?.clone();
        }
        let slot = self.nodes.len();
        self.nodes.push(None);
        let e = match tag {
            T_NULL => Expr::Lit(Value::Null),
            T_BOOL => Expr::Lit(Value::Bool(self.bool()?)),
            T_INT => {
                let s = self.r.bytes(8)?;
                let mut w = [0u8; 8];
                w.copy_from_slice(s);
                Expr::Lit(Value::Int(i64::from_le_bytes(w)))
            }
            T_FLOAT => Expr::Lit(Value::Float(f64::from_bits(self.r.u64()?))),
            T_STRING => Expr::Lit(Value::str(self.str()?)),
            T_PATH_LIT => Expr::Lit(Value::Path(self.str()?.into())),
            T_GLOBAL => {
                let name = self.str()?;
                let e = Rc::new(Expr::Lit(self.globals.get(&name)?.clone()));
                if let Some(used) = &mut self.globals_used {
                    used.insert(Rc::as_ptr(&e), name);
                }
                self.nodes[slot] = Some(e.clone());
                return Some(e);
            }
            T_VAR => {
                let depth = self.r.u32()?;
                let idx = self.r.u32()?;
                Expr::Var { depth, idx, span: self.span()? }
            }
            T_WITH_VAR => {
                let name = self.str()?;
                let n = self.len()?;
                let mut depths = Vec::with_capacity(n);
                for _ in 0..n {
                    depths.push(self.r.u32()?);
                }
                Expr::WithVar { name, depths: depths.into(), span: self.span()? }
            }
            T_ATTRS => {
                let rec = self.bool()?;
                let statics = self.bindings()?;
                let n = self.len()?;
                let mut dynamics = Vec::with_capacity(n);
                for _ in 0..n {
                    let k = self.expr()?;
                    let v = self.expr()?;
                    dynamics.push((k, v, self.span()?));
                }
                Expr::Attrs(Rc::new(AttrsDef { rec, statics, dynamics }))
            }
            T_LIST => Expr::List(self.exprs()?),
            T_SELECT => {
                let expr = self.expr()?;
                let path = self.keys()?;
                let default = self.opt_expr()?;
                let cache = crate::lower::LookupCache::default();
                Expr::Select { expr, path, default, span: self.span()?, cache }
            }
            T_HAS_ATTR => {
                let expr = self.expr()?;
                let path = self.keys()?;
                Expr::HasAttr { expr, path, span: self.span()? }
            }
            T_LAMBDA => Expr::Lambda(Rc::new(self.lambda()?)),
            T_APPLY => {
                let func = self.expr()?;
                let arg = self.expr()?;
                Expr::Apply { func, arg, span: self.span()? }
            }
            T_LET => {
                let bindings = Rc::new(self.bindings()?);
                Expr::Let { bindings, body: self.expr()? }
            }
            T_WITH => {
                let attrs = self.expr()?;
                Expr::With { attrs, body: self.expr()? }
            }
            T_IF => {
                let cond = self.expr()?;
                let then = self.expr()?;
                let else_ = self.expr()?;
                Expr::If { cond, then, else_, span: self.span()? }
            }
            T_ASSERT => {
                let cond = self.expr()?;
                let body = self.expr()?;
                let span = self.span()?;
                Expr::Assert { cond, body, span, text: self.str()? }
            }
            T_BIN => {
                let op = *BIN_OPS.get(usize::from(self.r.u8()?))?;
                let lhs = self.expr()?;
                let rhs = self.expr()?;
                Expr::Bin { op, lhs, rhs, span: self.span()? }
            }
            T_NOT => {
                let expr = self.expr()?;
                Expr::Not { expr, span: self.span()? }
            }
            T_NEG => {
                let expr = self.expr()?;
                Expr::Neg { expr, span: self.span()? }
            }
            T_STR => {
                let parts = self.parts()?;
                Expr::Str { parts, span: self.span()? }
            }
            T_PATH => {
                let parts = self.parts()?;
                Expr::Path { parts, span: self.span()? }
            }
            T_CUR_POS => Expr::CurPos { span: self.span()? },
            _ => return None,
        };
        let e = Rc::new(e);
        self.nodes[slot] = Some(e.clone());
        Some(e)
    }
}

impl Evaluator {
    /// Parses and lowers `text` as the file `path` for [`compile`]; also
    /// returns which literal nodes are references to globals (by name).
    fn lower_for_precompile(&mut self, path: &Path, text: &str) -> Option<(Rc<Expr>, GlobalRefs)> {
        let file = self.sources.add(Origin::File(path.to_path_buf()), text.into());
        let parsed = vmcmd_syntax::parse(text);
        if !parsed.errors.is_empty() {
            return None;
        }
        let (expr, globals) =
            self.lower_parsed(file, &parsed.root, &[], Some(HashMap::new())).ok()?;
        Some((expr, globals.unwrap_or_default()))
    }
}

/// What a `build.rs` calls: compiles every `*.nix` file below `dir`
/// (as the in-memory file `root/<relative path>`) into `out`, and tells
/// cargo to run again when `dir` changes. Returns the paths left out.
pub fn build_script(root: &str, dir: &Path, out: &Path) -> std::io::Result<Vec<String>> {
    fn walk(dir: &Path, rel: &str, files: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            let rel = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            if e.file_type()?.is_dir() {
                walk(&e.path(), &rel, files)?;
            } else if name.ends_with(".nix") {
                files.push((rel, e.path()));
            }
        }
        Ok(())
    }
    let mut found = Vec::new();
    walk(dir, "", &mut found)?;
    let mut files = Vec::new();
    for (rel, path) in found {
        files.push((format!("{root}/{rel}"), std::fs::read_to_string(path)?));
    }
    println!("cargo:rerun-if-changed={}", dir.display());
    let (blob, skipped) = compile(&files);
    std::fs::write(out, blob)?;
    Ok(skipped)
}

/// The whole `build.rs` of a crate with built-in Nix files: compiles the
/// `*.nix` files below `<crate>/<dir>` as `root/<relative path>` into
/// `$OUT_DIR/precompiled.bin` (what the crate then `include_bytes!`s), and
/// names the files left out as cargo warnings (they are parsed at run
/// time and report their errors there).
pub fn build_main(root: &str, dir: &str) {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let dir = Path::new(&manifest).join(dir);
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("precompiled.bin");
    match build_script(root, &dir, &out) {
        Ok(skipped) => {
            for path in skipped {
                println!("cargo:warning=not precompiled (does not parse or lower): {path}");
            }
        }
        Err(e) => panic!("precompiling {}: {e}", dir.display()),
    }
}
