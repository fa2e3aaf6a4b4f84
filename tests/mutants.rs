//! Mutation test: broken variants of the fixture modules (truncated,
//! a line deleted, a bracket flipped, a span duplicated) go through
//! `vmcmd eval`, `vmcmd show` and `vmcmd lint`. Whatever the damage, each
//! run must end by itself (no hang: killed after 60 s), exit with 0, 1 or
//! 2 (no panic, which exits 101, no signal), and leave the input and its
//! directory as they were. The mutants are deterministic (a fixed-seed
//! generator), so a failure names a reproducible input.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

/// The nearest char boundary at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutants(text: &str, rng: &mut Rng) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    // truncated
    let cut = boundary(text, rng.below(text.len()));
    out.push(("truncated", text[..cut].to_string()));
    // one line deleted
    let lines: Vec<&str> = text.lines().collect();
    let drop = rng.below(lines.len());
    let kept: Vec<&str> =
        lines.iter().enumerate().filter(|(i, _)| *i != drop).map(|(_, l)| *l).collect();
    out.push(("line-deleted", kept.join("\n")));
    // one bracket flipped
    let brackets: Vec<usize> =
        text.char_indices().filter(|(_, c)| "{}[]()".contains(*c)).map(|(i, _)| i).collect();
    if !brackets.is_empty() {
        let at = brackets[rng.below(brackets.len())];
        let flipped = match &text[at..at + 1] {
            "{" => "}",
            "}" => "{",
            "[" => "]",
            "]" => "[",
            "(" => ")",
            _ => "(",
        };
        out.push(("bracket-flipped", format!("{}{flipped}{}", &text[..at], &text[at + 1..])));
    }
    // a span duplicated
    let start = boundary(text, rng.below(text.len()));
    let end = boundary(text, start + 1 + rng.below(60));
    let at = boundary(text, rng.below(text.len()));
    out.push(("span-duplicated", format!("{}{}{}", &text[..at], &text[start..end], &text[at..])));
    out
}

/// Runs vmcmd with a time limit; the exit code, or why there is none.
fn run(args: &[&str], cwd: &Path) -> Result<i32, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vmcmd"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run vmcmd: {e}"))?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return status.code().ok_or_else(|| format!("killed by a signal ({status})"));
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("did not finish within 60 s".to_string());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn mutated_fixtures_never_crash_hang_or_write() {
    let work = std::env::temp_dir().join(format!("vmcmd-mutants-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).unwrap();
    let mut sources: Vec<PathBuf> = [
        "fixtures/vms",
        "fixtures/eval",
        "fixtures/ghaf/composition/modules/microvm/sysvms",
        "fixtures/ghaf/composition/lib",
        "tests/epochs/cases",
    ]
    .iter()
    .flat_map(|d| std::fs::read_dir(root().join(d)).unwrap().flatten().map(|e| e.path()))
    .filter(|p| p.extension().is_some_and(|e| e == "nix"))
    .collect();
    sources.sort();
    assert!(sources.len() >= 10, "fixtures to mutate");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut problems = Vec::new();
    let mut runs = 0;
    for source in &sources {
        let text = std::fs::read_to_string(source).unwrap();
        let name = source.file_name().unwrap().to_string_lossy().into_owned();
        for (kind, mutant) in mutants(&text, &mut rng) {
            let file = work.join(format!("{kind}-{name}"));
            std::fs::write(&file, &mutant).unwrap();
            let before = listing(&work);
            let f = file.to_string_lossy().into_owned();
            for args in
                [vec!["eval", f.as_str()], vec!["show", f.as_str()], vec!["lint", f.as_str()]]
            {
                runs += 1;
                match run(&args, &work) {
                    Ok(0..=2) => {}
                    Ok(code) => problems.push(format!("{} {kind} {name}: exit {code}", args[0])),
                    Err(e) => problems.push(format!("{} {kind} {name}: {e}", args[0])),
                }
            }
            if listing(&work) != before {
                problems.push(format!("{kind} {name}: the directory changed"));
            }
            // kept on failure, for reproduction
            if problems.is_empty() {
                let _ = std::fs::remove_file(&file);
            }
        }
    }
    println!("mutants: {runs} runs on {} fixtures", sources.len());
    assert!(problems.is_empty(), "{}\n(inputs kept in {})", problems.join("\n"), work.display());
    let _ = std::fs::remove_dir_all(&work);
}
