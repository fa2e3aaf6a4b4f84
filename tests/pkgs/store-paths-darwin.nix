# "${pkg}" of every table package on aarch64-darwin.
let
  pkgs = import <nixpkgs> { system = "aarch64-darwin"; };
  names = [ "bash" "coreutils" "coreutils-full" "e2fsprogs" "xfsprogs" "btrfs-progs" "dosfstools"
    "util-linux" "iproute2" "kmod" "socat" "jq" "curl" "libressl" "expect" "OVMF" "python3"
    "systemd" "gnused" "gawk" "nix" "libusb1" "cloud-hypervisor" "firecracker" "crosvm" "kvmtool"
    "stratovirt" "alioth" "vfkit" "virtiofsd" "wayland-proxy-virtwl" "waypipe" "erofs-utils"
    "squashfs-tools-ng" "time" "bubblewrap" "parted" "libguestfs" "libguestfs-appliance" ];
in
builtins.listToAttrs (map (n: { name = n; value = "${pkgs.${n}}"; }) names)
