let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  modules = [
    {
      options.l = lib.mkOption { type = lib.types.lines; };
      options.c = lib.mkOption { type = lib.types.commas; };
      options.e = lib.mkOption { type = lib.types.envVar; };
      options.s = lib.mkOption { type = lib.types.separatedString "+"; };
      options.one = lib.mkOption { type = lib.types.singleLineStr; };
    }
    { l = "a"; c = "a"; e = "/bin"; s = "x"; one = "line\n"; }
    { l = lib.mkBefore "first"; c = "b"; e = "/usr/bin"; s = "y"; }
  ];
}).config
