//! End-to-end test of `vmcmd diff` on a git history built by the test: a
//! copy of the own-written Ghaf-shaped checkout `fixtures/ghaf/composition`
//! is committed into a fresh repository, then one commit per step edits
//! it (memory, an `extraArgs` element, a switch to crosvm, a new VM, a
//! microvm.nix pin change to c5a04bc, another epoch; a comment-only commit for an unchanged pair) and
//! a last uncommitted edit diffs against the work tree. Each step's diff
//! is compared in every format, and once with `--exit-code`, with
//! `tests/diff/<step>.<run>` (stdout, stderr when there is any, status).
//! The temporary repository's path and the commit ids are replaced by
//! placeholders first. Set `UPDATE_EXPECT=1` to rewrite the expectations
//! from the current output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A directory removed when dropped, also when the test panics.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("vmcmd-diff-test-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            std::fs::copy(&src, &dst)
                .unwrap_or_else(|e| panic!("cannot copy {}: {e}", src.display()));
        }
    }
}

/// Runs git in `repo` isolated from the user's and the system's git
/// configuration, with fixed dates; panics on failure.
fn git(repo: &Path, home: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(repo)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", "2026-06-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-06-01T12:00:00Z")
        .output()
        .unwrap_or_else(|e| {
            panic!("tests/diff.rs needs `git` on PATH to build its fixture repository: {e}")
        });
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr).trim_end()
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Replaces the one occurrence of `from` in `file` (relative to `repo`).
fn edit(repo: &Path, file: &str, from: &str, to: &str) {
    let path = repo.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{file} should contain {from:?} once");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// One step: its edit, and whether it is committed (else it is diffed
/// against the work tree).
struct Step {
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    commit: bool,
    /// Whether a VM's command line changes (`--exit-code` gives 1).
    changes: bool,
    /// Text each format's output must contain (`*`: every format), also
    /// when the expectations are rewritten.
    must: &'static [(&'static str, &'static str)],
}

const STEPS: &[Step] = &[
    Step {
        name: "0-comment-only",
        file: "modules/microvm/sysvms/netvm-base.nix",
        from: "# net-vm: the VM that owns the uplink.",
        to: "# net-vm: the VM that owns the uplink (and the firewall).",
        commit: true,
        changes: false,
        must: &[
            ("human", "unchanged: admin-vm, gui-vm, net-vm\n"),
            ("markdown", "No VM command line changes."),
            ("json", "\"changed\": false"),
        ],
    },
    Step {
        name: "0-unread-file",
        file: "README.md",
        from: "# A Ghaf-shaped checkout",
        to: "# A Ghaf-shaped checkout (composition layout)",
        commit: true,
        changes: false,
        must: &[
            ("human", "unchanged: admin-vm, gui-vm, net-vm\n"),
            (
                "all-targets",
                "(2 of them read no file that differs between the revisions: evaluated once)",
            ),
            ("targets-json", "\"reused\": true"),
        ],
    },
    Step {
        name: "1-mem",
        file: "modules/microvm/sysvms/netvm-base.nix",
        from: "mem = lib.mkDefault 768;",
        to: "mem = lib.mkDefault 1024;",
        commit: true,
        changes: true,
        must: &[
            ("human", "net-vm changed"),
            ("human", "  - -m 768M\n  + -m 1024M\n"),
            ("human", "microvm.mem: 768 → 1024"),
            ("*", "modules/microvm/sysvms/netvm-base.nix"),
            ("github", "file=modules/microvm/sysvms/netvm-base.nix,line=20,"),
            ("json", "\"option\": \"microvm.mem\""),
        ],
    },
    Step {
        name: "2-extra-args",
        file: "modules/microvm/common/vm-qemu.nix",
        from: "        \"qemu-xhci\"\n",
        to: "        \"qemu-xhci\"\n        \"-device\"\n        \"usb-tablet\"\n",
        commit: true,
        changes: true,
        must: &[
            ("human", "  + -device usb-tablet\n"),
            ("human", "microvm.qemu.extraArgs"),
            ("github", "file=modules/microvm/common/vm-qemu.nix,line=14,"),
        ],
    },
    Step {
        name: "3-crosvm",
        file: "modules/microvm/sysvms/guivm-base.nix",
        from: "hypervisor = \"cloud-hypervisor\";",
        to: "hypervisor = \"crosvm\";",
        commit: true,
        changes: true,
        must: &[
            ("human", "hypervisor: cloud-hypervisor → crosvm"),
            ("human", "microvm.hypervisor: \"cloud-hypervisor\" → \"crosvm\""),
            ("json", "\"before\": \"cloud-hypervisor\""),
            ("github", "file=modules/microvm/sysvms/guivm-base.nix,line=19,"),
        ],
    },
    Step {
        name: "4-add-vm",
        file: "modules/microvm/flake-module.nix",
        from: "    guivm-base = ./sysvms/guivm-base.nix;\n",
        to: "    guivm-base = ./sysvms/guivm-base.nix;\n\n    \
             audiovm-base = ./sysvms/audiovm-base.nix;\n",
        commit: true,
        changes: true,
        must: &[
            ("human", "audio-vm added (modules/microvm/sysvms/audiovm-base.nix)"),
            ("markdown", "### `audio-vm` added"),
            ("json", "\"status\": \"added\""),
        ],
    },
    Step {
        name: "5-microvm-pin",
        file: "flake.lock",
        from: "\"lastModified\": 1779100000,\n        \
               \"narHash\": \"sha256-bWljcm92bS1maXh0dXJlLWxvY2stbm90LXJlYWwtaGFzaD0=\",\n        \
               \"owner\": \"microvm-nix\",\n        \"repo\": \"microvm.nix\",\n        \
               \"rev\": \"71beea0076cd46dafcee97a5a2e7d00cbba5bd2f\",",
        to: "\"lastModified\": 1783451207,\n        \
             \"narHash\": \"sha256-bWljcm92bS1maXh0dXJlLWxvY2stYnVtcGVkLWhhc2g9=\",\n        \
             \"owner\": \"microvm-nix\",\n        \"repo\": \"microvm.nix\",\n        \
             \"rev\": \"c5a04bcc9d1f5a6ccafdcdf607bf49f70d5f7f20\",",
        commit: true,
        changes: true,
        must: &[
            (
                "human",
                "microvm.nix pin: microvm-nix/microvm.nix@71beea0076cd (2026-05-18) → \
                 microvm-nix/microvm.nix@c5a04bcc9d1f (2026-07-07) (generated as microvm.nix \
                 71beea0 (2026-08-09), nixpkgs 26.05 → microvm.nix c5a04bc (2026-07-07), nixpkgs 26.05)",
            ),
            // c5a04bc put cache=none on every volume and had no page reporting
            ("human", "discard=unmap,cache=none,read-only=off\n"),
            (
                "human",
                "gui-vm changed (modules/microvm/sysvms/guivm-base.nix)\n  - --balloon-page-reporting\n",
            ),
        ],
    },
    Step {
        name: "6-work-tree",
        file: "modules/microvm/sysvms/guivm-base.nix",
        from: "vcpu = 4;",
        to: "vcpu = 6;",
        commit: false,
        changes: true,
        must: &[
            ("human", "→ working tree"),
            ("human", "  - -c 4\n  + -c 6\n"),
            ("human", "microvm.vcpu: 4 → 6"),
            ("github", "file=modules/microvm/sysvms/guivm-base.nix,line=21,"),
        ],
    },
];

/// The runs of each step: expectation file suffix and extra arguments.
const RUNS: &[(&str, &[&str])] = &[
    ("human", &["--format", "human"]),
    ("json", &["--format", "json"]),
    ("markdown", &["--format", "markdown"]),
    ("github", &["--format", "github"]),
    ("exit-code", &["--exit-code"]),
    ("all-targets", &["--all-targets"]),
    ("targets-json", &["--target", "demo-laptop-*", "--format", "json"]),
    ("no-reuse", &["--all-targets", "--no-reuse"]),
];

/// What `--no-reuse` must print for a step, given the `--all-targets`
/// output: the same, without the note on targets evaluated once.
fn without_reuse_note(all_targets: &str) -> String {
    all_targets
        .lines()
        .filter(|l| !l.contains("evaluated once)"))
        .map(|l| format!("{l}\n"))
        .collect()
}

struct Fixture {
    /// Holds the repository (`repo/`), git's `HOME` and vmcmd's `TMPDIR`.
    tmp: TempDir,
    /// (full commit id, placeholder name), newest last.
    commits: Vec<(String, String)>,
}

impl Fixture {
    fn repo(&self) -> PathBuf {
        self.tmp.0.join("repo")
    }

    fn home(&self) -> PathBuf {
        self.tmp.0.join("home")
    }

    fn commit(&mut self, name: &str) {
        let (repo, home) = (self.repo(), self.home());
        git(&repo, &home, &["add", "-A"]);
        git(&repo, &home, &["commit", "-q", "--no-gpg-sign", "-m", name]);
        let id = git(&repo, &home, &["rev-parse", "HEAD"]);
        assert_eq!(id.len(), 40, "unexpected commit id {id:?}");
        self.commits.push((id, name.to_string()));
    }

    /// `bytes` with the paths of the temporary directory and the commit
    /// ids replaced by placeholders.
    fn clean(&self, bytes: &[u8]) -> String {
        let mut s = String::from_utf8_lossy(bytes).into_owned();
        for (id, name) in &self.commits {
            s = s.replace(id.as_str(), &format!("<commit {name}>"));
            s = s.replace(&id[..12], &format!("<commit12 {name}>"));
        }
        let dirs = [
            (self.repo(), "$REPO"),
            (self.tmp.0.join("tmp"), "$TMPDIR"),
            (self.tmp.0.clone(), "$TEST_TMP"),
        ];
        for (dir, placeholder) in dirs {
            if let Ok(canonical) = dir.canonicalize() {
                s = s.replace(&canonical.display().to_string(), placeholder);
            }
            s = s.replace(&dir.display().to_string(), placeholder);
        }
        s
    }

    fn vmcmd(&self, args: &[&str]) -> (Output, Duration) {
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_vmcmd"))
            .args(args)
            .current_dir(self.repo())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", "/homeless-shelter")
            .env("NO_COLOR", "1")
            .env("TMPDIR", self.tmp.0.join("tmp"))
            .output()
            .expect("run vmcmd");
        (out, start.elapsed())
    }
}

fn render(fixture: &Fixture, out: &Output) -> String {
    let mut text = fixture.clean(&out.stdout);
    let stderr = fixture.clean(&out.stderr);
    if !stderr.is_empty() {
        text.push_str(&format!("--- stderr\n{stderr}"));
    }
    let status = out.status.code().map_or("signal".to_string(), |c| c.to_string());
    text.push_str(&format!("--- status {status}\n"));
    text
}

#[test]
fn diff_steps() {
    let expect_dir = root().join("tests/diff");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut fixture = Fixture { tmp: TempDir::new(), commits: Vec::new() };
    let repo = fixture.repo();
    std::fs::create_dir(fixture.home()).unwrap();
    std::fs::create_dir(fixture.tmp.0.join("tmp")).unwrap();
    copy_tree(&root().join("fixtures/ghaf/composition"), &repo);

    // the base: audio-vm's base module is not exported yet (4-add-vm adds it)
    let home = fixture.home();
    git(&repo, &home, &["-c", "init.defaultBranch=main", "init", "-q"]);
    git(&repo, &home, &["config", "user.name", "vmcmd test"]);
    git(&repo, &home, &["config", "user.email", "vmcmd-test@example.invalid"]);
    edit(
        &repo,
        "modules/microvm/flake-module.nix",
        "\n    audiovm-base = ./sysvms/audiovm-base.nix;\n",
        "",
    );
    fixture.commit("base");

    let mut problems: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut timings: Vec<(String, Duration)> = Vec::new();
    for step in STEPS {
        edit(&repo, step.file, step.from, step.to);
        if step.commit {
            fixture.commit(step.name);
        }
        let revs: &[&str] =
            if step.commit { &["diff", "HEAD~1", "HEAD"] } else { &["diff", "HEAD"] };
        for (run, extra) in RUNS {
            let args: Vec<&str> = revs.iter().chain(extra.iter()).copied().collect();
            let (out, took) = fixture.vmcmd(&args);
            timings.push((format!("{} {run}", step.name), took));
            let got = render(&fixture, &out);
            let file = format!("{}.{run}", step.name);
            if *run == "no-reuse" {
                // evaluating everything twice gives what reusing gave
                let reused =
                    std::fs::read_to_string(expect_dir.join(format!("{}.all-targets", step.name)))
                        .ok();
                if !update
                    && reused.as_deref().map(without_reuse_note).as_deref() != Some(got.as_str())
                {
                    problems.push(format!("{file}: differs from --all-targets with reuse\n{got}"));
                }
                continue;
            }
            seen.push(file.clone());
            let path = expect_dir.join(&file);
            for (format, needle) in step.must {
                if ((*format == "*" && *run != "exit-code") || format == run)
                    && !got.contains(needle)
                {
                    problems.push(format!("{file}: the output lacks {needle:?}\n{got}"));
                }
            }
            let status = out.status.code();
            let want_status = if *run == "exit-code" && step.changes { 1 } else { 0 };
            if status != Some(want_status) {
                problems.push(format!("{file}: status {status:?}, want {want_status}\n{got}"));
            }
            if update {
                std::fs::create_dir_all(&expect_dir).unwrap();
                std::fs::write(&path, &got).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(want) if want == got => {}
                Ok(want) => problems.push(format!(
                    "{}: output differs\n--- want\n{want}\n--- got\n{got}",
                    path.display()
                )),
                Err(e) => problems.push(format!(
                    "{}: cannot read the expectation ({e}); run with UPDATE_EXPECT=1\n{got}",
                    path.display()
                )),
            }
        }
    }

    // no stale expectation files
    let mut stale: Vec<String> = std::fs::read_dir(&expect_dir)
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    stale.retain(|f| !seen.contains(f));
    stale.sort();
    for f in &stale {
        problems.push(format!("tests/diff/{f}: no run produces it (stale expectation)"));
    }

    let total: Duration = timings.iter().map(|t| t.1).sum();
    let slowest = timings.iter().max_by_key(|t| t.1);
    println!(
        "vmcmd diff: {} runs, {:.2} s wall in all, {:.0} ms on average, slowest {}",
        timings.len(),
        total.as_secs_f64(),
        total.as_secs_f64() * 1000.0 / timings.len() as f64,
        slowest.map_or(String::new(), |(n, d)| format!("{n} ({:.0} ms)", d.as_secs_f64() * 1000.0))
    );
    for (name, took) in &timings {
        println!("  {name}: {:.0} ms", took.as_secs_f64() * 1000.0);
    }
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(problems.is_empty(), "{} diff expectations differ", problems.len());
}
