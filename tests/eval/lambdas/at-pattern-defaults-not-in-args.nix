(args@{ x ? 1, ... }: { inherit x; n = builtins.length (builtins.attrNames args); }) { }
