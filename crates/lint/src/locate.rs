//! Where an option of a real VM module is defined.
//!
//! Two sources, combined by [`ModuleLocator`]:
//!
//! - the syntax of the module file ([`SyntaxLocator`]): the binding that
//!   defines an option path, through nested attribute sets
//!   (`microvm = { vsock.cid = 3; };`), lists of submodules
//!   (`microvm.interfaces[1].id`), `mkIf`/`mkMerge`/`mkDefault`/`mkForce`
//!   and friends, `//`, `let … in`, `with` and a module's `config = { … }`;
//! - the module system's provenance, `options.<path>.definitionPositions`
//!   (`[{ file; line; column; priority; }]`), which the caller evaluates for
//!   the paths [`ModuleLocator::wanted`] names: definitions in imported
//!   files or behind `let` bindings, which the syntax alone cannot see.
//!   Inside a definition found that way, list elements and their
//!   attributes are again found in the syntax ([`SyntaxLocator::find_at`]).
//!
//! Nothing here reads files or evaluates: the caller passes texts and the
//! evaluated positions in.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rowan::ast::AstNode;
use serde_json::Value;
use vmcmd_syntax::rnix::ast::AstToken;
use vmcmd_syntax::rnix::{self, ast};

use crate::facts::{Locate, Location, OptionPath, Seg};

/// Finds definitions in the syntax of one Nix file.
pub struct SyntaxLocator {
    /// The file name to report.
    file: PathBuf,
    text: String,
    root: Option<ast::Expr>,
}

impl std::fmt::Debug for SyntaxLocator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyntaxLocator").field("file", &self.file).finish_non_exhaustive()
    }
}

/// The static name of an attribute (`a`, `"a"`, `${"a"}`), if it has one.
fn attr_name(a: &ast::Attr) -> Option<String> {
    match a {
        ast::Attr::Ident(i) => Some(i.syntax().text().to_string()),
        ast::Attr::Str(s) => static_str(s),
        ast::Attr::Dynamic(d) => match d.expr()? {
            ast::Expr::Str(s) => static_str(&s),
            _ => None,
        },
    }
}

/// The text of a `"…"` string without interpolations (escapes kept: option
/// names have none).
fn static_str(s: &ast::Str) -> Option<String> {
    let mut out = String::new();
    for part in s.parts() {
        match part {
            ast::InterpolPart::Literal(l) => out.push_str(l.syntax().text()),
            ast::InterpolPart::Interpolation(_) => return None,
        }
    }
    Some(out)
}

/// The expression a function application passes on: the last argument of
/// `lib.mkIf c x`, `mkDefault x`, `mkMerge [ … ]`, `mkOverride 10 x` …
fn applied(a: &ast::Apply) -> Option<ast::Expr> {
    a.argument()
}

impl SyntaxLocator {
    /// Parses `text` (syntax errors leave what rnix recovers).
    pub fn new(file: impl Into<PathBuf>, text: &str) -> SyntaxLocator {
        let root = rnix::Root::parse(text).tree().expr();
        SyntaxLocator { file: file.into(), text: text.to_string(), root }
    }

    /// The file name diagnostics show.
    pub fn file(&self) -> &Path {
        &self.file
    }

    fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..offset].chars().count() as u32 + 1;
        Location { file: self.file.clone(), line, column }
    }

    fn offset(&self, line: u32, column: u32) -> Option<usize> {
        let mut start = 0;
        for _ in 1..line {
            start += self.text[start..].find('\n')? + 1;
        }
        let body = &self.text[start..];
        let body = &body[..body.find('\n').unwrap_or(body.len())];
        let col = body
            .char_indices()
            .nth(column.saturating_sub(1) as usize)
            .map_or(body.len(), |(b, _)| b);
        Some(start + col)
    }

    /// The module's body: the attribute set under the function header,
    /// `let … in`, `with …;` and parentheses.
    fn body(&self) -> Option<ast::Expr> {
        let mut e = self.root.clone()?;
        loop {
            e = match e {
                ast::Expr::Lambda(l) => l.body()?,
                ast::Expr::LetIn(l) => l.body()?,
                ast::Expr::Paren(p) => p.expr()?,
                ast::Expr::With(w) => w.body()?,
                ast::Expr::Assert(a) => a.body()?,
                other => return Some(other),
            }
        }
    }

    /// Where the module's body starts (the `{` of its attribute set), for
    /// diagnostics about the VM as a whole.
    pub fn body_start(&self) -> Location {
        let offset = self.body().map_or(0, |e| usize::from(e.syntax().text_range().start()));
        self.location(offset)
    }

    /// The definition of `path` in the module (at top level or under
    /// `config`), if the syntax shows it.
    pub fn find(&self, path: &OptionPath) -> Option<Location> {
        let body = self.body()?;
        let off = walk(&body, &path.0).or_else(|| {
            let mut under_config = vec![Seg::Attr("config".to_string())];
            under_config.extend(path.0.iter().cloned());
            walk(&body, &under_config)
        })?;
        Some(self.location(off))
    }

    /// Inside the definition of option `option_attr` that starts at
    /// `line:column` (a position from `definitionPositions`), the part
    /// `rest` (list indices and attributes below the option). `None`
    /// unless all of `rest` is found.
    pub fn find_at(
        &self,
        line: u32,
        column: u32,
        option_attr: &str,
        rest: &[Seg],
    ) -> Option<Location> {
        let offset = self.offset(line, column)?;
        let root = self.root.as_ref()?.syntax().clone();
        let token = root.token_at_offset(rnix::TextSize::from(offset as u32)).right_biased()?;
        let apv = token.parent_ancestors().find_map(ast::AttrpathValue::cast)?;
        let attrs: Vec<Option<String>> = apv.attrpath()?.attrs().map(|a| attr_name(&a)).collect();
        // The option is the last attribute of that name; attributes after it
        // in the same path (`interfaces.foo = …`) are part of `rest`.
        let k = attrs.iter().rposition(|a| a.as_deref() == Some(option_attr))?;
        let mut rest = rest;
        for a in &attrs[k + 1..] {
            match rest.first() {
                None => return Some(self.location(apv_start(&apv))),
                Some(Seg::Attr(s)) if Some(s) == a.as_ref() => rest = &rest[1..],
                Some(_) => return None,
            }
        }
        if rest.is_empty() {
            return Some(self.location(apv_start(&apv)));
        }
        walk(&apv.value()?, rest).map(|o| self.location(o))
    }
}

impl SyntaxLocator {
    /// Inside the definition of option `option_attr` that starts at
    /// `line:column`, the list element whose value is `value` (see
    /// [`element_matches`]), then `rest` below it. For lists merged from
    /// several definitions, whose indices say nothing about one of them.
    pub fn find_element_at(
        &self,
        line: u32,
        column: u32,
        option_attr: &str,
        value: &Value,
        rest: &[Seg],
    ) -> Option<Location> {
        let offset = self.offset(line, column)?;
        let root = self.root.as_ref()?.syntax().clone();
        let token = root.token_at_offset(rnix::TextSize::from(offset as u32)).right_biased()?;
        let apv = token.parent_ancestors().find_map(ast::AttrpathValue::cast)?;
        let attrs: Vec<Option<String>> = apv.attrpath()?.attrs().map(|a| attr_name(&a)).collect();
        if attrs.last()?.as_deref() != Some(option_attr) {
            return None;
        }
        let item = find_item(&apv.value()?, value, 0)?;
        // An attribute the element leaves at its default: the element.
        Some(self.location(walk(&item, rest).unwrap_or_else(|| start(&item))))
    }
}

/// The element of a list expression (through `mkIf`, `mkBefore`,
/// `lib.optionals c`, `++`, `if`, `let` and parentheses) that matches
/// `value`.
fn find_item(e: &ast::Expr, value: &Value, depth: u32) -> Option<ast::Expr> {
    if depth > 8 {
        return None;
    }
    match e {
        ast::Expr::List(list) => list.items().find(|item| element_matches(item, value)).or_else(
            // `mkMerge [ [ … ] [ … ] ]`
            || list.items().find_map(|item| find_item(&item, value, depth + 1)),
        ),
        ast::Expr::Apply(a) => find_item(&applied(a)?, value, depth + 1),
        ast::Expr::Paren(p) => find_item(&p.expr()?, value, depth + 1),
        ast::Expr::LetIn(l) => find_item(&l.body()?, value, depth + 1),
        ast::Expr::With(w) => find_item(&w.body()?, value, depth + 1),
        ast::Expr::IfElse(i) => find_item(&i.body()?, value, depth + 1)
            .or_else(|| find_item(&i.else_body()?, value, depth + 1)),
        ast::Expr::BinOp(b) if b.operator() == Some(ast::BinOpKind::Concat) => {
            find_item(&b.lhs()?, value, depth + 1)
                .or_else(|| find_item(&b.rhs()?, value, depth + 1))
        }
        _ => None,
    }
}

