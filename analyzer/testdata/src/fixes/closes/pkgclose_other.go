package closes

func closeTokens() error { return tokens.Close() }
