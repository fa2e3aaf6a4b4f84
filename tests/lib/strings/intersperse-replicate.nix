let lib = import <nixpkgs/lib>; in
{
  none = lib.intersperse "," [ ];
  one = lib.intersperse "," [ "a" ];
  many = lib.intersperse 0 [ 1 2 3 ];
  # the separator is never forced when there is nothing to separate
  lazySep = lib.intersperse (throw "unused") [ "only" ];
  replicate = lib.strings.replicate 3 "ab";
  replicateZero = lib.strings.replicate 0 "ab";
  replaceString = lib.replaceString "o" "0" "foo boo";
  replaceStrings = lib.replaceStrings [ "a" "ab" ] [ "1" "2" ] "abab";
}
