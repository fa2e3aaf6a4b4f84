let lib = import <nixpkgs/lib>; in
{
  # Their messages span several lines, so only their failing is checked here.
  eachOneOf = (builtins.tryEval (lib.asserts.assertEachOneOf "features" [ "a" "c" ] [ "a" "b" ])).success;
  checkAssertWarn = (builtins.tryEval (lib.asserts.checkAssertWarn [
    { assertion = false; message = "first failed"; }
    { assertion = true; message = "fine"; }
  ] [ ] null)).success;
  oneOf = (builtins.tryEval (lib.assertOneOf "x" 1 [ 2 3 ])).success;
}
