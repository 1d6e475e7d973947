def specs():
    return []
