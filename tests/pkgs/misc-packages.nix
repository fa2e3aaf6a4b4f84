# Packages outside the table's plain entries.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = p: { inherit (p) name; path = "${p}"; };
in
{
  chvGraphics = f pkgs.cloud-hypervisor-graphics // { exe = pkgs.lib.getExe pkgs.cloud-hypervisor-graphics; };
  chv = f pkgs.cloud-hypervisor;
  netcat = f pkgs.netcat;
  supervisor = f pkgs.python3Packages.supervisor // { inherit (pkgs.python3Packages.supervisor) outputs pname version; dist = pkgs.python3Packages.supervisor.dist.outPath; };
  viaPython = "${pkgs.python3.pkgs.supervisor}";
  python = f pkgs.python3 // { exe = pkgs.lib.getExe pkgs.python3; };
  bashInteractive = f pkgs.bashInteractive // { inherit (pkgs.bashInteractive) pname outputs; };
  bashNonInteractive = f pkgs.bashNonInteractive;
  runtimeShellPackage = f pkgs.runtimeShellPackage;
  runtimeShell = pkgs.runtimeShell;
  system = pkgs.system;
  type = pkgs._type;
}
