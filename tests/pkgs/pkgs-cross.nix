# pkgsCross: sets for other host platforms.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = name:
    let c = pkgs.pkgsCross.${name}; in
    {
      system = c.stdenv.hostPlatform.system;
      fc = "${c.firecracker}";
      kvm = "${c.qemu_kvm}";
      script = "${c.writeShellScript "x" "y"}";
    };
in
pkgs.lib.genAttrs [ "aarch64-multiplatform" "gnu64" "riscv64" "aarch64-darwin" ] f
