# The shape of flake.nix's outputs, evaluated lazily with vmcmd's built-in
# symbolic nixpkgs as the `nixpkgs` input: which outputs exist for which
# systems, without forcing any build (the symbolic pkgs has no rustPlatform).
# Run by tests/cli/flake-outputs (`vmcmd eval --json`).
let
  flake = import ../../flake.nix;
  nixpkgs = {
    lib = import <nixpkgs/lib>;
    legacyPackages.x86_64-linux = import <nixpkgs> { system = "x86_64-linux"; };
  };
  self = outputs // {
    outPath = toString ../..;
  };
  outputs = flake.outputs { inherit self nixpkgs; };
  names = builtins.attrNames;
  sys = "x86_64-linux";
  fakeVmcmd = {
    type = "derivation";
    name = "vmcmd-0.1.0";
    outPath = "/nix/store/00000000000000000000000000000000-vmcmd-0.1.0";
    meta.mainProgram = "vmcmd";
  };
  hook = outputs.lib.gitHooks.vmcmd {
    pkgs = nixpkgs.legacyPackages.${sys};
    package = fakeVmcmd;
  };
in
{
  flake = names flake;
  inputs = names flake.inputs;
  nixpkgsUrl = flake.inputs.nixpkgs.url;
  nixConfig = flake.nixConfig;
  outputArgs = builtins.functionArgs flake.outputs;
  outputs = names outputs;
  systems = {
    packages = names outputs.packages;
    apps = names outputs.apps;
    checks = names outputs.checks;
    devShells = names outputs.devShells;
    formatter = names outputs.formatter;
  };
  packages = names outputs.packages.${sys};
  apps = names outputs.apps.${sys};
  appType = outputs.apps.${sys}.default.type;
  checks = names outputs.checks.${sys};
  devShells = names outputs.devShells.${sys};
  overlay = builtins.isFunction outputs.overlays.default;
  overlayAttrs = names (outputs.overlays.default { } { });
  gitHooks = names outputs.lib.gitHooks;
  hook = builtins.removeAttrs hook [ "package" ];
  hookPackage = hook.package == fakeVmcmd;
  flakeModules = names outputs.flakeModules;
  packageArgs = builtins.functionArgs (import ../../nix/package.nix);
}
