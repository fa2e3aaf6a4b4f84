let lib = import <nixpkgs/lib>; in
let
  drv = {
    type = "derivation"; name = "demo"; outputs = [ "out" "dev" ];
    outPath = "/store/out"; drvPath = "/store/demo.drv";
    out = { type = "derivation"; outputName = "out"; outPath = "/store/out"; drvPath = "/store/demo.drv"; };
    dev = { type = "derivation"; outputName = "dev"; outPath = "/store/dev"; drvPath = "/store/demo.drv"; };
  };
  ext = lib.extendDerivation true { extra = 42; } drv;
  bad = lib.extendDerivation false { } drv;
in {
  extra = [ ext.extra ext.dev.extra ];
  outs = [ ext.outPath ext.dev.outPath ext.dev.outputName ext.out.outputSpecified ];
  all = map (o: o.outPath) ext.all;
  badName = bad.name;
  badPath = (builtins.tryEval bad.outPath).success;
}
