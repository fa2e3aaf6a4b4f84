let lib = import <nixpkgs/lib>; in
lib.foldlAttrs (acc: n: v: v) (throw "init is forced") { a = 1; }
