builtins.attrNames { x = throw "x"; y = abort "y"; z = assert false; 1; }
