(import ../data/syntax-error.nix).a
