map (e: { prefix = e.prefix; dir = baseNameOf e.path; }) builtins.nixPath
