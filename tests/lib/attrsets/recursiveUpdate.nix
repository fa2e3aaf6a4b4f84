let lib = import <nixpkgs/lib>; in
{
  basic = lib.recursiveUpdate { a = { b = 1; c = 2; }; d = 1; } { a = { c = 3; e = 4; }; f = 5; };
  replaceNonSet = lib.recursiveUpdate { a = 1; b = { x = 1; }; } { a = { y = 2; }; b = 2; };
  lazy = (lib.recursiveUpdate { a = throw "l"; b = 1; } { a = throw "r"; c = 2; }).c;
  empty = lib.recursiveUpdate { } { };
}
