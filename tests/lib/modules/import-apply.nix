let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ../data/modules/decl-list.nix
    (lib.modules.importApply ../data/modules/apply.nix { word = "applied"; })
  ];
}).config.items
