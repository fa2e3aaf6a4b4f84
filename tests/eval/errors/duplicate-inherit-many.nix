# A duplicate inherit after more than 16 let bindings is still found.
let
  b0 = 0;
  b1 = 1;
  b2 = 2;
  b3 = 3;
  b4 = 4;
  b5 = 5;
  b6 = 6;
  b7 = 7;
  b8 = 8;
  b9 = 9;
  b10 = 10;
  b11 = 11;
  b12 = 12;
  b13 = 13;
  b14 = 14;
  b15 = 15;
  b16 = 16;
  b17 = 17;
  b18 = 18;
  b19 = 19;
  x = 1;
  inherit ({ b5 = 5; }) b5;
in b5
