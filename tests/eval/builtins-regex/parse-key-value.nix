let parse = line: let m = builtins.match "[[:space:]]*([A-Za-z_]+)[[:space:]]*=[[:space:]]*\"?([^\"]*)\"?[[:space:]]*" line; in if m == null then null else { name = builtins.elemAt m 0; value = builtins.elemAt m 1; };
in map parse [ "key = value" "  quoted = \"with spaces\"  " "not a pair" ]
