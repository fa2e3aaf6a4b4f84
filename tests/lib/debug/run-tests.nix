let lib = import <nixpkgs/lib>; in
let
  tests = {
    testOk = { expr = 1 + 1; expected = 2; };
    testBad = { expr = "a" + "b"; expected = "ba"; };
    notATest = { expr = 1; expected = 2; };
  };
in {
  failures = lib.runTests tests;
  selected = lib.runTests (tests // { tests = [ "notATest" ]; });
  allTrue = lib.testAllTrue [ true (1 == 1) ];
  allTrueRun = lib.runTests { testAll = lib.testAllTrue [ true false ]; };
  noFailures = lib.debug.throwTestFailures { failures = [ ]; };
}
