let items = [ { keep = true; v = 1; } { keep = false; v = throw "dropped"; } { keep = true; v = 3; } ]; in map (i: i.v) (builtins.filter (i: i.keep) items)
