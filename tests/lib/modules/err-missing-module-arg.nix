let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ pkgs, ... }: { options.a = lib.mkOption { default = pkgs.hello; }; })
  ];
}).config.a
