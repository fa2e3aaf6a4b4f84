let
  nested = builtins.foldl' (acc: i: [ acc ]) [ ] (builtins.genList (i: i) 20000);
  depth = l: let go = d: x: if x == [ ] then d else go (d + 1) (builtins.head x); in go 0 l;
in depth nested
