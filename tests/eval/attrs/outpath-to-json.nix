{ drv = { outPath = "/nix/store/fake"; other = 1; }; n = 1; }
