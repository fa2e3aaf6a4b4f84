let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  specialArgs = { greeting = "hello"; extraModule = { items = [ "extra" ]; }; };
  modules = [
    ../data/modules/decl-list.nix
    ../data/modules/with-arg.nix
    ../data/modules/uses-imports-arg.nix
  ];
}).config.items
