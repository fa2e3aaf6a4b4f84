{ xs, ... }: builtins.length xs
