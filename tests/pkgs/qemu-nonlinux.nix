# QEMU on Darwin has no seccomp; seccompSupport can be overridden.
let
  darwin = import <nixpkgs> { system = "aarch64-darwin"; };
  linux = import <nixpkgs> { system = "x86_64-linux"; };
in
{
  darwin = darwin.qemu.configureFlags;
  darwinKvm = "${darwin.qemu_kvm}";
  darwinPath = "${darwin.qemu}";
  noSeccomp = (linux.qemu.override { seccompSupport = false; }).configureFlags;
  withSeccomp = (darwin.qemu.override { seccompSupport = true; }).configureFlags;
  arm = "${(import <nixpkgs> { system = "aarch64-linux"; }).qemu_kvm}";
}
