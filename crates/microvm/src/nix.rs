//! Re-implementations of the Nix builtins and nixpkgs `lib` functions the
//! runners use (`lib/strings.nix` `escapeShellArg`, `builtins.toJSON`,
//! `compareVersions`, `parseDrvName`, Nix 2.8's error excerpts, UUIDv5),
//! with the exact output formats of Nix 2.8 and nixpkgs 26.05.

use serde_json::Value;
use std::cmp::Ordering;
use std::fmt::Write as _;

/// `lib.escapeShellArg`: words matching `[[:alnum:],._+:@%/-]+` stay bare,
/// everything else is single-quoted with `'` written as `'\''`.
pub fn escape_shell_arg(s: &str) -> String {
    let safe = !s.is_empty()
        && s.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(b, b',' | b'.' | b'_' | b'+' | b':' | b'@' | b'%' | b'/' | b'-')
        });
    if safe { s.to_owned() } else { format!("'{}'", s.replace('\'', "'\\''")) }
}

/// `lib.escapeShellArg` of nixpkgs before 24.11: every word single-quoted.
pub fn escape_shell_arg_quoted(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// `lib.escapeShellArgs`.
pub fn escape_shell_args<S: AsRef<str>>(args: &[S]) -> String {
    args.iter().map(|a| escape_shell_arg(a.as_ref())).collect::<Vec<_>>().join(" ")
}

/// `builtins.toJSON` on a JSON value: attribute names sorted byte-wise,
/// compact, Nix's string escapes.
pub fn to_json(v: &Value) -> String {
    let mut out = String::new();
    write_json(v, &mut out);
    out
}

fn write_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                let _ = write!(out, "{i}");
            } else if let Some(f) = n.as_f64() {
                out.push_str(&format_float(f));
            } else {
                let _ = write!(out, "{n}");
            }
        }
        Value::String(s) => write_json_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_string(k, out);
                out.push(':');
                if let Some(item) = map.get(*k) {
                    write_json(item, out);
                }
            }
            out.push('}');
        }
    }
}

/// Floats do not occur in the values the runners serialise; print the
/// shortest representation that round-trips.
fn format_float(f: f64) -> String {
    format!("{f}")
}

fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `builtins.parseDrvName`: the version starts after the first `-` that is
/// not followed by a letter.
pub fn parse_drv_name(name: &str) -> (&str, &str) {
    let bytes = name.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'-' && bytes.get(i + 1).is_some_and(|b| !b.is_ascii_alphabetic()) {
            return (&name[..i], &name[i + 1..]);
        }
    }
    (name, "")
}

fn version_components(v: &str) -> Vec<&str> {
    let bytes = v.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'.' || bytes[i] == b'-' {
            i += 1;
            continue;
        }
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            while i < bytes.len()
                && !bytes[i].is_ascii_digit()
                && bytes[i] != b'.'
                && bytes[i] != b'-'
            {
                i += 1;
            }
        }
        out.push(&v[start..i]);
    }
    out
}

fn component_lt(a: &str, b: &str) -> bool {
    let num = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    let (na, nb) = (num(a), num(b));
    if na && nb {
        let ta = a.trim_start_matches('0');
        let tb = b.trim_start_matches('0');
        return (ta.len(), ta) < (tb.len(), tb);
    }
    if a.is_empty() && nb {
        return true;
    }
    if a == "pre" && b != "pre" {
        return true;
    }
    if b == "pre" {
        return false;
    }
    if nb {
        return true;
    }
    if na {
        return false;
    }
    a < b
}

/// `builtins.compareVersions`.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let ca = version_components(a);
    let cb = version_components(b);
    let n = ca.len().max(cb.len());
    for i in 0..n {
        let x = ca.get(i).copied().unwrap_or("");
        let y = cb.get(i).copied().unwrap_or("");
        if component_lt(x, y) {
            return Ordering::Less;
        }
        if component_lt(y, x) {
            return Ordering::Greater;
        }
    }
    Ordering::Equal
}

/// Python's `uuid.uuid5(uuid.NAMESPACE_DNS, name)` as a string.
pub fn uuid5_dns(name: &str) -> String {
    use sha1::{Digest, Sha1};
    const NAMESPACE_DNS: [u8; 16] = [
        0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    let mut h = Sha1::new();
    h.update(NAMESPACE_DNS);
    h.update(name.as_bytes());
    let digest = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// `lib.toHexString` (upper-case digits).
pub fn to_hex_upper(n: i64) -> String {
    format!("{n:X}")
}

/// A Nix 2.8 evaluation error with its source excerpt: the message, the
/// position in `<microvm.nix>/<file>` and the lines around it (`lines` =
/// the line before, the line, the line after).
pub fn error_at(message: &str, file: &str, line: u32, col: u32, lines: [&str; 3]) -> String {
    let mut out = format!("{message}\n\nat <microvm.nix>/{file}:{line}:{col}:\n");
    let fmt_line = |n: u32, text: &str| format!(" {n:>5}| {text}").trim_end().to_owned();
    out.push('\n');
    out.push_str(&fmt_line(line - 1, lines[0]));
    out.push('\n');
    out.push_str(&fmt_line(line, lines[1]));
    out.push('\n');
    out.push_str(format!("      | {}^", " ".repeat(col.saturating_sub(1) as usize)).trim_end());
    out.push('\n');
    out.push_str(&fmt_line(line + 1, lines[2]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_shell_arg("abc,d.e_f+g:h@i%j/k-l"), "abc,d.e_f+g:h@i%j/k-l");
        assert_eq!(escape_shell_arg(""), "''");
        assert_eq!(escape_shell_arg("a b"), "'a b'");
        assert_eq!(escape_shell_arg("it's"), "'it'\\''s'");
        assert_eq!(escape_shell_arg("a=b"), "'a=b'");
    }

    #[test]
    fn versions() {
        assert_eq!(compare_versions("1.13.1", "1.13.0"), Ordering::Greater);
        assert_eq!(compare_versions("1.12.1", "1.13.0"), Ordering::Less);
        assert_eq!(compare_versions("51.1", "36.0"), Ordering::Greater);
        assert_eq!(compare_versions("30.0", "30.0"), Ordering::Equal);
        assert_eq!(compare_versions("2.3a", "2.3.1"), Ordering::Less);
        assert_eq!(compare_versions("1.0pre", "1.0"), Ordering::Less);
    }

    #[test]
    fn drv_names() {
        assert_eq!(parse_drv_name("qemu-host-cpu-only-10.1.2"), ("qemu-host-cpu-only", "10.1.2"));
        assert_eq!(
            parse_drv_name("kvmtool-0-unstable-2025-09-30"),
            ("kvmtool", "0-unstable-2025-09-30")
        );
        assert_eq!(parse_drv_name("hello"), ("hello", ""));
    }

    #[test]
    fn uuid() {
        assert_eq!(uuid5_dns("python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    #[test]
    fn json() {
        let v: Value = serde_json::json!({"b": [1, true, null], "a": "x\"\n\u{1}"});
        assert_eq!(to_json(&v), r#"{"a":"x\"\n\u0001","b":[1,true,null]}"#);
    }
}
