use super::*;

fn pieces(t: &str) -> Vec<&str> {
    split(t).collect()
}

#[test]
fn tokens_split_as_ud_english_splits_them() {
    assert_eq!(pieces("don't"), ["do", "n't"]);
    assert_eq!(pieces("Don’t"), ["Do", "n’t"]);
    assert_eq!(pieces("can't"), ["ca", "n't"]);
    assert_eq!(pieces("won't"), ["wo", "n't"]);
    assert_eq!(pieces("they're"), ["they", "'re"]);
    assert_eq!(pieces("I’m"), ["I", "’m"]);
    assert_eq!(pieces("we'll"), ["we", "'ll"]);
    assert_eq!(pieces("cannot"), ["can", "not"]);
    assert_eq!(pieces("well-known"), ["well", "-", "known"]);
    assert_eq!(pieces("U.S."), ["U.S."]);
    assert_eq!(pieces("O'Keefe"), ["O'Keefe"]);
    assert_eq!(pieces("'s"), ["'s"]);
    assert_eq!(pieces("1990-91"), ["1990-91"]);
    assert_eq!(pieces("é-x"), ["é-x"]);
    assert_eq!(pieces("n't"), ["n't"]);
}

fn parsed(text: &str) -> Vec<crate::model::Token> {
    let doc = crate::segment::segment(text);
    let syntax = parse(&doc);
    tokens(&doc, &syntax, &doc.sentences[0])
}

fn find<'a>(toks: &'a [crate::model::Token], word: &str) -> &'a crate::model::Token {
    toks.iter().find(|t| t.text == word).expect(word)
}

#[test]
fn the_model_loads_and_reads_who_did_what() {
    assert!(Model::get().is_some(), "data/syntax.bin does not load");
    let toks = parsed("The mayor criticised the new plan on Monday.");
    let verb = toks.iter().position(|t| t.text == "criticised").unwrap();
    assert_eq!(find(&toks, "criticised").head, None);
    assert_eq!(find(&toks, "criticised").dep.as_deref(), Some("root"));
    assert_eq!(find(&toks, "criticised").pos.as_deref(), Some("VERB"));
    assert_eq!(find(&toks, "mayor").head, Some(verb));
    assert_eq!(find(&toks, "mayor").dep.as_deref(), Some("nsubj"));
    assert_eq!(find(&toks, "plan").dep.as_deref(), Some("obj"));
    assert_eq!(find(&toks, "new").pos.as_deref(), Some("ADJ"));
}

#[test]
fn a_split_token_reports_the_word_that_attaches_outside_it() {
    let toks = parsed("They don't support the well-known plan.");
    let support = toks.iter().position(|t| t.text == "support").unwrap();
    assert_eq!(find(&toks, "don't").head, Some(support));
    assert_eq!(find(&toks, "don't").pos.as_deref(), Some("AUX"));
    assert_eq!(find(&toks, "They").head, Some(support));
    assert_eq!(find(&toks, "They").dep.as_deref(), Some("nsubj"));
    let plan = toks.iter().position(|t| t.text == "plan").unwrap();
    assert_eq!(find(&toks, "well-known").head, Some(plan));
}

#[test]
fn every_sentence_is_one_tree() {
    // "to-Mr.they" splits into pieces that are not one subtree: the token
    // must still not make a cycle with "according".
    let text = "“We back the plan,” the mayor said on Tuesday. Critics, however, were not convinced!\r\n\r\nWhy? 🙂 東京 fell. according to-Mr.they";
    let doc = crate::segment::segment(text);
    let syntax = parse(&doc);
    for s in &doc.sentences {
        let toks = tokens(&doc, &syntax, s);
        assert_eq!(
            toks.iter().filter(|t| t.head.is_none()).count(),
            1,
            "{toks:?}"
        );
        for (k, t) in toks.iter().enumerate() {
            // Following heads from any token reaches the root without a cycle.
            let (mut at, mut steps) = (k, 0);
            while let Some(h) = toks[at].head {
                assert!(h < toks.len() && steps < toks.len(), "{t:?}");
                at = h;
                steps += 1;
            }
            assert!(t.pos.is_some() && t.dep.is_some());
        }
    }
}

