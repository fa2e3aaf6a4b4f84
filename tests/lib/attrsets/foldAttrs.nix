let lib = import <nixpkgs/lib>; in
[
  (lib.foldAttrs (x: acc: [ x ] ++ acc) [ ] [ { a = 1; b = 2; } { a = 3; } { c = 4; } ])
  (lib.foldAttrs (x: acc: x + acc) 0 [ ])
  (lib.foldAttrs (x: acc: x) 0 [ { a = 1; } { a = throw "lazy"; } ])
]
