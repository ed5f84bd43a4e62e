//! Unit tests of the stance pass: one sentence per rule, written for it.

use crate::{annotate, Options, Polarity};

/// (holder text or "-", polarity, target text, negated) of every stance.
fn stances(text: &str) -> Vec<(String, Polarity, String, bool)> {
    annotate(text, &Options::default())
        .stances
        .into_iter()
        .map(|s| {
            (
                s.holder.map_or("-".into(), |h| h.text),
                s.polarity,
                s.target.text,
                s.negated,
            )
        })
        .collect()
}

/// Asserts that none of `texts` yields a stance.
fn none(texts: &[&str]) {
    for text in texts {
        let found = stances(text);
        assert!(found.is_empty(), "stances in {text:?}: {found:?}");
    }
}

fn has(text: &str, holder: &str, polarity: Polarity, target: &str, negated: bool) {
    let found = stances(text);
    assert!(
        found
            .iter()
            .any(|(h, p, t, n)| h == holder && *p == polarity && t == target && *n == negated),
        "no ({holder}, {polarity:?}, {target}, {negated}) in {found:?}"
    );
}

#[test]
fn refusal_and_negation_flip_polarity() {
    use Polarity::*;
    has(
        "Mr Starmer has refused to call for a ceasefire.",
        "Mr Starmer",
        Oppose,
        "a ceasefire",
        true,
    );
    has(
        "He said he did not mean to back the siege.",
        "he",
        Oppose,
        "the siege",
        true,
    );
    has(
        "The mayor never supported the plan.",
        "The mayor",
        Oppose,
        "the plan",
        true,
    );
}

#[test]
fn relative_clauses_coordination_and_passives() {
    use Polarity::*;
    let text =
        "Mr Starmer sacked several shadow cabinet members who did vote for a halt in hostilities.";
    has(
        text,
        "Mr Starmer",
        Oppose,
        "several shadow cabinet members",
        false,
    );
    has(
        text,
        "several shadow cabinet members",
        Support,
        "a halt",
        false,
    );
    has(
        "The plan was criticised by the unions.",
        "the unions",
        Oppose,
        "The plan",
        false,
    );
    has("The plan was criticised.", "-", Oppose, "The plan", false);
    has(
        "He has come under heavy criticism for it.",
        "-",
        Oppose,
        "He",
        false,
    );
}

#[test]
fn first_person_in_a_quote_is_the_speaker() {
    let a = annotate("“We back the plan,” the mayor said.", &Options::default());
    let s = &a.stances[0];
    assert_eq!(
        (
            s.holder.as_ref().map(|h| h.text.as_str()),
            s.target.text.as_str()
        ),
        (Some("We"), "the plan")
    );
    assert!(
        s.evidence
            .detail
            .contains("holder: the source of the statement"),
        "{}",
        s.evidence.detail
    );
}

#[test]
fn judgements_namings_and_demands_on_an_object() {
    use Polarity::*;
    // One stance for "a disgusting fraud", held by the quote's speaker.
    let text = "“Donald Trump is a disgusting fraud,” said Rep. Jim Butterfield.";
    let found = stances(text);
    assert_eq!(
        found,
        vec![(
            "Rep. Jim Butterfield".to_string(),
            Oppose,
            "Donald Trump".to_string(),
            false
        )]
    );
    has(
        "Christie called Clinton a disgrace on Wednesday.",
        "Christie",
        Oppose,
        "Clinton",
        false,
    );
    has(
        "David Axelrod called on Howard Dean to apologize.",
        "David Axelrod",
        Oppose,
        "Howard Dean",
        false,
    );
    has(
        "Sanders said the birther issue was insane.",
        "Sanders",
        Oppose,
        "the birther issue",
        false,
    );
    // "got" is no copula: "you've got this crazy system" judges no "you",
    // only the system.
    let found = stances("“You've got this crazy system,” he said.");
    assert!(
        found.iter().all(|(_, _, t, _)| t == "this crazy system"),
        "{found:?}"
    );
    assert_eq!(found.len(), 1);
}

