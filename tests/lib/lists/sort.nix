let lib = import <nixpkgs/lib>; in
{
  sort = lib.sort (a: b: a < b) [ 3 1 2 ];
  sortOn = lib.sortOn builtins.stringLength [ "ccc" "a" "bb" "d" ];
  stable = lib.sortOn (x: x.k) [ { k = 1; v = "a"; } { k = 0; v = "b"; } { k = 1; v = "c"; } ];
  natural = lib.naturalSort [ "disk10" "disk9" "disk1" "a" "disk010" "disk0" "10" "9" "" ];
  cmp = [
    (lib.compareLists builtins.sub [ ] [ ])
    (lib.compareLists builtins.sub [ ] [ 1 ])
    (lib.compareLists builtins.sub [ 1 ] [ ])
    (lib.compareLists builtins.sub [ 1 2 ] [ 1 5 ])
    (lib.compareLists (a: b: if a == b then 0 else 1) [ 1 (throw "x") ] [ 2 ])
  ];
}
