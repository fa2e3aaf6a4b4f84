let lib = import <nixpkgs/lib>; in
let
  pkgs = { hello = { type = "derivation"; name = "hello-2.12"; outPath = "/nix/store/00000000000000000000000000000000-hello-2.12"; }; };
  cfg = (lib.evalModules {
    modules = [
      { options.p = lib.mkPackageOption pkgs "hello" { }; }
      { options.q = lib.mkPackageOption pkgs "hello" { nullable = true; default = null; }; }
    ];
  }).config;
in
{ p = cfg.p.name; q = cfg.q; }
