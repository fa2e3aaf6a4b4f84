[ (false -> true -> false) (true -> true -> false) (true -> false -> false) ((false -> true) -> false) ]
