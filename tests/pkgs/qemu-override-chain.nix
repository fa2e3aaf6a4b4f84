# An overrideAttrs survives a later override (makeOverridable semantics),
# the microvm.nix closure-size override and Ghaf's ghaf-qemu shape.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  f = p: { inherit (p) name pname patches configureFlags; path = "${p}"; };
  patched = pkgs.qemu_kvm.overrideAttrs (o: { patches = o.patches ++ [ "a.patch" ]; });
  ghaf = (pkgs.qemu_kvm.override { enableDocs = false; }).overrideAttrs (prev: {
    patches = prev.patches ++ [ "ghaf.patch" ];
    configureFlags = prev.configureFlags ++ [ "--enable-x" ];
  });
in
{
  patched = f patched;
  patchedThenOverride = f (patched.override { nixosTestRunner = true; });
  overrideFn = f (pkgs.qemu.override (old: { hostCpuOnly = !(old.hostCpuOnly or false); }));
  ghaf = f ghaf;
  ghafAgain = f (ghaf.override { toolsOnly = true; });
  twoArg = f (pkgs.qemu.overrideAttrs (final: prev: { pname = prev.pname + "-x"; }));
  renamed = f (pkgs.qemu.overrideAttrs (_: { version = "9.0.0"; }));
}
