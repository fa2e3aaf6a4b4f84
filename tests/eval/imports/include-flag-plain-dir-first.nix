(import <foo.nix>).from
