# nix/package.nix called with a stub `rustPlatform.buildRustPackage` that
# returns its arguments: what the package passes to the Rust builder
# (`src`, a `lib.fileset` source, is not forced). Run by
# tests/cli/flake-package (`vmcmd eval --json`).
let
  lib = import <nixpkgs/lib>;
  args = import ../../nix/package.nix {
    inherit lib;
    stdenv = {
      buildPlatform.canExecute = _: true;
      hostPlatform = { };
    };
    rustPlatform.buildRustPackage = attrs: attrs;
    installShellFiles = "installShellFiles";
    buildPackages = { };
  };
in
{
  inherit (args)
    pname
    version
    nativeBuildInputs
    cargoTestFlags
    postInstall
    ;
  attrs = builtins.attrNames args;
  lockFile = lib.removePrefix (toString ../..) (toString args.cargoLock.lockFile);
  versionMatchesCargoToml = args.version == (lib.importTOML ../../Cargo.toml).workspace.package.version;
  meta = {
    inherit (args.meta) mainProgram description homepage;
  };
}
