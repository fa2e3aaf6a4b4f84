[ (builtins.split "(a)|(b)" "xaybz") (builtins.split "([0-9]+)" "ab12cd345") ]