/// Whether a list element's syntax shows `value`: a string, number or
/// boolean literal equal to it, or an attribute set whose literal
/// attributes (at least one) all equal the value's.
pub fn element_matches(item: &ast::Expr, value: &Value) -> bool {
    match (item, value) {
        (ast::Expr::Paren(p), _) => p.expr().is_some_and(|e| element_matches(&e, value)),
        (ast::Expr::Str(s), Value::String(v)) => static_str(s).as_deref() == Some(v.as_str()),
        (ast::Expr::Literal(l), Value::Number(n)) => l.syntax().text().to_string() == n.to_string(),
        (ast::Expr::Ident(i), Value::Bool(b)) => {
            i.syntax().text() == if *b { "true" } else { "false" }
        }
        (ast::Expr::AttrSet(set), Value::Object(o)) => {
            use ast::HasEntry;
            let mut compared = 0;
            for entry in set.entries() {
                let ast::Entry::AttrpathValue(apv) = entry else { continue };
                let names: Vec<Option<String>> = apv
                    .attrpath()
                    .map(|p| p.attrs().map(|a| attr_name(&a)).collect())
                    .unwrap_or_default();
                let ([Some(name)], Some(v)) = (names.as_slice(), apv.value()) else { continue };
                let Some(field) = o.get(name) else { continue };
                let literal = matches!(v, ast::Expr::Str(_) | ast::Expr::Literal(_))
                    || matches!(&v, ast::Expr::Ident(i) if matches!(i.syntax().text().to_string().as_str(), "true" | "false"));
                if !literal || (matches!(v, ast::Expr::Str(_)) && !field.is_string()) {
                    continue;
                }
                if !element_matches(&v, field) {
                    return false;
                }
                compared += 1;
            }
            compared > 0
        }
        _ => false,
    }
}

/// The value at option path `attrs` then `index` in a VM's config.
fn value_at<'a>(config: &'a Value, attrs: &[String], index: usize) -> Option<&'a Value> {
    attrs.iter().try_fold(config, |v, a| v.get(a))?.get(index)
}

fn apv_start(apv: &ast::AttrpathValue) -> usize {
    usize::from(apv.syntax().text_range().start())
}

fn start(e: &ast::Expr) -> usize {
    usize::from(e.syntax().text_range().start())
}

/// The offset of the definition of `path` inside expression `e`, if the
/// syntax shows all of it.
fn walk(e: &ast::Expr, path: &[Seg]) -> Option<usize> {
    if path.is_empty() {
        return Some(start(e));
    }
    match e {
        ast::Expr::AttrSet(set) => {
            use ast::HasEntry;
            for entry in set.entries() {
                match entry {
                    ast::Entry::AttrpathValue(apv) => {
                        let Some(attrpath) = apv.attrpath() else { continue };
                        let names: Vec<Option<String>> =
                            attrpath.attrs().map(|a| attr_name(&a)).collect();
                        let mut m = 0;
                        while m < names.len()
                            && m < path.len()
                            && matches!(&path[m], Seg::Attr(s) if names[m].as_ref() == Some(s))
                        {
                            m += 1;
                        }
                        if m == path.len() {
                            // The path ends here (or inside this attribute path).
                            return Some(apv_start(&apv));
                        }
                        if m == names.len()
                            && let Some(v) = apv.value()
                            && let Some(o) = walk(&v, &path[m..])
                        {
                            return Some(o);
                        }
                    }
                    ast::Entry::Inherit(inh) => {
                        if let [Seg::Attr(name)] = path
                            && let Some(a) =
                                inh.attrs().find(|a| attr_name(a).as_ref() == Some(name))
                        {
                            return Some(usize::from(a.syntax().text_range().start()));
                        }
                    }
                }
            }
            None
        }
        ast::Expr::List(list) => match &path[0] {
            Seg::Index(n) => {
                let item = list.items().nth(*n)?;
                walk(&item, &path[1..])
            }
            // `mkMerge [ { … } { … } ]`: any of them may define it; the last
            // one that does wins in order, but the first is as good a place.
            Seg::Attr(_) => list.items().find_map(|item| walk(&item, path)),
        },
        ast::Expr::Apply(a) => walk(&applied(a)?, path),
        ast::Expr::Paren(p) => walk(&p.expr()?, path),
        ast::Expr::LetIn(l) => walk(&l.body()?, path),
        ast::Expr::With(w) => walk(&w.body()?, path),
        ast::Expr::Assert(a) => walk(&a.body()?, path),
        ast::Expr::Lambda(l) => walk(&l.body()?, path),
        ast::Expr::IfElse(i) => {
            walk(&i.body()?, path).or_else(|| i.else_body().and_then(|e| walk(&e, path)))
        }
        ast::Expr::BinOp(b) if b.operator() == Some(ast::BinOpKind::Update) => {
            walk(&b.rhs()?, path).or_else(|| walk(&b.lhs()?, path))
        }
        _ => None,
    }
}

/// Top-level option namespaces of vmcmd's model of a microvm.nix guest
/// that a module defining nothing else is a VM module with.
const VM_NAMESPACES: &[&str] =
    &["microvm", "networking", "boot", "nix", "nixpkgs", "fileSystems", "system", "virtualisation"];

