//! Lowering: rnix CST → a small expression tree with resolved variables.
//!
//! Mirrors what C++ Nix's parser (`parser.y`, `nixexpr.cc` `bindVars`) does
//! before evaluation: nested attribute paths are merged (`a.b = 1; a.c = 2;`,
//! and two attribute-set literals for the same name, keeping Nix 2.8's quirk
//! of dropping the second set's dynamic attributes), duplicate attributes
//! and undefined variables are reported with positions, indented strings are
//! stripped, relative paths are made absolute, and every variable becomes
//! either a `(depth, slot)` pair into the environment chain, a global, or a
//! dynamic lookup through the enclosing `with`s (lexical bindings and
//! globals always win over `with`, as in Nix).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use rnix::ast::{self, AstToken, HasEntry, InterpolPart};
use rowan::ast::AstNode;
use vmcmd_syntax::{FileId, Span, TextRange};

use crate::show;
use crate::value::{Str, Value};

/// A key in an attribute path.
pub enum AttrKey {
    /// A name known at parse time.
    Static(Str),
    /// A name computed at run time (`${e}` or `"${e}"`).
    Dynamic(Rc<Expr>),
}

/// Where a selection last found an attribute in a set of more than a few
/// attributes: the address of the set and the index of the attribute,
/// packed in one word (so that an [`Expr`] stays 64 bytes). Only a hint: a
/// hit is checked against the name at that index, so a set freed and
/// another allocated at the same address cannot mislead it.
#[derive(Default)]
pub struct LookupCache(std::cell::Cell<u64>);

impl LookupCache {
    /// The cached index for the set at address `set`.
    #[inline]
    pub(crate) fn get(&self, set: usize) -> Option<usize> {
        let v = self.0.get();
        (v != 0 && v >> 16 == set as u64).then_some((v & 0xffff) as usize)
    }

    /// Remembers that the attribute was at `idx` in the set at `set`
    /// (when both fit).
    #[inline]
    pub(crate) fn set(&self, set: usize, idx: usize) {
        let set = set as u64;
        if set < 1 << 48 && idx < 1 << 16 {
            self.0.set(set << 16 | idx as u64);
        }
    }
}

/// One part of an interpolated string or path.
pub enum StrPart {
    /// Literal text.
    Lit(Str),
    /// `${expr}`.
    Interp(Rc<Expr>),
}

/// Binary operators after desugaring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `++`
    Concat,
    /// `//`
    Update,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `&&`
    And,
    /// `||`
    Or,
    /// `->`
    Impl,
    /// `==`
    Eq,
    /// `!=`
    Neq,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// How a binding's value is computed.
pub enum BindingValue {
    /// An expression evaluated in the frame the binding belongs to.
    Expr(Rc<Expr>),
    /// `inherit x;`: an expression evaluated in the enclosing frame.
    Inherited(Rc<Expr>),
}

/// One static binding of a `let`, `rec { }` or `{ }`.
pub struct Binding {
    /// The name.
    pub name: Str,
    /// The value.
    pub value: BindingValue,
    /// Where it is defined.
    pub span: Span,
}

/// An attribute set literal after merging.
pub struct AttrsDef {
    /// Whether it is `rec`: statics then live in a new frame.
    pub rec: bool,
    /// Static attributes, sorted by name.
    pub statics: Vec<Binding>,
    /// Dynamic attributes `${k} = v;` in source order.
    pub dynamics: Vec<(Rc<Expr>, Rc<Expr>, Span)>,
}

/// A function parameter.
pub enum Param {
    /// `x: …`
    Ident,
    /// `{ a, b ? d, ... } @ x: …`
    Formals {
        /// The formals in source order, each with an optional default.
        formals: Vec<(Str, Option<Rc<Expr>>)>,
        /// Where each formal's name is (for `unsafeGetAttrPos` on `functionArgs`).
        spans: Vec<Span>,
        /// Whether `...` is present.
        ellipsis: bool,
        /// Whether an `@` binding is present (it takes the last slot).
        bind: bool,
    },
}

/// A lambda.
pub struct LambdaDef {
    /// Its parameter.
    pub param: Param,
    /// Its body.
    pub body: Rc<Expr>,
    /// Where it starts.
    pub span: Span,
    /// The attribute or let name it was bound to, used in messages.
    pub name: Option<Str>,
}

/// The lowered expression tree.
pub enum Expr {
    /// A constant.
    Lit(Value),
    /// A lexical variable: `depth` frames up, slot `idx`.
    Var { depth: u32, idx: u32, span: Span },
    /// A variable looked up in the enclosing `with` frames (depths, innermost first).
    WithVar { name: Str, depths: Box<[u32]>, span: Span },
    /// An attribute set literal.
    Attrs(Rc<AttrsDef>),
    /// A list literal.
    List(Vec<Rc<Expr>>),
    /// `e.a.b or d`.
    Select {
        expr: Rc<Expr>,
        path: Vec<AttrKey>,
        default: Option<Rc<Expr>>,
        span: Span,
        /// Where a step last found its attribute in a big set.
        cache: LookupCache,
    },
    /// `e ? a.b`.
    HasAttr { expr: Rc<Expr>, path: Vec<AttrKey>, span: Span },
    /// A function.
    Lambda(Rc<LambdaDef>),
    /// `f x`.
    Apply { func: Rc<Expr>, arg: Rc<Expr>, span: Span },
    /// `let … in body`: a new frame of bindings.
    Let { bindings: Rc<Vec<Binding>>, body: Rc<Expr> },
    /// `with e; body`.
    With { attrs: Rc<Expr>, body: Rc<Expr> },
    /// `if c then a else b`.
    If { cond: Rc<Expr>, then: Rc<Expr>, else_: Rc<Expr>, span: Span },
    /// `assert c; body`, with the condition shown as Nix shows it.
    Assert { cond: Rc<Expr>, body: Rc<Expr>, span: Span, text: Str },
    /// A binary operator.
    Bin { op: BinOp, lhs: Rc<Expr>, rhs: Rc<Expr>, span: Span },
    /// `!e`.
    Not { expr: Rc<Expr>, span: Span },
    /// `-e`.
    Neg { expr: Rc<Expr>, span: Span },
    /// An interpolated string.
    Str { parts: Vec<StrPart>, span: Span },
    /// An interpolated path; the first part is the absolute prefix.
    Path { parts: Vec<StrPart>, span: Span },
    /// `__curPos`.
    CurPos { span: Span },
}

