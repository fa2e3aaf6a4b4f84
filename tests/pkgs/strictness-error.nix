# The error message of a failing input.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
in
"${pkgs.writeShellScript "run" (throw "the runner is broken")}"