const CONLLU: &str = "# newdoc id = x\n# text = I can't go.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";

#[test]
fn conllu_keeps_every_other_column_and_line() {
    let out = parse_conllu(CONLLU).unwrap();
    let (a, b): (Vec<&str>, Vec<&str>) = (CONLLU.lines().collect(), out.lines().collect());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        let (cx, cy): (Vec<&str>, Vec<&str>) = (x.split('\t').collect(), y.split('\t').collect());
        if cx.len() == 10 && !cx[0].contains('-') {
            for k in [0, 1, 2, 5, 8, 9] {
                assert_eq!(cx[k], cy[k]);
            }
            assert!(cy[6].parse::<usize>().unwrap() <= 5);
        } else {
            assert_eq!(x, y);
        }
    }
}

#[test]
fn conllu_reads_only_the_words() {
    // Garbage in columns 3-10 changes nothing that is predicted.
    let garbled: String = CONLLU
        .lines()
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() == 10 && !c[0].contains('-') {
                format!("{}\t{}\tX\tX\tX\tX\t9\tX\tX\tX\n", c[0], c[1])
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let pick = |s: &str| -> Vec<String> {
        s.lines()
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c.len() == 10 && !c[0].contains('-'))
                    .then(|| format!("{} {} {} {}", c[3], c[4], c[6], c[7]))
            })
            .collect()
    };
    assert_eq!(
        pick(&parse_conllu(CONLLU).unwrap()),
        pick(&parse_conllu(&garbled).unwrap())
    );
}

#[test]
fn conllu_errors_name_the_line() {
    let err = parse_conllu("1\tword\n").unwrap_err();
    assert!(err.contains("line 1"), "{err}");
    assert!(parse_conllu("x\ta\tb\tc\td\te\tf\tg\th\ti\n").is_err());
    assert_eq!(parse_conllu("").unwrap(), "");
}

#[test]
fn tags_follow_the_words_on_both_sides() {
    let tag = |words: &[&str]| -> Vec<String> {
        let toks = parsed(&words.join(" "));
        toks.iter()
            .map(|t| t.pos.clone().unwrap_or_default())
            .collect()
    };
    assert_eq!(tag(&["They", "refuse", "to", "comment", "."])[1], "VERB");
    assert_eq!(tag(&["The", "refuse", "was", "collected", "."])[1], "NOUN");
    assert_eq!(tag(&["She", "can", "book", "a", "room", "."])[2], "VERB");
    assert_eq!(tag(&["She", "read", "a", "book", "."])[3], "NOUN");
}

/// Counts calls and remembers the features it was asked about.
struct Recorder(std::cell::RefCell<Vec<Vec<u64>>>);
impl super::pos::Classifier for Recorder {
    fn classes(&self) -> usize {
        4
    }
    fn add(&self, feats: &[u64], _: &mut [i32]) {
        self.0.borrow_mut().push(feats.to_vec());
    }
}

#[test]
fn a_words_features_read_the_guesses_for_the_next_two_words() {
    let words: Vec<super::words::Word> = ["a", "b", "c"]
        .iter()
        .map(|w| super::words::Word::new(w))
        .collect();
    let first_feats = |guesses: &[u16]| {
        let mut tags = Vec::new();
        let mut seen = Vec::new();
        super::pos::tag(
            &Recorder(Default::default()),
            &words,
            &mut tags,
            Some(guesses),
            &mut super::pos::Buffers::default(),
            &mut |i, f, best| {
                if i == 0 {
                    seen = f.concat();
                }
                best
            },
        );
        seen
    };
    assert_eq!(
        first_feats(&[0, 1, 2]),
        first_feats(&[3, 1, 2]),
        "a word's own guess is not its feature"
    );
    assert_ne!(
        first_feats(&[0, 1, 2]),
        first_feats(&[0, 3, 2]),
        "the next word's guess"
    );
    assert_ne!(
        first_feats(&[0, 1, 2]),
        first_feats(&[0, 1, 3]),
        "the word after next"
    );
}

