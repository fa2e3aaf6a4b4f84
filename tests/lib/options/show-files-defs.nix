let lib = import <nixpkgs/lib>; in
{
  files = lib.showFiles [ "a.nix" "b.nix" "c.nix" ];
  none = lib.showFiles [ ];
  defs = lib.options.showDefs [
    { file = "int.nix"; value = 1; }
    { file = "str.nix"; value = "multi\nline"; }
    { file = "list.nix"; value = [ 1 "two" { three = 3; } ]; }
    { file = "attrs.nix"; value = { a = 1; "b c" = [ ]; d = { }; }; }
    { file = "long.nix"; value = [ 1 2 3 4 5 6 7 8 ]; }
    { file = "fail.nix"; value = throw "boom"; }
    { file = "fun.nix"; value = { a, b ? 1 }: a; }
    { file = "drv.nix"; value = { type = "derivation"; name = "hello"; }; }
    { file = "misc.nix"; value = [ "a\${b}\"q\"" null true 1.5 ]; }
    { file = "path.nix"; value = /some/abs/path; }
  ];
}
