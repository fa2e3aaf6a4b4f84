# stdenv members other than the platforms.
let
  f = system:
    let s = (import <nixpkgs> { inherit system; }).stdenv; in
    {
      inherit (s) isLinux isDarwin isx86_64 isAarch64 isi686 system shell shellDryRun;
      host = s.hostPlatform.system;
      build = s.buildPlatform.system;
      target = s.targetPlatform.system;
      noCC = (import <nixpkgs> { inherit system; }).stdenvNoCC.hostPlatform.system;
    };
in
{ x86 = f "x86_64-linux"; arm = f "aarch64-linux"; darwin = f "aarch64-darwin"; }
