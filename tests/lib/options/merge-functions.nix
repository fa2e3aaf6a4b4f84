let lib = import <nixpkgs/lib>; in
let defs = vs: map (v: { file = "f.nix"; value = v; }) vs; in
{
  equal = lib.mergeEqualOption [ "x" ] (defs [ 1 1 ]);
  one = lib.mergeOneOption [ "x" ] (defs [ "a" ]);
  unique = lib.mergeUniqueOption { message = "m"; } [ "x" ] (defs [ 5 ]);
  defaultLists = lib.mergeDefaultOption [ "x" ] (defs [ [ 1 ] [ 2 ] ]);
  defaultAttrs = lib.mergeDefaultOption [ "x" ] (defs [ { a = 1; } { a = 2; b = 3; } ]);
  defaultBools = lib.mergeDefaultOption [ "x" ] (defs [ false true ]);
  defaultStrs = lib.mergeDefaultOption [ "x" ] (defs [ "a" "b" ]);
  defaultInts = lib.mergeDefaultOption [ "x" ] (defs [ 3 3 ]);
  defaultFns = builtins.isFunction (lib.mergeDefaultOption [ "x" ] (defs [ (x: [ x ]) (x: [ (x + 1) ]) ]));
  values = lib.getValues (defs [ 1 2 ]);
  files = lib.getFiles [ { file = "a"; value = 1; } { file = "b"; value = 2; } ];
  unknown = lib.options.unknownModule;
}
