rec {
  id = x: x;
  const = x: _: x;
  compose = f: g: x: f (g x);
  mapAttrs' = f: set: builtins.listToAttrs (map (n: f n set.${n}) (builtins.attrNames set));
  nameValuePair = name: value: { inherit name value; };
  optional = cond: x: if cond then [ x ] else [ ];
  optionalAttrs = cond: as: if cond then as else { };
  concatMapStrings = f: l: builtins.concatStringsSep "" (map f l);
  filterAttrs = pred: set: builtins.listToAttrs (builtins.concatMap (n: let v = set.${n}; in if pred n v then [ (nameValuePair n v) ] else [ ]) (builtins.attrNames set));
  mkIf = cond: content: { _type = "if"; inherit cond content; };
  mkDefault = v: { _type = "override"; priority = 1000; content = v; };
  attrByPath = path: default: set:
    if path == [ ] then set
    else let h = builtins.head path; in
      if set ? ${h} then attrByPath (builtins.tail path) default set.${h} else default;
  foldr = op: nul: list:
    let len = builtins.length list;
        go = n: if n == len then nul else op (builtins.elemAt list n) (go (n + 1));
    in go 0;
  range = a: b: if a > b then [ ] else builtins.genList (i: a + i) (b - a + 1);
}
