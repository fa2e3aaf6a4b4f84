"only in b"
