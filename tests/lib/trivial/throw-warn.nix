let lib = import <nixpkgs/lib>; in
{
  throwIfFalse = lib.throwIf false "no" 1;
  throwIfNotTrue = lib.throwIfNot true "no" 2;
  caught = builtins.tryEval (lib.throwIf true "boom" 1);
  warnIfFalse = lib.warnIf false "not shown" 3;
  warned = lib.warn "this is a warning" 4;
  warnIfNot = lib.warnIfNot false "shown" 5;
  shown = lib.showWarnings [ "first" "second" ] 6;
  info = lib.info "informational" 7;
  enumOk = lib.checkListOfEnum "colour" [ "red" "green" ] [ "red" ] 8;
  enumEmpty = lib.checkListOfEnum "colour" [ "red" ] [ ] 9;
}
