let lib = import <nixpkgs/lib>; in
{
  toHex = map lib.toHexString [ 0 9 10 255 4096 1234567 ];
  fromHex = map lib.fromHexString [ "ff" "0xFF" "0" "7fffffffffffffff" "0x10" "AbC" ];
  digits = [ (lib.toBaseDigits 2 10) (lib.toBaseDigits 10 0) (lib.toBaseDigits 16 255) (lib.toBaseDigits 7 100) ];
}
