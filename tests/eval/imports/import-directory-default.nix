import ../data/dir-with-default
