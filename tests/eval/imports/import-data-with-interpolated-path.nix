let name = "simple"; in (import ../data/${name}.nix).b