/// Whether `text` looks like a NixOS module defining one VM, which
/// `vmcmd lint` evaluates like `vmcmd show`: a function or attribute set
/// (under `let`, `with` and parentheses) whose body defines `microvm.…`
/// options, at top level or under `config` (through `mkIf`, `mkMerge` …),
/// and no host-side `microvm.vms`, `microvm.host` or `microvm.autostart`;
/// or a module function that only defines options of a VM's namespaces
/// (`networking`, `boot`, `nix`, `fileSystems` …: a VM with microvm.nix's
/// defaults).
pub fn is_vm_module(text: &str) -> bool {
    let locator = SyntaxLocator::new("", text);
    let Some(body) = locator.body() else { return false };
    let mut guest = false;
    let mut host = false;
    scan_microvm(&body, 0, &mut guest, &mut host);
    if host {
        return false;
    }
    if guest {
        return true;
    }
    // No `microvm.…`: a module function (`{ ... }:`) whose body is an
    // attribute set of VM option namespaces only.
    let module_fn = matches!(
        &locator.root,
        Some(ast::Expr::Lambda(l)) if matches!(l.param(), Some(ast::Param::Pattern(p)) if p.ellipsis_token().is_some())
    );
    let ast::Expr::AttrSet(set) = body else { return false };
    use ast::HasEntry;
    let mut any = false;
    for entry in set.entries() {
        let ast::Entry::AttrpathValue(apv) = entry else { return false };
        let Some(first) = apv.attrpath().and_then(|p| p.attrs().next()) else { return false };
        match attr_name(&first) {
            Some(n) if VM_NAMESPACES.contains(&n.as_str()) => any = true,
            _ => return false,
        }
    }
    module_fn && any
}

/// The literal paths in a module's `imports = [ … ];` (`./a.nix`,
/// `/abs/b.nix`, `"./c.nix"`), as written.
pub fn literal_imports(text: &str) -> Vec<String> {
    use ast::HasEntry;
    let locator = SyntaxLocator::new("", text);
    let Some(ast::Expr::AttrSet(set)) = locator.body() else { return Vec::new() };
    let mut out = Vec::new();
    for entry in set.entries() {
        let ast::Entry::AttrpathValue(apv) = entry else { continue };
        let names: Vec<Option<String>> =
            apv.attrpath().map(|p| p.attrs().map(|a| attr_name(&a)).collect()).unwrap_or_default();
        if names != [Some("imports".to_string())] {
            continue;
        }
        let Some(ast::Expr::List(list)) = apv.value() else { continue };
        for item in list.items() {
            match &item {
                ast::Expr::PathRel(p) if p.parts().len() == 1 => {
                    out.push(p.syntax().text().to_string())
                }
                ast::Expr::PathAbs(p) if p.parts().len() == 1 => {
                    out.push(p.syntax().text().to_string())
                }
                ast::Expr::Str(st) => out.extend(static_str(st)),
                _ => {}
            }
        }
    }
    out
}

/// Looks for `microvm.…` definitions in a module body (`depth` bounds the
/// descent through `config`, `mkIf` and `mkMerge`).
fn scan_microvm(e: &ast::Expr, depth: u32, guest: &mut bool, host: &mut bool) {
    if depth > 8 {
        return;
    }
    match e {
        ast::Expr::AttrSet(set) => {
            use ast::HasEntry;
            for entry in set.entries() {
                let ast::Entry::AttrpathValue(apv) = entry else { continue };
                let Some(attrpath) = apv.attrpath() else { continue };
                let mut names: Vec<Option<String>> =
                    attrpath.attrs().map(|a| attr_name(&a)).collect();
                if names.len() > 1 && names[0].as_deref() == Some("config") {
                    names.remove(0);
                }
                match names.first().cloned().flatten().as_deref() {
                    Some("microvm") => {
                        *guest = true;
                        let below = |n: &str| names.get(1).is_some_and(|x| x.as_deref() == Some(n));
                        if ["vms", "host", "autostart"].iter().any(|n| below(n)) {
                            *host = true;
                        }
                        if names.len() == 1
                            && let Some(ast::Expr::AttrSet(inner)) = apv.value()
                        {
                            for entry in inner.entries() {
                                if let ast::Entry::AttrpathValue(a) = entry
                                    && let Some(first) = a.attrpath().and_then(|p| p.attrs().next())
                                    && matches!(
                                        attr_name(&first).as_deref(),
                                        Some("vms" | "host" | "autostart")
                                    )
                                {
                                    *host = true;
                                }
                            }
                        }
                    }
                    Some("config") if names.len() == 1 => {
                        if let Some(v) = apv.value() {
                            scan_microvm(&v, depth + 1, guest, host);
                        }
                    }
                    _ => {}
                }
            }
        }
        ast::Expr::Apply(a) => {
            if let Some(v) = applied(a) {
                scan_microvm(&v, depth + 1, guest, host);
            }
        }
        ast::Expr::List(l) => {
            for item in l.items() {
                scan_microvm(&item, depth + 1, guest, host);
            }
        }
        ast::Expr::Paren(p) => {
            if let Some(v) = p.expr() {
                scan_microvm(&v, depth + 1, guest, host);
            }
        }
        ast::Expr::LetIn(l) => {
            if let Some(v) = l.body() {
                scan_microvm(&v, depth + 1, guest, host);
            }
        }
        _ => {}
    }
}

