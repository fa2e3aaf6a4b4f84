{ from = "search-a"; }
