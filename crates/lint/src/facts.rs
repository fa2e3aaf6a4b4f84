//! The input of VM-level rules: one evaluated VM ([`VmFacts`]), option
//! paths ([`OptionPath`]) and where an option was defined ([`Location`],
//! looked up through [`Locate`]).
//!
//! `config` has the shape of the oracle's `config` key
//! (`tests/oracle/expected/*.json`): the evaluated NixOS `config` restricted
//! to what the rules read, i.e. `{ microvm = …; networking.hostName = …;
//! nix = …; }`. A value that failed to evaluate is an object with an
//! `__oracle_error` (or `__error`) key; rules treat it as unknown and stay
//! silent about it. Rules also stay silent about missing keys, so facts can
//! be partial.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde_json::Value;

/// One step of an option path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seg {
    /// An attribute name.
    Attr(String),
    /// A 0-based index into a list of submodules.
    Index(usize),
}

/// An option path such as `microvm.interfaces[0].id`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct OptionPath(pub Vec<Seg>);

impl OptionPath {
    /// Parses `a.b[0].c`. Attribute names cannot contain `.` or `[`.
    pub fn parse(s: &str) -> OptionPath {
        let mut segs = Vec::new();
        for part in s.split('.').filter(|p| !p.is_empty()) {
            let mut rest = part;
            if let Some(i) = rest.find('[') {
                if i > 0 {
                    segs.push(Seg::Attr(rest[..i].to_string()));
                }
                rest = &rest[i..];
                while let Some(stripped) = rest.strip_prefix('[') {
                    let Some(end) = stripped.find(']') else { break };
                    if let Ok(n) = stripped[..end].parse() {
                        segs.push(Seg::Index(n));
                    }
                    rest = &stripped[end + 1..];
                }
            } else {
                segs.push(Seg::Attr(rest.to_string()));
            }
        }
        OptionPath(segs)
    }

    /// This path with an attribute appended.
    pub fn attr(&self, name: &str) -> OptionPath {
        let mut p = self.clone();
        p.0.push(Seg::Attr(name.to_string()));
        p
    }

    /// This path with a list index appended.
    pub fn index(&self, i: usize) -> OptionPath {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }

    /// The path without its last step.
    pub fn parent(&self) -> Option<OptionPath> {
        if self.0.is_empty() {
            return None;
        }
        Some(OptionPath(self.0[..self.0.len() - 1].to_vec()))
    }

    /// The attribute names only (indices dropped): `microvm.interfaces.id`.
    pub fn attrs_only(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter_map(|s| match s {
                Seg::Attr(a) => Some(a.as_str()),
                Seg::Index(_) => None,
            })
            .collect()
    }
}

impl fmt::Display for OptionPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Attr(a) if i == 0 => write!(f, "{a}")?,
                Seg::Attr(a) => write!(f, ".{a}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Where a definition is: a file and a 1-based line and column (columns in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, as it should be shown (relative to the working directory
    /// when possible).
    pub file: PathBuf,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

/// Finds the definition of an option. The module system answers this from
/// its per-definition provenance; tests use a map or [`TextLocator`].
pub trait Locate {
    /// The location of the (first) definition of exactly `path`, if known.
    fn locate(&self, path: &OptionPath) -> Option<Location>;
}

/// No locations at all.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLocations;

impl Locate for NoLocations {
    fn locate(&self, _: &OptionPath) -> Option<Location> {
        None
    }
}

impl Locate for BTreeMap<String, Location> {
    fn locate(&self, path: &OptionPath) -> Option<Location> {
        self.get(&path.to_string()).cloned()
    }
}

impl<F: Fn(&OptionPath) -> Option<Location>> Locate for F {
    fn locate(&self, path: &OptionPath) -> Option<Location> {
        self(path)
    }
}

/// A stop-gap locator for a single module file without module-system
/// provenance: it finds the first non-comment line that assigns the
/// option path (`microvm.mem = …`), or its longest dotted suffix for nested
/// attribute sets; for a list element's attribute (`microvm.interfaces[1].id`)
/// the (n+1)-th `id = …` after the list's definition.
#[derive(Debug, Clone)]
pub struct TextLocator {
    /// The file name to report.
    pub file: PathBuf,
    /// Its text.
    pub text: String,
}

impl TextLocator {
    fn find_assignment(&self, needle: &str, from_line: usize) -> Option<(usize, usize)> {
        for (i, line) in self.text.lines().enumerate().skip(from_line) {
            let code = line.split('#').next().unwrap_or("");
            let mut search = 0;
            while let Some(pos) = code[search..].find(needle) {
                let start = search + pos;
                let end = start + needle.len();
                let before_ok = start == 0 || {
                    let c = code.as_bytes()[start - 1];
                    !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'.')
                };
                let after = code[end..].trim_start();
                if before_ok && after.starts_with('=') && !after.starts_with("==") {
                    return Some((i, code[..start].chars().count()));
                }
                search = end;
            }
        }
        None
    }
}

