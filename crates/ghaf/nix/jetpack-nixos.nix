# vmcmd's model of the jetpack-nixos flake input (NVIDIA Jetson support:
# anduril/jetpack-nixos, tiiuae's fork), for checkouts that do not contain
# it. Ghaf's Orin targets import `jetpack-nixos.nixosModules.default`,
# whose real module adds an overlay with the `nvidia-jetpack` package scope
# (jetpack-nixos' mk-overlay.nix: `makeScope final.newScope (self: …)`),
# and Ghaf's own overlays and VM modules read that scope
# (`prev.nvidia-jetpack.overrideScope`, `pkgs.nvidia-jetpack.l4t-cuda`,
# `linuxPackages_6_12.extend pkgs.nvidia-jetpack.kernelPackagesOverlay` …).
#
# Here the scope is symbolic: every package jetpack-nixos defines at the
# top of its scope (L4T debs, OP-TEE, flashing tools, kernels) is a
# symbolic package of the L4T version below, so nothing is fetched or
# built, and the store paths are illustrative like the rest of vmcmd's
# package set. Its NixOS options (`hardware.nvidia-jetpack.*`) stay
# undeclared, so Ghaf's definitions of them are accepted and ignored.
let
  # JetPack 6.2.1 / L4T r36.4.4, CUDA 12.6: jetpack-nixos' r36 line (Ghaf
  # HEAD's pin may build a later r36 point release; here the versions only
  # name store paths)
  jetpackVersion = "6.2.1";
  l4tVersion = "36.4.4";
  cudaVersion = "12.6";

  # pkgs/l4t/*.nix: the L4T packages built from NVIDIA's debs
  l4tPackages = [
    "l4t-3d-core" "l4t-adaruntime" "l4t-bootloader-utils" "l4t-camera"
    "l4t-core" "l4t-cuda" "l4t-cupva" "l4t-dla-compiler" "l4t-firmware"
    "l4t-gbm" "l4t-gstreamer" "l4t-init" "l4t-multimedia" "l4t-nvfancontrol"
    "l4t-nvml" "l4t-nvpmodel" "l4t-nvsci" "l4t-opencv" "l4t-openwfd"
    "l4t-pva" "l4t-tools" "l4t-v4l" "l4t-wayland" "l4t-xusb-firmware"
  ];
  # pkgs/optee and the scope's tools
  tools = [
    "opteeClient" "opteeTaDevKit" "opteeXtest" "nvLuksSrv" "ftpmHelper"
    "ftpmHelperTa" "ftpmSimTooling" "pkcs11Ta" "genEkb" "flash-tools"
    "board-automation" "python-jetson" "tegra-eeprom-tool" "patchgpt"
    "patchfv" "uefi-firmware" "jetsonStandaloneMMOptee" "flashFromDevice"
    "otaUtils" "l4tCsv" "genL4tJson" "containerDeps" "buildFromDebs"
    "dlopenOverride" "bspSrc" "unpackedDebs" "unpackedGitRepos"
  ];
  # the CUDA packages Ghaf's GPU VMs install (cudaPackages_12_6 on the
  # Jetson platform)
  cudaPackageNames = [
    "cuda_cudart" "cuda_nvrtc" "cuda_nvcc" "cuda_cccl" "cuda_cupti"
    "cuda_nvml_dev" "cuda_profiler_api" "libcublas" "libcufft" "libcurand"
    "libcusolver" "libcusparse" "libnpp" "cudnn" "tensorrt"
  ];

  overlay = final: prev:
    let
      inherit (final) lib;
      mk = pname: final.vmcmd.mkPackage { inherit pname; version = l4tVersion; };
      named = names: f: lib.genAttrs names f;
    in
    {
      nvidia-jetpack = lib.makeScope final.newScope (self:
        named l4tPackages mk
        // named tools mk
        // {
          jetpackMajorMinorPatchVersion = jetpackVersion;
          l4tMajorMinorPatchVersion = l4tVersion;
          cudaMajorMinorVersion = cudaVersion;
          l4tAtLeast = lib.versionAtLeast l4tVersion;
          l4tOlder = lib.versionOlder l4tVersion;
          gpuDriver = "nvgpu";
          callPackages = lib.callPackagesWith (final // self);
          cudaPackages = named cudaPackageNames (pname:
            final.vmcmd.mkPackage { inherit pname; version = cudaVersion; })
            // { cudaMajorMinorVersion = cudaVersion; };
          # the Jetson kernel (r36: 5.15) and its package sets
          kernel = final.vmcmd.mkPackage {
            pname = "linux";
            version = "5.15.148";
            outputs = [ "out" "dev" "modules" ];
            passthru = {
              modDirVersion = "5.15.148";
              baseVersion = "5.15.148";
              features = { };
              kernelAtLeast = lib.versionAtLeast "5.15.148";
              kernelOlder = lib.versionOlder "5.15.148";
              target = "Image";
            };
          };
          kernelPackages = final.linuxPackagesFor self.kernel;
          rtkernel = self.kernel.override { realtime = true; };
          rtkernelPackages = final.linuxPackagesFor self.rtkernel;
          # what jetpack-nixos adds to a kernel package set (L4T >= 36)
          kernelPackagesOverlay = kfinal: _kprev: {
            devicetree = final.vmcmd.mkPackage { pname = "devicetree"; version = l4tVersion; };
            nvidia-oot-modules = final.vmcmd.mkPackage {
              pname = "nvidia-oot-modules";
              version = "${l4tVersion}-${kfinal.kernel.version or "0"}";
            };
          };
          devicePkgsFromNixosConfig = config: config.system.build.jetsonDevicePkgs or { };
          recurseForDerivations = true;
        });
    };
in
{
  overlays.default = overlay;
  # jetpack-nixos' module.nix adds the overlay (its options are not modelled)
  nixosModules.default = { nixpkgs.overlays = [ overlay ]; };
}
