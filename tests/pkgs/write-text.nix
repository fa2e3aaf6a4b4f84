# writeText / writeScript / writeTextFile.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = s: { inherit (s) name text executable destination meta; path = "${s}"; };
in
{
  text = f (pkgs.writeText "config.json" "{}");
  script = f (pkgs.writeScript "run" "#!/bin/sh\n");
  file = f (pkgs.writeTextFile {
    name = "unit";
    text = "[Unit]\n";
    executable = true;
    destination = "/etc/unit";
    checkPhase = "true";
  });
  fileMeta = f (pkgs.writeTextFile { name = "m"; text = ""; meta.mainProgram = "m"; });
  sameName = "${pkgs.writeText "config.json" "different"}";
}