/// One definition position from `definitionPositions`.
#[derive(Debug, Clone)]
struct Position {
    key: PathBuf,
    line: u32,
    column: u32,
    priority: i64,
}

struct Inner {
    /// Files by the path the evaluator knows them under (absolute).
    files: BTreeMap<PathBuf, SyntaxLocator>,
    /// The VM's module file (a key of `files`).
    main: PathBuf,
    /// User definitions of option paths (attribute names), best first.
    positions: BTreeMap<Vec<String>, Vec<Position>>,
    /// Option paths asked for that neither the syntax nor `positions`
    /// answered, and whose provenance was not evaluated yet.
    wanted: BTreeSet<Vec<String>>,
    /// Whether the module system's positions are asked for every option
    /// located, even those the syntax of the main file shows (see
    /// [`ModuleLocator::prefer_positions`]).
    prefer_positions: bool,
    /// The VM's evaluated config (see [`ModuleLocator::set_config`]).
    config: Option<Value>,
}

/// Locates options of one VM module: the syntax first, then the module
/// system's definition positions once the caller has evaluated them for
/// [`ModuleLocator::wanted`] (see the module documentation). Clones share
/// their state, so the caller can keep one while [`crate::VmFacts`] owns
/// another.
#[derive(Clone)]
pub struct ModuleLocator {
    inner: Rc<RefCell<Inner>>,
}

impl std::fmt::Debug for ModuleLocator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModuleLocator").field("main", &self.inner.borrow().main).finish()
    }
}

impl ModuleLocator {
    /// A locator for the module at `key` (the path the evaluator uses),
    /// shown as `shown`, with text `text`.
    pub fn new(key: PathBuf, shown: PathBuf, text: &str) -> ModuleLocator {
        let mut files = BTreeMap::new();
        files.insert(key.clone(), SyntaxLocator::new(shown, text));
        ModuleLocator {
            inner: Rc::new(RefCell::new(Inner {
                files,
                main: key,
                positions: BTreeMap::new(),
                wanted: BTreeSet::new(),
                prefer_positions: false,
                config: None,
            })),
        }
    }

    /// Asks for the module system's definition positions of every option
    /// located, not only of those the main file's syntax does not show:
    /// for a VM composed of many modules (a Ghaf VM's `*-base.nix` is one
    /// of them), a definition in the main file may be overridden by one
    /// elsewhere, and the effective definition is the one to show. Until
    /// the positions are there, the syntax answers as usual.
    pub fn prefer_positions(self) -> ModuleLocator {
        self.inner.borrow_mut().prefer_positions = true;
        self
    }

    /// Where the module's body starts (see [`SyntaxLocator::body_start`]).
    pub fn body_start(&self) -> Location {
        let inner = self.inner.borrow();
        inner.files[&inner.main].body_start()
    }

    /// The module file as shown.
    pub fn shown(&self) -> PathBuf {
        let inner = self.inner.borrow();
        inner.files[&inner.main].file.clone()
    }

    /// Whether another file is known (see [`ModuleLocator::add_file`]).
    pub fn has_file(&self, key: &Path) -> bool {
        self.inner.borrow().files.contains_key(key)
    }

    /// The VM's evaluated config (the shape of [`crate::VmFacts`]'), which
    /// tells list elements apart by value when a list is merged from
    /// several definitions.
    pub fn set_config(&self, config: Value) {
        self.inner.borrow_mut().config = Some(config);
    }

    /// Makes another file known (one that definition positions point
    /// into), so definitions in it can be found and shown.
    pub fn add_file(&self, key: PathBuf, shown: PathBuf, text: &str) {
        self.inner.borrow_mut().files.entry(key).or_insert_with(|| SyntaxLocator::new(shown, text));
    }

    /// Finds `path` in the syntax of a known file (for definitions an
    /// error message names the file of).
    pub fn find_in(&self, key: &Path, path: &OptionPath) -> Option<Location> {
        self.inner.borrow().files.get(key)?.find(path)
    }

    /// Option paths (attribute names) whose `definitionPositions` would
    /// help; cleared by [`ModuleLocator::set_positions`].
    pub fn wanted(&self) -> Vec<Vec<String>> {
        self.inner.borrow().wanted.iter().cloned().collect()
    }

