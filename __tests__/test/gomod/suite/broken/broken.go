package broken

func Value() int { return "not an int" }
