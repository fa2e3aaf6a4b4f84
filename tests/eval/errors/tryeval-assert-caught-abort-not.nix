let caught = builtins.tryEval (assert false; 1); in if caught.success then "no" else abort "assert was caught, abort is fatal"