#[test]
fn headlines_relative_heads_and_holder_phrases() {
    use Polarity::*;
    has(
        "Elizabeth Warren Hammers Wells Fargo CEO",
        "Elizabeth Warren",
        Oppose,
        "Wells Fargo CEO",
        false,
    );
    // A capitalised "Back" inside an ordinary sentence is no cue.
    assert!(stances("They met at the Back Bay station.").is_empty());
    has(
        "It was risky for Cruz, who pointedly refused to endorse Trump during a speech.",
        "Cruz",
        Oppose,
        "Trump",
        true,
    );
    has(
        "Younger voters have expressed misgivings about Mrs. Clinton.",
        "Younger voters",
        Oppose,
        "Mrs. Clinton",
        false,
    );
    has(
        "That could include indicting the hackers.",
        "-",
        Oppose,
        "the hackers",
        false,
    );
}

#[test]
fn refusals_negated_judgements_and_coordinated_targets() {
    use Polarity::*;
    has(
        "He refused to follow her commands.",
        "He",
        Oppose,
        "her commands",
        true,
    );
    has("“It isn’t fair,” she said.", "she", Oppose, "It", true);
    has(
        "“I don’t think this is a ridiculous idea,” Dean said.",
        "I",
        Support,
        "this",
        true,
    );
    has(
        "“This is a waste of time,” Plaskett said.",
        "Plaskett",
        Oppose,
        "This",
        false,
    );
    for target in ["discrimination", "racism", "sexism"] {
        has(
            "We have come so far in struggling against discrimination and racism and sexism.",
            "We",
            Oppose,
            target,
            false,
        );
    }
    // "the current national and local Labour Party": one target, not two.
    assert_eq!(
        stances("They opposed the current national and local party leaders.").len(),
        1
    );
    has(
        "A House panel voted Thursday to hold Bryan Pagliano in contempt.",
        "A House panel",
        Oppose,
        "Bryan Pagliano",
        false,
    );
    has(
        "Rep. Debbie Wasserman Schultz was forced to step down as chair.",
        "-",
        Oppose,
        "Rep. Debbie Wasserman Schultz",
        false,
    );
}

#[test]
fn callers_removals_and_senses_that_are_no_stance() {
    use Polarity::*;
    // The caller holds the stance of the act called for.
    has(
        "Schiff called on President Obama to retaliate against Russia.",
        "Schiff",
        Oppose,
        "Russia",
        false,
    );
    // Support for removing something opposes it.
    has(
        "She called for compensation to be clawed back.",
        "She",
        Oppose,
        "compensation",
        false,
    );
    // "back home", missiles fired and an attack being stopped: no stance.
    none(&[
        "Knowing that back home we had no rights, he left.",
        "Pyongyang fired three missiles into the sea.",
        "Palmieri asked him to stop attacking Machado.",
    ]);
}

#[test]
fn neutral_reports_are_not_stances() {
    assert!(stances("The minister met the ambassadors and held talks in London.").is_empty());
}

#[test]
fn holders_of_received_support_allowed_acts_and_infinitives() {
    use Polarity::*;
    // "received the endorsement of X": X holds it, the receiver is its target.
    has(
        "Clinton was thrilled to receive the endorsement of LeBron James.",
        "LeBron James",
        Support,
        "Clinton",
        false,
    );
    has(
        "Mr. Clarke had the financial backing of Mr. Justice.",
        "Mr. Justice",
        Support,
        "Mr. Clarke",
        false,
    );
    // The ones allowed to act hold the act's stance.
    has(
        "The bill would allow 9/11 families to sue Saudi Arabia.",
        "9/11 families",
        Oppose,
        "Saudi Arabia",
        false,
    );
    // The subject of a verb of will, not the clause around it.
    has(
        "Based on a Times article, Sanders said he wants to attack four provisions.",
        "he",
        Oppose,
        "four provisions",
        false,
    );
    has(
        "President Obama appears set to veto the legislation.",
        "President Obama",
        Oppose,
        "the legislation",
        false,
    );
    // A verb right after a quotation mark, a subject after "that".
    has(
        "Mook said that Trump “lashed out at our generals.”",
        "Trump",
        Oppose,
        "our generals",
        false,
    );
    has(
        "May said this week that the country would break with the E.U. soon.",
        "the country",
        Oppose,
        "the E.U.",
        false,
    );
    // A participle after a verb's object: that verb's subject holds it.
    has(
        "The coalition filed suit challenging the law.",
        "The coalition",
        Oppose,
        "the law",
        false,
    );
    // A name before a noun of stance, and "be opposed to".
    has(
        "The ad cites FBI criticism of the email system.",
        "FBI",
        Oppose,
        "the email system",
        false,
    );
    has(
        "Many news anchors are opposed to our movement.",
        "Many news anchors",
        Oppose,
        "our movement",
        false,
    );
}