impl Expr {
    /// The source span of the expression, where it has one.
    pub fn span(&self) -> Option<Span> {
        match self {
            Expr::Var { span, .. }
            | Expr::WithVar { span, .. }
            | Expr::Select { span, .. }
            | Expr::HasAttr { span, .. }
            | Expr::Apply { span, .. }
            | Expr::If { span, .. }
            | Expr::Assert { span, .. }
            | Expr::Bin { span, .. }
            | Expr::Not { span, .. }
            | Expr::Neg { span, .. }
            | Expr::Str { span, .. }
            | Expr::Path { span, .. }
            | Expr::CurPos { span } => Some(*span),
            Expr::Lambda(l) => Some(l.span),
            _ => None,
        }
    }
}

/// An error found while lowering (Nix reports these at parse time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LowerError {
    /// The message in Nix's wording.
    pub message: String,
    /// Where.
    pub span: Span,
    /// Whether it is a syntax error proper (as opposed to a scoping error).
    pub syntax: bool,
}

/// What lowering needs to know about its surroundings.
pub struct LowerCtx<'a> {
    /// The file being lowered.
    pub file: FileId,
    /// The directory relative paths are resolved against.
    pub base_dir: &'a Path,
    /// The global names (builtins available without `builtins.`).
    pub globals: &'a HashMap<Str, Value>,
    /// `$HOME`, for `~/…` paths.
    pub home: Option<&'a str>,
    /// The source text (for line/column numbers in messages).
    pub text: &'a str,
    /// How positions in this file are named in messages (`(string)` or the path).
    pub name: &'a str,
    /// Names bound around the whole file (`scopedImport`), shadowing globals.
    pub outer: &'a [Str],
}

enum Scope {
    Static(HashMap<Str, u32>),
    With,
}

struct Lowerer<'a> {
    ctx: LowerCtx<'a>,
    scopes: Vec<Scope>,
    errors: Vec<LowerError>,
    /// Literal nodes that are globals, by name (for [`crate::precompiled`]).
    globals_used: Option<GlobalRefs>,
}

/// Lowers a parsed file. Returns the expression, or the errors Nix would
/// report while parsing it.
pub fn lower(root: &ast::Root, ctx: LowerCtx<'_>) -> Result<Rc<Expr>, Vec<LowerError>> {
    lower_with(root, ctx, None).map(|(e, _)| e)
}

/// Literal nodes standing for globals, by address, with their names.
pub type GlobalRefs = HashMap<*const Expr, Str>;

type Lowered = (Rc<Expr>, Option<GlobalRefs>);

/// [`lower`]; with `globals_used` (an empty map) it also returns the
/// literal nodes that stand for globals (`builtins`, `map` …), by address,
/// with their names: a precompiled tree refers to those by name.
pub(crate) fn lower_with(
    root: &ast::Root,
    ctx: LowerCtx<'_>,
    globals_used: Option<GlobalRefs>,
) -> Result<Lowered, Vec<LowerError>> {
    let mut scopes = Vec::new();
    if !ctx.outer.is_empty() {
        let names = ctx.outer.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        scopes.push(Scope::Static(names));
    }
    let mut l = Lowerer { ctx, scopes, errors: Vec::new(), globals_used };
    let e = match root.expr() {
        Some(e) => l.expr(&e),
        None => {
            let span = l.span(root.syntax().text_range());
            l.error(span, "syntax error, unexpected end of file".to_string(), true);
            Rc::new(Expr::Lit(Value::Null))
        }
    };
    if l.errors.is_empty() { Ok((e, l.globals_used)) } else { Err(l.errors) }
}

/// A merged attribute-set literal before its values are lowered.
struct SetBuilder {
    rec: bool,
    statics: Statics,
    dynamics: Vec<(DynKey, Entry, TextRange)>,
}

/// The static attributes of a [`SetBuilder`], in source order, found by
/// name in constant time once there are many (a generated `let` of
/// thousands of bindings made the linear search quadratic).
#[derive(Default)]
struct Statics {
    items: Vec<(Str, Entry, TextRange)>,
    /// Name → first index, kept once `items` is longer than [`Statics::SMALL`].
    index: HashMap<Str, usize>,
}

impl Statics {
    const SMALL: usize = 16;

    fn push(&mut self, item: (Str, Entry, TextRange)) {
        self.items.push(item);
        let n = self.items.len();
        if n == Self::SMALL + 1 {
            for (i, (k, _, _)) in self.items.iter().enumerate() {
                self.index.entry(k.clone()).or_insert(i);
            }
        } else if n > Self::SMALL + 1 {
            self.index.entry(self.items[n - 1].0.clone()).or_insert(n - 1);
        }
    }

    fn find(&self, name: &str) -> Option<usize> {
        if self.items.len() <= Self::SMALL {
            self.items.iter().position(|(n, _, _)| &**n == name)
        } else {
            self.index.get(name).copied()
        }
    }

    fn into_vec(self) -> Vec<(Str, Entry, TextRange)> {
        self.items
    }
}

impl std::ops::Index<usize> for Statics {
    type Output = (Str, Entry, TextRange);
    fn index(&self, i: usize) -> &Self::Output {
        &self.items[i]
    }
}

impl std::ops::IndexMut<usize> for Statics {
    fn index_mut(&mut self, i: usize) -> &mut Self::Output {
        &mut self.items[i]
    }
}

