# Sign profiles (the help desk's signing identity).
