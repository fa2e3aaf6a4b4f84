let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options = {
        n = lib.mkOption { type = lib.types.nullOr lib.types.int; default = null; };
        n2 = lib.mkOption { type = lib.types.nullOr lib.types.int; };
        e = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; };
        e2 = lib.mkOption { type = lib.types.either lib.types.int lib.types.str; };
        en = lib.mkOption { type = lib.types.enum [ "qemu" "cloud-hypervisor" 3 ]; };
        m = lib.mkOption { type = lib.types.strMatching "[0-9]+[KMG]"; };
        o = lib.mkOption { type = lib.types.oneOf [ lib.types.bool lib.types.int (lib.types.listOf lib.types.str) ]; };
      };
    }
    { n2 = 5; e = 1; e2 = "two"; en = "qemu"; m = "512M"; o = [ "x" ]; }
  ];
}).config
