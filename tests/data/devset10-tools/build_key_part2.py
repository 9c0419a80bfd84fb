"""Hand-written key for devset10, met07-met12 (imported by build_key.py).
Each entry: (fileName, [later headline lines], [(speaker, cue, kind, snippet)], notes)."""
D, R = "Direct", "Reported"
DOCS = [
("met07-ostervale-community-chest.txt", ["Kettles out Friday"], [
 ("Ellsworth T. Vandermeulen", "said", D, "This city has never failed to make its goal"),
 ("Ellsworth T. Vandermeulen", "said", R, "the 47 member agencies had asked for $1,310,000 and the budget committee"),
 ("Ellsworth T. Vandermeulen", "said", D, "to the bone and a little past it"),
 ("Clothilde Hoogstraten", "said", R, "the hardest part of the job was the first door"),
 ("Clothilde Hoogstraten", "Asked", D, "Who else is going to pay for the Boy Scouts"),
 ("Clothilde Hoogstraten", "Asked", D, "Not the Government in Washington, I should hope"),
 ("Ellsworth T. Vandermeulen", "said", R, "advance gifts from business firms were running 6 per cent ahead"),
 ("Silvanus J. Quartermaine", "according to", R, "Payroll pledges from the city's three largest plants will bring in"),
 ("Elspeth Ruddiman", "said", R, "the Army would serve 1,400 Christmas dinners this year"),
], "Charity drive, a chairman and a volunteer, two headlines. Inverted '\"...\", said Ellsworth T. Vandermeulen, general chairman of the drive.' -> Direct. 'said the 47 member agencies had asked ... and the budget committee had cut their requests \"to the bone ...\"' -> one Reported (one verb, two clauses) + one Direct. The campaign slogan (\"Everybody Gives, Everybody Gains\") is not keyed. 'Mrs. Clothilde Hoogstraten' is printed with her own given name -> 'Mrs.' dropped. The volunteer's own rhetorical question '\"...\"? Asked Mrs. Hoogstraten. \"...\"' -> two Direct, cue 'Asked'. 'Vandermeulen said advance gifts ...' (no 'that') Reported. '..., according to the chairman of the industrial division, Silvanus J. Quartermaine' -> the named person, cue 'according to'. 'Chest officials said' unnamed (not keyed). Second story: 'Maj. Elspeth Ruddiman said the Army would serve ... and needed ...' -> one Reported, title dropped, the person (named), not the Salvation Army."),

("met08-bellhaven-merchants-parking.txt", ["Stores to stay open Thursdays"], [
 ("Downtown Merchants Association of Bellhaven", "saying", R, "shoppers were driving past Front Street to the new Drayhurst Plaza"),
 ("Montague J. Castellane", "said", R, "Front Street stores had lost 11 per cent of their business"),
 ("Montague J. Castellane", "said", D, "The shopper who has to run out every hour to feed"),
 ("Montague J. Castellane", "said", D, "She will go where the parking is free"),
 ("Tobiah M. Hochreiter", "said", R, "his store had lost more sales this fall than in any"),
 ("Tobiah M. Hochreiter", "said", D, "We are not crying wolf, gentlemen"),
 ("Tobiah M. Hochreiter", "said", D, "The wolf is already in the parking lot at Drayhurst"),
 ("Ulrich L. Pellegrew", "said", D, "fill Front Street with all-day parkers from the office buildings"),
 ("Montague J. Castellane", "said", R, "most of the association's 94 member stores would stay open"),
], "Downtown merchants' association, two headlines. Lead: 'The Downtown Merchants Association of Bellhaven asked the City Council ... to raise the limit ..., saying shoppers were driving ...' -> the request is not keyed; the 'saying' clause is Reported for the association (organisation as first given, without 'The'), cue 'saying'. 'In a statement, the association's president, Montague J. Castellane, said' -> the person (named), not the association. 'Tobiah M. Hochreiter ... stood beside Castellane at the council table. He said his store ...' -> 'He' after two men are named: Hochreiter, the sentence subject ('his store' = Hochreiter's); the following '\"...\", he said. \"...\"' is Hochreiter too (two Direct). Pellegrew: 'said the two-hour limit would \"fill ...\"' -> subject and auxiliary only: Direct only. \"Dollar Days\" (a sale's name) and the banner (\"Shop Front Street First\") are not keyed; 'Several councilmen said privately' unnamed (not keyed). The council's referral is an act. Second story: 'Castellane said most of ...' Reported."),

("met09-larchmoor-homes-rent.txt", ["Playground for project"], [
 ("Lavonne Treadgold", "said", R, "most families in the project were already paying a fourth"),
 ("Lavonne Treadgold", "told", D, "My husband works at the foundry and brings home $62 a week"),
 ("Lavonne Treadgold", "told", D, "They tell us the project has to pay for itself"),
 ("Isidore M. Plaskett", "said", R, "the increase was the first since the project opened in 1951"),
 ("Isidore M. Plaskett", "said", R, "the elevators in Buildings C and D would be repaired"),
 ("Isidore M. Plaskett", "said", D, "as soon as the parts come from Pittsburgh"),
 ("Isidore M. Plaskett", "said", R, "the authority would open its books to any accountant"),
 ("Seymour D. Rittenhaus", "said", R, "the tenants would ask the authority to delay the increase"),
], "Housing project and tenants, two headlines (the playground item has no statement). 'Mrs. Lavonne Treadgold' has her own given name -> 'Mrs.' dropped. 'She told the meeting:' followed by a two-paragraph quote opened on each paragraph and closed on the last -> one Direct per paragraph, both cue 'told' ('They tell us' inside her quote is the authority's line as she reports it, not keyed separately). The banner (\"Repairs Before Rent\") is not keyed. Plaskett: 'said X and Y' (no second 'that') one Reported; 'said the elevators ... would be repaired \"as soon as ...\"' -> Reported + Direct. 'Housing Authority officials said' unnamed (not keyed). 'Plaskett and the tenants' attorney, Seymour D. Rittenhaus, agreed to meet Monday ... He said the authority would open its books to any accountant the tenants chose' -> 'He' after two men are named: resolved by content to Plaskett (the authority's director offering its books; the tenants' attorney would not speak for the authority). The agreement to meet is an act."),

("met10-ridgefell-bus-fare-hearing.txt", ["Cab rates unchanged"], [
 ("Tiberius D. Gorsuch", "testified", R, "the line had lost $186,000 in the first eight months"),
 ("Tiberius D. Gorsuch", "said", D, "We are carrying 31 per cent fewer riders than we carried"),
 ("Tiberius D. Gorsuch", "said", D, "Every family that buys a second car is a family we lose"),
 ("Tiberius D. Gorsuch", "said", R, "the dividend had come out of earnings from the company's charter"),
 ("Benedikt B. Mackendrick", "told", R, "the city would oppose any increase"),
 ("Benedikt B. Mackendrick", "told", D, "until this company opens the books on its charter business"),
 ("Philomena Falkenrath", "Asked", D, "Who rides the bus? The maid, the schoolboy"),
 ("Philomena Falkenrath", "Asked", D, "Those are the people you are asking to pay"),
 ("Ptolemy P. Oudekirk", "said", R, "the commission would not decide the case before Jan. 1"),
 ("State Public Service Commission", "said", R, "written briefs must be filed by Nov. 15"),
], "Bus fare hearing, two headlines (the cab item has no statement). The company's request is an act; 'riders ... told the examiner they could not afford it' are unnamed riders (not keyed). 'The company's president, Tiberius D. Gorsuch, testified that ...' -> the person, cue 'testified'. 'Corporation Counsel Benedikt B. Mackendrick asked Gorsuch why ...' is a question (not keyed); Gorsuch's answer 'said the dividend had come out of ...' Reported. 'told the examiner the city would oppose any increase \"until ...\"' -> Reported + Direct for Mackendrick (a named lawyer speaks for himself). The riders' buttons (\"15 Cents Is Enough\") are not keyed. '\"Who rides the bus? The maid, ...\"? Asked Mrs. Philomena Falkenrath ... \"...\"' -> a rider's own rhetorical question (two sentences in one pair of marks, one statement) and a second pair: two Direct, cue 'Asked'; her own given name, 'Mrs.' dropped. 'The examiner, Ptolemy P. Oudekirk, said the commission would not decide ...' -> the examiner (named), not the commission. 'The commission said in a notice ... that ...' -> State Public Service Commission (organisation as first given, 'the' dropped)."),

("met11-quennevale-park-dedication.txt", ["Library hours extended"], [
 ("Cadwallader K. Sallowby", "said", D, "This land was a gift, and the only way to repay"),
 ("Cadwallader K. Sallowby", "said", D, "I want to see this grass worn thin by next August"),
 ("Mrs. Jedediah F. Quennevale", "said", R, "her husband had played on the meadow as a boy"),
 ("Mrs. Jedediah F. Quennevale", "said", D, "when it was still a cow pasture and the cows did"),
 ("Mrs. Jedediah F. Quennevale", "said", D, "Jed always told me a town without grass is a town"),
 ("Mrs. Jedediah F. Quennevale", "said", D, "I think he would be pleased today"),
 ("Cadwallader K. Sallowby", "called", D, "the finest thing to happen to the East Side in my lifetime"),
 ("Cadwallader K. Sallowby", "promised", R, "the city would build a wading pool and a shelter house"),
 ("Dorian M. Yelverton", "according to", R, "The park will have four baseball diamonds, six tennis courts"),
 ("Cadwallader K. Sallowby", "said", R, "Work on the pool will start in March if the council"),
 ("Clementina Voorhorst", "said", R, "students had asked for the later hours"),
], "Park dedication, a mayor and a donor's widow, two headlines. The mayor is 'Mayor Cadwallader K. Sallowby', later 'the mayor' (role reference). The donor's widow is printed as 'Mrs. Jedediah F. Quennevale' (her husband's name) -> 'Mrs.' kept; the husband (Jedediah F. Quennevale) is dead and never speaks: 'Jed always told me ...' inside her quote is her statement, the husband's remembered words are not keyed separately. 'said her husband had played ... \"when it was still ...\"' -> Reported + Direct. The plaque (\"For the Children of Halverstone, Forever\") and the band's march (\"The Stars and Stripes Forever\") are not keyed. 'The mayor called the park \"...\"' -> Direct, cue 'called'. 'He promised that the city would build ...' -> a promise with a content clause, keyed Reported, cue 'promised' (a judgement call: a promise of what the city will do is a statement, unlike a request). '..., according to the park commissioner, Dorian M. Yelverton' -> content first, Reported. 'Work on the pool will start ..., the mayor said' -> attribution at the end, Reported. Second story: 'The librarian, Miss Clementina Voorhorst, said ...' Reported, 'Miss' dropped."),

("met12-stonebridge-police-grand-jury.txt", ["Patrolman cited for rescue"], [
 ("Ravenholt County grand jury", "said", R, "gamblers in Stonebridge had paid members of the police vice squad"),
 ("Ravenholt County grand jury", "said", D, "The evidence leaves no doubt that money changed hands"),
 ("Ravenholt County grand jury", "said", D, "It leaves considerable doubt as to whose hands"),
 ("Ravenholt County grand jury", "said", R, "it could not indict because the two chief witnesses"),
 ("Ravenholt County grand jury", "called", D, "careless to the point of contempt"),
 ("Prosper P. Woolcombe", "said", R, "he would ask for a new grand jury in January"),
 ("Prosper P. Woolcombe", "said", D, "We are not finished with this, not by a long way"),
 ("Hannibal J. Finchbeck", "said", R, "he had suspended two vice squad patrolmen without pay"),
 ("Cornelis E. Brathwaite", "said", R, "the presentments had smeared 140 honest men to get at"),
 ("Cornelis E. Brathwaite", "said", D, "two or three, if there are even that many"),
 ("Prosper P. Woolcombe", "said", R, "he had not yet decided whether to ask the state"),
], "Police corruption inquiry, grand jury presentments, two headlines (the medal item has no statement). The grand jury is keyed as an organisation as first given, 'The Ravenholt County grand jury' -> 'Ravenholt County grand jury'. Lead: 'said yesterday that gamblers ... had paid members of the police vice squad for \"protection\" for ...' -> one Reported (\"protection\" is a scare quote, not keyed). '\"...\", the grand jury said in its presentments to County Judge Octavius R. Lindenmuth. \"...\"' -> two Direct for the grand jury (the judge only receives them). 'The jury said it could not indict because ...' Reported; 'It called the vice squad's record-keeping \"...\"' Direct, cue 'called'. District Attorney: Reported, then '\"...\", he said.' in its own paragraph (pronoun, Woolcombe). 'Police Commissioner Hannibal J. Finchbeck said in a statement that ...' -> Reported for the commissioner. 'Officials at Police Headquarters said' unnamed (not keyed). Brathwaite, 'counsel for the Patrolmen's Benevolent Association', speaks for himself: Reported + Direct. The newspaper series' title (\"The Stonebridge Numbers Game\") is not keyed. 'Woolcombe said he had not yet decided whether ...' is a statement about his own state of mind, keyed Reported (not a refusal to comment)."),
]
