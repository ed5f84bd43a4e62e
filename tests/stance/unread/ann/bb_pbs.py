ID = "breitbart_2016-02-11_fix-is-in-pbs-moderators-ignore-"
STANCES = [
 ("(legitimate questions in my mind)", "my", "+", "questions", "legitimate", False),
]
