let lib = import <nixpkgs/lib>; in
lib.updateManyAttrsByPath [
  { path = [ "a" "b" ]; update = old: old + 1; }
  { path = [ "a" "new" ]; update = _: "fresh"; }
  { path = [ "c" ]; update = old: old ++ [ 3 ]; }
  { path = [ "d" "e" ]; update = _: { f = 1; }; }
  { path = [ "d" "e" "g" ]; update = _: 2; }
  { path = [ "a" "b" ]; update = old: old * 10; }
] { a = { b = 1; keep = true; }; c = [ 1 2 ]; }
