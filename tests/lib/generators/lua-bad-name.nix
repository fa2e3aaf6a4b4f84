let lib = import <nixpkgs/lib>; in
{
  # The error message lists the names over several lines; only failing is checked.
  badFails = (builtins.tryEval (lib.generators.toLua { asBindings = true; } { "1bad" = 1; "good" = 2; })).success;
  dotted = lib.generators.toLua { asBindings = true; } { "a.b_c" = 1; _x = 2; };
}
