let lib = import <nixpkgs/lib>; in
let
  drv = {
    name = "demo"; system = "x86_64-linux"; meta = { description = "d"; }; outputs = [ "out" "doc" ];
    out = { outPath = "/store/o"; drvPath = "/store/d.drv"; };
    doc = { outPath = "/store/doc"; drvPath = "/store/d.drv"; };
    extra = throw "not copied";
  };
  job = lib.hydraJob drv;
in {
  names = builtins.attrNames job;
  inherit (job) outPath outputName type;
  doc = job.doc.outPath;
  null = lib.hydraJob null;
}
