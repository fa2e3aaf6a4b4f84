let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.s = lib.mkOption {
        type = lib.types.submoduleWith {
          specialArgs = { extra = "special"; };
          modules = [ ({ extra, name, ... }: { options.v = lib.mkOption { default = "${extra}-${name}"; }; }) ];
        };
        default = { };
      };
    }
  ];
}).config
