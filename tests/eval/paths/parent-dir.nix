let here = toString ./.; up = toString ../.; in
[ (builtins.stringLength here > builtins.stringLength up) (baseNameOf here) (baseNameOf up) (dirOf here == up) ]
