let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.j = lib.mkOption { type = lib.types.json; }; options.t = lib.mkOption { type = lib.types.toml; }; }
    { j = { a = [ 1 null "x" { b = true; } ]; }; t = { k = 1.5; }; }
    { j = { c = 2; }; }
  ];
}).config
