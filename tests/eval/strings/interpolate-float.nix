[ "${toString 1.5}" "${toString 2.0}" (toString 0.1) (toString 1.0e-5) (toString 123456789.0) ]
