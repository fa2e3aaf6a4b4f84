let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.vm = lib.mkOption {
        type = lib.types.submodule { options.mem = lib.mkOption { type = lib.types.int; default = 512; }; };
        default = { };
      };
    }
    {
      options.vm = lib.mkOption {
        type = lib.types.submodule { options.vcpu = lib.mkOption { type = lib.types.int; default = 1; }; };
      };
    }
    { options.vm.hypervisor = lib.mkOption { type = lib.types.str; default = "qemu"; }; }
    { vm.vcpu = 4; }
  ];
}).config
