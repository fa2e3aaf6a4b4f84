args@{ mode ? "debug", ... }: { inherit mode; names = builtins.attrNames args; }
