let lib = import <nixpkgs/lib>; in
let
  opts = (lib.evalModules {
    modules = [
      ../data/modules/decl-list.nix
      ../data/modules/def-a.nix
      { items = lib.mkBefore [ "inline" ]; }
    ];
  }).options;
in
{
  defs = map (d: d // { file = baseNameOf d.file; }) opts.items.definitionsWithLocations;
  files = map baseNameOf opts.items.files;
  declarations = map baseNameOf opts.items.declarations;
  definitions = opts.items.definitions;
}
