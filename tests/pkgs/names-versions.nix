# name / pname / version / meta of the table packages.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  names = [ "bash" "coreutils" "coreutils-full" "e2fsprogs" "btrfs-progs" "util-linux" "iproute2"
    "socat" "jq" "curl" "libressl" "OVMF" "python3" "systemd" "libusb1" "cloud-hypervisor"
    "firecracker" "crosvm" "kvmtool" "stratovirt" "alioth" "vfkit" "virtiofsd" "waypipe"
    "erofs-utils" "time" "bubblewrap" "libguestfs-appliance" ];
in
builtins.listToAttrs (map (n: {
  name = n;
  value = { inherit (pkgs.${n}) name pname version meta type system; };
}) names)
