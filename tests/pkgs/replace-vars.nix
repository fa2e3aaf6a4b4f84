# replaceVars: the file name, @var@ substitution.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  r = pkgs.replaceVars ./data/template.sh {
    shell = pkgs.runtimeShell;
    inherit (pkgs) jq;
    value = 42;
  };
in
{ inherit (r) name text executable destination; path = "${r}"; }
