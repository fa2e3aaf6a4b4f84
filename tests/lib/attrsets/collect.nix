let lib = import <nixpkgs/lib>; in
[
  (lib.collect builtins.isInt { a = 1; b = { c = 2; d = "x"; e = { f = 3; }; }; })
  (lib.collect (x: x ? outPath) { p = { outPath = "/a"; }; q.r = { outPath = "/b"; }; })
  (lib.collect (x: true) 5)
  (lib.collect (x: false) 5)
]
