//! Store path arithmetic without a store: NAR serialisation, Nix's base-32,
//! `makeStorePath`, text and source paths, and derivation paths.
//!
//! Mirrors `libstore` (`store-api.cc` `makeStorePath`/`makeFixedOutputPath`/
//! `makeTextPath`, `archive.cc` NAR dumping, `hash.cc` base-32 and
//! `compressHash`, `derivations.cc` ATerm unparsing and
//! `hashDerivationModulo`). Nothing is ever written: vmcmd computes the
//! paths Nix would use so that values stay byte-identical.

use std::collections::BTreeMap;
use std::path::Path;

use sha2::{Digest, Sha256};

const BASE32: &[u8; 32] = b"0123456789abcdfghijklmnpqrsvwxyz";

/// Nix's base-32 encoding (least significant bits first).
pub fn base32(hash: &[u8]) -> String {
    let len = (hash.len() * 8).div_ceil(5);
    let mut s = String::with_capacity(len);
    for n in (0..len).rev() {
        let b = n * 5;
        let i = b / 8;
        let j = b % 8;
        let lo = hash[i] >> j;
        let hi = if i + 1 < hash.len() { (hash[i + 1] as u16) << (8 - j) } else { 0 };
        let c = (lo as u16 | hi) & 0x1f;
        s.push(BASE32[c as usize] as char);
    }
    s
}

/// Decodes Nix base-32.
pub fn base32_decode(s: &str, len: usize) -> Option<Vec<u8>> {
    let mut out = vec![0u8; len];
    let bytes = s.as_bytes();
    for (n, c) in bytes.iter().rev().enumerate() {
        let digit = BASE32.iter().position(|x| x == c)? as u16;
        let b = n * 5;
        let i = b / 8;
        let j = b % 8;
        out[i] |= (digit << j) as u8;
        if i + 1 < len {
            out[i + 1] |= (digit >> (8 - j)) as u8;
        } else if (digit >> (8 - j)) != 0 {
            return None;
        }
    }
    Some(out)
}

/// XOR-folds a hash to `size` bytes (`compressHash`).
pub fn compress(hash: &[u8], size: usize) -> Vec<u8> {
    let mut out = vec![0u8; size];
    for (i, b) in hash.iter().enumerate() {
        out[i % size] ^= b;
    }
    out
}

/// The C library's wording for an I/O error (`strerror`), as Nix prints it.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "No such file or directory".into(),
        K::PermissionDenied => "Permission denied".into(),
        K::NotADirectory => "Not a directory".into(),
        K::IsADirectory => "Is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `makeStorePath(type, sha256 hash, name)`.
pub fn make_store_path(store_dir: &str, ty: &str, hash: &[u8], name: &str) -> String {
    let fingerprint = format!("{ty}:sha256:{}:{store_dir}:{name}", hex(hash));
    let h = Sha256::digest(fingerprint.as_bytes());
    format!("{store_dir}/{}-{name}", base32(&compress(&h, 20)))
}

/// The type string with references (`makeType`).
pub fn make_type(base: &str, refs: &[String]) -> String {
    let mut t = base.to_string();
    for r in refs {
        t.push(':');
        t.push_str(r);
    }
    t
}

/// `builtins.toFile` / text paths (`makeTextPath`).
pub fn text_path(store_dir: &str, name: &str, contents: &str, refs: &[String]) -> String {
    let h = Sha256::digest(contents.as_bytes());
    make_store_path(store_dir, &make_type("text", refs), &h, name)
}

/// A fixed-output path (`makeFixedOutputPath`).
pub fn fixed_output_path(
    store_dir: &str,
    recursive: bool,
    algo: &str,
    hash: &[u8],
    name: &str,
) -> String {
    if recursive && algo == "sha256" {
        make_store_path(store_dir, "source", hash, name)
    } else {
        let inner = format!("fixed:out:{}{algo}:{}:", if recursive { "r:" } else { "" }, hex(hash));
        let h = Sha256::digest(inner.as_bytes());
        make_store_path(store_dir, "output:out", &h, name)
    }
}

/// The NAR serialisation of a file system object.
pub fn nar(path: &Path) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    nar_str(&mut out, b"nix-archive-1");
    nar_node(&mut out, path)?;
    Ok(out)
}

fn nar_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(&(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s);
    let pad = (8 - s.len() % 8) % 8;
    out.extend(std::iter::repeat_n(0u8, pad));
}

