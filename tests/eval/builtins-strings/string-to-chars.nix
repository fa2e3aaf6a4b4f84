let chars = s: builtins.genList (i: builtins.substring i 1 s) (builtins.stringLength s); in chars "nix!"
