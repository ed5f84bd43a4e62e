ID = "axelrod-calls-on-dean-to-apologi"
STANCES = [
 ("Axelrod calls on Dean to apologize", "Axelrod", "-", "Dean", "calls on", False),
 ("for suggesting Trump uses cocaine", "Dean@@Axelrod calls on Dean", "-", "Trump", "suggesting", False),
 ("David Axelrod on Wednesday called on Howard Dean to apologize", "David Axelrod", "-", "Howard Dean", "called on", False),
 ("for accusing him of being a cocaine user", "Howard Dean@@called on Howard Dean", "-", "him", "accusing", False),
 ("My reaction, that was outrageous,", "Obama's former campaign strategist@@Obama's former campaign strategist said", "-", "that", "outrageous", False, "David Axelrod"),
 ("He, like Donald Trump, has refused to apologize", "Obama's former campaign strategist@@Obama's former campaign strategist said", "-", "He", "has refused to apologize", False, "David Axelrod"),
 ("He, like Donald Trump, has refused to apologize", "Obama's former campaign strategist@@Obama's former campaign strategist said", "-", "Donald Trump", "has refused to apologize", False, "David Axelrod"),
 ("has refused to apologize for an outrageous statement", "Obama's former campaign strategist@@Obama's former campaign strategist said", "-", "an outrageous statement", "outrageous", False, "David Axelrod"),
 ("poked at Trump's persistent sniffing", "Dean@@Dean, a former Democratic", "-", "Trump's persistent sniffing", "poked at", False),
 ("He then defended the remark", "He", "+", "the remark", "defended", False, "Howard Dean"),
 ("I don’t think this is a ridiculous idea", "I", "+", "this", "don’t think this is a ridiculous idea", True, "Howard Dean"),
 ("this guy has already proven himself to be unstable", "He@@He then defended", "-", "this guy", "proven himself to be unstable", False, "Howard Dean"),
 ("valid reasons to attack and critique Donald Trump", "Axelrod@@Axelrod said. “And", "-", "Donald Trump", "valid reasons to attack and critique", False),
 ("but that was a really — a really outrageous tweet", "Axelrod@@Axelrod said. “And", "-", "that", "a really outrageous tweet", False),
 ("He ought to pull that back", "Axelrod@@Axelrod said. “And", "-", "that", "ought to pull that back", False),
 ("He ought to pull that back", "Axelrod@@Axelrod said. “And", "-", "He", "ought to pull that back", False),
]
