# Small helpers shared by vmcmd's microvm.nix guest modules (the subset of
# microvm.nix's `lib/default.nix` that the guest modules use).
{ lib }:
let
  epoch = import /__vmcmd/microvm/epoch.nix;
in
{
  # Whether the modelled microvm.nix revision is `rev` or later
  # (/__vmcmd/microvm/epoch.nix; an unknown `rev` counts as reached).
  inherit (epoch) since;

  # Every hypervisor microvm.nix has a runner for, in upstream order
  # (the order matters: it is the order of the enum in error messages).
  hypervisors = [
    "qemu"
    "cloud-hypervisor"
    "firecracker"
    "crosvm"
    "kvmtool"
    "stratovirt"
    "alioth"
    "vfkit"
  ];

  defaultFsType = "ext4";

  # The volumes with their guest drive letter: `vda` is the store disk
  # when there is one, so volumes start at `b` then, else at `a`.
  withDriveLetters = { volumes, storeOnDisk, ... }:
    let
      letters = lib.drop (if storeOnDisk then 1 else 0) lib.strings.lowerChars;
    in
    lib.zipListsWith (volume: letter: volume // { inherit letter; }) volumes letters;

  # The values following each occurrence of `flag` in an argument list
  # (`--vsock a --x --vsock b` -> [ "a" "b" ]); a trailing flag has none.
  optionValues = flag: args:
    let
      n = builtins.length args;
      at = builtins.elemAt args;
    in
    map (i: at (i + 1)) (builtins.filter (i: at i == flag && i + 1 < n) (lib.range 0 (n - 1)));

  # `key`'s value in a `k=v,k2=v2` option string, or null.
  paramValue = key: opts:
    let
      m = if opts == null || opts == "" then null else builtins.match ".*${key}=([^,]+).*" opts;
    in
    if m == null then null else builtins.head m;
}