    /// Records the evaluated `definitionPositions` of `paths` (a JSON list
    /// with one list per path). Definitions in files the evaluator made up
    /// (`/__vmcmd/…`, vmcmd's own NixOS and microvm.nix model) and those
    /// not in effect (under a false `mkIf`) are dropped;
    /// the others are ordered by priority (the effective ones first). Files
    /// not known yet are returned, to be added with
    /// [`ModuleLocator::add_file`].
    pub fn set_positions(&self, paths: &[Vec<String>], json: &Value) -> Vec<PathBuf> {
        let mut inner = self.inner.borrow_mut();
        let mut missing = Vec::new();
        let lists = json.as_array().map_or(&[][..], Vec::as_slice);
        for (i, path) in paths.iter().enumerate() {
            inner.wanted.remove(path);
            let mut found = Vec::new();
            for d in lists.get(i).and_then(Value::as_array).into_iter().flatten() {
                let (Some(file), Some(line), Some(column)) = (
                    d.get("file").and_then(Value::as_str),
                    d.get("line").and_then(Value::as_u64),
                    d.get("column").and_then(Value::as_u64),
                ) else {
                    continue;
                };
                // (and definitions a false `mkIf` dropped)
                if file.starts_with("/__vmcmd")
                    || !file.starts_with('/')
                    || d.get("inEffect") == Some(&Value::Bool(false))
                {
                    continue;
                }
                let key = PathBuf::from(file);
                if !inner.files.contains_key(&key) && !missing.contains(&key) {
                    missing.push(key.clone());
                }
                let priority = d.get("priority").and_then(Value::as_i64).unwrap_or(100);
                found.push(Position { key, line: line as u32, column: column as u32, priority });
            }
            found.sort_by_key(|p| p.priority);
            inner.positions.insert(path.clone(), found);
        }
        missing
    }
}

