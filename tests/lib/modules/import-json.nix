let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ../data/modules/decl-list.nix
    (lib.modules.importJSON ../data/modules/json-config.json)
  ];
}).config
