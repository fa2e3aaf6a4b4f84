let lib = import <nixpkgs/lib>; in
{
  simple = lib.genAttrs [ "a" "b" ] (n: "v-${n}");
  prime = lib.genAttrs' [ 1 2 ] (i: lib.nameValuePair "k${toString i}" (i * i));
  none = lib.genAttrs [ ] (throw "unused");
  lazy = builtins.attrNames (lib.genAttrs [ "x" ] (n: throw "lazy"));
}
