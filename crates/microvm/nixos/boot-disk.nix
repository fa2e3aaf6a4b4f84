# A GPT disk with an EFI system partition holding kernel and initrd, for
# hypervisors that cannot load a kernel directly (upstream boot-disk.nix).
# No runner uses it at the pinned revision; it is never built by vmcmd.
# Also the 2023 model's (03e7f11), which built it with the guest's pkgs.
{ config, lib, pkgs, ... }:
let
  inherit (config.system.boot.loader) kernelFile;
  inherit (config.microvm) initrdPath;
  kernel = "${config.microvm.kernel}/${kernelFile}";
  build = if (import /__vmcmd/microvm/epoch.nix).era2023 then pkgs else pkgs.buildPackages;
in
{
  options.microvm.bootDisk = lib.mkOption {
    type = lib.types.path;
    description = "Generated EFI boot disk image with the kernel and initrd.";
  };

  config = lib.mkIf config.microvm.guest.enable {
    microvm.bootDisk = build.runCommandLocal "microvm-bootdisk.img" {
      nativeBuildInputs = [ build.parted build.libguestfs ];
      LIBGUESTFS_PATH = build.libguestfs-appliance;
    } ''
      # ESP size in 512-byte sectors: kernel + initrd + slack, MiB aligned
      ESP_SECTORS=$(( ( ( $(stat -c %s ${kernel}) + $(stat -c %s ${initrdPath}) + 65536 ) / 1048576 + 1 ) * 2048 ))
      truncate -s $(( ( ESP_SECTORS + 2048 + 33 ) * 512 )) $out
      parted --script $out -- mklabel gpt \
        mkpart ESP fat32 2048s $(( ESP_SECTORS + 2047 ))s set 1 boot on
      export HOME=$PWD
      guestfish --add $out run : mkfs fat /dev/sda1
      esp() { guestfish --add $out --mount /dev/sda1:/ "$@"; }
      printf 'default *.conf\n' > loader.conf
      printf 'title microvm.nix (%s)\nlinux /%s\ninitrd /%s\n' \
        '${config.system.nixos.label}' '${kernelFile}' '${baseNameOf initrdPath}' > entry.conf
      esp mkdir-p /loader/entries
      esp copy-in loader.conf /loader/
      esp copy-in entry.conf /loader/entries/
      esp copy-in ${kernel} /
      esp copy-in ${initrdPath} /
    '';
  };
}
