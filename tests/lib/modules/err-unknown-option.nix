let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.vm.mem = lib.mkOption { type = lib.types.int; default = 1; }; }
    { vm.memory = 2; }
  ];
}).config
