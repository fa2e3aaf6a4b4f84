let n = "dyn"; root = toString ./.; in builtins.substring (builtins.stringLength root) 100 (toString ./sub/${n}/file)
