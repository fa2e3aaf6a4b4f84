throw "custom failure message"
