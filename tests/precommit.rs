//! The pre-commit framework for real: installs `pre-commit` from PyPI into
//! a temporary virtualenv (or, without `venv`, a `pip install --target`
//! directory), makes a temporary git repository whose
//! `.pre-commit-config.yaml` uses this repository's `.pre-commit-hooks.yaml`
//! (the `vmcmd-lint-system` hook, with the freshly built `vmcmd` first on
//! `PATH`), and checks that committing a bad VM module is refused with the
//! diagnostic, and that the fixed module commits.
//!
//! Without python3, pip or network access to PyPI the test prints a
//! `SKIPPED` line (past the test harness' output capture) and passes;
//! `VMCMD_REQUIRE_PRECOMMIT=1` turns that into a failure. Once pre-commit is
//! installed, any misbehaviour fails the test.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory under the system's temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("vmcmd-precommit-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::env::var_os("VMCMD_KEEP_PRECOMMIT").is_none() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// Prints past the harness' capture, so a skip is seen.
fn loud(msg: &str) {
    let _ = writeln!(std::io::stderr(), "{msg}");
}

fn skip(reason: &str) {
    if std::env::var_os("VMCMD_REQUIRE_PRECOMMIT").is_some_and(|v| v == "1") {
        panic!("pre-commit test cannot run ({reason}) and VMCMD_REQUIRE_PRECOMMIT=1");
    }
    loud(&format!("SKIPPED: tests/precommit.rs: {reason}"));
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// How to run pre-commit: a program, and the environment it needs.
struct PreCommit {
    program: PathBuf,
    args: Vec<String>,
    pythonpath: Option<PathBuf>,
}

/// Installs pre-commit into `dir`, or explains why not.
fn install_pre_commit(dir: &Path) -> Result<PreCommit, String> {
    let python = std::env::var_os("PYTHON").unwrap_or_else(|| "python3".into());
    let pip_args = ["install", "--quiet", "--disable-pip-version-check", "pre-commit"];
    let venv = dir.join("venv");
    let made_venv = Command::new(&python)
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.to_string_lossy()))?;
    if made_venv.status.success() {
        let pip = Command::new(venv.join("bin/pip"))
            .args(pip_args)
            .output()
            .map_err(|e| format!("cannot run pip: {e}"))?;
        if !pip.status.success() {
            return Err(format!("pip install pre-commit failed:\n{}", tail(&text(&pip))));
        }
        return Ok(PreCommit {
            program: venv.join("bin/pre-commit"),
            args: Vec::new(),
            pythonpath: None,
        });
    }
    // No `venv` module (Debian without python3-venv): pip into a directory.
    let target = dir.join("site");
    let pip = Command::new(&python)
        .args(["-m", "pip"])
        .args(pip_args)
        .arg("--target")
        .arg(&target)
        .output()
        .map_err(|e| format!("cannot run pip: {e}"))?;
    if !pip.status.success() {
        return Err(format!(
            "no venv ({}) and pip install --target failed:\n{}",
            tail(&text(&made_venv)),
            tail(&text(&pip))
        ));
    }
    Ok(PreCommit {
        program: PathBuf::from(python),
        args: vec!["-m".into(), "pre_commit".into()],
        pythonpath: Some(target),
    })
}

/// Runs a command in `cwd` with an environment that ignores the user's git
/// configuration and puts `vmcmd` first on `PATH`.
struct Env {
    home: PathBuf,
    path: OsString,
    pythonpath: Option<PathBuf>,
    cache: PathBuf,
}

impl Env {
    fn run(&self, cwd: &Path, program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Output {
        let mut c = Command::new(program);
        c.args(args)
            .current_dir(cwd)
            .env("HOME", &self.home)
            .env("PATH", &self.path)
            .env("PRE_COMMIT_HOME", &self.cache)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.home.join("gitconfig"))
            .env("GIT_AUTHOR_NAME", "vmcmd test")
            .env("GIT_AUTHOR_EMAIL", "test@vmcmd.invalid")
            .env("GIT_COMMITTER_NAME", "vmcmd test")
            .env("GIT_COMMITTER_EMAIL", "test@vmcmd.invalid")
            .env("NO_COLOR", "1")
            .env_remove("NIX_PATH")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
        if let Some(p) = &self.pythonpath {
            c.env("PYTHONPATH", p);
        }
        c.output().unwrap_or_else(|e| panic!("cannot run {:?}: {e}", c.get_program()))
    }

