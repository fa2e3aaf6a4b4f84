let lib = import <nixpkgs/lib>; in
{
  drv = lib.isDerivation { type = "derivation"; };
  notDrv = map lib.isDerivation [ { type = "foo"; } { } 3 "derivation" null ];
  optTrue = lib.optionalAttrs true { a = 1; };
  optFalse = lib.optionalAttrs false (throw "lazy");
  rec1 = lib.recurseIntoAttrs { a = 1; };
  rec0 = lib.dontRecurseIntoAttrs { a = 1; recurseForDerivations = true; };
}
