let lib = import <nixpkgs/lib>; in
lib.options.showDefs [ { file = "deep.nix"; value = { a.b.c.d.e.f.g.h.i.j.k.l = throw "too deep to be evaluated"; }; } ]
