let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      ../data/modules/decl-list.nix
      ../data/modules/def-a.nix
      { key = "inline"; disabledModules = [ ../data/modules/def-c.nix ]; }
    ];
  };
  show = g: map (n: { key = baseNameOf n.key; inherit (n) disabled; imports = show n.imports; }) g;
in
show r.graph
