{ from = "search-b"; }