#[test]
fn nouns_adjectives_and_greetings_are_no_stance() {
    none(&[
        "Last weekend, America experienced attacks upon our shores.",
        "A big question remains, however.",
        "RT pointed to its openness to opposing viewpoints.",
        "Kelly confronted him with insulting remarks.",
        "As he welcomed several hundred guests, Scott smiled.",
        "Republicans tried to question several protected individuals.",
        "“So this is a very dangerous time,” Flynn said.",
    ]);
}

#[test]
fn conditions_quantities_and_participles() {
    use Polarity::*;
    // A conditional clause, a quantity, a verb in -ing and a stance held
    // back take no position.
    assert!(
        stances("“If it can't threaten its neighbors yet, it will soon,” Acton said.").is_empty()
    );
    none(&[
        "“There are a great many folks in Congress,” said Brooks.",
        "He says, “We are losing so many great people.”",
        "Lauer asked them to refrain from attacking their opponent.",
        "Kaine represented people accused of rape.",
    ]);
    // A participle's holder: the subject of the verb before its object,
    // or the noun phrase right before it.
    has(
        "Recently, it issued a policy paper welcoming the administration's plans.",
        "it",
        Support,
        "the administration's plans",
        false,
    );
    has(
        "She is the prototype for the millions of Americans supporting Donald Trump.",
        "the millions of Americans",
        Support,
        "Donald Trump",
        false,
    );
}

#[test]
fn decisions_of_the_guideline() {
    use Polarity::*;
    // Demands aimed at a person oppose them; cuts oppose what is cut.
    has(
        "He called for Smith to resign.",
        "He",
        Oppose,
        "Smith",
        false,
    );
    has(
        "The council voted to cut funding for the program.",
        "The council",
        Oppose,
        "funding",
        false,
    );
    // A decision not to recommend opposes.
    has(
        "The prosecutor did not recommend charges.",
        "The prosecutor",
        Oppose,
        "charges",
        true,
    );
    // A withdrawn endorsement opposes the endorsed.
    has(
        "Several lawmakers withdrew their endorsement of Trump.",
        "their",
        Oppose,
        "Trump",
        false,
    );
    // Agent nouns after "be", phrases of favour, rallies, irregular pasts.
    has(
        "He is a strong supporter of the deal.",
        "He",
        Support,
        "the deal",
        false,
    );
    has(
        "She came out in favour of the plan.",
        "She",
        Support,
        "the plan",
        false,
    );
    has(
        "Protesters rallied against the pipeline.",
        "Protesters",
        Oppose,
        "the pipeline",
        false,
    );
    has(
        "The union threw its support behind Clinton.",
        "The union",
        Support,
        "Clinton",
        false,
    );
    // A time after the target is not part of it.
    has(
        "The company fired the manager last week.",
        "The company",
        Oppose,
        "the manager",
        false,
    );
}

#[test]
fn adverbs_negators_and_nouns_from_reporting_verbs() {
    use Polarity::*;
    has(
        "Trump unleashed a series of tweets criticizing Alicia Machado.",
        "Trump",
        Oppose,
        "Alicia Machado",
        false,
    );
    has(
        "The FBI decided against recommending charges.",
        "The FBI",
        Oppose,
        "charges",
        true,
    );
    has(
        "President Obama has long called for tax fairness.",
        "President Obama",
        Support,
        "tax fairness",
        false,
    );
    has(
        "He cannot defend his own record.",
        "He",
        Oppose,
        "his own record",
        true,
    );
    none(&[
        "“Trump is reduced to taunts,” Palmieri said.",
        "“Stiffing vendors is fair game,” he said.",
        "He says there has been “no illegal disclosure.”",
    ]);
}

#[test]
fn durations_participles_and_acts_praised() {
    use Polarity::*;
    has(
        "The country has spent hundreds of years fighting against racism.",
        "The country",
        Oppose,
        "racism",
        false,
    );
    has(
        "There is an issue that is bringing the people who voted for Clinton together.",
        "the people",
        Support,
        "Clinton",
        false,
    );
    has(
        "Cruz thanked Trump on Twitter for backing his top legislative priority.",
        "Trump",
        Support,
        "his top legislative priority",
        false,
    );
}

