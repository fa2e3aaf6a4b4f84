# The predicates microvm.nix branches on, over all platforms.
let
  f = system:
    let p = (import <nixpkgs> { inherit system; }).stdenv.hostPlatform; in
    [ p.system p.isLinux p.isDarwin p.isx86_64 p.isAarch64 p.isx86 p.isAarch p.parsed.cpu.name
      p.parsed.cpu.bits p.parsed.cpu.family p.parsed.kernel.name p.efiArch p.qemuArch ];
in
map f [ "x86_64-linux" "aarch64-linux" "i686-linux" "riscv64-linux" "armv7l-linux"
  "powerpc64le-linux" "x86_64-darwin" "aarch64-darwin" ]
