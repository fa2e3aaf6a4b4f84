"only in a"
