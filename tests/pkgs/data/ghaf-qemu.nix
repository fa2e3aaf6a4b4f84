# Shaped like Ghaf's packages/pkgs-by-name/ghaf-qemu/package.nix.
{ qemu_kvm, lib, ... }:
(qemu_kvm.override { enableDocs = false; }).overrideAttrs (prevAttrs: {
  patches = prevAttrs.patches ++ [ ./template.sh ];
  configureFlags = prevAttrs.configureFlags ++ [ "--enable-opengl" ];
  meta = (prevAttrs.meta or { }) // { description = "QEMU for Ghaf"; };
})
