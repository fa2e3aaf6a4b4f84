let lib = import <nixpkgs/lib>; in
let
  g = lib.generators;
in {
  ini = g.toINI { } { main = { a = 1; b = "x"; }; "sec[1]" = { enabled = false; }; empty = { }; };
  iniDup = g.toINI { listsAsDuplicateKeys = true; } { s = { k = [ 1 2 ]; }; };
  iniNames = g.toINI { mkSectionName = lib.toUpper; } { sec = { a = 1; }; };
  global = g.toINIWithGlobalSection { } { globalSection = { top = 1; }; sections = { s = { k = "v"; }; }; };
  globalEmpty = g.toINIWithGlobalSection { } { globalSection = { }; sections = { s = { k = "v"; }; }; };
  globalOnly = g.toINIWithGlobalSection { } { globalSection = { a = "b"; }; };
}
