# Sorting keeps equal elements in order and the result holds the values
# (lessThan, a lambda comparator, strings, and an already sorted list).
let
  xs = map (x: x * 7 - 20) (builtins.genList (i: builtins.bitXor i 5) 12);
  pairs = builtins.genList (i: { k = builtins.bitAnd i 3; v = i; }) 10;
in
{
  ints = builtins.sort builtins.lessThan xs;
  desc = builtins.sort (a: b: a > b) xs;
  stable = map (p: p.v) (builtins.sort (a: b: a.k < b.k) pairs);
  strs = builtins.sort (a: b: a < b) [ "b" "a" "c" "ab" "" ];
  one = builtins.sort builtins.lessThan [ 1 ];
  none = builtins.sort builtins.lessThan [ ];
}
