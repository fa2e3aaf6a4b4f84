let lib = import <nixpkgs/lib>; in
{
  over = lib.overrideExisting { a = 1; b = 2; } { b = 20; c = 30; };
  paths = map lib.showAttrPath [ [ ] [ "a" "b" ] [ "foo-bar'" "with" "x y" "$z" "_1" "1x" ] ];
}
