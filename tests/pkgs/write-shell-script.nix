# writeShellScript: text, path, executable, meta.mainProgram, getExe.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  s = pkgs.writeShellScript "microvm-run" ''
    set -eou pipefail
    exec ${pkgs.lib.getExe pkgs.firecracker} --api-sock x
  '';
in
{
  inherit (s) name text executable destination meta type outputs;
  path = "${s}";
  exe = pkgs.lib.getExe s;
  drv = s.drvPath;
  arm = "${(import <nixpkgs> { system = "aarch64-linux"; }).writeShellScript "microvm-run" "x"}";
}
