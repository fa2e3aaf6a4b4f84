# Extra symbolic packages (what oracle cases build with mock.mkPackage).
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  fc = pkgs.vmcmd.mkPackage { pname = "firecracker"; version = "1.12.1"; mainProgram = "firecracker"; };
  dm = pkgs.vmcmd.mkPackage { pname = "vhotplug"; version = "0.1"; outputs = [ "out" "dist" ]; passthru.x = 1; };
  named = pkgs.vmcmd.mkPackage { name = "plain"; meta.description = "d"; };
in
{
  fc = { inherit (fc) name version meta; path = "${fc}"; exe = pkgs.lib.getExe fc; over = "${fc.override { }}"; };
  dm = { inherit (dm) name outputs x; dist = dm.dist.outPath; path = "${dm}"; };
  named = { inherit (named) name meta; path = "${named}"; };
  nixos = pkgs.vmcmd.table.nixos;
  kernel = pkgs.vmcmd.table.kernel;
}
