[ (true && true) (true && false) (false || true) (false || false) (!true) (!false) (!(1 == 2)) ]
