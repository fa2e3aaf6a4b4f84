let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  specialArgs.modulesPath = ../data/modules;
  modules = [
    ../data/modules/decl-list.nix
    ../data/modules/def-a.nix
    ../data/modules/def-b.nix
    ../data/modules/keyed.nix
    ../data/modules/disabler.nix
    { items = [ "kept" ]; }
  ];
}).config.items