#[test]
fn generic_holders_questions_and_agreement() {
    use Polarity::*;
    none(&[
        "“You could dismiss these actions as insecure,” she said.",
        "Would you vote for an African American?",
        "“Anyone who cannot condemn the hatred is unfit,” he said.",
        "“That’s absolutely right, Donald,” Melanie said.",
        "“I think it's fair to say that he will win,” he said.",
        "In the Senate's 80-19 vote for admitting Poland, both split.",
    ]);
    has(
        "“There are many individuals who will willingly continue to support him,” she wrote.",
        "many individuals",
        Support,
        "him",
        false,
    );
}

#[test]
fn more_verbs_of_praise_and_attack() {
    use Polarity::*;
    has(
        "Mrs. Clinton has embraced Mr. Obama's approach.",
        "Mrs. Clinton",
        Support,
        "Mr. Obama's approach",
        false,
    );
    has(
        "The governor lauded Mr. Clarke in his address.",
        "The governor",
        Support,
        "Mr. Clarke",
        false,
    );
    has(
        "Hillary Clinton Goes After Donald Trump.",
        "Hillary Clinton",
        Oppose,
        "Donald Trump",
        false,
    );
    // A refusal still reads a verb that only opens a longer cue ("take aim at").
    has(
        "He refuses to take responsibility.",
        "He",
        Oppose,
        "responsibility",
        true,
    );
}

#[test]
fn participles_after_commas_offices_and_findings() {
    use Polarity::*;
    has(
        "Trump has tried to use the ad against Clinton, accusing her of being asleep.",
        "Trump",
        Oppose,
        "her",
        false,
    );
    has(
        "Peacekeepers have sometimes been accused of abuse.",
        "-",
        Oppose,
        "Peacekeepers",
        false,
    );
    assert!(stances("“When you're campaigning for president, it hurts,” Graham said.").is_empty());
    assert!(stances("A study found that poor children have the worst odds.").is_empty());
}

#[test]
fn comparisons_avoidance_and_questions_to_the_reader() {
    use Polarity::*;
    none(&[
        "He has other rules for young models opposed to Mexicans.",
        "Trump avoids condemning Russia's invasion of Ukraine.",
        "The client fired every question to him anyway.",
        "“Or would you think she must be the worst woman?” she wrote.",
    ]);
    has(
        "Many news anchors are strongly opposed to our movement.",
        "Many news anchors",
        Oppose,
        "our movement",
        false,
    );
}

#[test]
fn an_appeal_to_act_is_no_stance_on_the_one_asked() {
    assert!(stances("Fellow Republicans are urging Trump to make the debate count.").is_empty());
    assert!(stances("Proponents have urged Congress to leave the program intact.").is_empty());
}

#[test]
fn what_the_blame_is_put_on_is_opposed_too() {
    use Polarity::*;
    let text = "She blamed police shootings on “implicit bias” against minorities.";
    has(text, "She", Oppose, "police shootings", false);
    has(text, "She", Oppose, "implicit bias", false);
}

#[test]
fn holders_through_yet_and_coordinated_adjectives() {
    use Polarity::*;
    has(
        "Trump demands transparency from others, yet refuses to release his tax records.",
        "Trump",
        Oppose,
        "his tax records",
        true,
    );
    has(
        "Hillary Clinton has been a consistent and outspoken supporter of NATO.",
        "Hillary Clinton",
        Support,
        "NATO",
        false,
    );
}

