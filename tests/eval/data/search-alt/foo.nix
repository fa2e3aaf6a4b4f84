{ from = "search-alt"; }
