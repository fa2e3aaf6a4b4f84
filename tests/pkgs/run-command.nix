# runCommand and friends: name, env attributes, passthru, buildCommand.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  r = pkgs.runCommand "microvm-qemu-vm" {
    passthru = { canShutdown = true; tapMultiQueue = false; };
    meta.mainProgram = "microvm-run";
    nativeBuildInputs = [ pkgs.jq ];
    foo = "bar";
  } ''
    mkdir -p $out/bin
    ln -s ${pkgs.writeShellScript "microvm-run" "x"} $out/bin/microvm-run
  '';
in
{
  inherit (r) name canShutdown tapMultiQueue passthru meta foo buildCommand type outputs;
  path = "${r}";
  exe = pkgs.lib.getExe r;
  local = "${pkgs.buildPackages.runCommandLocal "x" { } ""}";
  noCC = "${pkgs.runCommandNoCC "x" { } ""}";
  cc = "${pkgs.runCommandCC "y" { } ""}";
  toplevel = "${pkgs.runCommand "nixos-system-vm-26.05.20260603.6b31628" { } ""}";
}
