# vmcmd's built-in stand-in for `import <nixpkgs> { }`: for now it provides
# `lib`; the symbolic package set comes with the microvm layer.
{ ... }:
{
  lib = import ./lib;
}
