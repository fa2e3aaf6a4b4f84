# Outputs, default output and every output's path of the table packages.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  names = [ "bash" "coreutils" "e2fsprogs" "xfsprogs" "util-linux" "iproute2" "kmod" "jq" "curl"
    "libressl" "OVMF" "systemd" "gnused" "gawk" "nix" "libusb1" "erofs-utils" "firecracker" ];
  facts = p: {
    inherit (p) outputs outputName name;
    paths = map (o: p.${o}.outPath) p.outputs;
    outNames = map (o: p.${o}.outputName) p.outputs;
    specified = map (o: p.${o}.outputSpecified) p.outputs;
    topSpecified = p.outputSpecified or "unset";
  };
in
builtins.listToAttrs (map (n: { name = n; value = facts pkgs.${n}; }) names)
