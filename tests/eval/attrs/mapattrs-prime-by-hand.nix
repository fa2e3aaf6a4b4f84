let
  mapAttrs' = f: set: builtins.listToAttrs (map (n: f n set.${n}) (builtins.attrNames set));
  users = { alice = { uid = 1000; }; bob = { uid = 1001; }; };
in mapAttrs' (name: u: { name = "user-${name}"; value = u.uid + 1; }) users
