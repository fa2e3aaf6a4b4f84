let lib = import <nixpkgs/lib>; in
with lib.types;
let
  d = t: if t ? description then t.description else t;
in
{
  enums = d (mergeTypes (enum [ "a" "b" ]) (enum [ "b" "c" ]));
  lists = d (mergeTypes (listOf int) (listOf int));
  bad = mergeTypes (listOf int) (listOf str);
  attrs = d (mergeTypes (attrsOf (enum [ 1 ])) (attrsOf (enum [ 2 ])));
  lazyMix = mergeTypes (attrsOf int) (lazyAttrsOf int);
  eithers = d (mergeTypes (either int (enum [ "x" ])) (either int (enum [ "y" ])));
  strs = d (mergeTypes (strMatching "a") (strMatching "a"));
  strsDiffer = mergeTypes (strMatching "a") (strMatching "b");
  seps = d (mergeTypes lines lines);
  ints = d (mergeTypes (ints.between 0 5) int);
  coerced = mergeTypes (coercedTo int toString str) (coercedTo int toString str);
  placeholder = (mergeTypes (attrsWith { elemType = int; placeholder = "host"; }) (attrsOf int)).functor.payload.placeholder;
}
