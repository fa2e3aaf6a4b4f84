let lib = import <nixpkgs/lib>; in
[
  (lib.foldlAttrs (acc: n: v: acc ++ [ "${n}=${toString v}" ]) [ ] { b = 2; a = 1; })
  (lib.foldlAttrs (acc: n: v: acc + v) 0 { })
  (lib.foldlAttrs (acc: n: _: acc // { ${n} = true; }) { } { x = throw "value unused"; })
]
