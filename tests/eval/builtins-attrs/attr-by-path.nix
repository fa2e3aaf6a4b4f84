let lib = import ../data/lib.nix; s = { a = { b = { c = "deep"; }; }; }; in [ (lib.attrByPath [ "a" "b" "c" ] null s) (lib.attrByPath [ "a" "x" ] "dflt" s) (lib.attrByPath [ ] 0 { k = 1; }) ]
