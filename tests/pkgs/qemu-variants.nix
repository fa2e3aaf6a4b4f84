# QEMU's pname logic: qemu_kvm = host-cpu-only, qemu_test = for-vm-tests.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = p: {
    inherit (p) name pname version outputs configureFlags patches buildInputs;
    path = "${p}";
    doc = p.doc.outPath;
    ga = p.ga.outPath;
    drv = p.drvPath;
  };
in
{
  qemu = f pkgs.qemu;
  qemu_kvm = f pkgs.qemu_kvm;
  qemu_test = f pkgs.qemu_test;
  xen = f (pkgs.qemu.override { xenSupport = true; });
  utils = f (pkgs.qemu.override { toolsOnly = true; });
  user = f (pkgs.qemu.override { userOnly = true; });
  all = f (pkgs.qemu.override { xenSupport = true; hostCpuOnly = true; nixosTestRunner = true; });
}
