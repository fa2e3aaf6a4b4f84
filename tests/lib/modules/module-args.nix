let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ pkgs, ... }: {
      options.pkg = lib.mkOption { type = lib.types.str; default = pkgs.hello; };
    })
    { _module.args.pkgs = { hello = "hello-2.12"; }; }
    ({ pkgs, lib, options, ... }: {
      options.hasOptionsArg = lib.mkOption { default = options ? pkg; };
    })
  ];
}).config
