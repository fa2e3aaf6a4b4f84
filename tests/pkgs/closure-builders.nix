# closureInfo / writeClosure / writeReferencesToFile / symlinkJoin / buildEnv.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  ci = pkgs.closureInfo { rootPaths = [ pkgs.jq pkgs.curl ]; };
in
{
  ci = "${ci}";
  ciName = ci.name;
  regInfo = "${ci}/registration";
  wc = "${pkgs.writeClosure [ pkgs.bash ]}";
  wr = "${pkgs.writeReferencesToFile pkgs.bash}";
  sj = "${pkgs.symlinkJoin { name = "joined"; paths = [ pkgs.jq pkgs.socat ]; }}";
  be = "${pkgs.buildEnv { name = "env"; paths = [ pkgs.jq ]; }}";
}
