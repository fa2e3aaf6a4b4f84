# Ways to name the platform: system, localSystem, an elaborated platform.
let
  a = import <nixpkgs> { localSystem = { system = "aarch64-linux"; }; };
  b = import <nixpkgs> { localSystem = a.stdenv.hostPlatform; };
  c = import <nixpkgs> { system = "aarch64-linux"; crossSystem = { system = "aarch64-linux"; }; };
  f = p: { sys = p.stdenv.hostPlatform.system; fc = "${p.firecracker}"; s = p.system; };
in
{ a = f a; b = f b; c = f c; }
