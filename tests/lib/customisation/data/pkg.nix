{ a, c }: { r = a * c; }
