let mk = x: { value = x; }; in (mk 1).valeu
