let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  class = "nixos";
  modules = [
    { _class = "nixos"; options.a = lib.mkOption { default = 1; }; }
    { _class = null; a = 2; }
    { a = lib.mkDefault 3; }
  ];
}).config