impl Locate for ModuleLocator {
    fn locate(&self, path: &OptionPath) -> Option<Location> {
        let mut inner = self.inner.borrow_mut();
        let attrs: Vec<String> = path
            .0
            .iter()
            .map_while(|s| match s {
                Seg::Attr(a) => Some(a.clone()),
                Seg::Index(_) => None,
            })
            .collect();
        let rest = &path.0[attrs.len()..];
        // A list element: the definition whose list has it.
        if let (Some(ps), Some(Seg::Index(i)), Some(last)) =
            (inner.positions.get(&attrs), rest.first(), attrs.last())
            && let Some(value) = inner.config.as_ref().and_then(|c| value_at(c, &attrs, *i))
            && let Some(l) = ps.iter().filter(|p| inner.files.contains_key(&p.key)).find_map(|p| {
                inner.files[&p.key].find_element_at(p.line, p.column, last, value, &rest[1..])
            })
        {
            return Some(l);
        }
        if let Some(ps) = inner.positions.get(&attrs)
            && let Some(p) = ps.iter().find(|p| inner.files.contains_key(&p.key))
        {
            let file = &inner.files[&p.key];
            let at = Location { file: file.file.clone(), line: p.line, column: p.column };
            if rest.is_empty() {
                return Some(at);
            }
            let last = attrs.last()?;
            // An element the syntax cannot find inside the only definition
            // (a list built by a function): the definition itself.
            let only = ps.iter().filter(|p| inner.files.contains_key(&p.key)).count() == 1;
            return file.find_at(p.line, p.column, last, rest).or(only.then_some(at));
        }
        if inner.prefer_positions && !attrs.is_empty() && !inner.positions.contains_key(&attrs) {
            inner.wanted.insert(attrs.clone());
        }
        let main = &inner.files[&inner.main];
        if let Some(l) = main.find(path) {
            return Some(l);
        }
        // Worth asking the module system: the option is defined somewhere
        // the syntax cannot follow (an import, a `let` binding) — or at
        // least the file mentions it or imports others.
        let worth = rest.is_empty()
            && !attrs.is_empty()
            && !inner.positions.contains_key(&attrs)
            && (attrs.last().is_some_and(|a| main.text.contains(a.as_str()))
                || main.text.contains("imports"));
        if worth {
            inner.wanted.insert(attrs);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODULE: &str = r#"{ lib, ... }:
let
  name = "x";
in
{
  networking.hostName = name;
  microvm = {
    mem = 2048;
    vsock.cid = 3;
    interfaces = [
      { type = "tap"; id = "a"; }
      {
        type = "tap";
        id = "b";
      }
    ];
  };
  microvm.shares = lib.mkIf true [
    { tag = "t"; }
  ];
  microvm.qemu = lib.mkMerge [ { extraArgs = [ "-a" ]; } ];
  config.microvm.vcpu = 2;
}
"#;

    fn at(l: &SyntaxLocator, p: &str) -> Option<(u32, u32)> {
        l.find(&OptionPath::parse(p)).map(|l| (l.line, l.column))
    }

    #[test]
    fn syntax_paths() {
        let l = SyntaxLocator::new("m.nix", MODULE);
        assert_eq!(at(&l, "networking.hostName"), Some((6, 3)));
        assert_eq!(at(&l, "microvm.mem"), Some((8, 5)));
        assert_eq!(at(&l, "microvm.vsock.cid"), Some((9, 5)));
        assert_eq!(at(&l, "microvm.vsock"), Some((9, 5)));
        assert_eq!(at(&l, "microvm.interfaces"), Some((10, 5)));
        assert_eq!(at(&l, "microvm.interfaces[0].id"), Some((11, 23)));
        assert_eq!(at(&l, "microvm.interfaces[1]"), Some((12, 7)));
        assert_eq!(at(&l, "microvm.interfaces[1].id"), Some((14, 9)));
        assert_eq!(at(&l, "microvm.interfaces[2].id"), None);
        assert_eq!(at(&l, "microvm.shares[0].tag"), Some((19, 7)));
        assert_eq!(at(&l, "microvm.qemu.extraArgs[0]"), Some((21, 48)));
        assert_eq!(at(&l, "microvm.vcpu"), Some((22, 3)));
        assert_eq!(at(&l, "microvm.balloon"), None);
        assert_eq!(l.body_start(), Location { file: "m.nix".into(), line: 5, column: 1 });
    }

    #[test]
    fn vm_modules() {
        assert!(is_vm_module(MODULE));
        assert!(is_vm_module("{ microvm.mem = 1; }"));
        assert!(is_vm_module("{ lib, ... }: { config = lib.mkIf true { microvm.vcpu = 2; }; }"));
        assert!(is_vm_module("{ ... }: { imports = [ ]; config.microvm = { mem = 1; }; }"));
        assert!(!is_vm_module("{ ... }: { microvm.vms.a.config = { microvm.mem = 1; }; }"));
        assert!(!is_vm_module("{ ... }: { microvm = { host.enable = true; vms = { }; }; }"));
        assert!(!is_vm_module("{ inputs = { microvm.url = \"x\"; }; outputs = _: { }; }"));
        assert!(is_vm_module("{ ... }: { networking.hostName = \"x\"; }"));
        assert!(!is_vm_module("{ networking.hostName = \"x\"; }"));
        assert!(!is_vm_module(
            "{ ... }: { networking.hostName = \"x\"; services.a.enable = true; }"
        ));
        assert!(!is_vm_module("{ ... }: { imports = [ ./a.nix ]; networking.hostName = \"x\"; }"));
        assert!(!is_vm_module("[ 1 2 ]"));
    }

    #[test]
    fn imports() {
        let text = "{ ... }: { imports = [ ./a.nix ../b/default.nix /c.nix \"./d.nix\" (import ./e.nix) ./${x}.nix ]; }";
        assert_eq!(literal_imports(text), ["./a.nix", "../b/default.nix", "/c.nix", "./d.nix"]);
        assert!(literal_imports("{ microvm.mem = 1; }").is_empty());
    }

    #[test]
    fn inside_a_definition_position() {
        let l = SyntaxLocator::new("m.nix", MODULE);
        let rest = OptionPath::parse("x[1].id").0[1..].to_vec();
        assert_eq!(
            l.find_at(10, 5, "interfaces", &rest).map(|l| (l.line, l.column)),
            Some((14, 9))
        );
        let rest = OptionPath::parse("x.cid").0[1..].to_vec();
        assert_eq!(l.find_at(9, 5, "vsock", &rest).map(|l| (l.line, l.column)), Some((9, 5)));
    }

    #[test]
    fn positions_take_precedence_and_syntax_misses_are_wanted() {
        let key = PathBuf::from("/abs/m.nix");
        let loc = ModuleLocator::new(key.clone(), "m.nix".into(), MODULE);
        let p = OptionPath::parse("microvm.interfaces[1].id");
        assert_eq!(loc.locate(&p).map(|l| l.line), Some(14));
        assert!(loc.wanted().is_empty());
        // Named in the file, but not found: ask the module system.
        assert_eq!(loc.locate(&OptionPath::parse("networking.name")), None);
        assert_eq!(loc.wanted(), vec![vec!["networking".to_string(), "name".to_string()]]);
        let json = serde_json::json!([[
            { "file": "/__vmcmd/x.nix", "line": 1, "column": 1, "priority": 1500 },
            { "file": "/abs/m.nix", "line": 3, "column": 3, "priority": 100 }
        ]]);
        assert!(loc.set_positions(&loc.wanted(), &json).is_empty());
        assert!(loc.wanted().is_empty());
        let l = loc.locate(&OptionPath::parse("networking.name")).unwrap();
        assert_eq!((l.file, l.line, l.column), (PathBuf::from("m.nix"), 3, 3));
    }

    /// Two modules of one VM (a Ghaf VM's base module and a shared one)
    /// that both define `microvm.shares` and `microvm.qemu.extraArgs`.
    const BASE: &str = r#"{ lib, ... }:
{
  microvm = {
    mem = lib.mkDefault 1024;
    shares = [
      { tag = "common"; source = "/persist/common"; }
      { tag = "common"; source = "/persist/update"; }
    ];
    qemu.extraArgs = [ "-device" "intel-hda" "-device hda-duplex" ];
  };
}
"#;
    const SHARED: &str = r#"{ lib, config, ... }:
{
  microvm.shares = lib.optionals true [
    { tag = "ro-store"; source = "/nix/store"; }
  ];
  microvm.qemu.extraArgs = config.args ++ [ "-device" "qemu-xhci" ];
}
"#;

    fn two_modules() -> ModuleLocator {
        let loc =
            ModuleLocator::new("/c/base.nix".into(), "base.nix".into(), BASE).prefer_positions();
        loc.add_file("/c/shared.nix".into(), "shared.nix".into(), SHARED);
        loc
    }

    #[test]
    fn preferring_positions_asks_even_for_what_the_syntax_shows() {
        let loc = two_modules();
        // Until the positions are there, the syntax answers.
        assert_eq!(loc.locate(&OptionPath::parse("microvm.mem")).map(|l| l.line), Some(4));
        assert_eq!(loc.wanted(), vec![vec!["microvm".to_string(), "mem".to_string()]]);
        let json = serde_json::json!([[
            { "file": "/c/shared.nix", "line": 3, "column": 3, "priority": 50 },
            { "file": "/c/base.nix", "line": 4, "column": 5, "priority": 1000 }
        ]]);
        loc.set_positions(&loc.wanted(), &json);
        let l = loc.locate(&OptionPath::parse("microvm.mem")).unwrap();
        assert_eq!((l.file, l.line), (PathBuf::from("shared.nix"), 3));
        // Without `prefer_positions`, a definition the syntax shows is it.
        let plain = ModuleLocator::new("/c/base.nix".into(), "base.nix".into(), BASE);
        assert_eq!(plain.locate(&OptionPath::parse("microvm.mem")).map(|l| l.line), Some(4));
        assert!(plain.wanted().is_empty());
    }

    #[test]
    fn merged_list_elements_are_found_by_value() {
        let loc = two_modules();
        let paths = vec![
            vec!["microvm".to_string(), "shares".to_string()],
            vec!["microvm".to_string(), "qemu".to_string(), "extraArgs".to_string()],
        ];
        // The shared module's definitions come first in the merged lists.
        let json = serde_json::json!([
            [
                { "file": "/c/shared.nix", "line": 3, "column": 3, "priority": 100 },
                { "file": "/c/base.nix", "line": 5, "column": 5, "priority": 100 }
            ],
            [
                { "file": "/c/shared.nix", "line": 6, "column": 3, "priority": 100 },
                { "file": "/c/base.nix", "line": 9, "column": 5, "priority": 100 }
            ]
        ]);
        loc.set_positions(&paths, &json);
        let at = |p: &str| loc.locate(&OptionPath::parse(p)).map(|l| (l.file, l.line, l.column));
        // Without the config, an index into the merged list says nothing
        // about one definition, and there are two: no location.
        assert_eq!(at("microvm.qemu.extraArgs[4]"), None);
        loc.set_config(serde_json::json!({ "microvm": {
            "shares": [
                { "tag": "ro-store", "source": "/nix/store", "socket": "a.sock" },
                { "tag": "common", "source": "/persist/common", "socket": "b.sock" },
                { "tag": "common", "source": "/persist/update", "socket": "b.sock" }
            ],
            "qemu": { "extraArgs": [ "-device", "qemu-xhci", "-device", "intel-hda", "-device hda-duplex" ] }
        }}));
        assert_eq!(at("microvm.qemu.extraArgs[4]"), Some(("base.nix".into(), 9, 46)));
        assert_eq!(at("microvm.qemu.extraArgs[1]"), Some(("shared.nix".into(), 6, 55)));
        assert_eq!(at("microvm.shares[0].tag"), Some(("shared.nix".into(), 4, 7)));
        assert_eq!(at("microvm.shares[2].tag"), Some(("base.nix".into(), 7, 9)));
        // An attribute the element leaves at its default: the element.
        assert_eq!(at("microvm.shares[2].socket"), Some(("base.nix".into(), 7, 7)));
        // A value no definition shows: no location.
        assert_eq!(at("microvm.qemu.extraArgs[9]"), None);
    }
}
