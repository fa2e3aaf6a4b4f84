# Package versions can be overridden (config.vmcmd.packages NAME = VERSION).
let
  pkgs = import <nixpkgs> {
    system = "x86_64-linux";
    config.vmcmd.packages = { firecracker = "1.12.1"; cloud-hypervisor = "35.0"; kernel = "6.1.100"; };
  };
  inherit (pkgs) lib;
  k = pkgs.linuxPackages.kernel;
in
{
  fc = { inherit (pkgs.firecracker) name version; path = "${pkgs.firecracker}"; exe = lib.getExe pkgs.firecracker; };
  enablePci = lib.versionAtLeast pkgs.firecracker.version "1.13";
  chv = { inherit (pkgs.cloud-hypervisor) name; argh = lib.versionAtLeast pkgs.cloud-hypervisor.version "30" && lib.versionOlder pkgs.cloud-hypervisor.version "36"; };
  kernel = { inherit (k) name version modDirVersion; dev = "${k.dev}"; fragments = k.kernelAtLeast "6.1"; latest = pkgs.linuxPackages_latest.kernel.version; };
  untouched = "${pkgs.crosvm}";
}