enum DynKey {
    Expr(ast::Expr),
    Str(ast::Str),
}

enum Entry {
    Ast(ast::Expr),
    Nested(SetBuilder),
    Inherit { from: Option<ast::Expr>, name: Str, range: TextRange },
}

impl SetBuilder {
    fn find(&self, name: &str) -> Option<usize> {
        self.statics.find(name)
    }
}

enum KeyName {
    Static(Str),
    Dynamic(DynKey),
}

impl<'a> Lowerer<'a> {
    fn span(&self, range: TextRange) -> Span {
        Span::new(self.ctx.file, range)
    }

    fn error(&mut self, span: Span, message: String, syntax: bool) {
        self.errors.push(LowerError { message, span, syntax });
    }

    fn pos_string(&self, range: TextRange) -> String {
        let start: usize = range.start().into();
        let before = &self.ctx.text[..start.min(self.ctx.text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |s| s.chars().count()) + 1;
        format!("{}:{line}:{col}", self.ctx.name)
    }

    fn lit(v: Value) -> Rc<Expr> {
        Rc::new(Expr::Lit(v))
    }

    fn missing(&mut self, range: TextRange) -> Rc<Expr> {
        let span = self.span(range);
        if self.errors.is_empty() {
            self.error(span, "syntax error, unexpected end of file".to_string(), true);
        }
        Self::lit(Value::Null)
    }

    fn opt_expr(&mut self, e: Option<ast::Expr>, parent: TextRange) -> Rc<Expr> {
        match e {
            Some(e) => self.expr(&e),
            None => self.missing(parent),
        }
    }

    /// Resolves a variable name, looking at `scopes[..limit]`.
    fn resolve(&mut self, name: &str, span: Span, limit: usize) -> Rc<Expr> {
        let mut with_depths = Vec::new();
        for (depth, scope) in self.scopes[..limit].iter().rev().enumerate() {
            let depth = depth as u32;
            match scope {
                Scope::Static(names) => {
                    if let Some(idx) = names.get(name) {
                        return Rc::new(Expr::Var { depth, idx: *idx, span });
                    }
                }
                Scope::With => with_depths.push(depth),
            }
        }
        if let Some(v) = self.ctx.globals.get(name) {
            let e = Self::lit(v.clone());
            if let Some(used) = &mut self.globals_used {
                used.insert(Rc::as_ptr(&e), name.into());
            }
            return e;
        }
        if with_depths.is_empty() {
            self.error(span, format!("undefined variable '{name}'"), false);
            return Self::lit(Value::Null);
        }
        Rc::new(Expr::WithVar { name: name.into(), depths: with_depths.into(), span })
    }

    fn expr(&mut self, e: &ast::Expr) -> Rc<Expr> {
        let range = e.syntax().text_range();
        let span = self.span(range);
        match e {
            ast::Expr::Literal(lit) => match lit.kind() {
                ast::LiteralKind::Integer(i) => match i.value() {
                    Ok(v) => Self::lit(Value::Int(v)),
                    Err(_) => {
                        self.error(span, format!("invalid integer '{}'", i.syntax().text()), true);
                        Self::lit(Value::Null)
                    }
                },
                ast::LiteralKind::Float(f) => match f.value() {
                    // strtod reports ERANGE for overflow and for subnormal results.
                    Ok(v) if v.is_finite() && (v == 0.0 || v.abs() >= f64::MIN_POSITIVE) => {
                        Self::lit(Value::Float(v))
                    }
                    _ => {
                        self.error(span, format!("invalid float '{}'", f.syntax().text()), true);
                        Self::lit(Value::Null)
                    }
                },
                ast::LiteralKind::Uri(u) => Self::lit(Value::str(u.syntax().text())),
            },
            ast::Expr::Ident(id) => {
                let name = ident_name(id);
                let limit = self.scopes.len();
                self.resolve(&name, span, limit)
            }
            ast::Expr::Paren(p) => self.opt_expr(p.expr(), range),
            ast::Expr::Root(r) => self.opt_expr(r.expr(), range),
            ast::Expr::Error(_) => {
                if self.errors.is_empty() {
                    self.error(span, "syntax error".to_string(), true);
                }
                Self::lit(Value::Null)
            }
            ast::Expr::Apply(a) => {
                let func = self.opt_expr(a.lambda(), range);
                let arg = self.opt_expr(a.argument(), range);
                Rc::new(Expr::Apply { func, arg, span })
            }
            ast::Expr::Assert(a) => {
                let text = a.condition().map(|c| show::show(&c)).unwrap_or_default();
                let cond = self.opt_expr(a.condition(), range);
                let body = self.opt_expr(a.body(), range);
                Rc::new(Expr::Assert { cond, body, span, text: text.into() })
            }
            ast::Expr::IfElse(i) => {
                let cond = self.opt_expr(i.condition(), range);
                let then = self.opt_expr(i.body(), range);
                let else_ = self.opt_expr(i.else_body(), range);
                Rc::new(Expr::If { cond, then, else_, span })
            }
            ast::Expr::Select(s) => {
                let expr = self.opt_expr(s.expr(), range);
                let path = match s.attrpath() {
                    Some(p) => self.attrpath(&p),
                    None => {
                        self.missing(range);
                        Vec::new()
                    }
                };
                let default = s.default_expr().map(|d| self.expr(&d));
                let cache = LookupCache::default();
                Rc::new(Expr::Select { expr, path, default, span, cache })
            }
            ast::Expr::HasAttr(h) => {
                let expr = self.opt_expr(h.expr(), range);
                let path = match h.attrpath() {
                    Some(p) => self.attrpath(&p),
                    None => {
                        self.missing(range);
                        Vec::new()
                    }
                };
                Rc::new(Expr::HasAttr { expr, path, span })
            }
            ast::Expr::Str(s) => self.string(s, span),
            ast::Expr::PathAbs(_) | ast::Expr::PathRel(_) | ast::Expr::PathHome(_) => {
                let Some(p) = ast::Path::cast(e.syntax().clone()) else {
                    return self.missing(range);
                };
                self.path(&p, span)
            }
            ast::Expr::PathSearch(p) => {
                let text = p.content().map(|c| c.text().to_string()).unwrap_or_default();
                let inner = text.trim_start_matches('<').trim_end_matches('>');
                // Nix desugars `<p>` to `__findFile __nixPath "p"`, so both
                // names can be rebound lexically.
                let limit = self.scopes.len();
                let find = self.resolve("__findFile", span, limit);
                let nix_path = self.resolve("__nixPath", span, limit);
                let partial = Rc::new(Expr::Apply { func: find, arg: nix_path, span });
                Rc::new(Expr::Apply { func: partial, arg: Self::lit(Value::str(inner)), span })
            }
            ast::Expr::Lambda(l) => {
                let def = self.lambda(l, None);
                Rc::new(Expr::Lambda(def))
            }
            ast::Expr::LegacyLet(l) => {
                // `let { body = …; … }` is `rec { … }.body`.
                let builder = self.collect_entries(l, true);
                let attrs = self.finish_set(builder, range);
                let body_key = AttrKey::Static("body".into());
                Rc::new(Expr::Select {
                    expr: attrs,
                    path: vec![body_key],
                    default: None,
                    span,
                    cache: LookupCache::default(),
                })
            }
            ast::Expr::LetIn(l) => self.let_in(l, range),
            ast::Expr::List(l) => {
                let items = l.items().map(|i| self.expr(&i)).collect();
                Rc::new(Expr::List(items))
            }
            ast::Expr::BinOp(b) => {
                let lhs = self.opt_expr(b.lhs(), range);
                let rhs = self.opt_expr(b.rhs(), range);
                use ast::BinOpKind as K;
                let op = match b.operator() {
                    Some(K::Concat) => BinOp::Concat,
                    Some(K::Update) => BinOp::Update,
                    Some(K::Add) => BinOp::Add,
                    Some(K::Sub) => BinOp::Sub,
                    Some(K::Mul) => BinOp::Mul,
                    Some(K::Div) => BinOp::Div,
                    Some(K::And) => BinOp::And,
                    Some(K::Or) => BinOp::Or,
                    Some(K::Implication) => BinOp::Impl,
                    Some(K::Equal) => BinOp::Eq,
                    Some(K::NotEqual) => BinOp::Neq,
                    Some(K::Less) => BinOp::Lt,
                    Some(K::LessOrEq) => BinOp::Le,
                    Some(K::More) => BinOp::Gt,
                    Some(K::MoreOrEq) => BinOp::Ge,
                    Some(K::PipeLeft) | Some(K::PipeRight) | None => {
                        let tok = b
                            .syntax()
                            .children_with_tokens()
                            .filter_map(|t| t.into_token())
                            .find(|t| t.text() == "|>" || t.text() == "<|")
                            .map_or_else(|| "operator".to_string(), |t| t.text().to_string());
                        self.error(span, format!("syntax error, unexpected '{tok}'"), true);
                        BinOp::Add
                    }
                };
                Rc::new(Expr::Bin { op, lhs, rhs, span })
            }
            ast::Expr::UnaryOp(u) => {
                let expr = self.opt_expr(u.expr(), range);
                match u.operator() {
                    Some(ast::UnaryOpKind::Invert) => Rc::new(Expr::Not { expr, span }),
                    _ => Rc::new(Expr::Neg { expr, span }),
                }
            }
            ast::Expr::AttrSet(a) => {
                let builder = self.collect_entries(a, a.rec_token().is_some());
                self.finish_set(builder, range)
            }
            ast::Expr::With(w) => {
                let attrs = self.opt_expr(w.namespace(), range);
                self.scopes.push(Scope::With);
                let body = self.opt_expr(w.body(), range);
                self.scopes.pop();
                Rc::new(Expr::With { attrs, body })
            }
            ast::Expr::CurPos(_) => Rc::new(Expr::CurPos { span }),
        }
    }

    fn attrpath(&mut self, p: &ast::Attrpath) -> Vec<AttrKey> {
        p.attrs()
            .map(|a| match self.key_name(&a) {
                KeyName::Static(s) => AttrKey::Static(s),
                KeyName::Dynamic(d) => AttrKey::Dynamic(self.dyn_key(&d)),
            })
            .collect()
    }

    fn key_name(&mut self, a: &ast::Attr) -> KeyName {
        match a {
            ast::Attr::Ident(i) => KeyName::Static(ident_name(i).into()),
            ast::Attr::Str(s) => match static_string(s) {
                Some(text) => KeyName::Static(text.into()),
                None => KeyName::Dynamic(DynKey::Str(s.clone())),
            },
            ast::Attr::Dynamic(d) => {
                // `${"a"}` with a plain string inside is static in Nix too.
                if let Some(ast::Expr::Str(s)) = d.expr()
                    && let Some(text) = static_string(&s)
                {
                    return KeyName::Static(text.into());
                }
                match d.expr() {
                    Some(e) => KeyName::Dynamic(DynKey::Expr(e)),
                    None => {
                        self.missing(d.syntax().text_range());
                        KeyName::Static("".into())
                    }
                }
            }
        }
    }

    fn dyn_key(&mut self, d: &DynKey) -> Rc<Expr> {
        match d {
            DynKey::Expr(e) => self.expr(e),
            DynKey::Str(s) => {
                let span = self.span(s.syntax().text_range());
                self.string(s, span)
            }
        }
    }

    /// Collects the entries of an attribute set or let into a merged builder.
    fn collect_entries(&mut self, node: &impl HasEntry, rec: bool) -> SetBuilder {
        let mut b = SetBuilder { rec, statics: Statics::default(), dynamics: Vec::new() };
        self.add_entries(&mut b, node);
        b
    }

    fn add_entries(&mut self, b: &mut SetBuilder, node: &impl HasEntry) {
        for entry in node.entries() {
            match entry {
                ast::Entry::Inherit(inh) => {
                    let from = match inh.from() {
                        Some(f) => match f.expr() {
                            Some(e) => Some(e),
                            None => {
                                self.missing(f.syntax().text_range());
                                None
                            }
                        },
                        None => None,
                    };
                    // Nix 2.8 locates inherited attributes where its (empty) `attrs`
                    // rule starts: right after `inherit` or after `(from)`.
                    let anchor = match inh.from() {
                        Some(f) => f.syntax().text_range().end(),
                        None => inh
                            .inherit_token()
                            .map_or(inh.syntax().text_range().start(), |t| t.text_range().end()),
                    };
                    for attr in inh.attrs() {
                        let range = TextRange::new(anchor, anchor);
                        match self.key_name(&attr) {
                            KeyName::Static(name) => {
                                if let Some(i) = b.find(&name) {
                                    let prev = b.statics[i].2;
                                    let msg = format!(
                                        "attribute '{name}' already defined at {}",
                                        self.pos_string(prev)
                                    );
                                    let span = self.span(range);
                                    self.error(span, msg, false);
                                    continue;
                                }
                                b.statics.push((
                                    name.clone(),
                                    Entry::Inherit { from: from.clone(), name, range },
                                    range,
                                ));
                            }
                            KeyName::Dynamic(_) => {
                                let span = self.span(range);
                                self.error(
                                    span,
                                    "dynamic attributes not allowed in inherit".to_string(),
                                    true,
                                );
                            }
                        }
                    }
                }
                ast::Entry::AttrpathValue(apv) => {
                    let range = apv.syntax().text_range();
                    let Some(path) = apv.attrpath() else {
                        self.missing(range);
                        continue;
                    };
                    let keys: Vec<(KeyName, TextRange)> = path
                        .attrs()
                        .map(|a| {
                            let r = a.syntax().text_range();
                            (self.key_name(&a), r)
                        })
                        .collect();
                    let Some(value) = apv.value() else {
                        self.missing(range);
                        continue;
                    };
                    self.add_attr(b, keys, value, range, &path);
                }
            }
        }
    }

    fn add_attr(
        &mut self,
        mut b: &mut SetBuilder,
        keys: Vec<(KeyName, TextRange)>,
        value: ast::Expr,
        range: TextRange,
        path: &ast::Attrpath,
    ) {
        let n = keys.len();
        for (i, (key, _key_range)) in keys.into_iter().enumerate() {
            let last = i + 1 == n;
            match key {
                KeyName::Static(name) => {
                    let existing = b.find(&name);
                    if last {
                        match existing {
                            None => {
                                b.statics.push((name, Entry::Ast(value), range));
                            }
                            Some(j) => {
                                let prev_range = b.statics[j].2;
                                let value_is_set = matches!(value, ast::Expr::AttrSet(_));
                                let prev_is_set = matches!(
                                    b.statics[j].1,
                                    Entry::Nested(_) | Entry::Ast(ast::Expr::AttrSet(_))
                                );
                                if value_is_set && prev_is_set {
                                    let ast::Expr::AttrSet(set) = &value else { return };
                                    self.make_nested(b, j);
                                    let Entry::Nested(target) = &mut b.statics[j].1 else {
                                        return;
                                    };
                                    // Nix 2.8 merges only the static attributes of the
                                    // second set; its dynamic attributes are dropped.
                                    let mut other = SetBuilder {
                                        rec: false,
                                        statics: Statics::default(),
                                        dynamics: Vec::new(),
                                    };
                                    self.add_entries(&mut other, set);
                                    for (k, v, r) in other.statics.into_vec() {
                                        if let Some(p) = target.find(&k) {
                                            let msg = format!(
                                                "attribute '{k}' already defined at {}",
                                                self.pos_string(target.statics[p].2)
                                            );
                                            let span = self.span(r);
                                            self.error(span, msg, false);
                                        } else {
                                            target.statics.push((k, v, r));
                                        }
                                    }
                                } else {
                                    let msg = format!(
                                        "attribute '{}' already defined at {}",
                                        path_text(path),
                                        self.pos_string(prev_range)
                                    );
                                    let span = self.span(range);
                                    self.error(span, msg, false);
                                }
                            }
                        }
                        return;
                    }
                    let j = match existing {
                        None => {
                            b.statics.push((
                                name,
                                Entry::Nested(SetBuilder {
                                    rec: false,
                                    statics: Statics::default(),
                                    dynamics: Vec::new(),
                                }),
                                range,
                            ));
                            b.statics.items.len() - 1
                        }
                        Some(j) => {
                            let ok = matches!(
                                b.statics[j].1,
                                Entry::Nested(_) | Entry::Ast(ast::Expr::AttrSet(_))
                            );
                            if !ok {
                                let msg = format!(
                                    "attribute '{}' already defined at {}",
                                    path_text(path),
                                    self.pos_string(b.statics[j].2)
                                );
                                let span = self.span(range);
                                self.error(span, msg, false);
                                return;
                            }
                            self.make_nested(b, j);
                            j
                        }
                    };
                    let Entry::Nested(next) = &mut b.statics[j].1 else { return };
                    b = next;
                }
                KeyName::Dynamic(d) => {
                    if last {
                        b.dynamics.push((d, Entry::Ast(value), range));
                        return;
                    }
                    b.dynamics.push((
                        d,
                        Entry::Nested(SetBuilder {
                            rec: false,
                            statics: Statics::default(),
                            dynamics: Vec::new(),
                        }),
                        range,
                    ));
                    let Some((_, Entry::Nested(next), _)) = b.dynamics.last_mut() else { return };
                    b = next;
                }
            }
        }
    }

    /// Turns an attribute-set literal entry into a builder so more can be merged in.
    fn make_nested(&mut self, b: &mut SetBuilder, j: usize) {
        if let Entry::Ast(ast::Expr::AttrSet(set)) = &b.statics[j].1 {
            let set = set.clone();
            let mut nested = SetBuilder {
                rec: set.rec_token().is_some(),
                statics: Statics::default(),
                dynamics: Vec::new(),
            };
            self.add_entries(&mut nested, &set);
            b.statics[j].1 = Entry::Nested(nested);
        }
    }

    /// Lowers a merged attribute set in the current scope.
    fn finish_set(&mut self, b: SetBuilder, _range: TextRange) -> Rc<Expr> {
        let def = self.finish_set_inner(b);
        Rc::new(Expr::Attrs(Rc::new(def)))
    }

    fn finish_set_inner(&mut self, b: SetBuilder) -> AttrsDef {
        let mut statics = b.statics.into_vec();
        statics.sort_by(|x, y| x.0.cmp(&y.0));
        if b.rec {
            let names: HashMap<Str, u32> =
                statics.iter().enumerate().map(|(i, (n, _, _))| (n.clone(), i as u32)).collect();
            self.scopes.push(Scope::Static(names));
            let outer = self.scopes.len() - 1;
            let statics = statics
                .into_iter()
                .map(|(name, entry, r)| self.binding(name, entry, r, outer))
                .collect();
            let dynamics = self.dynamics(b.dynamics);
            self.scopes.pop();
            AttrsDef { rec: true, statics, dynamics }
        } else {
            let limit = self.scopes.len();
            let statics = statics
                .into_iter()
                .map(|(name, entry, r)| self.binding(name, entry, r, limit))
                .collect();
            let dynamics = self.dynamics(b.dynamics);
            AttrsDef { rec: false, statics, dynamics }
        }
    }

    fn dynamics(
        &mut self,
        dynamics: Vec<(DynKey, Entry, TextRange)>,
    ) -> Vec<(Rc<Expr>, Rc<Expr>, Span)> {
        dynamics
            .into_iter()
            .map(|(k, v, r)| {
                let key = self.dyn_key(&k);
                let value = match v {
                    Entry::Ast(e) => self.expr(&e),
                    Entry::Nested(nb) => Rc::new(Expr::Attrs(Rc::new(self.finish_set_inner(nb)))),
                    Entry::Inherit { .. } => Self::lit(Value::Null),
                };
                (key, value, self.span(r))
            })
            .collect()
    }

    /// Lowers one static binding. `outer` is the number of scopes visible to
    /// `inherit x;` (which skips the binding's own frame when it is recursive).
    fn binding(&mut self, name: Str, entry: Entry, r: TextRange, outer: usize) -> Binding {
        let span = self.span(r);
        let value = match entry {
            Entry::Inherit { from: None, name: n, range } => {
                let s = self.span(range);
                let e = self.resolve(&n, s, outer);
                BindingValue::Inherited(e)
            }
            Entry::Inherit { from: Some(from), name: n, range } => {
                let s = self.span(range);
                let from = self.expr(&from);
                BindingValue::Expr(Rc::new(Expr::Select {
                    expr: from,
                    path: vec![AttrKey::Static(n)],
                    default: None,
                    span: s,
                    cache: LookupCache::default(),
                }))
            }
            Entry::Ast(ast::Expr::Lambda(l)) => {
                BindingValue::Expr(Rc::new(Expr::Lambda(self.lambda(&l, Some(name.clone())))))
            }
            Entry::Ast(e) => BindingValue::Expr(self.expr(&e)),
            Entry::Nested(nb) => {
                let def = self.finish_set_inner(nb);
                BindingValue::Expr(Rc::new(Expr::Attrs(Rc::new(def))))
            }
        };
        Binding { name, value, span }
    }

    fn let_in(&mut self, l: &ast::LetIn, range: TextRange) -> Rc<Expr> {
        let b = self.collect_entries(l, true);
        if let Some((_, _, r)) = b.dynamics.first() {
            let span = self.span(*r);
            self.error(span, "dynamic attributes not allowed in let".to_string(), false);
        }
        let mut statics = b.statics.into_vec();
        statics.sort_by(|x, y| x.0.cmp(&y.0));
        let names: HashMap<Str, u32> =
            statics.iter().enumerate().map(|(i, (n, _, _))| (n.clone(), i as u32)).collect();
        self.scopes.push(Scope::Static(names));
        let outer = self.scopes.len() - 1;
        let bindings: Vec<Binding> = statics
            .into_iter()
            .map(|(name, entry, r)| self.binding(name, entry, r, outer))
            .collect();
        let body = self.opt_expr(l.body(), range);
        self.scopes.pop();
        Rc::new(Expr::Let { bindings: Rc::new(bindings), body })
    }

    fn lambda(&mut self, l: &ast::Lambda, name: Option<Str>) -> Rc<LambdaDef> {
        let range = l.syntax().text_range();
        let span = self.span(range);
        let (param, names) = match l.param() {
            Some(ast::Param::IdentParam(p)) => {
                let n: Str = p.ident().map(|i| ident_name(&i)).unwrap_or_default().into();
                (None, vec![n])
            }
            Some(ast::Param::Pattern(p)) => {
                let mut names: Vec<Str> = Vec::new();
                let mut entries = Vec::new();
                for e in p.pat_entries() {
                    let n: Str = e.ident().map(|i| ident_name(&i)).unwrap_or_default().into();
                    if names.contains(&n) {
                        let s = self.span(e.syntax().text_range());
                        self.error(s, format!("duplicate formal function argument '{n}'"), true);
                    }
                    names.push(n.clone());
                    entries.push((n, e.default(), e.syntax().text_range()));
                }
                let bind = p.pat_bind().and_then(|b| b.ident()).map(|i| Str::from(ident_name(&i)));
                if let Some(b) = &bind {
                    if names.contains(b) {
                        let s = self.span(range);
                        self.error(s, format!("duplicate formal function argument '{b}'"), true);
                    }
                    names.push(b.clone());
                }
                (Some((entries, p.ellipsis_token().is_some(), bind.is_some())), names)
            }
            None => {
                self.missing(range);
                (None, vec!["".into()])
            }
        };
        let map: HashMap<Str, u32> =
            names.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        self.scopes.push(Scope::Static(map));
        let param = match param {
            None => Param::Ident,
            Some((entries, ellipsis, bind)) => Param::Formals {
                spans: entries.iter().map(|(_, _, r)| self.span(*r)).collect(),
                formals: entries
                    .into_iter()
                    .map(|(n, d, _)| (n, d.map(|d| self.expr(&d))))
                    .collect(),
                ellipsis,
                bind,
            },
        };
        let body = self.opt_expr(l.body(), range);
        self.scopes.pop();
        Rc::new(LambdaDef { param, body, span, name })
    }

    fn string(&mut self, s: &ast::Str, span: Span) -> Rc<Expr> {
        let indented = s.syntax().first_token().is_some_and(|t| t.text() == "''");
        let mut parts = Vec::new();
        if indented {
            let pieces = indented_pieces(s);
            for p in strip_indentation(pieces) {
                match p {
                    Piece::Text(t) => parts.push(StrPart::Lit(t.into())),
                    Piece::Interp(e) => match e {
                        Some(e) => parts.push(StrPart::Interp(self.expr(&e))),
                        None => parts.push(StrPart::Interp(self.missing(s.syntax().text_range()))),
                    },
                }
            }
        } else {
            for part in s.parts() {
                match part {
                    InterpolPart::Literal(l) => {
                        parts.push(StrPart::Lit(unescape(l.syntax().text()).into()));
                    }
                    InterpolPart::Interpolation(i) => {
                        let e = self.opt_expr(i.expr(), i.syntax().text_range());
                        parts.push(StrPart::Interp(e));
                    }
                }
            }
        }
        // Merge adjacent literals and fold constant strings.
        let mut merged: Vec<StrPart> = Vec::new();
        for p in parts {
            match (merged.last_mut(), p) {
                (Some(StrPart::Lit(a)), StrPart::Lit(b)) => {
                    *a = format!("{a}{b}").into();
                }
                (_, p) => merged.push(p),
            }
        }
        match merged.as_slice() {
            [] => Self::lit(Value::str("")),
            [StrPart::Lit(t)] => Self::lit(Value::str(t.clone())),
            _ => Rc::new(Expr::Str { parts: merged, span }),
        }
    }

    fn path(&mut self, p: &ast::Path, span: Span) -> Rc<Expr> {
        let mut parts = Vec::new();
        for (i, part) in p.parts().into_iter().enumerate() {
            match part {
                InterpolPart::Literal(c) => {
                    let text = c.text();
                    if i == 0 {
                        parts.push(StrPart::Lit(self.absolute(text, span).into()));
                    } else {
                        parts.push(StrPart::Lit(text.into()));
                    }
                }
                InterpolPart::Interpolation(ip) => {
                    let e = self.opt_expr(ip.expr(), ip.syntax().text_range());
                    parts.push(StrPart::Interp(e));
                }
            }
        }
        if let [StrPart::Lit(t)] = parts.as_slice() {
            return Self::lit(Value::Path(canon_path(t).into()));
        }
        Rc::new(Expr::Path { parts, span })
    }

    /// Makes the literal prefix of a path absolute (without canonicalising
    /// it when more parts follow).
    fn absolute(&mut self, text: &str, span: Span) -> String {
        if let Some(rest) = text.strip_prefix('~') {
            match self.ctx.home {
                Some(h) => format!("{h}{rest}"),
                None => {
                    self.error(span, "cannot resolve '~': HOME is not set".to_string(), false);
                    rest.to_string()
                }
            }
        } else if text.starts_with('/') {
            text.to_string()
        } else {
            let base = self.ctx.base_dir.to_string_lossy();
            if base.is_empty() || base == "/" {
                format!("/{text}")
            } else {
                format!("{base}/{text}")
            }
        }
    }
}

fn path_text(path: &ast::Attrpath) -> String {
    path.attrs()
        .map(|a| static_key_text(&a).unwrap_or_else(|| "\"${...}\"".to_string()))
        .collect::<Vec<_>>()
        .join(".")
}

/// The name of an attribute key when it is static (as [`Lowerer::key_name`]
/// decides), without reporting anything.
fn static_key_text(a: &ast::Attr) -> Option<String> {
    match a {
        ast::Attr::Ident(i) => Some(ident_name(i)),
        ast::Attr::Str(s) => static_string(s),
        ast::Attr::Dynamic(d) => match d.expr() {
            Some(ast::Expr::Str(s)) => static_string(&s),
            Some(_) => None,
            None => Some(String::new()),
        },
    }
}

/// The name of an identifier node (`or` is an identifier too).
pub(crate) fn ident_name(i: &ast::Ident) -> String {
    // an identifier node is one token: read it from the green tree
    // without formatting the node
    let green = i.syntax().green();
    let mut children = green.children();
    match (children.next(), children.next()) {
        (Some(rowan::NodeOrToken::Token(t)), None) => t.text().to_string(),
        _ => i.syntax().text().to_string(),
    }
}

/// The text of a string without interpolations, or `None`.
fn static_string(s: &ast::Str) -> Option<String> {
    let indented = s.syntax().first_token().is_some_and(|t| t.text() == "''");
    if indented {
        let pieces = indented_pieces(s);
        if pieces.iter().any(|p| matches!(p, RawPiece::Interp(_))) {
            return None;
        }
        let mut out = String::new();
        for p in strip_indentation(pieces) {
            if let Piece::Text(t) = p {
                out.push_str(&t);
            }
        }
        return Some(out);
    }
    let mut out = String::new();
    for part in s.parts() {
        match part {
            InterpolPart::Literal(l) => out.push_str(&unescape(l.syntax().text())),
            InterpolPart::Interpolation(_) => return None,
        }
    }
    Some(out)
}

/// Unescapes the content of a `"…"` string (Nix's `unescapeStr`).
pub(crate) fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            },
            '\r' => {
                out.push('\n');
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            c => out.push(c),
        }
    }
    out
}

