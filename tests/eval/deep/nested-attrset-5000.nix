let
  nest = builtins.foldl' (acc: i: { inner = acc; level = i; }) { leaf = true; } (builtins.genList (i: i) 5000);
  walk = s: n: if s ? inner then walk s.inner (n + 1) else n;
in { depth = walk nest 0; top = nest.level; deepest = nest.inner.inner.inner.level; }