    fn ok(&self, cwd: &Path, program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> String {
        let o = self.run(cwd, program, args);
        assert!(o.status.success(), "{args:?} failed:\n{}", text(&o));
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    }
}

const BAD_VM: &str = r#"{ ... }:
{
  networking.hostName = "net-vm";
  microvm.vcpu = 0;
  microvm.interfaces = [
    {
      type = "tap";
      id = "net-vm-uplink-interface";
      mac = "02:00:00:01:01:01";
    }
  ];
}
"#;

const GOOD_VM: &str = r#"{ ... }:
{
  networking.hostName = "net-vm";
  microvm.vcpu = 2;
  microvm.interfaces = [
    {
      type = "tap";
      id = "vm-net-uplink";
      mac = "02:00:00:01:01:01";
    }
  ];
}
"#;

#[test]
fn pre_commit_refuses_a_bad_vm_module_and_accepts_a_good_one() {
    if Command::new("git").arg("--version").output().is_err() {
        skip("git is not installed");
        return;
    }
    let tmp = TempDir::new();
    let pre_commit = match install_pre_commit(&tmp.0) {
        Ok(p) => p,
        Err(reason) => {
            skip(&format!("pre-commit could not be installed from PyPI: {reason}"));
            return;
        }
    };
    let vmcmd = PathBuf::from(env!("CARGO_BIN_EXE_vmcmd"));
    let mut path = vec![vmcmd.parent().unwrap().to_path_buf()];
    path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let home = tmp.0.join("home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join("gitconfig"), "").unwrap();
    let env = Env {
        home,
        path: std::env::join_paths(path).unwrap(),
        pythonpath: pre_commit.pythonpath.clone(),
        cache: tmp.0.join("cache"),
    };
    let pc = |cwd: &Path, args: &[&str]| {
        let mut all: Vec<&str> = pre_commit.args.iter().map(String::as_str).collect();
        all.extend(args);
        env.run(cwd, &pre_commit.program, &all)
    };
    let version = pc(&tmp.0, &["--version"]);
    assert!(version.status.success(), "pre-commit does not run:\n{}", text(&version));

    // A repository holding this checkout's hook definitions, as pre-commit
    // fetches hook repositories by git.
    let hooks = tmp.0.join("hooks");
    std::fs::create_dir_all(&hooks).unwrap();
    std::fs::copy(repo_root().join(".pre-commit-hooks.yaml"), hooks.join(".pre-commit-hooks.yaml"))
        .unwrap();
    env.ok(&hooks, "git", &["init", "--quiet"]);
    env.ok(&hooks, "git", &["add", ".pre-commit-hooks.yaml"]);
    env.ok(&hooks, "git", &["commit", "--quiet", "-m", "hooks"]);
    let rev = env.ok(&hooks, "git", &["rev-parse", "HEAD"]);

    // The project using the hook.
    let work = tmp.0.join("work");
    std::fs::create_dir_all(&work).unwrap();
    env.ok(&work, "git", &["init", "--quiet"]);
    std::fs::write(
        work.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: vmcmd-lint-system\n",
            hooks.display()
        ),
    )
    .unwrap();
    let installed = pc(&work, &["install"]);
    assert!(installed.status.success(), "pre-commit install failed:\n{}", text(&installed));
    env.ok(&work, "git", &["add", ".pre-commit-config.yaml"]);

    // A bad VM module: the commit is refused, with vmcmd's diagnostics.
    std::fs::write(work.join("net-vm.nix"), BAD_VM).unwrap();
    env.ok(&work, "git", &["add", "net-vm.nix"]);
    let refused = env.run(&work, "git", &["commit", "-m", "bad vm"]);
    let out = text(&refused);
    assert!(!refused.status.success(), "the commit of a bad VM module went through:\n{out}");
    assert!(out.contains("vmcmd lint"), "the hook did not run:\n{out}");
    assert!(out.contains("Failed"), "pre-commit did not report the hook as failed:\n{out}");
    assert!(
        out.contains("net-vm.nix:4:3: error[VM117]: `microvm.vcpu` is not of type"),
        "vmcmd's diagnostic is missing:\n{out}"
    );
    let commits = env.run(&work, "git", &["rev-parse", "--verify", "--quiet", "HEAD"]);
    assert!(!commits.status.success(), "a commit was made:\n{out}");

    // A fixed module commits.
    std::fs::write(work.join("net-vm.nix"), GOOD_VM).unwrap();
    env.ok(&work, "git", &["add", "net-vm.nix"]);
    let accepted = env.run(&work, "git", &["commit", "-m", "good vm"]);
    let out = text(&accepted);
    assert!(accepted.status.success(), "the commit of a good VM module was refused:\n{out}");
    assert!(out.contains("vmcmd lint") && out.contains("Passed"), "the hook did not pass:\n{out}");
    let files = env.ok(&work, "git", &["show", "--name-only", "--format=", "HEAD"]);
    assert!(files.lines().any(|f| f == "net-vm.nix"), "net-vm.nix not committed: {files}");

    // The interface id is too long as well: after fixing only the type
    // error, the hook reports the assertion microvm.nix would fail.
    std::fs::write(work.join("net-vm.nix"), BAD_VM.replace("vcpu = 0", "vcpu = 1")).unwrap();
    env.ok(&work, "git", &["add", "net-vm.nix"]);
    let refused = env.run(&work, "git", &["commit", "-m", "long id"]);
    let out = text(&refused);
    assert!(
        !refused.status.success(),
        "the commit of a too long interface id went through:\n{out}"
    );
    assert!(out.contains("error[VM104]"), "interface_id_too_long is missing:\n{out}");
}
