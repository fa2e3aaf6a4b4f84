# The shipped versions microvm.nix branches on.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  inherit (pkgs) lib;
in
{
  firecracker = pkgs.firecracker.version;
  enablePci = lib.versionAtLeast pkgs.firecracker.version "1.13";
  chv = pkgs.cloud-hypervisor.version;
  chvArgh = lib.versionAtLeast pkgs.cloud-hypervisor.version "30" && lib.versionOlder pkgs.cloud-hypervisor.version "36";
  kernel = pkgs.linuxPackages.kernel.version;
  qemu = pkgs.qemu.version;
  seccomp = builtins.elem "--enable-seccomp" pkgs.qemu.configureFlags;
  crosvm = pkgs.crosvm.version;
}
