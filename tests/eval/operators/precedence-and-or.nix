[ (true || false && false) (false && true || true) (!false && false) (true -> false || true) (1 + 2 * 3) ((1 + 2) * 3) (10 - 2 - 3) (100 / 10 / 5) ]
