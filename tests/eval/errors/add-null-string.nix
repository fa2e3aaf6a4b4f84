null + "x"
