let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ../data/modules/decl-list.nix
    ../data/modules/def-a.nix
    ../data/modules/def-b.nix
    { items = [ "inline" ]; imports = [ { items = [ "inline-import" ]; } ]; }
  ];
}).config.items
