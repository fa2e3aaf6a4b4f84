# Small hand-written helpers in the style of a `lib`, shared by the vmcmd
# benchmark inputs. Not a benchmark by itself.
rec {
  id = x: x;
  const = x: _: x;
  flip = f: a: b: f b a;
  compose = f: g: x: f (g x);
  fix = f: let x = f x; in x;

  mod = a: b: a - (a / b) * b;
  min = a: b: if a < b then a else b;
  max = a: b: if a > b then a else b;
  sum = builtins.foldl' (a: b: a + b) 0;

  range = first: last:
    if first > last then [ ] else builtins.genList (n: first + n) (last - first + 1);
  foldr = op: nul: list:
    let
      len = builtins.length list;
      go = n: if n == len then nul else op (builtins.elemAt list n) (go (n + 1));
    in
    go 0;
  imap0 = f: list: builtins.genList (i: f i (builtins.elemAt list i)) (builtins.length list);
  take = n: list: builtins.genList (builtins.elemAt list) (min n (builtins.length list));
  drop = n: list:
    let len = builtins.length list; in
    if n >= len then [ ] else builtins.genList (i: builtins.elemAt list (i + n)) (len - n);
  reverseList = list:
    let len = builtins.length list; in
    builtins.genList (i: builtins.elemAt list (len - i - 1)) len;
  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];
  zipListsWith = f: a: b:
    builtins.genList (i: f (builtins.elemAt a i) (builtins.elemAt b i))
      (min (builtins.length a) (builtins.length b));
  unique = builtins.foldl' (acc: x: if builtins.elem x acc then acc else acc ++ [ x ]) [ ];

  nameValuePair = name: value: { inherit name value; };
  mapAttrs' = f: set:
    builtins.listToAttrs (map (n: f n set.${n}) (builtins.attrNames set));
  mapAttrsToList = f: set: map (n: f n set.${n}) (builtins.attrNames set);
  filterAttrs = pred: set:
    builtins.listToAttrs (builtins.concatMap
      (n: let v = set.${n}; in if pred n v then [ (nameValuePair n v) ] else [ ])
      (builtins.attrNames set));
  genAttrs = names: f: builtins.listToAttrs (map (n: nameValuePair n (f n)) names);
  optionalAttrs = cond: set: if cond then set else { };
  recursiveUpdate = lhs: rhs:
    lhs // builtins.mapAttrs
      (n: v:
        if lhs ? ${n} && builtins.isAttrs v && builtins.isAttrs lhs.${n}
        then recursiveUpdate lhs.${n} v
        else v)
      rhs;
  attrByPath = path: default: set:
    if path == [ ] then set
    else
      let h = builtins.head path; in
      if set ? ${h} then attrByPath (builtins.tail path) default set.${h} else default;

  optionalString = cond: s: if cond then s else "";
  concatMapStrings = f: list: builtins.concatStringsSep "" (map f list);
  concatMapStringsSep = sep: f: list: builtins.concatStringsSep sep (map f list);
  stringToCharacters = s:
    builtins.genList (i: builtins.substring i 1 s) (builtins.stringLength s);
  escapeShellArg = s: "'${builtins.replaceStrings [ "'" ] [ "'\\''" ] (toString s)}'";
  toUpper = builtins.replaceStrings
    (stringToCharacters "abcdefghijklmnopqrstuvwxyz")
    (stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  padLeft = width: s:
    let len = builtins.stringLength s; in
    if len >= width then s else padLeft width "0${s}";

  # A deterministic pseudo-random sequence (xorshift-like, kept positive).
  next = x: mod (builtins.bitXor (x * 1103515245 + 12345) (x / 65536)) 2147483647;
  randoms = n: seed:
    builtins.genList (i: next (next (seed + i * 7919))) n;
}
