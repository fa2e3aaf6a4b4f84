let lib = import <nixpkgs/lib>; in
{
  concatStrings = lib.concatStrings [ "a" "b" "c" ];
  concatStringsSep = lib.concatStringsSep ", " [ "x" "y" ];
  concatMapStrings = lib.concatMapStrings (x: x + ";") [ "a" "b" ];
  concatMapStringsSep = lib.concatMapStringsSep "-" toString [ 1 2 3 ];
  concatImapStrings = lib.concatImapStrings (i: x: "${toString i}${x}") [ "a" "b" ];
  concatImapStringsSep = lib.concatImapStringsSep "," (i: x: "${x}${toString i}") [ "p" "q" ];
  concatLinesEmpty = lib.concatLines [ ];
  concatLines = lib.concatLines [ "one" "two" ];
  join = lib.join "/" [ "usr" "bin" ];
  attrSep = lib.concatMapAttrsStringSep "&" (n: v: "${n}=${v}") { b = "2"; a = "1"; };
  emptySep = lib.concatStringsSep "," [ ];
}
