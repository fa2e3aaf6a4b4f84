rec { x = y + z; y = z * 2; z = 5; }
