//! A lazy, path-aware view of the evaluated `config` JSON (the shape of the
//! oracle's `config` key; no upstream counterpart): values are only
//! inspected when a runner needs them, as Nix forces only what a runner
//! reads, and every failure names the option path it happened at.

use crate::{Error, ErrorKind};
use serde_json::{Map, Value};

/// Marker the oracle (and vmcmd's evaluator) puts where an option value
/// failed to evaluate.
const ERROR_MARKER: &str = "__oracle_error";

/// One value of the configuration with the option path that leads to it.
#[derive(Clone, Debug)]
pub struct Node<'a> {
    value: &'a Value,
    path: String,
}

impl<'a> Node<'a> {
    pub fn new(value: &'a Value, path: impl Into<String>) -> Self {
        Node { value, path: path.into() }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn raw(&self) -> &'a Value {
        self.value
    }

    fn child_path(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_owned() } else { format!("{}.{key}", self.path) }
    }

    fn type_error(&self, expected: &str) -> Error {
        Error::new(
            ErrorKind::Input,
            format!("{}: expected {expected}, got {}", self.path, describe(self.value)),
        )
        .at(&self.path)
    }

    /// Fails when the value is the marker of a failed evaluation.
    fn checked(&self) -> Result<&'a Value, Error> {
        if let Value::Object(map) = self.value
            && let Some(msg) = map.get(ERROR_MARKER)
        {
            let msg = msg.as_str().unwrap_or("evaluation failed");
            return Err(Error::new(
                ErrorKind::Eval,
                format!("the option `{}' could not be evaluated: {msg}", self.path),
            )
            .at(&self.path));
        }
        Ok(self.value)
    }

    fn object(&self) -> Result<&'a Map<String, Value>, Error> {
        match self.checked()? {
            Value::Object(m) => Ok(m),
            _ => Err(self.type_error("an attribute set")),
        }
    }

    /// `node.key`; a missing attribute is an evaluation error.
    pub fn get(&self, key: &str) -> Result<Node<'a>, Error> {
        let map = self.object()?;
        match map.get(key) {
            Some(v) => Ok(Node { value: v, path: self.child_path(key) }),
            None => Err(Error::new(
                ErrorKind::Eval,
                format!("attribute '{key}' missing (at `{}')", self.path),
            )
            .at(&self.child_path(key))),
        }
    }

    /// `node.key or null`: `None` when the attribute is absent.
    pub fn opt(&self, key: &str) -> Option<Node<'a>> {
        match self.value {
            Value::Object(m) if !m.contains_key(ERROR_MARKER) => {
                m.get(key).map(|v| Node { value: v, path: self.child_path(key) })
            }
            _ => None,
        }
    }

    /// A dotted path below this node.
    pub fn at(&self, dotted: &str) -> Result<Node<'a>, Error> {
        let mut n = self.clone();
        for part in dotted.split('.') {
            n = n.get(part)?;
        }
        Ok(n)
    }

    pub fn is_null(&self) -> Result<bool, Error> {
        Ok(self.checked()?.is_null())
    }

    pub fn str(&self) -> Result<&'a str, Error> {
        match self.checked()? {
            Value::String(s) => Ok(s),
            _ => Err(self.type_error("a string")),
        }
    }

    pub fn opt_str(&self) -> Result<Option<&'a str>, Error> {
        match self.checked()? {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s)),
            _ => Err(self.type_error("a string or null")),
        }
    }

    pub fn bool(&self) -> Result<bool, Error> {
        match self.checked()? {
            Value::Bool(b) => Ok(*b),
            _ => Err(self.type_error("a boolean")),
        }
    }

    pub fn int(&self) -> Result<i64, Error> {
        match self.checked()? {
            Value::Number(n) => n.as_i64().ok_or_else(|| self.type_error("an integer")),
            _ => Err(self.type_error("an integer")),
        }
    }

    pub fn opt_int(&self) -> Result<Option<i64>, Error> {
        match self.checked()? {
            Value::Null => Ok(None),
            _ => self.int().map(Some),
        }
    }

    pub fn list(&self) -> Result<Vec<Node<'a>>, Error> {
        match self.checked()? {
            Value::Array(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| Node { value: v, path: format!("{}.{i}", self.path) })
                .collect()),
            _ => Err(self.type_error("a list")),
        }
    }

    /// A list of strings.
    pub fn str_list(&self) -> Result<Vec<&'a str>, Error> {
        self.list()?.iter().map(|n| n.str()).collect()
    }

    /// Attribute names and values in Nix order (byte-wise sorted).
    pub fn attrs(&self) -> Result<Vec<(&'a str, Node<'a>)>, Error> {
        let map = self.object()?;
        let mut out: Vec<(&'a str, Node<'a>)> = map
            .iter()
            .map(|(k, v)| (k.as_str(), Node { value: v, path: self.child_path(k) }))
            .collect();
        out.sort_by(|a, b| a.0.cmp(b.0));
        Ok(out)
    }

    pub fn is_empty_attrs(&self) -> Result<bool, Error> {
        Ok(self.object()?.is_empty())
    }

    /// Nix's `toString` of a string, integer, boolean, null or list of those.
    pub fn to_nix_string(&self) -> Result<String, Error> {
        match self.checked()? {
            Value::String(s) => Ok(s.clone()),
            Value::Number(n) => Ok(n.to_string()),
            Value::Bool(true) => Ok("1".into()),
            Value::Bool(false) | Value::Null => Ok(String::new()),
            Value::Array(_) => {
                let parts: Result<Vec<String>, Error> =
                    self.list()?.iter().map(|n| n.to_nix_string()).collect();
                Ok(parts?.join(" "))
            }
            Value::Object(m) => match m.get("outPath").or_else(|| m.get("storePath")) {
                Some(Value::String(s)) => Ok(s.clone()),
                _ => Err(Error::new(
                    ErrorKind::Eval,
                    format!("cannot coerce a set to a string (at `{}')", self.path),
                )
                .at(&self.path)),
            },
        }
    }

    /// String interpolation `"${x}"`: strings and derivations only.
    pub fn interpolate(&self) -> Result<String, Error> {
        match self.checked()? {
            Value::String(s) => Ok(s.clone()),
            Value::Null => {
                Err(Error::new(ErrorKind::Eval, "cannot coerce null to a string").at(&self.path))
            }
            Value::Object(_) => self.to_nix_string(),
            v => Err(Error::new(
                ErrorKind::Eval,
                format!("cannot coerce {} to a string (at `{}')", describe(v), self.path),
            )
            .at(&self.path)),
        }
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a Boolean",
        Value::Number(n) if n.is_f64() => "a float",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a set",
    }
}
