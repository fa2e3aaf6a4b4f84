import ../data/relative/top.nix
