let t = import ../data/throws.nix; in "import is lazy"
