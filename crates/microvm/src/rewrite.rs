//! Build commands appended to the declared runner (`microvm.declaredRunner
//! = runner.overrideAttrs (o: { buildCommand = o.buildCommand + … })`),
//! as Ghaf's `microvm-nix-crosvm-store-disk-overlay.nix` does: nixpkgs'
//! `substituteInPlace FILE --replace-fail OLD NEW` (and `--replace`,
//! `--replace-quiet`) on `bin/microvm-run` is applied to the generated
//! script and to the command's words; the copy-dereference idiom around
//! it is understood; anything else is reported as not modelled.

use crate::{Arg, Error, ErrorKind, Quoting, Runner};

/// Splits a shell line into words: double- and single-quoted strings,
/// `\\` line continuations already joined. `$runner`-style variables stay
/// as they are.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                in_word = true;
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                    cur.push(d);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    out
}

/// Replaces the word sequence `old` by `new` in the command (first match),
/// keeping the sources of the replaced words.
fn replace_words(runner: &mut Runner, old: &[&str], new: &[&str]) -> bool {
    for seg in &mut runner.command.segments {
        let Some(at) = (0..seg.len()).find(|&i| {
            seg.len() - i >= old.len() && old.iter().zip(&seg[i..]).all(|(w, a)| a.text == *w)
        }) else {
            continue;
        };
        let mut sources: Vec<String> = Vec::new();
        for a in &seg[at..at + old.len()] {
            for s in &a.sources {
                if !sources.contains(s) {
                    sources.push(s.clone());
                }
            }
        }
        let words: Vec<Arg> = new
            .iter()
            .map(|w| Arg {
                text: (*w).to_string(),
                quoting: Quoting::Escaped,
                sources: sources.clone(),
            })
            .collect();
        seg.splice(at..at + old.len(), words);
        return true;
    }
    false
}

/// Applies `extra` (the build command appended to the runner's) to the
/// generated runner. Unmodelled lines become warnings; a `--replace-fail`
/// that matches nothing fails as the build would.
pub fn apply(runner: &mut Runner, extra: &str) -> Result<(), Error> {
    let joined = extra.replace("\\\n", " ");
    let mut runner_var: Option<String> = None;
    for line in joined.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let w = words(line);
        let Some(cmd) = w.first() else { continue };
        // runner="$out/bin/microvm-run"
        if let Some((var, value)) = cmd.split_once('=')
            && w.len() == 1
            && value.ends_with("/bin/microvm-run")
        {
            runner_var = Some(format!("${var}"));
            continue;
        }
        let is_runner = |s: &str| {
            runner_var.as_deref() == Some(s)
                || s.ends_with("/bin/microvm-run")
                || runner_var.as_deref().is_some_and(|v| s.starts_with(v) && s.len() > v.len())
        };
        match cmd.as_str() {
            // copying the script out of the symlinked package: no effect here
            "cp" | "rm" | "mv" | "chmod"
                if w[1..]
                    .iter()
                    .all(|a| a.starts_with('-') || a.starts_with('+') || is_runner(a)) => {}
            "substituteInPlace" if w.get(1).is_some_and(|f| is_runner(f)) => {
                let mut rest = &w[2..];
                while let [flag, old, new, tail @ ..] = rest {
                    if !matches!(
                        flag.as_str(),
                        "--replace-fail" | "--replace" | "--replace-quiet" | "--replace-warn"
                    ) {
                        runner.warnings.push(format!("vmcmd does not model `{flag}` of substituteInPlace in the declared runner's build command"));
                        break;
                    }
                    let Some(script) = runner.scripts.get_mut("microvm-run") else { break };
                    if script.text.contains(old.as_str()) {
                        script.text = script.text.replacen(old.as_str(), new, usize::MAX);
                        let old_words: Vec<&str> = old.split(' ').collect();
                        let new_words: Vec<&str> = new.split(' ').collect();
                        replace_words(runner, &old_words, &new_words);
                    } else if flag == "--replace-fail" {
                        return Err(Error::new(
                            ErrorKind::Throw,
                            format!(
                                "substituteInPlace: pattern '{old}' doesn't match anything in file 'bin/microvm-run' (the declared runner's build command)"
                            ),
                        ));
                    }
                    rest = tail;
                }
            }
            _ => runner.warnings.push(format!(
                "vmcmd does not model this line of the declared runner's build command: {line}"
            )),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn shell_words() {
        assert_eq!(
            words(r#"substituteInPlace "$runner" --replace-fail "-r /a b" '--block /a,ro=true'"#),
            ["substituteInPlace", "$runner", "--replace-fail", "-r /a b", "--block /a,ro=true"]
        );
    }
}
