{ lib, stdenv, firecracker, writeShellScript, extra ? "none" }:
writeShellScript "my-package-${extra}" ''
  # ${stdenv.hostPlatform.system}
  exec ${lib.getExe firecracker} "$@"
''
