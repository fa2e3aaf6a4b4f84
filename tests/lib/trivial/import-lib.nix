let lib = import <nixpkgs/lib>; in builtins.isAttrs lib && lib ? types && lib ? mkOption
