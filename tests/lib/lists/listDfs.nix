let lib = import <nixpkgs/lib>; in
{
  noStop = lib.listDfs false (a: b: a == 1 && b == 2 || a == 2 && b == 1) [ 1 2 3 ];
  stop = lib.listDfs true (a: b: a == 1 && b == 2 || a == 2 && b == 1) [ 1 2 3 ];
  simple = lib.listDfs true (a: b: a < b) [ 3 1 2 ];
}
