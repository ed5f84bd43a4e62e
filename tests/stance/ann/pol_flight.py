ID = "flight-attendants-union-endorses"
STANCES = [
 ("Flight attendants' union endorses Clinton", "Flight attendants' union", "+", "Clinton", "endorses", False),
 ("A union representing flight attendants endorsed Hillary Clinton", "A union", "+", "Hillary Clinton", "endorsed", False),
 ("organized labor throwing its support behind the nominee", "organized labor", "+", "the nominee", "throwing its support behind", False),
 ("the Association of Flight Attendants called Clinton a “champion”", "the Association of Flight Attendants", "+", "Clinton", "“champion”", False),
 ("Secretary Clinton's fight, long and historic, has opened the door", "the union@@the union wrote", "+", "Secretary Clinton's fight", "long and historic, has opened the door", False),
 ("have also endorsed Clinton in the race", "Other major unions@@Other major unions, including", "+", "Clinton", "have also endorsed", False),
 ("his campaign theme of questioning trade deals", "his", "-", "trade deals", "questioning", False, "Donald Trump"),
]
