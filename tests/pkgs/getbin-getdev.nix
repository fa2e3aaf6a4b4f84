# lib.getBin / getDev / getLib / getMan / getOutput follow the outputs list.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  inherit (pkgs) lib;
  f = p: {
    bin = lib.getBin p;
    dev = lib.getDev p;
    lib = lib.getLib p;
    man = lib.getMan p;
    out = lib.getOutput "out" p;
  };
in
lib.genAttrs [ "e2fsprogs" "util-linux" "jq" "curl" "libressl" "kmod" "bash" "socat" "OVMF" ]
  (n: f pkgs.${n})
