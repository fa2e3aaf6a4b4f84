let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      freeformType = lib.types.attrsOf lib.types.str;
      options.declared = lib.mkOption { type = lib.types.int; default = 1; };
    }
    { free = "value"; other = "x"; declared = 2; }
    { free = lib.mkForce "forced"; }
  ];
}).config
