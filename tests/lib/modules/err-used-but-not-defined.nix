let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [ { options.vm.hypervisor = lib.mkOption { type = lib.types.str; }; } ];
}).config.vm.hypervisor
