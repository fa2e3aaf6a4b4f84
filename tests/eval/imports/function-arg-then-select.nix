{ pkgs ? { } }: { result = pkgs.value or "no pkgs"; other = 2; }
