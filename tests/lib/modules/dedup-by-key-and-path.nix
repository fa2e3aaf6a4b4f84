let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ../data/modules/decl-list.nix
    ../data/modules/keyed.nix
    ../data/modules/def-b.nix
    { imports = [ ../data/modules/keyed.nix ../data/modules/def-b.nix ]; }
    { key = "same"; items = [ "first" ]; }
    { key = "same"; items = [ "second" ]; }
  ];
}).config.items
