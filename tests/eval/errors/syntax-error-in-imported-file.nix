import ../data/syntax-error.nix
