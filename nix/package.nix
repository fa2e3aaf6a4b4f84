# vmcmd as a plain `rustPlatform.buildRustPackage`, callable with
# `pkgs.callPackage ./nix/package.nix { }` (nixpkgs-upstreamable, no IFD).
{
  lib,
  stdenv,
  rustPlatform,
  installShellFiles,
  buildPackages,
}:

let
  cargoToml = lib.importTOML ../Cargo.toml;
in
rustPlatform.buildRustPackage {
  pname = "vmcmd";
  inherit (cargoToml.workspace.package) version;

  # Only what `cargo build` and `cargo test` read: the workspace, its test
  # corpora and fixtures, and the Nix files the packaging tests check (not
  # docs/, fuzz/ or scripts/, so editing those does not rebuild).
  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../Cargo.toml
      ../Cargo.lock
      ../rustfmt.toml
      ../src
      ../crates
      ../tests
      ../fixtures
      ../benches
      ../flake.nix
      ../nix
    ];
  };

  cargoLock.lockFile = ../Cargo.lock;

  nativeBuildInputs = [ installShellFiles ];

  # The evaluator runs on a thread with a big stack; the tests compare with
  # live Nix only when `nix-instantiate` is on PATH (it is not here).
  cargoTestFlags = [ "--workspace" ];

  postInstall =
    let
      # The completions and the man page come from the built binary; when
      # cross-compiling, from the build platform's vmcmd.
      vmcmd =
        if stdenv.buildPlatform.canExecute stdenv.hostPlatform then
          "$out/bin/vmcmd"
        else
          lib.getExe buildPackages.vmcmd;
    in
    ''
      ${vmcmd} manpage > vmcmd.1
      installManPage vmcmd.1
      installShellCompletion --cmd vmcmd \
        --bash <(${vmcmd} completions bash) \
        --zsh <(${vmcmd} completions zsh) \
        --fish <(${vmcmd} completions fish)
    '';

  meta = {
    description = "Show, explain and lint the hypervisor command lines of Ghaf's microvm.nix VMs without evaluating a whole target";
    homepage = "https://github.com/vmcmd/vmcmd";
    license = lib.licenses.mit;
    mainProgram = "vmcmd";
    platforms = lib.platforms.linux;
  };
}
