{
  description = "vmcmd: show, explain and lint the hypervisor command lines of Ghaf's microvm.nix VMs";

  # Ghaf forbids import-from-derivation; so does this flake.
  nixConfig.allow-import-from-derivation = false;

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs =
    { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      systems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      forAllSystems = f: lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
      vmcmdFor = pkgs: pkgs.callPackage ./nix/package.nix { };

      # A git-hooks.nix (cachix/git-hooks.nix) hook definition:
      #   pre-commit.settings.hooks.vmcmd = vmcmd.lib.gitHooks.vmcmd { inherit pkgs; };
      gitHook =
        {
          pkgs,
          package ? self.packages.${pkgs.stdenv.hostPlatform.system}.default,
        }:
        {
          enable = true;
          name = "vmcmd lint";
          description = "Lint Nix files and microvm.nix VMs (syntax, evaluation, microvm.nix assertions, hypervisor support)";
          inherit package;
          entry = "${lib.getExe package} lint --format concise";
          files = "\\.nix$";
          types = [ "file" ];
          pass_filenames = true;
          require_serial = true;
        };
    in
    {
      overlays.default = final: _prev: { vmcmd = vmcmdFor final; };

      packages = forAllSystems (pkgs: rec {
        vmcmd = vmcmdFor pkgs;
        default = vmcmd;
      });

      apps = forAllSystems (pkgs: {
        default = {
          type = "app";
          program = lib.getExe self.packages.${pkgs.stdenv.hostPlatform.system}.default;
          meta.description = "Run vmcmd";
        };
      });

      checks = forAllSystems (
        pkgs:
        let
          vmcmd = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        in
        {
          # The package builds and `cargo test --workspace` passes (doCheck).
          package = vmcmd;

          clippy = vmcmd.overrideAttrs (old: {
            pname = "vmcmd-clippy";
            nativeBuildInputs = old.nativeBuildInputs ++ [ pkgs.clippy ];
            buildPhase = ''
              runHook preBuild
              cargo clippy --workspace --all-targets --offline -- -D warnings
              runHook postBuild
            '';
            doCheck = false;
            installPhase = "touch $out";
            postInstall = "";
          });

          fmt =
            pkgs.runCommand "vmcmd-fmt"
              {
                nativeBuildInputs = [
                  pkgs.cargo
                  pkgs.rustfmt
                ];
              }
              ''
                export HOME=$TMPDIR
                cd ${vmcmd.src}
                cargo fmt --all --check
                touch $out
              '';

          # vmcmd on its own Nix files and fixtures: they lint clean, the
          # bundled VM shows, and the lint fixtures (built to fail) end with
          # a diagnostic (exit 1 or 2), never a crash.
          dogfood =
            pkgs.runCommand "vmcmd-dogfood"
              {
                nativeBuildInputs = [ vmcmd ];
              }
              ''
                export HOME=$TMPDIR
                cd ${vmcmd.src}
                vmcmd lint --deny-warnings --format concise flake.nix nix fixtures/vms fixtures/eval
                vmcmd show fixtures/vms/net-vm.nix > $TMPDIR/net-vm-run
                test -s $TMPDIR/net-vm-run
                vmcmd show --format json fixtures/vms/net-vm.nix > /dev/null
                vmcmd eval fixtures/eval/netvm.nix > /dev/null
                for case in fixtures/lint/*/; do
                  status=0
                  vmcmd lint --format concise "$case" > /dev/null 2>&1 || status=$?
                  if [ "$status" -gt 2 ]; then
                    echo "vmcmd lint $case: exit $status" >&2
                    exit 1
                  fi
                done
                touch $out
              '';
        }
      );

      devShells = forAllSystems (
        pkgs:
        let
          vmcmd = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        in
        {
          # Rust and Nix tooling, and a built vmcmd on PATH for the
          # `vmcmd-lint-system` pre-commit hook.
          default = pkgs.mkShell {
            inputsFrom = [ vmcmd ];
            packages = [
              vmcmd
              pkgs.clippy
              pkgs.rustfmt
              pkgs.rust-analyzer
              pkgs.nixfmt
              pkgs.pre-commit
            ];
          };
        }
      );

      formatter = forAllSystems (pkgs: pkgs.nixfmt);

      lib.gitHooks.vmcmd = gitHook;

      # For flake-parts users with git-hooks.nix's flake module:
      #   imports = [ inputs.vmcmd.flakeModules.git-hooks ];
      flakeModules.git-hooks = {
        perSystem =
          { pkgs, ... }:
          {
            pre-commit.settings.hooks.vmcmd = gitHook { inherit pkgs; };
          };
      };
    };
}
