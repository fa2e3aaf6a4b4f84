# "${pkg}" is the first output; outputs interpolate to their own paths.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
in
{
  jq = "${pkgs.jq}";
  jqOut = "${pkgs.jq.out}";
  jqBin = "${pkgs.jq.bin}";
  jqDev = pkgs.jq.dev.outPath;
  toString = toString pkgs.curl;
  concat = "${pkgs.util-linux}/bin/mount";
  inList = builtins.concatStringsSep " " (map toString [ pkgs.bash pkgs.coreutils ]);
  drv = pkgs.jq.drvPath;
  drvOut = pkgs.jq.out.drvPath;
  outOfOut = pkgs.jq.out.bin.outPath;
  outputName = [ pkgs.jq.outputName pkgs.jq.out.outputName pkgs.jq.dev.outputName ];
  isDerivation = map pkgs.lib.isDerivation [ pkgs.jq pkgs.jq.dev pkgs.qemu (pkgs.writeText "a" "b") pkgs.stdenv ];
  types = [ pkgs.jq.type pkgs.qemu.type pkgs.jq.man.type ];
  json = builtins.toJSON { p = pkgs.socat; };
}
