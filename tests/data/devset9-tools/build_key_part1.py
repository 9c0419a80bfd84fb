"""Hand-written key for devset9, fea01-fea06 (imported by build_key.py).
Each entry: (fileName, [later headline lines], [(speaker, cue, kind, snippet)], notes)."""
D, R = "Direct", "Reported"
DOCS = [
("fea01-quillfeather-valve-expansion.txt", ["Dairy names sales chief"], [
 ("Gaspard R. Winterbourne", "announced", R, "will build a $4 million addition to its plant here"),
 ("Gaspard R. Winterbourne", "said", D, "We have more orders on the books than at any time"),
 ("Gaspard R. Winterbourne", "said", D, "The oil companies are drilling again, and every well needs our valves"),
 ("Gaspard R. Winterbourne", "said", R, "the new wing would be finished by June"),
 ("Gaspard R. Winterbourne", "told", D, "has turned the corner, and it will not turn back"),
 ("Wenceslas Dolezal", "said", R, "the union welcomed the news but would insist that the new jobs"),
 ("Wenceslas Dolezal", "said", D, "Those men waited three years for their call"),
 ("Wenceslas Dolezal", "said", D, "They are not going to wait behind strangers"),
 ("Lancelot V. Ashcombe", "called", D, "a sound bet on the pipeline business for a decade"),
 ("Lancelot V. Ashcombe", "said", R, "Quillfeather earnings could reach $2.40 a share next year"),
], "Business story, dateline 'Ambersley, Pa. (AP) --', two headlines (the second story has no statement). Lead: the content comes first and the attribution last ('The Quillfeather Valve Co. will build ..., its president, Gaspard R. Winterbourne, announced today') -> Reported, cue 'announced', speaker the president (named), not the company. '\"...\", Winterbourne said. \"...\"' -> two Direct. 'Winterbourne, who became president in 1959 ..., told stockholders last spring that the company \"has turned the corner ...\"' -> the unquoted words of the clause are only the subject: Direct only, cue 'told'. Union president 'Wenceslas Dolezal, president of Local 418, United Valve Workers' -> the person (named), not the union; 'said the union welcomed ... but would insist that ...' one Reported. 'Dolezal would not say whether ...' is a refusal (not keyed). The analyst 'Lancelot V. Ashcombe, who follows machinery stocks for Tuttlebee & Co. ..., called the expansion \"...\"' -> Direct, cue 'called'; 'He said Quillfeather earnings could ...' Reported. The stock quotation and the second story ('has named ... vice president') carry no statement."),

("fea02-markets-steel-hogs.txt", ["Hogs hold at $17.25"], [
 ("Barzillai P. Garroway", "said", D, "Nobody wants to buy ahead of the steel report"),
 ("Barzillai P. Garroway", "said", D, "It was a day for reading the newspapers"),
 ("Hildebrand M. Ostermeyer", "said", D, "run too far and too fast on too little"),
 ("Amasa T. Brackenbury", "Asked", D, "The farmers are holding back for the July market"),
 ("Amasa T. Brackenbury", "Asked", D, "The packers are taking every hog that comes through the gate"),
 ("Agriculture Department", "reported", R, "prices received by farmers in mid-May averaged 2 per cent"),
 ("Amasa T. Brackenbury", "said", R, "he expected hogs to reach $18 by the Fourth of July"),
], "Market report, two headlines. 'Brokers said the market was waiting ...' -> unnamed speakers, not keyed. Inverted '\"...\", said Barzillai P. Garroway, a partner in Wigglesworth, Garroway & Co. \"...\"' -> two Direct, speaker the partner (the firm bears his name but he speaks for himself). 'Hildebrand M. Ostermeyer of Brindle & Quaintance said the electronics issues had \"run too far ...\"' -> unquoted words are subject and auxiliary only: Direct only. 'He predicted a further \"shaking out\" before summer' -> a two-word market term with a noun-object verb, not keyed. 'Gossamer Falls, Iowa (AP) --' dateline of the second story. '\"The farmers are holding back ..., and who can blame them\"? Asked Amasa T. Brackenbury, a commission buyer ... \"The packers ...\"' -> a speaker's own rhetorical question with the corpus's capital 'Asked'; two pairs of marks around one attribution, two Direct, both cue 'Asked'. 'The Agriculture Department reported in Washington that prices ...' -> organisation, Reported, cue 'reported'. 'Brackenbury said he expected ...' -> Reported."),

("fea03-ketteridge-polio-virus.txt", [], [
 ("Ormond V. Ketteridge", "said", D, "Give us ten years, and we may not need the iron lung"),
 ("Ormond V. Ketteridge", "told", R, "his team had grown the virus of infantile paralysis in a broth"),
 ("Ormond V. Ketteridge", "said", D, "A monkey costs us $40, and a calf kidney costs us nothing"),
 ("Ormond V. Ketteridge", "said", D, "That is the whole story in one sentence"),
 ("Ormond V. Ketteridge", "said", R, "the method could cut the cost of vaccine by a third"),
 ("Henrietta Brimsley", "said", R, "the vaccine made by the new method had protected 212"),
 ("Henrietta Brimsley", "cautioned", D, "Rats are not children, and calves are not people"),
 ("Henrietta Brimsley", "cautioned", D, "We have a long road ahead of us before anyone"),
 ("Calverton University", "said", R, "the work had been paid for by a grant of $180,000"),
 ("Ormond V. Ketteridge", "said", D, "and they were right, but not the way they meant"),
 ("Ormond V. Ketteridge", "said", D, "Not this year and probably not next year, if we do"),
], "Science announcement with a feature lead. The first Body paragraph is a bare quote; the next says 'The man who said that yesterday has spent 14 years ...' and only the paragraph after that names him ('He is Dr. Ormond V. Ketteridge, 51, ...') -> the lead quote is keyed Direct to Ketteridge, cue 'said' (the verb of 'The man who said that'). 'Dr.' dropped. 'told a news conference that his team had grown ...' Reported. '\"...\", he said. \"...\"' two Direct. 'Dr. Henrietta Brimsley, who directed the animal tests, said ...' -> Reported; her '\"...\", she cautioned. \"...\"' -> two Direct, cue 'cautioned' ('she' is the only woman). 'The university, in a statement issued with the report, said ...' -> Calverton University (as first given), Reported. '\"They said a calf is not a monkey, and they were right ...\", he said.' -> one Direct for Ketteridge; the journals' words reported inside his quote are not keyed separately (snippet taken after them). 'Asked when ... (by unnamed reporters, not keyed), Ketteridge said, \"...\"' Direct. The article title 'Cultivation of Poliovirus in Bovine Renal Tissue' is not keyed."),

("fea04-merriwether-obituary.txt", [], [
 ("Ambrosius Merriwether", "said", R, "his father had been ill since March with a heart ailment"),
 ("Ichabod T. Olcott", "said", D, "never once let a lawyer finish a speech that was going nowhere"),
 ("Ichabod T. Olcott", "said", D, "He would lean over the bench and say, Counselor, I believe"),
 ("Ichabod T. Olcott", "said", D, "And we had, nine times out of ten"),
 ("Cornelia Quenneville", "called", D, "the most patient impatient man I ever knew"),
 ("Cornelia Quenneville", "recalled", R, "he read every brief twice, once at the courthouse"),
 ("Alphonse Q. Merriwether", "told", D, "I would do it again tomorrow"),
 ("Alphonse Q. Merriwether", "told", D, "A mayor is a citizen with a bigger office"),
], "Obituary quoting colleagues. The dead judge's biography (born, elected, retired, survivors, services) carries no statement. 'His son, Ambrosius Merriwether, said ...' Reported. 'Ichabod T. Olcott, who practiced before him ... and later became his law partner, said the judge \"never once let ...\"' -> the unquoted words are only the subject ('the judge'): Direct only. '\"He would lean over the bench and say, Counselor, I believe we have arrived\", Olcott said. \"And we had, ...\"' -> two Direct for Olcott; the judge's words reported inside Olcott's quote (no nested marks) are not keyed for the judge. 'Judge Cornelia Quenneville of the Domestic Relations Court, who clerked for him in 1938, called him \"...\"' -> 'Judge' dropped, Direct cue 'called'; 'She recalled that ...' Reported cue 'recalled'. 'Mayor Fortunatus Venables ... had refused to produce the city payroll books' is an act (not keyed). '\"I would do it again tomorrow\", the judge told a reporter on the day he retired. \"...\"' -> 'the judge' after two judges have been named; the context (the contempt case of the paragraph before) makes it the dead man, Alphonse Q. Merriwether; two Direct, cue 'told'. The words are his, spoken in 1950, quoted in his obituary."),

("fea05-fennimore-sixty-years.txt", ["Store closes after 52 years"], [
 ("Mrs. Zenas Fennimore", "said", D, "I put them underneath. We have been at it"),
 ("Zenas Fennimore", "said", D, "has been wrong about the stove for sixty years"),
 ("Lavinia Drummond", "said", R, "she had been the maid of honor at the wedding"),
 ("Lavinia Drummond", "said", D, "Mother sewed all night and still did not finish it"),
 ("Lavinia Drummond", "said", D, "I was married to nobody, so I did not mind"),
 ("Mrs. Zenas Fennimore", "said", R, "the dress had been finished, and Lavinia had simply liked"),
 ("Eliezer Tuckahoe", "said", D, "I sold nails by the pound to men whose grandsons"),
 ("Eliezer Tuckahoe", "said", D, "The box is not any kind of improvement"),
 ("Eliezer Tuckahoe", "said", R, "he had sold the building to a bank"),
 ("Eliezer Tuckahoe", "said", R, "he would spend the summer fishing and the winter"),
 ("Eliezer Tuckahoe", "said", D, "telling lies about the fishing to anybody who will sit still"),
], "Human-interest feature, two headlines, both stories with the dateline 'Quorndon Mills, Vt. --'. The couple is first given as 'Mr. and Mrs. Zenas Fennimore': the wife, never given her own given name, is keyed 'Mrs. Zenas Fennimore', the husband 'Zenas Fennimore'. Her first quote has three sentences in one pair of marks -> one Direct. 'Fennimore, 84, who still milks six cows by hand, said only that his wife \"has been wrong ...\"' -> subject only unquoted: Direct only, the husband. Pronoun chain with two women: 'Mrs. Fennimore's sister, Miss Lavinia Drummond, 87, ... She said she had been the maid of honor ...' -> Lavinia Drummond (own given name, 'Miss' dropped), Reported; the next paragraph's '\"...\", she said. \"...\"' continues with her (the story she is telling), two Direct. Then 'Mrs. Fennimore looked at her sister and shook her head. She said the dress had been finished, and Lavinia had simply liked ...' -> 'She' is Mrs. Fennimore (the subject of the sentence before; 'her sister' and 'Lavinia' are the other woman): one Reported ('said X, and Y'). Second story: '\"...\", he said. \"...\"' two Direct for Tuckahoe (named in the lead); 'said he had sold ...' Reported; 'He said he would spend the summer fishing and the winter \"telling lies ...\"' -> the unquoted words have their own verb: one Reported and one Direct."),

("fea06-thistlewood-honor-system.txt", [], [
 ("Mortimer J. Eberhart", "said", R, "the plan had been approved by the faculty 41 to 9"),
 ("Mortimer J. Eberhart", "said", D, "We are asking them to be honest"),
 ("Peregrine F. Ruddle", "said", D, "are under enough pressure without being asked to police one another"),
 ("Peregrine F. Ruddle", "said", R, "the law school would watch the experiment"),
 ("Philippa Whitacre", "said", D, "I think it is about time they treated us like grown people"),
 ("Philippa Whitacre", "said", D, "Most of us would not cheat anyway"),
 ("Kenelm K. Haverstraw", "said", R, "he liked the idea but doubted it would survive the first"),
 ("Kenelm K. Haverstraw", "Asked", D, "All it takes is one man with a crib sheet"),
 ("Mortimer J. Eberhart", "said", R, "the student council would hear any charge of cheating"),
 ("Mortimer J. Eberhart", "said", D, "I expect the usual amount of human nature"),
], "College feature with a dean and students, dateline 'Thistlewood, Ind. --'. 'Dean Mortimer J. Eberhart ... announced the plan at a student assembly' -> noun object, no content (not keyed); 'He said the plan had been approved ... over the objections of Dean Peregrine F. Ruddle of the law school' -> Reported for Eberhart (Ruddle's objection is a reported act inside it, not keyed). Then '\"We are not asking the students to spy ... We are asking them to be honest\", the dean said.' -> 'the dean' after two deans have been named; it is Eberhart (the man who announced the plan and is defending it; Ruddle opposed it); two sentences in one pair of marks -> one Direct. 'The pledge reads: \"I have neither given nor received help ...\"' -> the wording of a form, no speaker (not keyed). 'Ruddle said in a telephone interview that law students \"are under enough pressure ...\"' -> subject only unquoted: Direct only. Inverted '\"...\", said Philippa Whitacre, a junior from Kokomo. \"...\"' two Direct. 'A senior in engineering, Kenelm K. Haverstraw, said he liked the idea but doubted ...' one Reported; '\"All it takes is one man ...\"? Asked Haverstraw.' -> his own rhetorical question, Direct, cue 'Asked'. 'Eberhart said X and that Y' one Reported. 'Asked whether he expected trouble (unnamed, not keyed), the dean smiled. \"...\", he said.' -> Eberhart, Direct."),
]
