let
  s = import ../data/attr-pos.nix;
  pos = n: let p = builtins.unsafeGetAttrPos n s; in { inherit (p) line column; file = baseNameOf p.file; };
in { first = pos "first"; second = pos "second"; nested = pos "nested"; missing = builtins.unsafeGetAttrPos "nope" s; }
