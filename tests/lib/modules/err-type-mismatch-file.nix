let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [ ../data/modules/decl-list.nix ../data/modules/bad-type.nix ];
}).config.name
