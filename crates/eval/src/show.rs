//! Prints an expression the way C++ Nix 2.8's `Expr::show` does, for the
//! text of `assertion '…' failed` messages.
//!
//! Nix desugars while parsing, so `a - b` shows as `(__sub a b)`, `a < b` as
//! `(__lessThan a b)`, `a + b` and interpolated strings as `(a + b)`, and
//! every binary operator gets parentheses.

use rnix::ast::{self, AstToken, HasEntry, InterpolPart};
use rowan::ast::AstNode;

use crate::lower::{ident_name, unescape};

/// Shows an expression like Nix 2.8.
pub fn show(e: &ast::Expr) -> String {
    let mut out = String::new();
    show_into(e, &mut out);
    out
}

fn opt(e: Option<ast::Expr>, out: &mut String) {
    if let Some(e) = e {
        show_into(&e, out);
    }
}

fn show_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' => out.push_str("\\$"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn show_attr(a: &ast::Attr, out: &mut String) {
    match a {
        ast::Attr::Ident(i) => out.push_str(&ident_name(i)),
        ast::Attr::Str(s) => {
            let mut text = String::new();
            let mut dynamic = false;
            for p in s.parts() {
                match p {
                    InterpolPart::Literal(l) => text.push_str(&unescape(l.syntax().text())),
                    InterpolPart::Interpolation(_) => dynamic = true,
                }
            }
            if dynamic {
                out.push_str("\"${");
                show_str(s, out);
                out.push_str("}\"");
            } else {
                out.push_str(&text);
            }
        }
        ast::Attr::Dynamic(d) => {
            out.push_str("\"${");
            opt(d.expr(), out);
            out.push_str("}\"");
        }
    }
}

fn show_path(p: &ast::Attrpath, out: &mut String) {
    let mut first = true;
    for a in p.attrs() {
        if !first {
            out.push('.');
        }
        first = false;
        show_attr(&a, out);
    }
}

fn show_str(s: &ast::Str, out: &mut String) {
    let parts: Vec<_> = s.parts().collect();
    if parts.iter().all(|p| matches!(p, InterpolPart::Literal(_))) {
        let mut text = String::new();
        for p in parts {
            if let InterpolPart::Literal(l) = p {
                text.push_str(&unescape(l.syntax().text()));
            }
        }
        show_string(&text, out);
        return;
    }
    out.push('(');
    let mut first = true;
    for p in parts {
        if !first {
            out.push_str(" + ");
        }
        first = false;
        match p {
            InterpolPart::Literal(l) => show_string(&unescape(l.syntax().text()), out),
            InterpolPart::Interpolation(i) => opt(i.expr(), out),
        }
    }
    out.push(')');
}

fn show_bindings(node: &impl HasEntry, out: &mut String) {
    for entry in node.entries() {
        match entry {
            ast::Entry::Inherit(i) => {
                out.push_str("inherit ");
                if let Some(f) = i.from() {
                    out.push('(');
                    opt(f.expr(), out);
                    out.push_str(") ");
                }
                for a in i.attrs() {
                    show_attr(&a, out);
                    out.push(' ');
                }
                out.push_str("; ");
            }
            ast::Entry::AttrpathValue(v) => {
                if let Some(p) = v.attrpath() {
                    show_path(&p, out);
                }
                out.push_str(" = ");
                opt(v.value(), out);
                out.push_str("; ");
            }
        }
    }
}

fn bin(op: &str, lhs: Option<ast::Expr>, rhs: Option<ast::Expr>, out: &mut String) {
    out.push('(');
    opt(lhs, out);
    out.push(' ');
    out.push_str(op);
    out.push(' ');
    opt(rhs, out);
    out.push(')');
}

fn call(name: &str, a: Option<ast::Expr>, b: Option<ast::Expr>, out: &mut String) {
    out.push('(');
    out.push_str(name);
    out.push(' ');
    opt(a, out);
    out.push(' ');
    opt(b, out);
    out.push(')');
}

