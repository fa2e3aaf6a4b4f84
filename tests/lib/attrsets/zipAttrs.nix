let lib = import <nixpkgs/lib>; in
{
  names = lib.zipAttrsWithNames [ "a" "z" ] (n: vs: [ n vs ]) [ { a = 1; } { a = 2; b = 3; } ];
  with_ = lib.zipAttrsWith (n: vs: builtins.length vs) [ { a = 1; b = 2; } { a = 3; } ];
  plain = lib.zipAttrs [ { a = 1; } { b = 2; a = 3; } { } ];
  empty = lib.zipAttrs [ ];
}
