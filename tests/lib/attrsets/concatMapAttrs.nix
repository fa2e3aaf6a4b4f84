let lib = import <nixpkgs/lib>; in
[
  (lib.concatMapAttrs (n: v: { ${n} = v; "${n}2" = v * 2; }) { a = 1; b = 2; })
  (lib.concatMapAttrs (n: v: { x = n; }) { a = 1; b = 2; })
  (lib.concatMapAttrs (n: v: { }) { })
]
