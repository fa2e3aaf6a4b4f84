# hostPlatform.linux-kernel (without the long extraConfig) and the kernel
# image target microvm.nix derives from it.
let
  f = system:
    let
      pkgs = import <nixpkgs> { inherit system; };
      lk = pkgs.stdenv.hostPlatform.linux-kernel;
    in
    {
      linuxKernel = removeAttrs lk [ "extraConfig" ];
      extraConfig = lk.extraConfig or null;
      target = pkgs.linux.target or pkgs.stdenv.hostPlatform.linux-kernel.target or null;
    };
in
builtins.listToAttrs (map (s: { name = s; value = f s; }) [ "x86_64-linux" "aarch64-linux"
  "i686-linux" "riscv64-linux" "armv7l-linux" "powerpc64le-linux" "x86_64-darwin" "aarch64-darwin" ])
