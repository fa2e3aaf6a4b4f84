let min = -9223372036854775807 - 1; in [ min (min - 1) (builtins.sub min 1) ]
