//! `toXML`: a port of Nix 2.8's `value-to-xml.cc` and `XMLWriter` (two-space
//! indentation, sorted XML attributes, derivations shown once, functions as
//! `attrspat`/`varpat`).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use vmcmd_syntax::Span;

use crate::error::EvalResult;
use crate::eval::{Evaluator, stack_exhausted, stack_overflow};
use crate::lower::Param;
use crate::print::format_float;
use crate::value::{ContextElem, NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[PrimOpDef { name: "toXML", arity: 1, func: to_xml }];

struct Writer {
    out: String,
    depth: usize,
}

impl Writer {
    fn attrs(&mut self, attrs: &BTreeMap<&str, String>) {
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            for c in v.chars() {
                match c {
                    '"' => self.out.push_str("&quot;"),
                    '<' => self.out.push_str("&lt;"),
                    '>' => self.out.push_str("&gt;"),
                    '&' => self.out.push_str("&amp;"),
                    '\n' => self.out.push_str("&#xA;"),
                    c => self.out.push(c),
                }
            }
            self.out.push('"');
        }
    }

    fn open(&mut self, name: &str, attrs: &BTreeMap<&str, String>) {
        self.out.push_str(&" ".repeat(self.depth * 2));
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    fn close(&mut self, name: &str) {
        self.depth -= 1;
        self.out.push_str(&" ".repeat(self.depth * 2));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    fn empty(&mut self, name: &str, attrs: &BTreeMap<&str, String>) {
        self.out.push_str(&" ".repeat(self.depth * 2));
        self.out.push('<');
        self.out.push_str(name);
        self.attrs(attrs);
        self.out.push_str(" />\n");
    }
}

fn one(k: &'static str, v: impl Into<String>) -> BTreeMap<&'static str, String> {
    let mut m = BTreeMap::new();
    m.insert(k, v.into());
    m
}

fn value(
    ev: &mut Evaluator,
    v: &Value,
    w: &mut Writer,
    ctx: &mut BTreeSet<ContextElem>,
    drvs_seen: &mut HashSet<String>,
) -> EvalResult<()> {
    if stack_exhausted() {
        return Err(stack_overflow());
    }
    let v = ev.force(v)?;
    match &v {
        Value::Int(i) => w.empty("int", &one("value", i.to_string())),
        Value::Bool(b) => w.empty("bool", &one("value", if *b { "true" } else { "false" })),
        Value::String(s) => {
            s.collect_context(ctx);
            w.empty("string", &one("value", s.as_str()));
        }
        Value::Path(p) => w.empty("path", &one("value", &**p)),
        Value::Null => w.empty("null", &BTreeMap::new()),
        Value::Float(f) => w.empty("float", &one("value", format_float(*f))),
        Value::Attrs(a) => {
            if crate::ops::is_derivation(ev, a)? {
                let mut attrs = BTreeMap::new();
                let mut drv_path = String::new();
                for (key, field) in [("drvPath", "drvPath"), ("outPath", "outPath")] {
                    if let Some(x) = a.get(field)
                        && let Value::String(s) = ev.force(&x.clone())?
                    {
                        attrs.insert(key, s.as_str().to_string());
                        if key == "drvPath" {
                            drv_path = s.as_str().to_string();
                        }
                    }
                }
                w.open("derivation", &attrs);
                if !drv_path.is_empty() && drvs_seen.insert(drv_path) {
                    show_attrs(ev, a, w, ctx, drvs_seen)?;
                } else {
                    w.empty("repeated", &BTreeMap::new());
                }
                w.close("derivation");
            } else {
                w.open("attrs", &BTreeMap::new());
                show_attrs(ev, a, w, ctx, drvs_seen)?;
                w.close("attrs");
            }
        }
        Value::List(l) => {
            w.open("list", &BTreeMap::new());
            for x in l.iter() {
                value(ev, x, w, ctx, drvs_seen)?;
            }
            w.close("list");
        }
        Value::Lambda(c) => {
            w.open("function", &BTreeMap::new());
            match &c.def.param {
                Param::Formals { formals, ellipsis, .. } => {
                    let mut attrs = BTreeMap::new();
                    if *ellipsis {
                        attrs.insert("ellipsis", "1".to_string());
                    }
                    w.open("attrspat", &attrs);
                    let mut names: Vec<_> = formals.iter().map(|(n, _)| n.clone()).collect();
                    names.sort();
                    for n in names {
                        w.empty("attr", &one("name", &*n));
                    }
                    w.close("attrspat");
                }
                Param::Ident => w.empty("varpat", &BTreeMap::new()),
            }
            w.close("function");
        }
        Value::PrimOp(_) | Value::Thunk(_) => w.empty("unevaluated", &BTreeMap::new()),
    }
    Ok(())
}

fn show_attrs(
    ev: &mut Evaluator,
    a: &crate::value::Attrs,
    w: &mut Writer,
    ctx: &mut BTreeSet<ContextElem>,
    drvs_seen: &mut HashSet<String>,
) -> EvalResult<()> {
    for e in a.entries() {
        w.open("attr", &one("name", &*e.name));
        value(ev, &e.value, w, ctx, drvs_seen)?;
        w.close("attr");
    }
    Ok(())
}

fn to_xml(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let mut w = Writer { out: "<?xml version='1.0' encoding='utf-8'?>\n".to_string(), depth: 0 };
    let mut ctx = BTreeSet::new();
    w.open("expr", &BTreeMap::new());
    value(ev, &a[0], &mut w, &mut ctx, &mut HashSet::new())?;
    w.close("expr");
    Ok(Value::String(NixString::with_context(w.out, ctx)))
}
