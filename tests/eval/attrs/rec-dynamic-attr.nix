let k = "dyn"; in rec { base = 1; ${k} = base + 1; other = base; }
