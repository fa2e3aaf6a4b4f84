//! JSON builtins: `toJSON` (Nix 2.8's `printValueAsJSON`, keeping string
//! context) and `fromJSON` (a small parser with nlohmann::json's semantics
//! as Nix 2.8 uses it: integers stay integers, `-0` is an integer, later
//! duplicate keys win, errors are worded like nlohmann's).

use std::collections::BTreeSet;

use vmcmd_syntax::Span;

use crate::error::{ErrorKind, EvalError, EvalResult};
use crate::eval::Evaluator;
use crate::print;
use crate::value::{AttrEntry, Attrs, NixString, PrimOpDef, Value};

pub(crate) static PRIMOPS: &[PrimOpDef] = &[
    PrimOpDef { name: "toJSON", arity: 1, func: to_json },
    PrimOpDef { name: "fromJSON", arity: 1, func: from_json },
];

fn to_json(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let mut ctx = BTreeSet::new();
    let s = print::to_json(ev, &a[0], &mut ctx)?;
    Ok(Value::String(NixString::with_context(s, ctx)))
}

fn from_json(ev: &mut Evaluator, a: &[Value], _: Span) -> EvalResult<Value> {
    let s = ev.force_string(&a[0])?;
    parse_json(s.as_str()).map_err(|m| EvalError::new(ErrorKind::Other, m))
}

/// Parses JSON text into a Nix value.
pub fn parse_json(text: &str) -> Result<Value, String> {
    let mut p = Parser { s: text.as_bytes(), i: 0, depth: 0 };
    p.ws();
    let v = p.value("value")?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("value", "invalid literal", "end of input"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, context: &str, what: &str, expected: &str) -> String {
        let upto = &self.s[..(self.i + 1).min(self.s.len())];
        let line = upto.iter().filter(|c| **c == b'\n').count() + 1;
        let col = upto.len() - upto.iter().rposition(|c| *c == b'\n').map_or(0, |p| p + 1);
        let start = upto.len().saturating_sub(4);
        let last = String::from_utf8_lossy(&upto[start..]);
        format!(
            "[json.exception.parse_error.101] parse error at line {line}, column {col}: syntax error while parsing {context} - {what}; last read: '{last}'; expected {expected}"
        )
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn value(&mut self, context: &str) -> Result<Value, String> {
        self.depth += 1;
        if self.depth > 10_000 {
            return Err(self.error(context, "nesting too deep", "value"));
        }
        let r = self.value_inner(context);
        self.depth -= 1;
        r
    }

    fn value_inner(&mut self, context: &str) -> Result<Value, String> {
        match self.s.get(self.i) {
            None => Err(self.error(context, "unexpected end of input", "value")),
            Some(b'{') => {
                self.i += 1;
                let mut entries: Vec<AttrEntry> = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Value::attrs(Attrs::new()));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(self.error("object key", "invalid literal", "string literal"));
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.s.get(self.i) != Some(&b':') {
                        return Err(self.error("object separator", "invalid literal", "':'"));
                    }
                    self.i += 1;
                    self.ws();
                    let v = self.value("value")?;
                    entries.retain(|e| *e.name != *key);
                    entries.push(AttrEntry { name: key.as_str().into(), value: v, pos: None });
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Value::attrs(Attrs::from_entries(entries)));
                        }
                        _ => return Err(self.error("object", "invalid literal", "'}'")),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Value::list(items));
                }
                loop {
                    self.ws();
                    items.push(self.value("value")?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Value::list(items));
                        }
                        _ => return Err(self.error("array", "invalid literal", "']'")),
                    }
                }
            }
            Some(b'"') => Ok(Value::str(self.string()?)),
            Some(b't') if self.s[self.i..].starts_with(b"true") => {
                self.i += 4;
                Ok(Value::Bool(true))
            }
            Some(b'f') if self.s[self.i..].starts_with(b"false") => {
                self.i += 5;
                Ok(Value::Bool(false))
            }
            Some(b'n') if self.s[self.i..].starts_with(b"null") => {
                self.i += 4;
                Ok(Value::Null)
            }
            Some(b'-' | b'0'..=b'9') => self.number(context),
            Some(_) => Err(self.error(context, "invalid literal", "value")),
        }
    }

    fn number(&mut self, context: &str) -> Result<Value, String> {
        let start = self.i;
        if self.s[self.i] == b'-' {
            self.i += 1;
        }
        let digits = |p: &mut Self| {
            let st = p.i;
            while p.i < p.s.len() && p.s[p.i].is_ascii_digit() {
                p.i += 1;
            }
            p.i - st
        };
        if digits(self) == 0 {
            return Err(self.error(context, "invalid number", "value"));
        }
        let mut float = false;
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            float = true;
            if digits(self) == 0 {
                return Err(self.error(context, "invalid number", "value"));
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            float = true;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                return Err(self.error(context, "invalid number", "value"));
            }
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("0");
        if !float {
            if let Ok(i) = text.parse::<i64>() {
                return Ok(Value::Int(i));
            }
            if let Ok(u) = text.parse::<u64>() {
                return Ok(Value::Int(u as i64));
            }
        }
        Ok(Value::Float(text.parse::<f64>().unwrap_or(0.0)))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok());
        match h.and_then(|h| u32::from_str_radix(h, 16).ok()) {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => Err(self.error(
                "value",
                "invalid string: '\\u' must be followed by 4 hex digits",
                "value",
            )),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(&c) = self.s.get(self.i) else {
                return Err(self.error("value", "invalid string: missing closing quote", "value"));
            };
            self.i += 1;
            match c {
                b'"' => return Ok(String::from_utf8_lossy(&out).into_owned()),
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else {
                        return Err(self.error("value", "invalid string", "value"));
                    };
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi)
                                && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3ff)
                            } else {
                                hi
                            };
                            char::from_u32(code).unwrap_or('\u{fffd}')
                        }
                        _ => {
                            return Err(self.error(
                                "value",
                                "invalid string: forbidden character after backslash",
                                "value",
                            ));
                        }
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c if c < 0x20 => {
                    return Err(self.error(
                        "value",
                        "invalid string: control character must be escaped",
                        "value",
                    ));
                }
                c => out.push(c),
            }
        }
    }
}
