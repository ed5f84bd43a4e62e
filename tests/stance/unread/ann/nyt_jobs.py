ID = "nyt_2015-11-09_jobs-report-gives-democrats-a-li"
STANCES = [
 ("It could blunt Republicans' generalized demands for change", "Republicans'", "+", "change", "demands for", False),
 ("a super PAC supporting Hillary Rodham Clinton", "a super PAC", "+", "Hillary Rodham Clinton", "supporting", False),
 ("their argument that we need a big change from Obama's economic policies", "their", "-", "Obama's economic policies", "need a big change from", False, "the Republicans"),
 ("for the Republicans to successfully attack Obama as a job killer", "the Republicans", "-", "Obama", "attack", False),
 ("easier for Hillary Clinton and other Democrats to defend those policies", "Hillary Clinton and other Democrats", "+", "those policies", "defend", False),
 ("stoked the challenge of Senator Bernie Sanders, an independent from Vermont, against Mrs. Clinton", "Senator Bernie Sanders", "-", "Mrs. Clinton", "the challenge", False),
 ("the campaigns of political outsiders such as Ben Carson against party-establishment favorites like Jeb Bush", "political outsiders such as Ben Carson", "-", "party-establishment favorites like Jeb Bush", "campaigns", False),
 ("The Fed does not want to stall growth", "The Fed", "+", "growth", "does not want to stall", True),
 ("only to prevent the economy's overheating", "The Fed@@The Fed does not want", "-", "the economy's overheating", "prevent", False),
 ("warn that the central bank could undermine growth by raising rates prematurely", "some liberal economists@@Even so, some liberal economists", "-", "raising rates prematurely", "warn", False),
 ("She said the weakness of the global economy made it risky for the United States to raise interest rates", "She", "-", "raise interest rates", "risky", False, "Lael Brainard"),
 ("Donald J. Trump, a Republican presidential candidate, shares this bleak view.", "Donald J. Trump", "+", "this bleak view", "shares", False),
 ("when those rates are raised, a lot of bad things are going to happen", "Mr. Trump@@Mr. Trump said recently in New York", "-", "those rates are raised", "bad things", False),
 ("He suggested that the Fed was keeping rates low at the behest of the Obama administration", "He", "-", "the Fed", "at the behest of", False, "Donald J. Trump"),
 ("the Fed was keeping rates low at the behest of the Obama administration", "the Obama administration", "+", "keeping rates low", "at the behest of", False),
]
