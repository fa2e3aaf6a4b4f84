# builtins.sort forces every element before comparing, even when the
# comparator never looks at them and there is nothing to compare.
builtins.length (builtins.sort (a: b: true) [ (throw "element forced") ])
