"first
second"
