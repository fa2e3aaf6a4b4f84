let lib = import <nixpkgs/lib>; in
let
  opts = (lib.evalModules {
    modules = [
      {
        options = {
          plain = lib.mkOption { type = lib.types.int; };
          dflt = lib.mkOption { type = lib.types.int; };
          forced = lib.mkOption { type = lib.types.int; };
          onlyDefault = lib.mkOption { type = lib.types.int; default = 1; };
          undefined = lib.mkOption { type = lib.types.int; };
          mixed = lib.mkOption { type = lib.types.listOf lib.types.int; };
        };
      }
      {
        plain = 1;
        dflt = lib.mkDefault 1;
        forced = lib.mkForce 1;
        mixed = lib.mkMerge [ (lib.mkDefault [ 1 ]) (lib.mkOverride 900 [ 2 ]) ];
      }
    ];
  }).options;
in
lib.mapAttrs (n: o: o.highestPrio) (builtins.removeAttrs opts [ "_module" ])