#[test]
fn holders_that_name_no_one_and_what_a_noun_describes() {
    use Polarity::*;
    none(&[
        "It is a problem that demands a quick response from the city.",
        "The vote was a sign of rising anger that risks undermining the treaty.",
        "However, fixing the tax code alone is not the answer to reducing the deficit.",
        "We don't vote against somebody. We vote for somebody.",
        "In defending himself, the mayor spoke for an hour.",
        "But has he called for changing any of the rules?",
        "The paper is steering clear of criticizing the governor.",
        "Smith, a lawyer, defended clients accused of fraud.",
    ]);
    has(
        "Warner is a former prosecutor who is a fierce opponent of the new tariff.",
        "Warner",
        Oppose,
        "the new tariff",
        false,
    );
    has(
        "Senator Lee had long been an influential voice in support of the embargo.",
        "Senator Lee",
        Support,
        "the embargo",
        false,
    );
    has(
        "Mayor Bloom often shouts at reporters and is a populist and demagogue who has pledged to ban all cars from downtown.",
        "Mayor Bloom",
        Support,
        "ban all cars",
        false,
    );
    has(
        "Some Democrats, however, question the wisdom of the deal.",
        "Some Democrats",
        Oppose,
        "the wisdom of the deal",
        false,
    );
    has(
        "In defending the budget, Governor Hale attacked the unions.",
        "Governor Hale",
        Support,
        "the budget",
        false,
    );
    has(
        "The court is friendly to companies looking to cut their debts.",
        "companies",
        Oppose,
        "their debts",
        false,
    );
    has(
        "Voters prefer her to the developer who lacks experience and has attacked the unions.",
        "the developer",
        Oppose,
        "the unions",
        false,
    );
    has(
        "Trump has sharply criticized trade deals such as NAFTA.",
        "Trump",
        Oppose,
        "trade deals",
        false,
    );
}

#[test]
fn verdicts_on_a_subject_and_namings_in_the_present() {
    use Polarity::*;
    has(
        "\"The voucher scheme doesn't work,\" the governor said.",
        "the governor",
        Oppose,
        "The voucher scheme",
        false,
    );
    has(
        "\"This tax plan makes no sense,\" Senator Ortiz said.",
        "Senator Ortiz",
        Oppose,
        "This tax plan",
        false,
    );
    has(
        "\"The old system works fine,\" Ortiz said.",
        "Ortiz",
        Support,
        "The old system",
        false,
    );
    has(
        "Senator Ortiz calls the tax plan a crazy scheme.",
        "Senator Ortiz",
        Oppose,
        "the tax plan",
        false,
    );
    // Unreported, or about what follows: no verdict.
    none(&[
        "The voucher scheme doesn't work on weekends.",
        "\"It makes sense to wait,\" Ortiz said.",
    ]);
}

#[test]
fn small_clauses_quoted_targets_and_days_inside_a_cue() {
    use Polarity::*;
    has(
        "A federal judge found the voter ID law unconstitutional.",
        "A federal judge",
        Oppose,
        "the voter ID law",
        false,
    );
    has(
        "The mayor voiced concerns about “lax enforcement” of the rules.",
        "The mayor",
        Oppose,
        "lax enforcement",
        false,
    );
    has(
        "An appeals court ruled Friday against the city's curfew.",
        "An appeals court",
        Oppose,
        "the city's curfew",
        false,
    );
    none(&["A 2014 study found that poor children have the worst odds."]);
}

#[test]
fn feelings_after_be_towards_what_follows() {
    use Polarity::*;
    has(
        "The president has grown exasperated with the tone of the race.",
        "The president",
        Oppose,
        "the tone of the race",
        false,
    );
    has(
        "Senator Lee is deeply disappointed in the court ruling.",
        "Senator Lee",
        Oppose,
        "the court ruling",
        false,
    );
    has(
        "\"I'm very, very troubled by that,\" Ortiz said.",
        "I'm",
        Oppose,
        "that",
        false,
    );
    has(
        "\"We are pleased with the Court's well-reasoned decision,\" the lawyer said.",
        "We",
        Support,
        "the Court's well-reasoned decision",
        false,
    );
    // Negated, or no "be" before it: no feeling is stated.
    none(&[
        "He wouldn't be troubled by the polls.",
        "Voters troubled by the ads stayed home.",
    ]);
}

#[test]
fn helping_someone_win_and_subjects_before_an_infinitive() {
    use Polarity::*;
    has(
        "Senator Ruiz says he cannot allow Governor Hale to win the election.",
        "he",
        Oppose,
        "Governor Hale",
        true,
    );
    has(
        "Union members helped Ortiz win the primary.",
        "Union members",
        Support,
        "Ortiz",
        false,
    );
    has(
        "\"The mayor's reasons to veto the bill don't hold water,\" Ortiz said.",
        "Ortiz",
        Oppose,
        "The mayor's reasons",
        false,
    );
    has(
        "The council voiced concerns about lawyers trying to get rich.",
        "The council",
        Oppose,
        "lawyers",
        false,
    );
    none(&["The rules let the company take control of the mine."]);
}

