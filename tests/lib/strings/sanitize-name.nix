let lib = import <nixpkgs/lib>; in
{
  names = map lib.strings.sanitizeDerivationName [
    "hello-1.0" "..hidden" "foo bar/baz" "" "...." "~weird~" "a#b$c" "ok_+?=-"
  ];
  long = builtins.stringLength (lib.strings.sanitizeDerivationName (lib.strings.replicate 300 "x"));
  longBad = builtins.stringLength (lib.strings.sanitizeDerivationName ("." + lib.strings.replicate 250 "y!"));
}
