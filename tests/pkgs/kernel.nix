# The guest kernel: version, outputs, passthru helpers.
let
  f = system:
    let
      pkgs = import <nixpkgs> { inherit system; };
      k = pkgs.linuxPackages.kernel;
    in
    {
      inherit (k) name pname version outputs modDirVersion baseVersion features;
      path = "${k}";
      dev = "${k.dev}";
      vmlinux = "${k.dev}/vmlinux";
      atLeast = [ (k.kernelAtLeast "5.16") (k.kernelAtLeast "6.1") (k.kernelAtLeast "7.0") ];
      older = [ (k.kernelOlder "6.19") (k.kernelOlder "6.18") ];
      latest = "${pkgs.linuxPackages_latest.kernel}";
      linux = "${pkgs.linux}";
      hasTarget = k ? target;
      erofsFlags = builtins.filter (x: x != null) [
        (if pkgs.lib.versionAtLeast k.version "5.16" then "-Eztailpacking" else null)
        (if pkgs.lib.versionAtLeast k.version "6.1" then "-Efragments" else null)
      ];
    };
in
{ x86 = f "x86_64-linux"; arm = f "aarch64-linux"; }
