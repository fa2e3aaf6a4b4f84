let lib = import <nixpkgs/lib>; in
{
  toInt = map lib.toInt [ "42" " 7 " "-13" "0" "\t99\n" ];
  toIntBase10 = map lib.toIntBase10 [ "007" "0" "000" "-12" " 010 " ];
  bad = map (s: (builtins.tryEval (lib.toInt s)).success) [ "abc" "1.5" "" "0x10" "012" ];
  badBase10 = map (s: (builtins.tryEval (lib.toIntBase10 s)).success) [ "x1" "1e3" " " ];
}
