# microvm.vmHostPackages from another platform (vfkit on aarch64-darwin).
let
  host = import <nixpkgs> { system = "aarch64-darwin"; };
  guest = import <nixpkgs> { system = "aarch64-linux"; };
in
{
  vfkit = host.lib.getExe host.vfkit;
  socat = host.lib.getExe host.socat;
  inherit (host.stdenv.hostPlatform) isDarwin isAarch64 system;
  sameArch = host.stdenv.hostPlatform.isAarch64 == guest.stdenv.hostPlatform.isAarch64;
  guestKernel = "${guest.linuxPackages.kernel}";
  shell = host.runtimeShell;
  script = "${host.writeShellScript "microvm-run" "x"}";
  virtiofsd = "${host.virtiofsd}";
}
