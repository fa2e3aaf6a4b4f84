let lib = import <nixpkgs/lib>; in
let
  pkgs = {
    hello = { type = "derivation"; name = "hello"; };
    python3Packages.requests = { type = "derivation"; name = "requests"; };
  };
  show = o: builtins.removeAttrs o [ "type" ] // { type = o.type.description; };
in
{
  plain = show (lib.mkPackageOption pkgs "hello" { });
  nested = show (lib.mkPackageOption pkgs "requests" { default = [ "python3Packages" "requests" ]; example = "pkgs.foo"; });
  nullable = show (lib.mkPackageOption pkgs "hello" { nullable = true; extraDescription = "Extra."; });
  noDefault = show (lib.mkPackageOption pkgs [ "a" "b" ] { default = null; pkgsText = "myPkgs"; example = [ "x" "y" ]; });
}
