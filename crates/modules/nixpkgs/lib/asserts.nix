# vmcmd's own implementation of nixpkgs lib/asserts.nix (behaviour-compatible
# with nixpkgs at the nixos-26.05 branch-off; not a copy of its code).
{ lib }:
let
  pretty = v: lib.generators.toPretty { } v;

  assertMsg = pred: msg: pred || throw msg;
in
{
  inherit assertMsg;

  assertOneOf = name: val: xs:
    assertMsg (builtins.elem val xs)
      "${name} must be one of ${pretty xs}, but is: ${pretty val}";

  assertEachOneOf = name: vals: xs:
    assertMsg (builtins.all (v: builtins.elem v xs) vals)
      "each element in ${name} must be one of ${pretty xs}, but is: ${pretty vals}";

  checkAssertWarn = assertions: warnings: val:
    let
      failed = map (a: a.message) (builtins.filter (a: !a.assertion) assertions);
    in
    if failed == [ ] then lib.trivial.showWarnings warnings val
    else throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- " + m) failed)}";
}
