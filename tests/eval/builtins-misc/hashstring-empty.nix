[ (builtins.hashString "md5" "") (builtins.hashString "sha256" "") (builtins.hashString "sha1" "ünïcödé\n") ]
