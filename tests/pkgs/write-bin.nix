# writeShellScriptBin / writeScriptBin: /bin destination and mainProgram.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  a = pkgs.writeShellScriptBin "tap-up" "ip link set dev x up";
  b = pkgs.writeScriptBin "helper" "#!/bin/sh\necho hi";
  f = s: {
    inherit (s) name text executable destination meta;
    path = "${s}";
    exe = pkgs.lib.getExe s;
    bin = pkgs.lib.getExe' s s.name;
  };
in
{ a = f a; b = f b; }
