let lib = import <nixpkgs/lib>; in
with lib.types;
{
  bool = map bool.check [ true 1 null ];
  int = map int.check [ 1 1.0 "1" ];
  float = map float.check [ 1.5 1 ];
  number = map number.check [ 1 1.5 "x" ];
  str = map str.check [ "" 1 ];
  nonEmptyStr = map nonEmptyStr.check [ "a" "" " \n" ];
  singleLineStr = map singleLineStr.check [ "a" "a\n" "a\nb" ];
  port = map port.check [ 0 65535 65536 (-1) ];
  u8 = map ints.u8.check [ 255 256 ];
  s8 = map ints.s8.check [ (-128) (-129) 127 128 ];
  unsigned = map ints.unsigned.check [ 0 (-1) ];
  positive = map ints.positive.check [ 0 1 ];
  between = map (ints.between 2 4).check [ 1 2 4 5 ];
  nonnegative = map numbers.nonnegative.check [ 0 0.5 (-0.5) ];
  enum = map (enum [ "a" 1 ]).check [ "a" 1 "b" ];
  strMatching = map (strMatching "[0-9]+M").check [ "512M" "M" 5 ];
  passwd = map (passwdEntry str).check [ "ok" "a:b" "a\nb" ];
}
