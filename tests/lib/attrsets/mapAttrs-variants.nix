let lib = import <nixpkgs/lib>; in
{
  prime = lib.mapAttrs' (n: v: lib.nameValuePair "${n}_" (v + 1)) { a = 1; b = 2; };
  collide = lib.mapAttrs' (n: v: lib.nameValuePair "k" n) { a = 1; b = 2; };
  toList = lib.mapAttrsToList (n: v: "${n}:${toString v}") { y = 2; x = 1; };
  pairs = lib.attrsToList { b = 2; a = 1; };
  nvp = lib.nameValuePair "n" [ 1 ];
  lazy = builtins.length (lib.mapAttrsToList (n: v: throw "lazy") { a = 1; b = 2; });
}
