let lib = import <nixpkgs/lib>; in
let
  base = lib.evalModules {
    modules = [
      { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; }; }
      { l = [ 1 ]; }
    ];
  };
  ext = base.extendModules { modules = [ { l = [ 2 ]; } ]; };
  ext2 = ext.extendModules { modules = [ { l = lib.mkForce [ 3 ]; } ]; };
in
{ base = base.config.l; ext = ext.config.l; ext2 = ext2.config.l; cls = base.class; ty = base._type; }
