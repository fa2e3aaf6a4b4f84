# lib.getExe on packages with meta.mainProgram, on two systems.
let
  f = system:
    let pkgs = import <nixpkgs> { inherit system; }; in
    map (n: pkgs.lib.getExe pkgs.${n}) [ "iproute2" "socat" "jq" "curl" "python3" "systemd"
      "gnused" "gawk" "nix" "cloud-hypervisor" "firecracker" "crosvm" "kvmtool" "stratovirt"
      "alioth" "vfkit" "virtiofsd" "wayland-proxy-virtwl" "waypipe" "time" "bubblewrap" ];
in
{ x86 = f "x86_64-linux"; arm = f "aarch64-linux"; }
