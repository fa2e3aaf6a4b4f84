# Helpers of microvm.nix's 2023 `lib/default.nix` (c527054, d578ed4,
# 03e7f11) that the 2023 guest modules use.
{ lib }:
let
  epoch = import /__vmcmd/microvm/epoch.nix;
  initrdBoot = epoch.since "03e7f11";
in
{
  # runner order; stratovirt came with 03e7f11
  hypervisors = [ "qemu" "cloud-hypervisor" "firecracker" "crosvm" "kvmtool" ]
    ++ lib.optional initrdBoot "stratovirt";

  defaultFsType = "ext4";

  # Volumes with their guest drive letters. c527054/d578ed4: `vda` is the
  # boot disk, volumes start at `b`. 03e7f11: after cloud-hypervisor's boot
  # disk and the store disk, whichever exist.
  withDriveLetters = { volumes, hypervisor, storeOnDisk ? false, ... }:
    let
      skip =
        if !initrdBoot then 1
        else (if hypervisor == "cloud-hypervisor" then 1 else 0) + (if storeOnDisk then 1 else 0);
    in
    lib.zipListsWith (volume: letter: volume // { inherit letter; }) volumes
      (lib.drop skip lib.strings.lowerChars);
}
