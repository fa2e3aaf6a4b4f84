let lib = import <nixpkgs/lib>; in
{
  str = [ (lib.fixedWidthString 5 "0" "12") (lib.fixedWidthString 3 " " "abc") (lib.fixedWidthString 4 "-" "") ];
  num = [ (lib.fixedWidthNumber 5 42) (lib.fixedWidthNumber 1 7) ];
  hex = lib.fixedWidthString 4 "0" (lib.toHexString 255);
}
