HAM = {}
