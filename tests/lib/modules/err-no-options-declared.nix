let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [ { foo = 1; } ]; }).config
