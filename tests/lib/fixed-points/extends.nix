let lib = import <nixpkgs/lib>; in
let
  base = final: { a = 1; b = final.a + 10; };
  ov1 = final: prev: { a = prev.a + 1; };
  ov2 = final: prev: { c = prev.b + final.a; };
in {
  extended = lib.fix (lib.extends ov1 base);
  composed = lib.fix (lib.extends (lib.composeExtensions ov1 ov2) base);
  many = lib.fix (lib.extends (lib.composeManyExtensions [ ov1 ov2 ov1 ]) base);
  none = lib.fix (lib.extends (lib.composeManyExtensions [ ]) base);
  order = (lib.composeExtensions (final: prev: { l = prev.l ++ [ 1 ]; }) (final: prev: { l = prev.l ++ [ 2 ]; })) { } { l = [ 0 ]; };
}
