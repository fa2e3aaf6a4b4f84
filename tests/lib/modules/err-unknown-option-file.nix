let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [ ../data/modules/decl-list.nix ../data/modules/typo.nix ];
}).config.items
