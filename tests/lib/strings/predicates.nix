let lib = import <nixpkgs/lib>; in
{
  stringLike = map lib.isStringLike [ "x" ./. { outPath = "/x"; } { __toString = self: "y"; } 1 [ ] { } ];
  storePath = map lib.isStorePath [
    "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-3.7.11"
    "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-python-3.7.11/bin/python"
    "/home/user"
    "nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-x"
    { outPath = "/nix/store/d945ibfx9x185xf04b890y4f9g3cbb63-x"; }
    42
  ];
  convertible = map lib.strings.isConvertibleWithToString [ 1 null true 1.5 "s" [ 1 "a" [ null ] ] { } [ { } ] ];
  isString = [ (lib.isString "a") (lib.isString 1) ];
}
