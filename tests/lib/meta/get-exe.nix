let lib = import <nixpkgs/lib>; in
let
  withBin = {
    type = "derivation"; name = "tool-1.0"; pname = "tool";
    outPath = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-tool-1.0";
    bin = { outPath = "/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-tool-1.0-bin"; };
    meta.mainProgram = "toolctl";
  };
  noMain = { type = "derivation"; name = "hello-2.12"; outPath = "/nix/store/cccccccccccccccccccccccccccccccc-hello-2.12"; };
  specified = withBin // { outputSpecified = true; };
in {
  exe = lib.getExe withBin;
  exe' = lib.getExe' withBin "helper";
  guessed = lib.getExe noMain;
  specified = lib.getExe' specified "x";
  cpe = lib.meta.cpeFullVersionWithVendor "gnu" "2.12";
}