impl Locate for TextLocator {
    fn locate(&self, path: &OptionPath) -> Option<Location> {
        let attrs = path.attrs_only();
        let hit = |(line, col): (usize, usize)| Location {
            file: self.file.clone(),
            line: line as u32 + 1,
            column: col as u32 + 1,
        };
        // The whole path, as written at top level (`microvm.mem = …`).
        // Shorter suffixes find definitions nested in attribute sets
        // (`microvm = { vsock.cid = 3; };`).
        if !path.0.iter().any(|s| matches!(s, Seg::Index(_))) {
            return (0..attrs.len())
                .find_map(|skip| self.find_assignment(&attrs[skip..].join("."), 0))
                .map(hit);
        }
        // A list element's attribute: the first `name =` after the list.
        let list_attrs: Vec<&str> = path
            .0
            .iter()
            .take_while(|s| matches!(s, Seg::Attr(_)))
            .filter_map(|s| match s {
                Seg::Attr(a) => Some(a.as_str()),
                Seg::Index(_) => None,
            })
            .collect();
        let (list_line, _) = self.find_assignment(&list_attrs.join("."), 0)?;
        let n = path.0.iter().find_map(|s| match s {
            Seg::Index(n) => Some(*n),
            Seg::Attr(_) => None,
        })?;
        let last = attrs.last()?;
        if attrs.len() > list_attrs.len() {
            // Skip to the n-th element's occurrence of `last =`.
            let mut from = list_line;
            let mut found = None;
            for _ in 0..=n {
                let f = self.find_assignment(last, from)?;
                from = f.0 + 1;
                found = Some(f);
            }
            return found.map(hit);
        }
        None
    }
}

/// One evaluated VM.
pub struct VmFacts {
    /// The VM's name (its `microvm.vms` attribute, or the hostName).
    pub name: String,
    /// `microvm.hypervisor` (empty when unknown).
    pub hypervisor: String,
    /// The guest system, e.g. `x86_64-linux`.
    pub system: String,
    /// The VM host's system (`vmHostPackages.stdenv.hostPlatform.system`),
    /// if known.
    pub host_system: Option<String>,
    /// The evaluated config (see the module documentation for its shape).
    pub config: Value,
    /// Where options were defined.
    pub locate: Box<dyn Locate>,
}

impl fmt::Debug for VmFacts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VmFacts")
            .field("name", &self.name)
            .field("hypervisor", &self.hypervisor)
            .field("system", &self.system)
            .field("host_system", &self.host_system)
            .finish_non_exhaustive()
    }
}

/// Whether a value is an evaluation-failure marker.
fn is_unknown(v: &Value) -> bool {
    v.as_object().is_some_and(|o| o.contains_key("__oracle_error") || o.contains_key("__error"))
}

/// A known (not failed) value.
pub fn known(v: &Value) -> Option<&Value> {
    if is_unknown(v) { None } else { Some(v) }
}

/// `v.<name>` as a string.
pub fn field_str<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
    v.get(name).and_then(known).and_then(Value::as_str)
}

/// `v.<name>` as an integer.
pub fn field_int(v: &Value, name: &str) -> Option<i64> {
    v.get(name).and_then(known).and_then(Value::as_i64)
}

/// `v.<name>` as a bool.
pub fn field_bool(v: &Value, name: &str) -> Option<bool> {
    v.get(name).and_then(known).and_then(Value::as_bool)
}

/// Whether `v.<name>` is `null` (known and null).
pub fn field_is_null(v: &Value, name: &str) -> bool {
    v.get(name).is_some_and(Value::is_null)
}

impl VmFacts {
    /// Facts from an evaluated config; the hypervisor is read from it.
    pub fn new(
        name: impl Into<String>,
        system: impl Into<String>,
        host_system: Option<String>,
        config: Value,
        locate: Box<dyn Locate>,
    ) -> VmFacts {
        let mut vm = VmFacts {
            name: name.into(),
            hypervisor: String::new(),
            system: system.into(),
            host_system,
            config,
            locate,
        };
        vm.hypervisor = vm.str_at("microvm.hypervisor").unwrap_or_default().to_string();
        vm
    }

    /// The value at a dotted attribute path of `config` (no list indices),
    /// unless it is missing or failed to evaluate.
    pub fn get(&self, path: &str) -> Option<&Value> {
        let mut v = &self.config;
        for part in path.split('.') {
            v = known(v)?.get(part)?;
        }
        known(v)
    }

    /// A string option.
    pub fn str_at(&self, path: &str) -> Option<&str> {
        self.get(path)?.as_str()
    }

