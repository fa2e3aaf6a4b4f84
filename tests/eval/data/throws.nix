throw "thrown from data file"
