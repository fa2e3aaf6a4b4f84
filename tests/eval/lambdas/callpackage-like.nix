let
  callPackage = fn: overrides: let args = builtins.intersectAttrs (builtins.functionArgs fn) pool; in fn (args // overrides);
  pool = { stdenv = "stdenv"; zlib = "zlib-1.2"; openssl = "openssl-3"; unused = throw "not needed"; };
  pkg = { stdenv, zlib, openssl ? null, withTls ? false }: { inherit stdenv zlib withTls; tls = if withTls then openssl else null; };
in [ (callPackage pkg { }) (callPackage pkg { withTls = true; }) ]
