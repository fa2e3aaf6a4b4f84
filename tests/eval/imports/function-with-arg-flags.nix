{ x, y ? 2 }: { sum = x + y; product = x * y; }
