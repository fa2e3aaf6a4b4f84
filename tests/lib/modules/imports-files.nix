let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      ../data/modules/decl-list.nix
      ../data/modules/def-name.nix
      { imports = [ ../data/modules/def-b.nix ]; }
    ];
  };
in
{
  inherit (r.config) items name;
  nameFiles = map baseNameOf r.options.name.files;
}
