assert false; "unreachable"
