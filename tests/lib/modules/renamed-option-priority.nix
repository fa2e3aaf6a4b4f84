let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    (lib.mkRenamedOptionModule [ "old" ] [ "new" ])
    { options.new = lib.mkOption { type = lib.types.str; default = "d"; }; }
    { old = lib.mkDefault "from-old"; new = "from-new"; }
  ];
}).config.new
