let isEven = n: builtins.div n 2 * 2 == n; in assert isEven 7; "odd"
