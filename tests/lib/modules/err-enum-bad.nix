let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    { options.h = lib.mkOption { type = lib.types.enum [ "qemu" "firecracker" ]; }; }
    { h = "kvmtool"; }
  ];
}).config.h
