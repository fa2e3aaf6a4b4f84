builtins.fromTOML (builtins.readFile ../data/sample.toml)
