let lib = import <nixpkgs/lib>; in
{
  safe = map lib.escapeShellArg [ "abc" "a/b-c_d.e:f@g%h+i,j" 42 ];
  quoted = map lib.escapeShellArg [ "" "a b" "it's" "$HOME" "*" "a\nb" ];
  args = lib.escapeShellArgs [ "ls" "-l" "my file" ];
  posix = map lib.isValidPosixName [ "FOO_1" "_x" "1abc" "a-b" "" ];
  var = lib.toShellVar "NAME" "some value";
  list = lib.toShellVar "ARR" [ "a" "b c" ];
  assoc = lib.toShellVar "MAP" { key = "v 1"; "k 2" = "w"; };
  stringLike = lib.toShellVar "P" { outPath = "/nix/store/x"; };
  vars = lib.toShellVars { A = "1"; B = [ "x" ]; };
}
