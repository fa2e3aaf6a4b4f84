let
  lib = import <nixpkgs/lib>;
  d = derivation { name = "demo-1.0"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo" ]; outputs = [ "out" "dev" ]; };
  o = lib.overrideDerivation d (old: { name = "demo-2.0"; extra = "x"; });
  ex = lib.extendDerivation true { passthru = { p = 1; }; } d;
  mo = lib.makeOverridable ({ n }: derivation { name = n; system = "x"; builder = "/bin/sh"; }) { n = "aa"; };
  mo2 = mo.overrideDerivation (old: { name = "bb"; });
  job = lib.hydraJob (d // { meta = { description = "x"; }; });
in {
  o = { inherit (o) name drvPath outPath; extra = o.extra; dev = o.dev.outPath; names = builtins.attrNames o; };
  ex = { inherit (ex) drvPath; devOut = ex.dev.outPath; names = builtins.attrNames ex; };
  mo2 = { inherit (mo2) name drvPath; names = builtins.attrNames mo2; };
  job = { inherit (job) drvPath outPath; names = builtins.attrNames job; devnames = builtins.attrNames job.dev; };
  exe = lib.getExe' d "x";
  binPath = lib.makeBinPath [ d ];
  devPath = lib.makeSearchPathOutput "dev" "include" [ d ];
  spath = lib.isStorePath d;
  spath2 = lib.isStorePath "${d}";
  pretty = lib.generators.toPretty { } d;
  lua = lib.generators.toLua { } d;
  kv = lib.generators.mkValueStringDefault { } d;
  shell = lib.escapeShellArg d;
  name = lib.getName d;
  ver = lib.getVersion d;
  sanit = builtins.getContext (lib.strings.sanitizeDerivationName "${d}");
}
