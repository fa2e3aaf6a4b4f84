let lib = import <nixpkgs/lib>; in
with lib.types;
let defs = vs: lib.imap1 (i: v: { file = "f${toString i}.nix"; value = v; }) vs; in
{
  list = (listOf int).merge [ "l" ] (defs [ [ 1 ] [ 2 3 ] ]);
  attrs = (attrsOf int).merge [ "a" ] (defs [ { a = 1; } { b = 2; } ]);
  attrsPlain = attrs.merge [ "p" ] (defs [ { a = 1; b = 1; } { b = 2; } ]);
  str = str.merge [ "s" ] (defs [ "x" "x" ]);
  lines = lines.merge [ "s" ] (defs [ "x" "y" ]);
  unspec = unspecified.merge [ "u" ] (defs [ [ 1 ] [ 2 ] ]);
  unspecAttrs = unspecified.merge [ "u" ] (defs [ { a = 1; } { b = 2; } ]);
  nullOr = (nullOr int).merge [ "n" ] (defs [ null null ]);
  boolByOr = boolByOr.merge [ "b" ] (defs [ false true ]);
  anything = anything.merge [ "x" ] (defs [ { a.b = 1; } { a.c = [ 1 ]; } ]);
  singleLine = singleLineStr.merge [ "s" ] (defs [ "abc\n" ]);
  fn = ((functionTo (listOf int)).merge [ "f" ] (defs [ (x: [ x ]) (x: [ (x * 2) ]) ])) 4;
  fnArgs = builtins.functionArgs ((functionTo int).merge [ "f" ] (defs [ ({ a, b ? 1 }: 1) ({ a ? 2, c }: 1) ])).__functor;
}
