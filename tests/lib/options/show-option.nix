let lib = import <nixpkgs/lib>; in
map lib.showOption [
  [ "a" "b" ]
  [ "services" "nginx" "virtualHosts" "example.com" "root" ]
  [ "a" "*" "b" ]
  [ "a" "<name>" "c" ]
  [ "with space" ]
  [ "if" "let" "x-y" "x'" "1a" "$x" ]
  [ ]
]
