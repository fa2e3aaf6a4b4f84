let lib = import <nixpkgs/lib>; in
{
  msg = lib.assertMsg true "unused";
  msgLazy = lib.assertMsg true (throw "message is lazy");
  oneOf = lib.assertOneOf "colour" "red" [ "red" "green" ];
  eachOneOf = lib.asserts.assertEachOneOf "colours" [ "red" "red" ] [ "red" "green" ];
  eachEmpty = lib.asserts.assertEachOneOf "colours" [ ] [ ];
  inAssert = assert lib.assertMsg (1 < 2) "math"; "passed";
  checkAssertWarn = lib.asserts.checkAssertWarn [ { assertion = true; message = "fine"; } ] [ "a warning" ] "value";
  caught = (builtins.tryEval (lib.assertMsg false "x")).success;
}