#[test]
fn abilities_generic_you_and_heads_before_modifiers() {
    use Polarity::*;
    none(&[
        "\"Any time you want to cut taxes, the rich gain,\" Ellis said.",
        "The new rules will make it difficult for Ortiz to attack them.",
        "Experts disagree about any chance of threatening the coast.",
        "\"His business record is fair to look into,\" Plouffe said.",
    ]);
    has(
        "Ortiz started attacking the unions at the beginning of his campaign.",
        "Ortiz",
        Oppose,
        "the unions",
        false,
    );
    has(
        "The mayor's implicit endorsement of the plan surprised many.",
        "The mayor",
        Support,
        "the plan",
        false,
    );
    has(
        "Ortiz claimed that a judge presiding over the case was unfit to serve.",
        "Ortiz",
        Oppose,
        "a judge",
        false,
    );
}

#[test]
fn more_verbs_and_their_other_senses() {
    use Polarity::*;
    has(
        "He’s been pilloried for years for his claims.",
        "-",
        Oppose,
        "He",
        false,
    );
    has(
        "The governor stood with the striking teachers.",
        "The governor",
        Support,
        "the striking teachers",
        false,
    );
    has(
        "Senators called out the bank for its fees.",
        "Senators",
        Oppose,
        "the bank",
        false,
    );
    none(&[
        "He stood with his arms crossed.",
        "He gave airtime to their widely repudiated theories.",
        "The scandal hurt Democrats’ standing with young voters.",
        "The team defied the odds.",
    ]);
}

#[test]
fn an_active_verb_needs_a_holder() {
    none(&[
        "Ban Ki-moon, the secretary general, spoke on Tuesday.",
        "Veto Power Impedes Peace Efforts.",
    ]);
}

#[test]
fn object_relatives_and_acts_judged_for_someone() {
    use Polarity::*;
    has(
        "Leaders discussed an overhaul of the prisons, which Mr. Obama championed.",
        "Mr. Obama",
        Support,
        "an overhaul of the prisons",
        false,
    );
    has(
        "The plan, which the mayor opposes, passed.",
        "the mayor",
        Oppose,
        "The plan",
        false,
    );
    has(
        "\"It was wrong for Congress to pass the bill,\" Ortiz said.",
        "Ortiz",
        Oppose,
        "Congress",
        false,
    );
    has(
        "“This just isn’t right,” Warren said.",
        "Warren",
        Oppose,
        "This",
        true,
    );
    none(&["\"This could be the great Trojan horse of all time,\" Ortiz said."]);
}

#[test]
fn support_received_pressure_from_and_breaking_up() {
    use Polarity::*;
    has(
        "The bill won broad support from both parties.",
        "both parties",
        Support,
        "The bill",
        false,
    );
    has(
        "Cruz faced growing pressure from donors to back the nominee.",
        "donors",
        Support,
        "the nominee",
        false,
    );
    has(
        "\"Any bank that fails should be broken up,\" Clinton said.",
        "Clinton",
        Oppose,
        "Any bank that fails",
        false,
    );
    none(&["Police broke up the protest on Friday."]);
}

#[test]
fn strong_judgements_before_their_noun() {
    use Polarity::*;
    has(
        "\"So you've got this crazy system where premiums double,\" Ortiz said.",
        "Ortiz",
        Oppose,
        "this crazy system",
        false,
    );
    has(
        "\"He was a tough and brilliant opponent,\" Ortiz said.",
        "Ortiz",
        Support,
        "He",
        false,
    );
    // Unreported, or a weaker word: no judgement of the noun.
    none(&[
        "This crazy system raised premiums.",
        "He met a brilliant scientist.",
    ]);
}

#[test]
fn two_word_judgements_and_subjects_of_that_clauses() {
    use Polarity::*;
    has(
        "The administration argued that the bill is a bad idea.",
        "The administration",
        Oppose,
        "the bill",
        false,
    );
    has(
        "\"It would be a good idea to hold more debates,\" Ortiz said.",
        "Ortiz",
        Support,
        "hold more debates",
        false,
    );
    has(
        "\"The birther issue, bringing that up again, is insane,\" Sanders said.",
        "Sanders",
        Oppose,
        "The birther issue, bringing that up again",
        false,
    );
}

