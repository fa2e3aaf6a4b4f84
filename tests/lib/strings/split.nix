let lib = import <nixpkgs/lib>; in
{
  simple = lib.splitString "," "a,b,,c";
  multiChar = lib.splitString "::" "x::y::z";
  regexChars = lib.splitString "." "1.2.3";
  edges = lib.splitString "/" "/usr/bin/";
  empty = lib.splitString "," "";
  noSep = lib.splitString "," "abc";
  by = lib.splitStringBy (prev: curr: curr == "-") false "a-b--c";
  byKeep = lib.splitStringBy (prev: curr: builtins.match "[A-Z]" curr != null) true "fooBarBaz";
  byEmpty = lib.splitStringBy (p: c: true) true "";
  chars = lib.stringToCharacters "abc";
  noChars = lib.stringToCharacters "";
  asChars = lib.stringAsChars (c: if c == "a" then "A" else c) "banana";
}
