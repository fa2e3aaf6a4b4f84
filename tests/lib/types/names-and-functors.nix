let lib = import <nixpkgs/lib>; in
with lib.types;
map (t: { inherit (t) name; fname = t.functor.name; }) [
  (listOf str) (attrsOf int) (lazyAttrsOf int) (nullOr int) (either int str) (uniq int)
  (unique { message = "m"; } int) (functionTo int) (enum [ 1 ]) (strMatching "x")
  (separatedString ",") (submodule { }) deferredModule (coercedTo int toString str)
  (addCheck int (x: x > 0)) (ints.between 0 1) port path
]
