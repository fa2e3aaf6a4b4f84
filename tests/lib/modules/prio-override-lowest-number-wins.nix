let lib = import <nixpkgs/lib>; in
let
  eval = defs: (lib.evalModules {
    modules = [ { options.a = lib.mkOption { type = lib.types.int; }; } ] ++ map (d: { a = d; }) defs;
  }).config.a;
in
{
  vm = eval [ (lib.mkForce 1) (lib.mkVMOverride 2) ];
  custom = eval [ (lib.mkOverride 70 3) (lib.mkDefault 4) (lib.mkOverride 60 5) ];
  image = eval [ (lib.mkImageMediaOverride 6) 7 ];
  optionDefault = eval [ (lib.mkOptionDefault 8) ];
}
