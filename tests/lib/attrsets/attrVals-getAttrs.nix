let lib = import <nixpkgs/lib>; in
{
  vals = lib.attrVals [ "b" "a" ] { a = 1; b = 2; c = throw "no"; };
  values = lib.attrValues { z = 1; a = 2; };
  get = lib.getAttrs [ "a" "c" ] { a = 1; b = throw "no"; c = 3; };
  cat = lib.catAttrs "x" [ { x = 1; } { y = 2; } { x = 3; } ];
}