fn show_into(e: &ast::Expr, out: &mut String) {
    match e {
        ast::Expr::Literal(l) => out.push_str(&l.syntax().text().to_string()),
        ast::Expr::Ident(i) => out.push_str(&ident_name(i)),
        ast::Expr::Paren(p) => opt(p.expr(), out),
        ast::Expr::Root(r) => opt(r.expr(), out),
        ast::Expr::Str(s) => show_str(s, out),
        ast::Expr::PathAbs(_)
        | ast::Expr::PathRel(_)
        | ast::Expr::PathHome(_)
        | ast::Expr::PathSearch(_) => out.push_str(&e.syntax().text().to_string()),
        ast::Expr::Select(s) => {
            out.push('(');
            opt(s.expr(), out);
            out.push_str(").");
            if let Some(p) = s.attrpath() {
                show_path(&p, out);
            }
            if let Some(d) = s.default_expr() {
                out.push_str(" or (");
                show_into(&d, out);
                out.push(')');
            }
        }
        ast::Expr::HasAttr(h) => {
            out.push_str("((");
            opt(h.expr(), out);
            out.push_str(") ? ");
            if let Some(p) = h.attrpath() {
                show_path(&p, out);
            }
            out.push(')');
        }
        ast::Expr::AttrSet(a) => {
            if a.rec_token().is_some() {
                out.push_str("rec ");
            }
            out.push_str("{ ");
            show_bindings(a, out);
            out.push('}');
        }
        ast::Expr::List(l) => {
            out.push_str("[ ");
            for i in l.items() {
                out.push('(');
                show_into(&i, out);
                out.push_str(") ");
            }
            out.push(']');
        }
        ast::Expr::Lambda(l) => {
            out.push('(');
            match l.param() {
                Some(ast::Param::IdentParam(p)) => {
                    if let Some(i) = p.ident() {
                        out.push_str(&ident_name(&i));
                    }
                }
                Some(ast::Param::Pattern(p)) => {
                    if let Some(b) = p.pat_bind().and_then(|b| b.ident()) {
                        out.push_str(&ident_name(&b));
                        out.push_str(" @ ");
                    }
                    out.push_str("{ ");
                    let mut first = true;
                    for entry in p.pat_entries() {
                        if !first {
                            out.push_str(", ");
                        }
                        first = false;
                        if let Some(i) = entry.ident() {
                            out.push_str(&ident_name(&i));
                        }
                        if let Some(d) = entry.default() {
                            out.push_str(" ? ");
                            show_into(&d, out);
                        }
                    }
                    if p.ellipsis_token().is_some() {
                        if !first {
                            out.push_str(", ");
                        }
                        out.push_str("...");
                    }
                    out.push_str(" }");
                }
                None => {}
            }
            out.push_str(": ");
            opt(l.body(), out);
            out.push(')');
        }
        ast::Expr::Apply(_) => {
            // Nix flattens `f a b` (and `(f a) b`) into one call.
            let mut args = Vec::new();
            let mut f = Some(e.clone());
            loop {
                match &f {
                    Some(ast::Expr::Apply(ap)) => {
                        args.push(ap.argument());
                        f = ap.lambda();
                    }
                    Some(ast::Expr::Paren(p)) if matches!(p.expr(), Some(ast::Expr::Apply(_))) => {
                        f = p.expr();
                    }
                    _ => break,
                }
            }
            out.push('(');
            opt(f, out);
            for arg in args.into_iter().rev() {
                out.push(' ');
                opt(arg, out);
            }
            out.push(')');
        }
        ast::Expr::LetIn(l) => {
            out.push_str("(let ");
            show_bindings(l, out);
            out.push_str("in ");
            opt(l.body(), out);
            out.push(')');
        }
        ast::Expr::LegacyLet(l) => {
            out.push_str("(let { ");
            show_bindings(l, out);
            out.push_str("})");
        }
        ast::Expr::With(w) => {
            out.push_str("(with ");
            opt(w.namespace(), out);
            out.push_str("; ");
            opt(w.body(), out);
            out.push(')');
        }
        ast::Expr::IfElse(i) => {
            out.push_str("(if ");
            opt(i.condition(), out);
            out.push_str(" then ");
            opt(i.body(), out);
            out.push_str(" else ");
            opt(i.else_body(), out);
            out.push(')');
        }
        ast::Expr::Assert(a) => {
            out.push_str("assert ");
            opt(a.condition(), out);
            out.push_str("; ");
            opt(a.body(), out);
        }
        ast::Expr::UnaryOp(u) => match u.operator() {
            Some(ast::UnaryOpKind::Invert) => {
                out.push_str("(! ");
                opt(u.expr(), out);
                out.push(')');
            }
            _ => {
                out.push_str("(__sub 0 ");
                opt(u.expr(), out);
                out.push(')');
            }
        },
        ast::Expr::BinOp(b) => {
            use ast::BinOpKind as K;
            let (l, r) = (b.lhs(), b.rhs());
            match b.operator() {
                Some(K::Concat) => bin("++", l, r, out),
                Some(K::Update) => bin("//", l, r, out),
                Some(K::Add) => bin("+", l, r, out),
                Some(K::And) => bin("&&", l, r, out),
                Some(K::Or) => bin("||", l, r, out),
                Some(K::Implication) => bin("->", l, r, out),
                Some(K::Equal) => bin("==", l, r, out),
                Some(K::NotEqual) => bin("!=", l, r, out),
                Some(K::Sub) => call("__sub", l, r, out),
                Some(K::Mul) => call("__mul", l, r, out),
                Some(K::Div) => call("__div", l, r, out),
                Some(K::Less) => call("__lessThan", l, r, out),
                Some(K::More) => call("__lessThan", r, l, out),
                Some(K::LessOrEq) => {
                    out.push_str("(! ");
                    call("__lessThan", r, l, out);
                    out.push(')');
                }
                Some(K::MoreOrEq) => {
                    out.push_str("(! ");
                    call("__lessThan", l, r, out);
                    out.push(')');
                }
                _ => out.push_str(&e.syntax().text().to_string()),
            }
        }
        ast::Expr::CurPos(_) => out.push_str("__curPos"),
        ast::Expr::Error(_) => {}
    }
}
