//! The README's examples as a newcomer would run them: every `$ vmcmd …`
//! line of a `console` block is run (through `sh`, so quoting is the
//! shell's) in the repository root, and the lines pasted under it must
//! come out, in that order (an excerpt's lines with `…` are skipped).
//! Examples on `~/ghaf` run when `VMCMD_GHAF_CHECKOUTS` holds Ghaf HEAD
//! (9a37dc8c2, see `tests/ghaf-oracle/README.md`), with `HOME` pointing at
//! a directory where `ghaf` is that checkout; examples on another Ghaf
//! revision, `vmcmd diff` (which needs Ghaf's git history) and lines with
//! placeholders (`FILE.nix`, `[--option]`) are not run.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `(command, pasted output lines)` of every `$ vmcmd` line in a console block.
fn examples(readme: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut block: Option<Vec<&str>> = None;
    for line in readme.lines() {
        match (&mut block, line) {
            (None, "```console") => block = Some(Vec::new()),
            (Some(lines), "```") => {
                let mut current: Option<(String, Vec<String>)> = None;
                for l in lines.iter() {
                    if let Some(cmd) = l.strip_prefix("$ ") {
                        out.extend(current.take());
                        current = Some((cmd.to_string(), Vec::new()));
                    } else if let Some((_, pasted)) = &mut current {
                        pasted.push(l.to_string());
                    }
                }
                out.extend(current);
                block = None;
            }
            (Some(lines), l) => lines.push(l),
            (None, _) => {}
        }
    }
    out
}

/// Whether `want` occurs in `got` in order (lines with `…` skipped).
fn in_order(want: &[String], got: &[&str]) -> Result<(), String> {
    let mut rest = got.iter();
    for w in want.iter().filter(|w| !w.contains('…')) {
        if !rest.any(|g| g == w) {
            return Err(w.clone());
        }
    }
    Ok(())
}

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let ghaf_head = std::env::var_os("VMCMD_GHAF_CHECKOUTS")
        .map(|d| PathBuf::from(d).join("9a37dc8c2ed1"))
        .filter(|d| d.join("flake.nix").is_file());
    let home = std::env::temp_dir().join(format!("vmcmd-readme-home-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).expect("temp home");
    if let Some(head) = &ghaf_head {
        std::os::unix::fs::symlink(head, home.join("ghaf")).expect("symlink ~/ghaf");
    }
    let (mut ran, mut problems) = (0, Vec::new());
    for (cmd, pasted) in examples(&readme) {
        let placeholder = cmd.contains('[') || cmd.contains("FILE");
        let other_ghaf = cmd.contains("~/") && (ghaf_head.is_none() || cmd.contains("ghaf-2"));
        if !cmd.starts_with("vmcmd ")
            || pasted.is_empty()
            || placeholder
            || other_ghaf
            || cmd.starts_with("vmcmd diff")
        {
            continue;
        }
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("vmcmd() {{ \"$VMCMD\" \"$@\"; }}; {cmd}"))
            .current_dir(root())
            .env_clear()
            .env("VMCMD", env!("CARGO_BIN_EXE_vmcmd"))
            .env("HOME", &home)
            .env("NO_COLOR", "1")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .output()
            .expect("run sh");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let got: Vec<&str> = text.lines().collect();
        ran += 1;
        if let Err(line) = in_order(&pasted, &got) {
            problems.push(format!("$ {cmd}\n  missing or out of order: {line:?}\n  got:\n{text}"));
        }
    }
    let _ = std::fs::remove_dir_all(&home);
    for p in &problems {
        eprintln!("{p}");
    }
    println!(
        "README examples: {} passed, {} failed{}",
        ran - problems.len(),
        problems.len(),
        if ghaf_head.is_some() {
            ""
        } else {
            " (~/ghaf examples skipped: no VMCMD_GHAF_CHECKOUTS)"
        }
    );
    assert!(ran >= 8, "only {ran} examples found");
    assert!(problems.is_empty(), "{} README examples differ", problems.len());
}
