# The read-only store image the guest boots from (upstream store-disk.nix):
# `microvm.storeDisk`, its filesystem type, and the regInfo= kernel
# parameter that lets the guest register its closure.
{ config, lib, pkgs, ... }:
let
  cfg = config.microvm;
  inherit (import ./lib.nix { inherit lib; }) since;
  build = pkgs.buildPackages;

  regInfo = pkgs.closureInfo { rootPaths = [ config.system.build.toplevel ]; };

  # mkfs.erofs has no multi-threaded dedupe: keep the stock build when
  # -Ededupe is asked for, otherwise enable multi-threading.
  # (5bbc126: -Efragments too kept the stock build; 470537e: always the
  # stock build)
  singleThreaded =
    if since "c5a04bc" then lib.elem "-Ededupe" cfg.storeDiskErofsFlags
    else if !since "5bbc126" then true
    else lib.any (flag: lib.elem flag [ "-Ededupe" "-Efragments" ]) cfg.storeDiskErofsFlags;
  erofs-utils =
    if singleThreaded then
      build.erofs-utils
    else
      build.erofs-utils.overrideAttrs (old: {
        configureFlags = old.configureFlags ++ [ "--enable-multithreading" ];
      });

  # 470537e (2024-10): fixed flags, no storeDisk*Flags options
  mkfs = if !since "5bbc126" then {
    squashfs = "gensquashfs -D store --all-root -c zstd -q $out";
    erofs = "mkfs.erofs ${toString erofsFlags2024} -L nix-store --mount-point=/nix/store $out store";
  }.${cfg.storeDiskType} else {
    squashfs = "gensquashfs ${toString cfg.storeDiskSquashfsFlags} -D store --all-root -q $out";
    erofs = "mkfs.erofs ${toString cfg.storeDiskErofsFlags} -T 0 --all-root -L nix-store --mount-point=/nix/store $out store";
  }.${cfg.storeDiskType};

  kernelAtLeast = lib.versionAtLeast config.boot.kernelPackages.kernel.version;
  erofsFlags2024 =
    [ "-zlz4hc" "--force-uid=0" "--force-gid=0" ]
    ++ lib.optional (kernelAtLeast "5.16") "-Eztailpacking"
    ++ lib.optional (kernelAtLeast "6.1") "-Efragments";

  closure = (pkgs.writeClosure or pkgs.writeReferencesToFile) (
    [ config.system.build.toplevel ] ++ lib.optional config.nix.enable regInfo
  );
in
{
  options.microvm.storeDisk = lib.mkOption {
    type = lib.types.path;
    description = "The generated store image.";
  };

  config = lib.mkMerge [
    (lib.mkIf (cfg.guest.enable && cfg.storeOnDisk) {
      # The hardened profile rules out erofs; it is detected by the L1D
      # flush setting (looking at blacklisted modules would recurse).
      microvm.storeDiskType = lib.mkDefault (
        if config.security.virtualisation.flushL1DataCache == "always" then "squashfs" else "erofs"
      );

      boot.initrd.availableKernelModules = [ cfg.storeDiskType ];

      microvm.storeDisk = build.runCommandLocal "microvm-store-disk.${cfg.storeDiskType}" {
        nativeBuildInputs = [
          build.time
          build.bubblewrap
          { squashfs = build.squashfs-tools-ng; erofs = erofs-utils; }.${cfg.storeDiskType}
        ];
        passthru = { inherit regInfo; };
        __structuredAttrs = true;
        unsafeDiscardReferences.out = true;
      } ''
        # vmcmd: the image is not built here; this records its inputs.
        mkdir store
        for path in $(sort -u ${closure}); do
          cp -a "$path" store/
        done
        echo "building a ${cfg.storeDiskType} store image"
        ${mkfs}
      '';
    })

    # registerClosure came after 5bbc126 (guest.enable before)
    (lib.mkIf ((cfg.registerClosure or cfg.guest.enable) && config.nix.enable) {
      microvm.kernelParams = [ "regInfo=${regInfo}/registration" ];
      boot.postBootCommands = ''
        if [[ "$(cat /proc/cmdline)" =~ regInfo=([^ ]*) ]]; then
          ${config.nix.package.out}/bin/nix-store --load-db < ''${BASH_REMATCH[1]}
        fi
      '';
    })
  ];
}
