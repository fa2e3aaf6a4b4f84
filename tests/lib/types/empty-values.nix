let lib = import <nixpkgs/lib>; in
with lib.types;
map (t: t.emptyValue) [
  (listOf int) (attrsOf int) (nullOr int) int str attrs (nonEmptyListOf int) (uniq (listOf int))
  (coercedTo int toString (listOf str)) (lazyAttrsOf int)
]
