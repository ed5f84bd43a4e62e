ID = "usa-today_2016-03-17_voters-turned-out-in-droves-tues"
STANCES = [
 ("motivates them to turn out to the polls, whether it's to vote for him or against him", "them", "+", "him", "vote for", False, "people"),
 ("motivates them to turn out to the polls, whether it's to vote for him or against him", "them", "-", "him#2", "against", False, "people"),
 ("Though Republicans boast of stronger participation by their primary voters", "Republicans", "+", "stronger participation by their primary voters", "boast of", False),
]
