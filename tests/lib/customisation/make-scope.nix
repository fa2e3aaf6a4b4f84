let lib = import <nixpkgs/lib>; in
let
  newScope = extra: lib.callPackageWith (base // extra);
  base = { base = 1; };
  scope = lib.makeScope newScope (self: {
    a = 10;
    b = self.callPackage ({ a, base }: a + base) { };
    c = self.callPackage ({ b }: b * 2) { };
  });
  overridden = scope.overrideScope (final: prev: { a = 100; });
in {
  values = { inherit (scope) a b c; };
  overridden = { inherit (overridden) a b c; };
  packages = builtins.attrNames (scope.packages scope);
  names = builtins.attrNames scope;
  newScope = (scope.newScope { extra = 5; }) ({ extra, a }: extra + a) { };
}