#[test]
fn subjects_after_opening_quotes_and_before_but() {
    use Polarity::*;
    has(
        "“You went on television to blame the tellers.”",
        "You",
        Oppose,
        "the tellers",
        false,
    );
    has(
        "The mayor signaled willingness to change the plan but has been met with opposition.",
        "-",
        Oppose,
        "The mayor",
        false,
    );
}

#[test]
fn negations_that_reach_further() {
    use Polarity::*;
    has(
        "\"I am not in the habit of supporting people who attack my wife,\" Cruz said.",
        "I",
        Oppose,
        "people",
        true,
    );
    has(
        "Cruz said he wasn't going to \"act like a puppy dog\" and back Trump.",
        "he",
        Oppose,
        "Trump",
        true,
    );
    has(
        "\"I don't think this is a ridiculous idea,\" Dean said.",
        "I",
        Support,
        "this",
        true,
    );
    none(&["Clinton restricted comments about breaking up big banks."]);
}

#[test]
fn apologies_and_conditional_judgements() {
    use Polarity::*;
    has(
        "Axelrod called on Dean to apologize to Trump for accusing him of lying.",
        "Dean",
        Oppose,
        "him",
        false,
    );
    none(&["\"If indeed the mayor is not legitimate, we should know,\" Moore said."]);
}

#[test]
fn holders_after_bring() {
    use Polarity::*;
    has(
        "That will bring a lot of those people around in support of Clinton.",
        "a lot of those people",
        Support,
        "Clinton",
        false,
    );
}

#[test]
fn requests_from_someone_and_restoring() {
    use Polarity::*;
    has(
        "The court rejected a request from Democrats in Ohio to restore an extra week of voting.",
        "Democrats in Ohio",
        Support,
        "an extra week of voting",
        false,
    );
    none(&[
        "Crews worked to restore power on Friday.",
        "The fund slashes its forecast for growth.",
    ]);
}

#[test]
fn champions_and_what_smacks_of_hypocrisy() {
    use Polarity::*;
    has(
        "The union called Senator Ortiz a “champion” for its members.",
        "The union",
        Support,
        "Senator Ortiz",
        false,
    );
    has(
        "Gowdy said that claim smacked of hypocrisy.",
        "Gowdy",
        Oppose,
        "that claim",
        false,
    );
    none(&["\"She is a champion of the poor,\" he said."]);
}

#[test]
fn authors_of_words_and_quantifiers_as_holders() {
    use Polarity::*;
    has(
        "She says Trump’s early-morning tweets accusing Machado are lies.",
        "Trump",
        Oppose,
        "Machado",
        false,
    );
    has(
        "According to Ham, generals left because many disagreed with the policies.",
        "many",
        Oppose,
        "the policies",
        false,
    );
}

#[test]
fn things_that_cut_and_calls_sounded() {
    use Polarity::*;
    none(&[
        "\"It won't eliminate gun violence,\" he said.",
        "Training can be effective, and it is good at reducing suicide.",
        "In 2000, terrorists attacked the USS Cole.",
    ]);
    has(
        "President Obama sounded a call for the city to accept more refugees.",
        "President Obama",
        Support,
        "the city",
        false,
    );
}

#[test]
fn hoped_for_stances_and_opponents_among_many() {
    use Polarity::*;
    none(&[
        "He said Obama hopes that his successor will push for the same goals.",
        "The campaign expects Holt to insert himself by calling out Trump.",
    ]);
    has(
        "Leaders who have been some of the most strident opponents of the plan met.",
        "Leaders",
        Oppose,
        "the plan",
        false,
    );
}

#[test]
fn silences_obligations_and_tweets_named_for_their_author() {
    use Polarity::*;
    none(&[
        "McAuliffe refuses to discuss potential appointees.",
        "Police say he refused to drop the gun.",
        "\"Lester Holt needs to challenge Donald Trump,\" Limbaugh said.",
        "It seems to be a rather polarizing question these days.",
    ]);
    has(
        "Clinton described as unhinged a Donald Trump tweet attacking a former Miss Universe.",
        "Donald Trump",
        Oppose,
        "a former Miss Universe",
        false,
    );
    has(
        "\"We must oppose Trump,\" Ortiz said.",
        "We",
        Oppose,
        "Trump",
        false,
    );
}
