let mk = n: { val = n; }; in with mk 5; with mk (val * 2); val
