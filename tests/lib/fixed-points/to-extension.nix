let lib = import <nixpkgs/lib>; in
let
  apply = e: lib.fix (lib.extends (lib.toExtension e) (final: { a = 1; b = final.a; }));
in {
  attrs = apply { a = 2; };
  unary = apply (prev: { a = prev.a + 10; });
  binary = apply (final: prev: { c = final.b + prev.a; });
}
