[ (toString 1.5) (toString 0.1) (toString 1.0e10) (toString 1.0e-10) (toString 3.0) (toString 2.5e-7) ]