fn nar_node(out: &mut Vec<u8>, path: &Path) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| {
        format!("getting status of '{}': {}", path.display(), crate::store::io_message(&e))
    })?;
    nar_str(out, b"(");
    let ft = meta.file_type();
    if ft.is_symlink() {
        let target = std::fs::read_link(path).map_err(|e| {
            format!("reading link '{}': {}", path.display(), crate::store::io_message(&e))
        })?;
        nar_str(out, b"type");
        nar_str(out, b"symlink");
        nar_str(out, b"target");
        nar_str(out, target.to_string_lossy().as_bytes());
    } else if ft.is_dir() {
        nar_str(out, b"type");
        nar_str(out, b"directory");
        let mut names: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| {
                format!("opening directory '{}': {}", path.display(), crate::store::io_message(&e))
            })?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        names.sort();
        for name in names {
            nar_str(out, b"entry");
            nar_str(out, b"(");
            nar_str(out, b"name");
            nar_str(out, name.to_string_lossy().as_bytes());
            nar_str(out, b"node");
            nar_node(out, &path.join(&name))?;
            nar_str(out, b")");
        }
    } else {
        nar_str(out, b"type");
        nar_str(out, b"regular");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if meta.permissions().mode() & 0o100 != 0 {
                nar_str(out, b"executable");
                nar_str(out, b"");
            }
        }
        let contents = std::fs::read(path).map_err(|e| {
            format!("opening file '{}': {}", path.display(), crate::store::io_message(&e))
        })?;
        nar_str(out, b"contents");
        nar_str(out, &contents);
    }
    nar_str(out, b")");
    Ok(())
}

/// The store path a source path is copied to (`addToStore`, recursive
/// sha256, name = base name unless given).
pub fn path_store_path(store_dir: &str, path: &Path, name: Option<&str>) -> Result<String, String> {
    let bytes = nar(path)?;
    let h = Sha256::digest(&bytes);
    let base = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.unwrap_or(&base);
    Ok(make_store_path(store_dir, "source", &h, name))
}

/// A derivation in the shape `derivations.cc` unparses.
#[derive(Debug, Clone, Default)]
pub struct Derivation {
    /// Output name → (path, hash algo, hash).
    pub outputs: BTreeMap<String, (String, String, String)>,
    /// Input derivation path → output names.
    pub input_drvs: BTreeMap<String, Vec<String>>,
    /// Input source paths.
    pub input_srcs: Vec<String>,
    /// `system`.
    pub platform: String,
    /// `builder`.
    pub builder: String,
    /// `args`.
    pub args: Vec<String>,
    /// The environment.
    pub env: BTreeMap<String, String>,
}

fn aterm_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn aterm_list<'a>(out: &mut String, items: impl Iterator<Item = &'a String>) {
    out.push('[');
    let mut first = true;
    for i in items {
        if !first {
            out.push(',');
        }
        first = false;
        aterm_str(out, i);
    }
    out.push(']');
}

impl Derivation {
    /// The ATerm text (`Derive(…)`), with `input_drvs` as given.
    pub fn unparse(&self, mask_outputs: bool) -> String {
        self.unparse_with(&self.input_drvs, mask_outputs)
    }

    /// The ATerm text with replaced input derivations.
    pub fn unparse_with(&self, input_drvs: &BTreeMap<String, Vec<String>>, mask: bool) -> String {
        let mut s = String::from("Derive([");
        let mut first = true;
        for (name, (path, algo, hash)) in &self.outputs {
            if !first {
                s.push(',');
            }
            first = false;
            s.push('(');
            aterm_str(&mut s, name);
            s.push(',');
            aterm_str(&mut s, if mask { "" } else { path });
            s.push(',');
            aterm_str(&mut s, algo);
            s.push(',');
            aterm_str(&mut s, hash);
            s.push(')');
        }
        s.push_str("],[");
        let mut first = true;
        for (path, outs) in input_drvs {
            if !first {
                s.push(',');
            }
            first = false;
            s.push('(');
            aterm_str(&mut s, path);
            s.push(',');
            let mut outs = outs.clone();
            outs.sort();
            aterm_list(&mut s, outs.iter());
            s.push(')');
        }
        s.push_str("],");
        let mut srcs = self.input_srcs.clone();
        srcs.sort();
        aterm_list(&mut s, srcs.iter());
        s.push(',');
        aterm_str(&mut s, &self.platform);
        s.push(',');
        aterm_str(&mut s, &self.builder);
        s.push(',');
        aterm_list(&mut s, self.args.iter());
        s.push_str(",[");
        let mut first = true;
        for (k, v) in &self.env {
            if !first {
                s.push(',');
            }
            first = false;
            s.push('(');
            aterm_str(&mut s, k);
            s.push(',');
            let masked = mask && self.outputs.contains_key(k);
            aterm_str(&mut s, if masked { "" } else { v });
            s.push(')');
        }
        s.push_str("])");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_roundtrip() {
        let h = [0xffu8, 0x01, 0x80, 0x7f, 0x00, 0x33, 0x10, 0x42, 0x99, 0xab];
        let s = base32(&h);
        assert_eq!(s.len(), 16);
        assert_eq!(base32_decode(&s, h.len()).as_deref(), Some(&h[..]));
    }

    #[test]
    fn text_path_matches_nix() {
        // `builtins.toFile "hello" "hello world"` in Nix 2.8.
        let p = text_path("/nix/store", "hello", "hello world", &[]);
        assert!(p.starts_with("/nix/store/") && p.ends_with("-hello"));
        assert_eq!(p.len(), "/nix/store/".len() + 32 + "-hello".len());
    }
}
