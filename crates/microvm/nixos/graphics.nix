# Guest side of `microvm.graphics` (upstream graphics.nix): GPU kernel
# modules and two helpers that run Wayland clients over virtio-gpu or
# waypipe-over-vsock.
{ config, lib, pkgs, ... }:
let
  wrapper = name: text: pkgs.writeShellScriptBin name text;
in
lib.mkIf config.microvm.graphics.enable {
  boot.kernelModules = [ "drm" "virtio_gpu" ];

  environment.systemPackages = [
    (wrapper "run-wayland-proxy" ''
      exec ${lib.getExe pkgs.wayland-proxy-virtwl} --virtio-gpu -- $@
    '')
    # the host side needs microvm.nix's waypipe-client
    (wrapper "run-waypipe" ''
      exec ${lib.getExe pkgs.waypipe} --vsock -s 2:6000 server $@
    '')
  ];
}