enum RawPiece {
    /// Text and whether it counts for indentation (Nix's `hasIndentation`).
    Text(String, bool),
    Interp(Option<ast::Expr>),
}

enum Piece {
    Text(String),
    Interp(Option<ast::Expr>),
}

/// Splits an indented string into the tokens Nix's lexer would produce.
fn indented_pieces(s: &ast::Str) -> Vec<RawPiece> {
    let mut out = Vec::new();
    let mut first = true;
    for part in s.parts() {
        match part {
            InterpolPart::Literal(l) => {
                let mut text = l.syntax().text();
                if first {
                    // The lexer swallows `''` followed by spaces and a newline.
                    let spaces = text.len() - text.trim_start_matches(' ').len();
                    if text[spaces..].starts_with('\n') {
                        text = &text[spaces + 1..];
                    }
                }
                lex_indented(text, &mut out);
            }
            InterpolPart::Interpolation(i) => out.push(RawPiece::Interp(i.expr())),
        }
        first = false;
    }
    out
}

fn lex_indented(text: &str, out: &mut Vec<RawPiece>) {
    let b = text.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    let flush = |out: &mut Vec<RawPiece>, from: usize, to: usize| {
        if to > from {
            out.push(RawPiece::Text(text[from..to].to_string(), true));
        }
    };
    while i < b.len() {
        if b[i] == b'\'' && b.get(i + 1) == Some(&b'\'') {
            flush(out, run_start, i);
            match b.get(i + 2) {
                Some(b'$') => {
                    out.push(RawPiece::Text("$".into(), false));
                    i += 3;
                }
                Some(b'\'') => {
                    out.push(RawPiece::Text("''".into(), false));
                    i += 3;
                }
                Some(b'\\') => {
                    let rest = &text[i + 3..];
                    let c = rest.chars().next();
                    let (s, len) = match c {
                        Some('n') => ("\n".to_string(), 1),
                        Some('r') => ("\r".to_string(), 1),
                        Some('t') => ("\t".to_string(), 1),
                        Some(c) => (c.to_string(), c.len_utf8()),
                        None => (String::new(), 0),
                    };
                    out.push(RawPiece::Text(s, false));
                    i += 3 + len;
                }
                _ => {
                    out.push(RawPiece::Text("''".into(), false));
                    i += 2;
                }
            }
            run_start = i;
            continue;
        }
        if b[i] == b'\'' || b[i] == b'$' {
            // A lone `'` before `$`, or `$` before `'`, is a token of its own
            // without indentation; otherwise the pair belongs to the run.
            let other = if b[i] == b'\'' { b'$' } else { b'\'' };
            match b.get(i + 1) {
                Some(c) if *c != other => {
                    i += 1 + utf8_len(*c);
                }
                _ => {
                    flush(out, run_start, i);
                    out.push(RawPiece::Text((b[i] as char).to_string(), false));
                    i += 1;
                    run_start = i;
                }
            }
            continue;
        }
        i += 1;
    }
    flush(out, run_start, b.len().min(i));
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Nix 2.8's `stripIndentation`.
fn strip_indentation(pieces: Vec<RawPiece>) -> Vec<Piece> {
    let mut at_start = true;
    let mut min_indent = 1_000_000usize;
    let mut cur = 0usize;
    for p in &pieces {
        match p {
            RawPiece::Text(t, true) => {
                for c in t.bytes() {
                    if at_start {
                        if c == b' ' {
                            cur += 1;
                        } else if c == b'\n' {
                            cur = 0;
                        } else {
                            at_start = false;
                            min_indent = min_indent.min(cur);
                        }
                    } else if c == b'\n' {
                        at_start = true;
                        cur = 0;
                    }
                }
            }
            _ => {
                if at_start {
                    at_start = false;
                    min_indent = min_indent.min(cur);
                }
            }
        }
    }
    let mut out = Vec::new();
    at_start = true;
    let mut dropped = 0usize;
    let n = pieces.len();
    for (idx, p) in pieces.into_iter().enumerate() {
        match p {
            RawPiece::Interp(e) => {
                at_start = false;
                dropped = 0;
                out.push(Piece::Interp(e));
            }
            RawPiece::Text(t, _) => {
                let mut s2 = String::new();
                for c in t.chars() {
                    if at_start {
                        if c == ' ' {
                            if dropped >= min_indent {
                                s2.push(c);
                            }
                            dropped += 1;
                        } else if c == '\n' {
                            dropped = 0;
                            s2.push(c);
                        } else {
                            at_start = false;
                            dropped = 0;
                            s2.push(c);
                        }
                    } else {
                        s2.push(c);
                        if c == '\n' {
                            at_start = true;
                        }
                    }
                }
                if idx + 1 == n
                    && let Some(p) = s2.rfind('\n')
                    && s2[p + 1..].bytes().all(|c| c == b' ')
                {
                    s2.truncate(p + 1);
                }
                out.push(Piece::Text(s2));
            }
        }
    }
    out
}

/// Canonicalises an absolute path like Nix's `canonPath`: removes `.`,
/// resolves `..` lexically, collapses slashes and drops a trailing slash.
pub fn canon_path(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in Path::new(p).components() {
        match c {
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(s) => parts.push(s.to_str().unwrap_or("")),
        }
    }
    if parts.is_empty() {
        return "/".to_string();
    }
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(part);
    }
    out
}

/// The directory a file's relative paths resolve against.
pub fn base_dir_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("/"))
}

// Big trees have 10^5..10^6 nodes: keep them to one cache line each.
const _: () = assert!(std::mem::size_of::<Expr>() <= 64);