/// The text of the subject `Tree::subject` finds for `verb` in `text`, with how.
fn subject_of(text: &str, verb: &str) -> Option<(String, &'static str)> {
    let doc = crate::segment::segment(text);
    let syntax = parse(&doc);
    let tree = tree::Tree::new(&syntax);
    let v = (0..doc.tokens.len()).find(|&i| doc.token_text(i) == verb)?;
    let (s, how) = tree.subject(v)?;
    let p = tree.phrase(&doc, s, 0, doc.tokens.len())?;
    Some((p.slice(text).to_string(), how))
}

#[test]
fn subjects_reach_through_control_verbs_relative_clauses_and_passives() {
    let said = subject_of(
        "The leader of the union said that the plan had failed.",
        "said",
    );
    assert_eq!(said, Some(("The leader of the union".into(), "subject of")));
    let say = subject_of("The minister refused to say more about the deal.", "say");
    assert_eq!(say.map(|s| s.0), Some("The minister".into()));
    let relative = subject_of("The mayor, who said the plan failed, resigned.", "said");
    assert_eq!(relative.map(|s| s.0), Some("The mayor".into()));
    let noun = subject_of("The senator made a brief comment on Monday.", "comment");
    assert_eq!(noun.map(|s| s.0), Some("The senator".into()));
    let passive = subject_of(
        "The plan was criticised by the union on Monday.",
        "criticised",
    );
    assert_eq!(passive, Some(("the union".into(), "agent of")));
}

#[test]
fn phrases_keep_a_name_in_apposition_and_drop_a_description() {
    let role = subject_of("A spokesman, Scott Whiffen, said it was over.", "said");
    assert_eq!(role.map(|s| s.0), Some("A spokesman, Scott Whiffen".into()));
    let name = subject_of(
        "Megan Hester, a senior associate at the institute, said no.",
        "said",
    );
    assert_eq!(name.map(|s| s.0), Some("Megan Hester".into()));
}

#[test]
fn a_party_is_not_a_time_a_number_or_a_prepositional_phrase() {
    let text = "On Friday, in a statement, 40 of them said no.";
    let doc = crate::segment::segment(text);
    let syntax = parse(&doc);
    let tree = tree::Tree::new(&syntax);
    let n = doc.tokens.len();
    let at = |w: &str| (0..n).find(|&i| doc.token_text(i) == w).unwrap();
    assert_eq!(tree.party(&doc, at("Friday"), 0, n), None);
    assert_eq!(tree.party(&doc, at("statement"), 0, n), None);
    assert_eq!(tree.party(&doc, at("40"), 0, n), None);
    let them = tree.phrase(&doc, at("them"), 0, n);
    assert!(them.is_some(), "a pronoun heads a noun phrase");
}

#[test]
fn each_arc_is_labelled_as_it_is_made_and_later_moves_read_the_label() {
    use super::parser::{features, State, LEFT, NO_LABEL, SHIFT};
    let model = Model::get().expect("data/syntax.bin loads");
    // The parse labels every word as it attaches it: one root, no word left
    // without a relation.
    let mut scratch = Scratch::default();
    scratch.parse(model, &["The", "union", "rejected", "the", "offer", "."]);
    assert_eq!(scratch.labels.len(), 6);
    assert!(scratch.labels.iter().all(|&l| l != NO_LABEL));
    let roots = scratch.labels.iter().filter(|&&l| l as usize == model.root);
    assert_eq!(roots.count(), 1);
    assert_eq!(model.labels[scratch.labels[1] as usize], "nsubj");
    // Two states that differ only in the relation of n0's left child give
    // different features, so the next move can tell a subject from the rest.
    let words: Vec<Word> = ["union", "rejected", "it"]
        .iter()
        .map(|w| Word::new(w))
        .collect();
    let tags = [0u16, 1, 2];
    let with_label = |label: u16| {
        let mut st = State::default();
        st.reset(3);
        st.apply(SHIFT, 0);
        st.apply(LEFT, label);
        assert_eq!(st.heads[0], 1);
        let mut f = Vec::new();
        features(&st, &words, &tags, &mut f);
        f
    };
    let (a, b) = (with_label(3), with_label(4));
    assert_eq!(a.len(), b.len());
    assert!(a.iter().zip(&b).filter(|(x, y)| x != y).count() >= 4);
}
