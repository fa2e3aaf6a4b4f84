//! Parsing ahead on the second core: a checkout's Nix files are parsed by
//! a background thread while the evaluator works, and the evaluator takes
//! a file's tree from there instead of parsing it itself. Evaluators that
//! share the cache (lint's per-file and per-VM evaluations, say) also
//! share what each of them parsed.
//!
//! Nothing about what a file means changes: the evaluator still reads the
//! file itself (with its access checks), and takes the tree parsed ahead
//! only when that thread read the very same text; otherwise, or when the
//! thread has not got to the file yet, it parses as before. The thread
//! reads regular files below one directory only (no symlinks, nothing
//! larger than the file-size limit), never writes, and stops once no
//! evaluator holds the cache any more.
//!
//! C++ Nix has no equivalent (its parser is fast and single-threaded);
//! vmcmd's parser is rnix's lossless tree, which costs about a quarter of
//! a Ghaf evaluation, and a Ghaf evaluation reads nearly every `.nix` file
//! of the checkout.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use vmcmd_syntax::{GreenParsed, Parsed};

/// Trees parsed ahead, shared by the evaluators that hold a clone.
#[derive(Clone, Default)]
pub struct ParseCache(Arc<Shared>);

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ParseCache")
    }
}

#[derive(Default)]
struct Shared {
    files: Mutex<HashMap<PathBuf, Slot>>,
}

enum Slot {
    /// The thread is parsing it.
    Parsing,
    /// Parsed, from this text.
    Ready(Arc<str>, GreenParsed),
}

impl ParseCache {
    /// An empty cache (filled by the evaluators that hold it).
    pub fn new() -> ParseCache {
        ParseCache::default()
    }

    /// Starts a thread that parses every `.nix` file below `root` into
    /// the cache (hidden directories and `result*` skipped, no symlinks
    /// followed, files up to `max_file_size` bytes), in directory order.
    /// The thread ends when it is done or when every clone of the cache
    /// has been dropped.
    pub fn parse_ahead(&self, root: &Path, max_file_size: u64) {
        let shared = Arc::downgrade(&self.0);
        let root = root.to_path_buf();
        let spawned = std::thread::Builder::new()
            .name("vmcmd-parse-ahead".into())
            // rnix parses recursively; nesting is bounded by vmcmd_syntax
            .stack_size(64 << 20)
            .spawn(move || {
                let mut files = Vec::new();
                walk(&root, &mut files);
                for path in files {
                    // stop when nobody can take the trees any more
                    let Some(shared) = shared.upgrade() else { return };
                    shared.parse_one(&path, max_file_size);
                }
            });
        // without a thread every file is simply parsed by the evaluator
        drop(spawned);
    }

    /// The tree of `path` parsed from `text`: from the cache when it has
    /// this very text, else parsed now (and kept for the others). The
    /// flag says whether it came from the cache.
    pub fn parse(&self, path: &Path, text: &Arc<str>) -> (Parsed, bool) {
        if let Ok(files) = self.0.files.lock()
            && let Some(Slot::Ready(cached, parsed)) = files.get(path)
            && **cached == **text
        {
            return (parsed.to_parsed(), true);
        }
        let green = vmcmd_syntax::parse_green(text);
        let parsed = green.to_parsed();
        if let Ok(mut files) = self.0.files.lock() {
            files.insert(path.to_path_buf(), Slot::Ready(text.clone(), green));
        }
        (parsed, false)
    }
}

impl Shared {
    /// Parses `path` unless somebody has already been there.
    fn parse_one(&self, path: &Path, max_file_size: u64) -> Option<()> {
        {
            let mut files = self.files.lock().ok()?;
            if files.contains_key(path) {
                return None;
            }
            files.insert(path.to_path_buf(), Slot::Parsing);
        }
        let meta = std::fs::symlink_metadata(path).ok()?;
        if !meta.is_file() || meta.len() > max_file_size {
            return None;
        }
        let bytes = std::fs::read(path).ok()?;
        let text: Arc<str> = String::from_utf8_lossy(&bytes).into();
        let parsed = vmcmd_syntax::parse_green(&text);
        if let Ok(mut files) = self.files.lock() {
            // an evaluator may have parsed it meanwhile
            if let Some(slot @ Slot::Parsing) = files.get_mut(path) {
                *slot = Slot::Ready(text, parsed);
            }
        }
        Some(())
    }
}

/// The `.nix` files below `dir`, in directory order; no symlinks followed.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    for e in entries {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name.starts_with("result") {
            continue;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => dirs.push(e.path()),
            Ok(t) if t.is_file() && name.ends_with(".nix") => files.push(e.path()),
            _ => {}
        }
    }
    // a directory's own files first: `default.nix` imports what is beside it
    out.extend(files);
    for d in dirs {
        walk(&d, out);
    }
}
