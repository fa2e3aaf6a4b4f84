let lib = import <nixpkgs/lib>; in
let
  drv = { name = "hello-2.12"; meta.description = "d"; };
  overridable = { name = "x-1"; meta = { a = 1; }; overrideAttrs = f: { fromOverride = f { meta = { a = 1; }; }; }; };
in {
  setName = lib.setName "other" drv;
  updateName = (lib.updateName (n: n + "-patched") drv).name;
  appendToName = (lib.appendToName "wrapped" drv).name;
  appendNoVersion = (lib.appendToName "x" { name = "plain"; }).name;
  addMeta = (lib.addMetaAttrs { license = "mit"; } drv).meta;
  addMetaOverride = lib.addMetaAttrs { b = 2; } overridable;
  dontDistribute = (lib.dontDistribute drv).meta;
}
