let lib = import <nixpkgs/lib>; in
{
  optional = [ (lib.optionalString true "yes") (lib.optionalString false (throw "lazy")) ];
  normalize = map lib.strings.normalizePath [ "//a//b///c/" "/" "" "a/b" ];
  fileContents = lib.fileContents ./data/greeting.txt;
  floatToString = lib.strings.floatToString 0.5;
  typeOf = lib.typeOf [ ];
  len = lib.stringLength "héllo";
  sub = lib.substring 1 3 "abcdef";
  storeDirIsString = builtins.isString lib.strings.storeDir;
}
