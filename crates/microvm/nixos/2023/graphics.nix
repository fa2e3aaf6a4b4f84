# GUI support of microvm.nix 03e7f11 (upstream
# nixos-modules/microvm/graphics.nix): virtio-gpu modules and Wayland
# helper scripts in the guest when microvm.graphics.enable is set.
{ config, lib, pkgs, ... }:
let
  wrapper = name: command: pkgs.writeScriptBin name ''
    #!${pkgs.runtimeShell} -e
    exec ${command} -- $@
  '';
in
lib.mkIf config.microvm.graphics.enable {
  boot.kernelModules = [ "drm" "virtio_gpu" ];
  environment.systemPackages = [
    (wrapper "run-sommelier" "${pkgs.sommelier}/bin/sommelier --virtgpu-channel")
    (wrapper "run-wayland-proxy" "${pkgs.wayland-proxy-virtwl}/bin/wayland-proxy-virtwl --virtio-gpu")
  ];
}
