let lib = import <nixpkgs/lib>; in
[
  (lib.matchAttrs { cpu = { bits = 64; }; } { cpu = { bits = 64; family = "x86"; }; os = "linux"; })
  (lib.matchAttrs { cpu = { bits = 32; }; } { cpu = { bits = 64; }; })
  (lib.matchAttrs { a = 1; } { b = 1; })
  (lib.matchAttrs { a = { }; } { a = 5; })
  (lib.matchAttrs { } 5)
]
