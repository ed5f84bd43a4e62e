ID = "west-journal_2016-02-17_black-lives-matter-sends-brutal-"
STANCES = [
 ("\u2018Black Lives Matter\u2019 Sends Brutal Message To Hillary", "\u2018Black Lives Matter\u2019", "-", "Hillary", "Sends Brutal Message To", False),
 ("the BLM group is calling on Hillary Clinton to \u201cstop pimping black votes\u201d", "the BLM group", "-", "Hillary Clinton", "calling on", False),
 ("and call on Rahm Emanuel to resign as Chicago\u2019s mayor", "the BLM group@@the BLM group is calling on", "-", "Rahm Emanuel", "call on", False),
 ("the BLM group has now set its sights on Clinton", "the BLM group", "-", "Clinton", "set its sights on", False),
 ("She legit should be spending time convincing her bestie Rahm to resign", "One BLM activist@@One BLM activist tweeted", "-", "her bestie Rahm", "to resign", False),
 ("should be spending time convincing her bestie Rahm to resign instead of pimping black votes", "One BLM activist@@One BLM activist tweeted", "-", "She@@She legit should", "pimping black votes", False),
 ("Chicago residents have accused Emanuel of covering up", "Chicago residents", "-", "Emanuel", "accused", False),
 ("a federal judge ordered Emanuel\u2019s office, along with the county prosecutor, to release emails and video of the shooting", "a federal judge", "+", "release emails and video of the shooting", "ordered", False),
 ("the community immediately began calling for Emanuel to resign", "the community", "-", "Emanuel", "calling for", False),
 ("a decision which he has, so far, refused to consider", "he", "-", "a decision", "refused to consider", True, "Rahm Emanuel"),
 ("have demonstrated amid calls for Emanuel to resign", None, "-", "Emanuel", "calls for", False),
 ("Zornick\u2019s comment highlighted the silence", "Zornick\u2019s", "-", "the silence", "highlighted", False),
 ("One petition for Emanuel to resign", "One petition", "-", "Emanuel", "petition for", False),
 ("Alongside BLM calls for action", "BLM", "+", "action", "calls for", False),
]
