let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    ({ options, ... }: {
      options.text = lib.mkOption { type = lib.types.str; };
      options.file = lib.mkOption { type = lib.types.str; default = "none"; };
      config.file = lib.mkDerivedConfig options.text (t: "file:" + t);
    })
    { text = lib.mkDefault "hello"; }
    { file = "explicit"; }
  ];
}).config
