{ ok = 1; lazy = throw "forced by --strict"; }
