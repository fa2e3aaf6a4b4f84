{ leaf = 42; }
