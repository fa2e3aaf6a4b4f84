let lib = import <nixpkgs/lib>; in
with lib.types;
{
  list = map (listOf int).check [ [ ] [ "x" ] 1 ];
  attrs = map (attrsOf int).check [ { } { a = "x"; } [ ] ];
  nullOr = map (nullOr int).check [ null 1 "x" ];
  either = map (either int str).check [ 1 "x" true ];
  nonEmpty = map (nonEmptyListOf int).check [ [ ] [ 1 ] ];
  submodule = map (submodule { }).check [ { } (x: x) ./. 1 ];
  function = map (functionTo int).check [ (x: x) 1 ];
  package = map package.check [ { type = "derivation"; } "/nix/store/00000000000000000000000000000000-x" "/tmp/x" ];
  path = map path.check [ "/abs" "rel" ./. ];
  pathInStore = map pathInStore.check [ "/nix/store/00000000000000000000000000000000-x" "/nix/store/00000000000000000000000000000000-x/bin" "/nix/store" "/tmp" ];
  externalPath = map externalPath.check [ "/tmp" "/nix/store/00000000000000000000000000000000-x" ];
  coerced = map (coercedTo int toString str).check [ 1 "x" true ];
  optionType = map optionType.check [ int 1 ];
  deferred = map deferredModule.check [ { } (x: x) "x" ];
}
