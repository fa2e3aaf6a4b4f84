//! Revisions of a git checkout as directories: `git archive REV` unpacked
//! into a temporary directory that is removed when dropped. Neither the
//! work tree nor the index nor any ref is touched (what `git archive`
//! reads is the object database). Documentation and media files (Ghaf's
//! `docs/`, images, sounds, fonts: half of a Ghaf tree's bytes, never
//! read by an evaluation) are left out.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Path patterns `checkout` leaves out.
const SKIPPED: &[&str] = &[
    "docs", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.ico", "*.svg", "*.pdf", "*.mp3",
    "*.ogg", "*.wav", "*.mp4", "*.ttf", "*.otf", "*.woff", "*.woff2",
];

/// A revision unpacked into a temporary directory.
#[derive(Debug)]
pub struct Revision {
    /// The full commit id.
    pub commit: String,
    /// The name the user gave (`ghaf-26.07.1`, `HEAD~10` …).
    pub name: String,
    dir: PathBuf,
}

impl Revision {
    /// Where the revision's tree is.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Revision {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn git(repo: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(repo).stdin(Stdio::null());
    c
}

/// The top directory of the work tree `dir` is in, if any.
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    let out = git(dir).args(["rev-parse", "--show-toplevel"]).output().ok()?;
    out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// The commit a revision name denotes in `repo`.
pub fn resolve(repo: &Path, name: &str) -> Result<String, String> {
    let out = git(repo)
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{name}^{{commit}}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "'{name}' is not a revision of the git repository at {}",
            repo.display()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Unpacks revision `name` of the repository at `repo` into a new
/// temporary directory under `tmp`.
pub fn checkout(repo: &Path, name: &str, tmp: &Path) -> Result<Revision, String> {
    let commit = resolve(repo, name)?;
    let dir = tmp.join(format!("vmcmd-rev-{}-{}", std::process::id(), &commit[..12]));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let revision = Revision { commit: commit.clone(), name: name.to_string(), dir };
    let mut archive = git(repo)
        .args(["archive", "--format=tar", &commit, "--", "."])
        .args(SKIPPED.iter().map(|p| format!(":(exclude){p}")))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run git archive: {e}"))?;
    let Some(stdout) = archive.stdout.take() else {
        return Err("git archive gave no output".to_string());
    };
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(revision.dir())
        .stdin(stdout)
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    let git_status = archive.wait().map_err(|e| format!("git archive: {e}"))?;
    if !git_status.success() || !tar.status.success() {
        return Err(format!(
            "cannot unpack {name} ({}): {}",
            &commit[..12],
            String::from_utf8_lossy(&tar.stderr).trim()
        ));
    }
    Ok(revision)
}

/// The files (relative to the repository) that differ between commit `a`
/// and commit `b`, or the work tree when `b` is `None` (untracked files
/// included). Empty when git cannot tell.
pub fn changed_files(repo: &Path, a: &str, b: Option<&str>) -> Vec<String> {
    let mut cmd = git(repo);
    cmd.args(["diff", "--name-only", "--no-renames", a]);
    if let Some(b) = b {
        cmd.arg(b);
    }
    let mut out: Vec<String> = cmd
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().map(str::to_string).collect())
        .unwrap_or_default();
    if b.is_none()
        && let Ok(o) = git(repo).args(["ls-files", "--others", "--exclude-standard"]).output()
        && o.status.success()
    {
        out.extend(String::from_utf8_lossy(&o.stdout).lines().map(str::to_string));
    }
    out.sort();
    out.dedup();
    out
}

/// What changed between commits `a` and `b`: `(status, path)` with git's
/// status letter (`A`dded, `M`odified, `D`eleted, `T`ype changed),
/// renames as a deletion and an addition; paths relative to the
/// repository. `None` when git cannot tell.
pub fn changed_entries(repo: &Path, a: &str, b: &str) -> Option<Vec<(char, String)>> {
    let out =
        git(repo).args(["diff", "--name-status", "--no-renames", "-z", a, b]).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split('\0').filter(|f| !f.is_empty());
    let mut entries = Vec::new();
    while let Some(status) = fields.next() {
        let path = fields.next()?;
        entries.push((status.chars().next()?, path.to_string()));
    }
    Some(entries)
}
