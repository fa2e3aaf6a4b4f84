let lib = import ../data/lib.nix; in lib.concatMapStrings (x: "<${x}>") [ "a" "b" "" ]
