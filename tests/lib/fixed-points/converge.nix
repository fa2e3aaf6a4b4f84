let lib = import <nixpkgs/lib>; in
{
  converge = lib.converge (x: if x >= 100 then 100 else x + 7) 1;
  fixedAtStart = lib.converge (x: x) 3;
  strings = lib.converge (s: builtins.replaceStrings [ "//" ] [ "/" ] s) "a////b";
}
