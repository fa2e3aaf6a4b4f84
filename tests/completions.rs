//! `vmcmd completions SHELL` and the hidden `vmcmd manpage`: each prints a
//! script or page that knows every subcommand `vmcmd --help` lists. Excerpts
//! rather than snapshots, so that new options and subcommands need no
//! update here. `--version` is snapshot in `tests/cli/version`.

use std::process::Command;

fn vmcmd(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_vmcmd")).args(args).output().expect("run vmcmd");
    assert_eq!(
        out.status.code(),
        Some(0),
        "vmcmd {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "vmcmd {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The visible subcommands, from the `Commands:` section of `--help`.
fn subcommands() -> Vec<String> {
    let help = vmcmd(&["--help"]);
    let names: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|n| n != "help")
        .collect();
    for expected in ["show", "eval", "lint", "completions"] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
    }
    assert!(!names.iter().any(|n| n == "manpage"), "manpage should be hidden: {names:?}");
    names
}

#[test]
fn completion_scripts() {
    let subcommands = subcommands();
    for (shell, marker) in [
        ("bash", "complete -F _vmcmd"),
        ("zsh", "#compdef vmcmd"),
        ("fish", "complete -c vmcmd"),
        ("elvish", "edit:completion:arg-completer[vmcmd]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = vmcmd(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: no {marker:?}");
        for sub in &subcommands {
            assert!(script.contains(sub.as_str()), "{shell}: no {sub}");
        }
    }
}

#[test]
fn bash_completion_is_valid_bash() {
    let script = vmcmd(&["completions", "bash"]);
    let Ok(mut child) =
        Command::new("bash").args(["-n", "/dev/stdin"]).stdin(std::process::Stdio::piped()).spawn()
    else {
        eprintln!("SKIPPED: bash is not on PATH");
        return;
    };
    use std::io::Write;
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success(), "bash -n rejects the completion script");
}

#[test]
fn man_page() {
    let page = vmcmd(&["manpage"]);
    assert!(page.contains(".TH vmcmd 1"), "{page}");
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"] {
        assert!(page.contains(&format!(".SH {section}")), "no {section} section");
    }
    for sub in subcommands() {
        assert!(page.contains(&format!("vmcmd\\-{sub}")), "no {sub} in the man page");
    }
    assert!(page.contains("microvm.nix"), "no description");
}

#[test]
fn long_version_names_the_upstream_revisions() {
    let long = vmcmd(&["--version"]);
    let short = vmcmd(&["-V"]);
    assert_eq!(short, format!("vmcmd {}\n", env!("CARGO_PKG_VERSION")));
    assert!(long.starts_with(short.trim_end()), "{long}");
    assert!(long.contains("microvm.nix 71beea0076cd46dafcee97a5a2e7d00cbba5bd2f"), "{long}");
    assert!(long.contains("nixpkgs lib 20dd424ff28fae4e89a8154f744743dafd902fe4"), "{long}");
}
