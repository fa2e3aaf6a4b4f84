# Sorting: builtins.sort on 10000 integers and on 3000 strings, plus a
# hand-written merge sort on 2000 integers.
let
  lib = import ./lib.nix;
  xs = lib.randoms 10000 42;
  strs = map (x: "k${toString (lib.mod x 100000)}") (lib.randoms 3000 7);

  merge = a: b:
    let
      la = builtins.length a;
      lb = builtins.length b;
      go = i: j: acc:
        if i == la then acc ++ lib.drop j b
        else if j == lb then acc ++ lib.drop i a
        else
          let x = builtins.elemAt a i; y = builtins.elemAt b j; in
          if x <= y then go (i + 1) j (acc ++ [ x ]) else go i (j + 1) (acc ++ [ y ]);
    in
    go 0 0 [ ];
  msort = list:
    let len = builtins.length list; in
    if len < 2 then list
    else merge (msort (lib.take (len / 2) list)) (msort (lib.drop (len / 2) list));

  sorted = builtins.sort builtins.lessThan xs;
  small = lib.take 2000 xs;
in
{
  first = lib.take 20 sorted;
  last = lib.take 20 (lib.reverseList sorted);
  median = builtins.elemAt sorted 5000;
  strings = lib.take 50 (builtins.sort (a: b: a < b) strs);
  mergeSortAgrees = msort small == builtins.sort builtins.lessThan small;
  descending = lib.take 10 (builtins.sort (a: b: a > b) xs);
}
