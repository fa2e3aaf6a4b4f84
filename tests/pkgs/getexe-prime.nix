# lib.getExe' picks the bin output; netcat is libressl's nc output.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  inherit (pkgs) lib;
in
[
  (lib.getExe' pkgs.util-linux "mount")
  (lib.getExe' pkgs.e2fsprogs "mkfs.ext4")
  (lib.getExe' pkgs.netcat "nc")
  (lib.getExe' pkgs.coreutils "cat")
  (lib.getExe' pkgs.kmod "modprobe")
  (lib.getExe' pkgs.OVMF.fd "x")
  "${pkgs.netcat}"
  pkgs.netcat.outputName
  "${pkgs.OVMF.fd}/FV/OVMF.fd"
  "${pkgs.qemu}/bin/qemu-system-x86_64"
]
