./foo + 1
