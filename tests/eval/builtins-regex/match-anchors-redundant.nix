[ (builtins.match "^abc$" "abc") (builtins.match "^a" "ab") (builtins.match "^a.*$" "ab") ]
