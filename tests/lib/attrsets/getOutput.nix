let lib = import <nixpkgs/lib>; in
let
  pkg = { type = "derivation"; out = "OUT"; bin = "BIN"; dev = "DEV"; outputSpecified = false; };
  bare = { out = "OUT"; };
  chosen = { out = "OUT"; bin = "BIN"; outputSpecified = true; name = "chosen"; };
in {
  bin = lib.getBin pkg;
  lib_ = lib.getLib pkg;
  dev = lib.getDev pkg;
  man = lib.getMan bare;
  specified = (lib.getBin chosen).name;
  none = lib.getOutput "foo" { x = 1; };
  nonSet = lib.getOutput "bin" 3;
  static = lib.getStatic { out = "O"; lib = "L"; };
  include = lib.getInclude { out = "O"; dev = "D"; include = "I"; };
  first = lib.getFirstOutput [ "a" "b" ] { b = "B"; a = "A"; };
  firstNone = (lib.getFirstOutput [ "a" ] { name = "p"; }).name;
  devs = lib.chooseDevOutputs [ pkg bare ];
}
