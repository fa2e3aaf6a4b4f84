builtins.fromTOML (builtins.readFile ../data/strings.toml)
