let lib = import <nixpkgs/lib>; in
let
  file = builtins.toFile "ctx-source" "data";
  withCtx = "${file}";
in {
  added = builtins.hasContext (lib.addContextFrom withCtx "plain");
  plain = lib.addContextFrom withCtx "plain";
  split = map builtins.hasContext (lib.splitString "-" (withCtx + "-x"));
  sanitized = builtins.hasContext (lib.strings.sanitizeDerivationName withCtx);
  sentence = builtins.hasContext (lib.toSentenceCase withCtx);
}
