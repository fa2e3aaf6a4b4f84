let lib = import <nixpkgs/lib>; in
let
  f = { a, b ? 10 }: { sum = a + b; inherit a b; };
  o = lib.makeOverridable f { a = 1; };
  o2 = o.override { b = 2; };
  o3 = o2.override (old: { a = old.a + 100; });
  fnResult = lib.makeOverridable ({ x }: { y }: x + y) { x = 1; };
  scalar = lib.makeOverridable ({ n }: n * 2) { n = 4; };
in {
  base = removeAttrs o [ "override" "overrideDerivation" ];
  o2 = o2.sum;
  o3 = o3.sum;
  chained = (o3.override { b = 0; }).sum;
  args = lib.functionArgs o.override;
  names = builtins.attrNames o;
  fnResult = [ (fnResult { y = 2; }) ((fnResult.override { x = 10; }) { y = 2; }) (lib.functionArgs fnResult) ];
  scalar = scalar;
  wrappedArgs = lib.functionArgs (lib.makeOverridable f);
}
