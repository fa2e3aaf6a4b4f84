let x = 5; in rec { inherit x; y = x * 2; }
