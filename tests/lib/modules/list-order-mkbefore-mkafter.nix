let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.l = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { l = lib.mkAfter [ "after" ]; }
    { l = [ "middle1" ]; }
    { l = lib.mkBefore [ "before" ]; }
    { l = [ "middle2" ]; }
    { l = lib.mkOrder 1200 [ "1200" ]; }
    { l = lib.mkOrder 400 [ "400" ]; }
  ];
}).config.l
