{ items = [ "b" ]; }
