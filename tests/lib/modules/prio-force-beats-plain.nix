let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.a = lib.mkOption { type = lib.types.str; default = "default"; }; }
    { a = lib.mkForce "forced"; }
    { a = "plain"; }
  ];
}).config
