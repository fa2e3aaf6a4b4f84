//! Precompiled trees (`vmcmd_eval::precompiled`): a file whose text is the
//! one compiled is taken from the blob, with the same value and the same
//! positions as parsing it; a file edited since is parsed again.

use std::path::PathBuf;

use vmcmd_eval::precompiled::{Precompiled, check_file, compile};
use vmcmd_eval::{Evaluator, Settings, run_with_big_stack};

const FILE: &str = "/__vmcmd/test/a.nix";

/// A file using globals, `with`, `rec`, formals, inherit-from, strings,
/// paths, floats, dynamic keys, assertions and `__curPos`.
const TEXT: &str = r#"
let
  lib = { add = a: b: a + b; };
  inherit (lib) add;
  f = { x ? 2, ... } @ args: x * 2 + builtins.length (builtins.attrNames args);
  s = rec { a = 1; b = a + 1; "${"dyn"}" = 3; };
in
assert add 1 2 == 3;
with s; {
  sum = add a b;
  call = f { y = 1; };
  text = "x${toString dyn}y\n";
  ind = ''
    indented ${toString (1.5 * 2)}
  '';
  p = toString ./b.nix;
  pos = (__curPos).line;
  neg = -(a - 3);
  ok = !false && true || null == null;
  list = map (v: v + 1) [ 1 2 3 ] ++ [ (builtins.elemAt [ 4 ] 0) ];
  has = s ? a.b;
  sel = s.c or "default";
  loc = (builtins.unsafeGetAttrPos "sum" { sum = 1; }).column;
}
"#;

fn blob(text: &str) -> Precompiled {
    let (bytes, skipped) = compile(&[(FILE.to_string(), text.to_string())]);
    assert!(skipped.is_empty(), "{skipped:?}");
    Precompiled(Box::leak(bytes.into_boxed_slice()))
}

/// Evaluates `text` as the in-memory file [`FILE`], with `precompiled`;
/// returns the JSON value and how many files came from the blob.
fn eval(text: &'static str, precompiled: Option<Precompiled>) -> (String, u32) {
    run_with_big_stack(move || {
        let mut settings = Settings::default();
        settings.virtual_files.insert(PathBuf::from(FILE), text.into());
        settings.precompiled.extend(precompiled);
        let mut ev = Evaluator::new(settings);
        let v = ev.eval_file(std::path::Path::new(FILE)).expect("evaluates");
        let v = ev.deep_force(&v).expect("forces");
        let json =
            vmcmd_eval::print::to_json(&mut ev, &v, &mut Default::default()).expect("prints");
        (json, ev.precompiled_loads)
    })
}

#[test]
fn same_text_is_taken_from_the_blob_with_the_same_value() {
    let parsed = eval(TEXT, None);
    let taken = eval(TEXT, Some(blob(TEXT)));
    assert_eq!(parsed.1, 0);
    assert_eq!(taken.1, 1);
    assert_eq!(parsed.0, taken.0);
    assert!(parsed.0.contains(r#""sum":3"#), "{}", parsed.0);
}

#[test]
fn edited_text_is_parsed_again() {
    let edited: &'static str = Box::leak(TEXT.replace("add a b", "add a 10").into_boxed_str());
    let (json, loads) = eval(edited, Some(blob(TEXT)));
    assert_eq!(loads, 0);
    assert!(json.contains(r#""sum":11"#), "{json}");
}

#[test]
fn blob_reads_back_to_the_bytes_it_was_written_from() {
    let b = blob(TEXT);
    assert_eq!(check_file(b, FILE, TEXT), Ok(()));
    assert!(check_file(b, FILE, "1").is_err());
}

#[test]
fn files_that_do_not_lower_are_left_out() {
    let (_, skipped) = compile(&[
        ("/__vmcmd/test/bad.nix".to_string(), "{ a = ; }".to_string()),
        ("/__vmcmd/test/undefined.nix".to_string(), "x".to_string()),
    ]);
    assert_eq!(skipped.len(), 2);
}

#[test]
fn malformed_blobs_are_ignored() {
    for bytes in [&b""[..], b"VMCMDIR\x01", b"garbage garbage garbage"] {
        let (json, loads) = eval(TEXT, Some(Precompiled(bytes)));
        assert_eq!(loads, 0);
        assert!(json.contains(r#""sum":3"#));
    }
    // a truncated blob
    let b = blob(TEXT);
    let cut = Precompiled(&b.0[..b.0.len() - 7]);
    let (json, loads) = eval(TEXT, Some(cut));
    assert_eq!(loads, 0);
    assert!(json.contains(r#""sum":3"#));
}