    /// An integer option.
    pub fn int_at(&self, path: &str) -> Option<i64> {
        self.get(path)?.as_i64()
    }

    /// A bool option.
    pub fn bool_at(&self, path: &str) -> Option<bool> {
        self.get(path)?.as_bool()
    }

    /// Whether an option is known to be `null`.
    pub fn is_null(&self, path: &str) -> bool {
        self.get(path).is_some_and(Value::is_null)
    }

    /// The elements of a list option (empty when missing or not a list).
    pub fn items(&self, path: &str) -> &[Value] {
        self.get(path).and_then(Value::as_array).map_or(&[], Vec::as_slice)
    }

    /// The hypervisor name.
    pub fn hv(&self) -> &str {
        &self.hypervisor
    }

    /// `networking.hostName`, falling back to the VM name.
    pub fn host_name(&self) -> &str {
        self.str_at("networking.hostName").unwrap_or(&self.name)
    }

    /// Whether `microvm.guest.enable` is on (the default when unknown);
    /// microvm.nix only checks its assertions then.
    pub fn guest_enabled(&self) -> bool {
        self.bool_at("microvm.guest.enable").unwrap_or(true)
    }

    /// Where `path` is defined: the path itself, else its closest located
    /// parent (a list option's definition for one of its elements).
    pub fn locate(&self, path: &OptionPath) -> Option<Location> {
        let mut p = Some(path.clone());
        while let Some(cur) = p {
            if cur.0.is_empty() {
                break;
            }
            if let Some(l) = self.locate.locate(&cur) {
                return Some(l);
            }
            p = cur.parent();
        }
        None
    }
}

/// Builds facts from a JSON document: an oracle case
/// (`tests/oracle/expected/*.json`: `config`, `hostName`, `system`,
/// `vm_host_system`), or `{"vms": [{"name", "system", "host_system",
/// "config", "locations": {"microvm.mem": {"file", "line", "column"}}}]}`.
/// Returns an error message for other shapes.
pub fn facts_from_json(doc: &Value) -> Result<Vec<VmFacts>, String> {
    let one = |v: &Value| -> Result<VmFacts, String> {
        let config = v.get("config").cloned().unwrap_or(Value::Null);
        if !config.is_object() {
            return Err("`config` is missing or not an object".to_string());
        }
        let name = v
            .get("name")
            .or_else(|| v.get("hostName"))
            .and_then(Value::as_str)
            .or_else(|| config.pointer("/networking/hostName").and_then(Value::as_str))
            .unwrap_or("vm")
            .to_string();
        let system = v.get("system").and_then(Value::as_str).unwrap_or("x86_64-linux").to_string();
        let host_system = v
            .get("host_system")
            .or_else(|| v.get("vm_host_system"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let mut locations = BTreeMap::new();
        if let Some(obj) = v.get("locations").and_then(Value::as_object) {
            for (path, loc) in obj {
                let file = loc.get("file").and_then(Value::as_str).unwrap_or_default();
                let line = loc.get("line").and_then(Value::as_u64).unwrap_or(1) as u32;
                let column = loc.get("column").and_then(Value::as_u64).unwrap_or(1) as u32;
                locations.insert(path.clone(), Location { file: file.into(), line, column });
            }
        }
        Ok(VmFacts::new(name, system, host_system, config, Box::new(locations)))
    };
    match doc.get("vms") {
        Some(Value::Array(vms)) => vms.iter().map(one).collect(),
        Some(_) => Err("`vms` must be a list".to_string()),
        None => one(doc).map(|v| vec![v]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_paths_round_trip() {
        for s in ["microvm.mem", "microvm.interfaces[1].id", "microvm.qemu.extraArgs[0]"] {
            assert_eq!(OptionPath::parse(s).to_string(), s);
        }
        let p = OptionPath::parse("microvm.interfaces[1].id");
        assert_eq!(p.attrs_only(), ["microvm", "interfaces", "id"]);
        assert_eq!(p.parent().unwrap().to_string(), "microvm.interfaces[1]");
    }

    #[test]
    fn text_locator_finds_definitions() {
        let text = "{ ... }:\n{\n  # microvm.mem = 1;\n  microvm.mem = 2048;\n  microvm.interfaces = [\n    { id = \"a\"; }\n    { id = \"b\"; }\n  ];\n}\n";
        let l = TextLocator { file: "m.nix".into(), text: text.into() };
        let at = |p: &str| l.locate(&OptionPath::parse(p)).map(|l| (l.line, l.column));
        assert_eq!(at("microvm.mem"), Some((4, 3)));
        assert_eq!(at("microvm.interfaces"), Some((5, 3)));
        assert_eq!(at("microvm.interfaces[1].id"), Some((7, 7)));
        assert_eq!(at("microvm.vcpu"), None);
    }
}
