let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption { type = lib.types.int; default = 1; description = "A."; example = 2; };
        options.n.b = lib.mkOption { type = lib.types.listOf lib.types.str; description = "B."; internal = true; };
        options.s = lib.mkOption {
          type = lib.types.attrsOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.bool; default = false; }; });
          default = { };
        };
        options.hidden = lib.mkOption { visible = false; type = lib.types.str; default = "h"; };
      }
    ];
  };
in
# The internal `_module` options of submodules are documented in our own words.
map (o: builtins.removeAttrs o ([ "declarations" ] ++ (if builtins.elem "_module" o.loc then [ "description" ] else [ ])))
  (lib.optionAttrSetToDocList (builtins.removeAttrs r.options [ "_module" ]))
