let lib = import <nixpkgs/lib>; in
{
  trim = map lib.trim [ "  hello  " "\t\n x y \r\n" "   " "" "nospace" ];
  start = (lib.trimWith { start = true; }) "  a  ";
  end = (lib.trimWith { end = true; }) "  a  ";
  neither = (lib.trimWith { }) "  a  ";
  multiline = lib.trim "\n  line one\n  line two  \n";
}
