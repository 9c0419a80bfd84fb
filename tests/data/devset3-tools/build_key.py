"""Hand-written key for devset3. Only the block 'start' strings are computed (first 40 chars of each block)
and the title (the first line). Headings are listed by 0-based block index: every headline line after the
first (later stories in the same sample) and every subhead.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset3` writes ../devset3-key.json from it.
"""
D, R = "Direct", "Reported"

DOCS = [
("rep01-road-bond-plan.txt", [6, 9], [
 ("Orville T. Branch", "said", R, "the bill would reach the floor by the end of next week"),
 ("Orville T. Branch", "said", D, "We have waited four years for this and the roads"),
 ("Orville T. Branch", "said", D, "Every county in the state has a bridge that ought"),
 ("Ward Kimmel", "said", D, "The people of this state have never been asked whether"),
 ("Ward Kimmel", "said", R, "he would offer an amendment on the floor to put"),
 ("Lyle E. Fenner", "told", R, "the state's credit was sound and that he would"),
 ("Lyle E. Fenner", "told", D, "look at it with a good deal of care"),
 ("Lyle E. Fenner", "said", D, "I am not against roads, and I don't know"),
 ("Lyle E. Fenner", "said", D, "But I want to know who pays for them and when"),
 ("Carl W. Hobart", "announced", R, "was named deputy director of the department yesterday"),
 ("Carl W. Hobart", "said", R, "Miss Merriam would take charge of the audit section"),
 ("Carl W. Hobart", "called", D, "the best-informed person on the sales tax in this building"),
], "Two stories. The dateline 'Harlan City, Neb. --' is joined to the first Body paragraph. 'Governor cautious' is a subhead and 'Tax clerk promoted' the headline of the second story: both Heading. 'Sen. Orville T. Branch, its chairman, said' -> Orville T. Branch; 'Branch said' with two pairs of marks = two Direct. 'Sen. Ward Kimmel R-Tolland, who ..., said:' ends its paragraph; the quote paragraph after it is Kimmel's, cue 'said' (one pair of marks over two sentences = one statement). 'Gov. Lyle E. Fenner ... told reporters ... that X and that he would \"...\" when ...' = one Reported (the unquoted clause; 'said X and that Y' with one verb is one statement) + one Direct partial, both 'told'. 'the governor said' (role reference) with two pairs = two Direct. Judgement call: 'Miss Agnes Merriam ... was named deputy director ..., it was announced by Revenue Director Carl W. Hobart' is a passive announcement WITH content (the whole sentence is what was announced), so it is keyed, Reported, cue 'announced', speaker Hobart. 'Hobart said X and called her \"...\"' = Reported ('said') + Direct ('called'). Warren Gaddis says nothing."),

("rep02-ridge-road-rezoning.txt", [8], [
 ("Frank J. Tolliver", "said", R, "the delay was needed so the council could study"),
 ("City Planning Commission", "said", R, "the center would bring the city about $60,000 a year"),
 ("City Planning Commission", "said", D, "would add heavily to traffic on a road that is"),
 ("City Planning Commission", "said", R, "it would favor the plan if the developer"),
 ("Ruth Ambler", "told", D, "We bought our homes out there because it was quiet"),
 ("Ruth Ambler", "told", D, "We will fight this in the courts if we have"),
 ("Paul Kessling", "said", R, "the center would employ 300 persons and that the road"),
 ("Paul Kessling", "said", D, "whether the council asks for it or not"),
 ("Paul Kessling", "said", D, "Nobody likes change in his own back yard"),
 ("Paul Kessling", "said", D, "But this town needs the jobs and it needs the"),
 ("Edward Lutz", "asked", R, "the firm would put its promise to widen the road"),
 ("Paul Kessling", "replied", R, "the firm would sign any agreement the city attorney drew"),
], "Metro-desk story, no dateline. The council's postponement is an act, not a statement. The report is a written statement of the City Planning Commission (named as first given, 'the City Planning Commission'): 'The commission, in its report, said X but \"...\"' = Reported (the unquoted clause has its own verb) + Direct; 'It said it would favor ...' -> It = the commission. Kessling Realty Co. says nothing as a firm. 'Mrs. Ruth Ambler ..., who spoke for the ... Association, told the council:' ends its paragraph; the quote then runs over two paragraphs (first left open, second reopened and closed) = two Direct, both cue 'told'; the speaker is Ambler, not the association. 'Developer heard' is a Heading. 'Paul Kessling, president of the realty firm, said X and that Y \"...\"' = one Reported + one Direct partial. 'he said' with two pairs = two Direct (the middle sentence 'I understand that.' belongs to the second pair). 'Councilman Edward Lutz asked whether ...' is an indirect question, keyed Reported, cue 'asked' (as devset2). 'Kessling replied that ...' -> Reported, cue 'replied'."),

("rep03-bank-cashier-verdict.txt", [8], [
 ("Carl E. Dorn", "testified", R, "the shortages were the result of bookkeeping errors"),
 ("Howard T. Cawley", "said", R, "he would ask for a presentence report from the probation"),
 ("Henry Voss", "said", D, "This was not a matter of a few dollars borrowed"),
 ("Henry Voss", "told", R, "Dorn had covered the shortages by holding back deposit slips"),
 ("Leon Marsh", "argued", R, "the bank's own auditors had passed its books every year"),
 ("Leon Marsh", "asked", D, "If there was a theft, why did nobody find it"),
 ("Leon Marsh", "said", R, "he would file an appeal within ten days"),
 ("Dale R. Hutchins", "told", R, "he had bought the car only a week before"),
 ("Dale R. Hutchins", "told", D, "just trying to see what it would do"),
 ("Oscar Lamm", "said", D, "You were lucky, and so were the people on that road"),
 ("Oscar Lamm", "said", D, "Next time it will be jail, and not a fine"),
], "Two stories; 'Youth fined in drag race' is the second headline (Heading) and its first paragraph opens with the dateline 'Wexley, Ind. --'. Dorn's 'who had testified in his own defense that ...' is keyed (cue 'testified'). Sentencing and bail are acts. 'The judge said' -> Judge Howard T. Cawley (role reference). The quote paragraph 'This was not a matter ...' has no attribution of its own; the speaker is named only in the paragraph AFTER it ('So said Asst. U.S. Atty. Henry Voss ...'), so it is Henry Voss, cue 'said'. 'Voss told the jury that ...' -> Reported, 'told'. 'Defense counsel Leon Marsh argued that ...' -> Reported, 'argued'; '\"...\"? He asked.' (question mark after the closing quote, capital He, as the converted corpus prints it) -> Marsh, Direct, cue 'asked'. 'Marsh said after the verdict that ...' -> Reported. 'He told the court he had bought ... and was \"...\"' -> He = Dale R. Hutchins; Reported + Direct partial, both 'told'. 'the justice said' -> Justice of the Peace Oscar Lamm (role reference), two pairs = two Direct. 'police put at 95 miles an hour', 'pleaded guilty' (a plea, an act) and the unnamed other driver: not statements."),

("rep04-service-station-holdup.txt", [7, 12], [
 ("Walter Gilchrist", "told", R, "the men came in shortly after 10 p.m. and asked"),
 ("Walter Gilchrist", "said", D, "I thought he was kidding until I saw the gun"),
 ("Walter Gilchrist", "said", R, "he was in the washroom for nearly half an hour"),
 ("Harold Bixby", "said", R, "the holdup was the third at a service station"),
 ("Harold Bixby", "said", R, "detectives believed the same two men took part in all"),
 ("Irene Sokol", "told", D, "The door closed on my coat and the bus started up"),
 ("Irene Sokol", "told", D, "I don't remember much after that"),
 ("Ralph Oberg", "said", R, "he did not see Mrs. Sokol on the step"),
 ("James Culver", "said", R, "an investigation of the accident was under way"),
 ("James Culver", "said", D, "We have had no complaints about the doors on that line"),
 ("James Culver", "said", D, "but we will check every one of them"),
 ("Anthony Russo", "said", R, "was found asleep in a neighbor's hayloft last night"),
 ("Anthony Russo", "said", D, "He went out to look for the dog and just got"),
 ("Anthony Russo", "said", D, "The dog came home an hour before we found him"),
], "Three short police items, each with its own headline (first Title, the others Heading). 'The attendant, Walter Gilchrist, ..., told police the men came in ...' -> Reported without 'that'. Gilchrist's quote is one pair of marks over two sentences = one statement ('told me to open the register' inside it is his own account, not keyed). 'He said he was in the washroom ...' -> He = Gilchrist. Not keyed: 'Police said the men drove off ...' (unnamed police). 'Detective Sgt. Harold Bixby said ... He said detectives believed ...' -> two Reported for Bixby ('detectives believed' is the content of Bixby's statement, not a statement by the detectives). 'Mrs. Irene Sokol' has her own given name -> Irene Sokol; 'she told a reporter' with two pairs = two Direct, cue 'told'. 'Transit Supt. James Culver' -> James Culver; '\"...\", Culver said, \"but ...\"' = two pairs = two Direct. Third item: the attribution follows its content ('A 9-year-old boy ... was found asleep ..., Fire Chief Anthony Russo said.') -> Reported, snippet from the content; 'the chief said' (role reference) -> Russo, two Direct."),

("rep05-chiefs-beat-hawks.txt", [], [
 ("Harold Tully", "said", D, "I was looking for the curve, and he came in"),
 ("Harold Tully", "said", D, "I just got the fat part of the bat on it"),
 ("Chet Konieczny", "said", R, "he had meant to throw the ball low and away"),
 ("Chet Konieczny", "said", D, "It got too much of the plate"),
 ("Chet Konieczny", "said", D, "He's a good hitter and you can't make a mistake"),
 ("Joe Feeney", "said", D, "The kid was trying to throw it through the wall"),
 ("Joe Feeney", "said", D, "He's got too good an arm not to be"),
 ("Joe Feeney", "said", R, "Haskins would get another start Sunday against the Colts"),
 ("Sam Pardee", "said", D, "You don't win ball games running like that"),
 ("Sam Pardee", "said", D, "We gave them two runs and then we gave them"),
 ("Sam Pardee", "said", R, "he would hold a meeting with the players before today's"),
], "One baseball story, no subhead. Nicknames in parentheses are dropped: 'Harold (Red) Tully' -> Harold Tully, 'Manager Joe (Bud) Feeney' -> Joe Feeney. Inverted 'said Tully' with two pairs = two Direct. Konieczny (named in the previous paragraph as 'reliever Chet Konieczny'): 'said he had meant ...' Reported, then 'he said' twice = two Direct (the 'he' in the first quote is Tully, the speaker is still Konieczny). 'the Chief manager said' (role reference) -> Feeney, who is named in the paragraph before only as the man who started Haskins. 'Feeney said Haskins would ...' -> Reported without 'that'. Not keyed: the nickname \"Iron Man\" (Dutch Wendt says nothing) and the headline. 'Hawk manager Sam Pardee was not happy ...' is description; 'Pardee said' with two pairs = two Direct; 'He said he would hold a meeting ...' -> He = Pardee."),

("rep06-wolves-and-open.txt", [5], [
 ("Vernon Ruggles", "said", D, "Tilden threw the ball 31 times against Vickery last week"),
 ("Vernon Ruggles", "said", D, "If we can't stop that we're in for a long"),
 ("Vernon Ruggles", "said", R, "tackle Dave Olander, who hurt a knee against Vickery, would"),
 ("Vernon Ruggles", "said", R, "sophomore Bill Prentiss would start in his place"),
 ("Roy Gatlin", "described", D, "I wasn't trying to hole it, I was just trying"),
 ("Gus Halvorsen", "said", D, "He was 40 feet away and in the rough"),
 ("Gus Halvorsen", "said", D, "I'd call it a 3, and I'd take it any"),
 ("Ted Amsel", "said", R, "he had played the course only once before, in a"),
 ("Lew Castellano", "said", D, "felt fine, but the putter didn't"),
], "Football item (dateline 'Bradford, Okla. --') and a golf story whose headline 'Gatlin cards 67 to lead Elm Valley Open' is a Heading. 'Coach Vernon Ruggles' -> Vernon Ruggles; inverted 'said coach Ruggles' (lower-case 'coach', as the corpus prints it) with two pairs = two Direct. 'Ruggles said X. He said Y.' = two Reported. Eddie (Scooter) Mahan says nothing. 'Roy (Slim) Gatlin' -> Roy Gatlin. The golf quote paragraph 'I wasn't trying to hole it ...' has no attribution of its own; the next paragraph names the speaker ('That was how Gatlin described the shot') -> Roy Gatlin, cue 'described'; one pair of marks = one statement. Halvorsen paragraph: 'said Halvorsen' and 'Halvorsen said' are his (two Direct); the middle quote '\"Would you call that luck\"? Asked a bystander.' is an unnamed bystander's: not keyed. 'Amsel said he had played ...' -> Reported; Frank Dolan says nothing. Castellano: 'He said his back, which ..., \"felt fine, but the putter didn't\"' -> only the Direct statement is keyed: the predicate of the reported clause is inside the quote and the unquoted words are only its subject (see README)."),
]

DOCS += [
("rep07-garden-club-players.txt", [6, 12], [
 ("Mrs. Clarence W. Odell", "told", R, "most home gardeners plant their roses too close together"),
 ("Mrs. Clarence W. Odell", "said", D, "A rose wants sun, air and a long drink once"),
 ("Mrs. Clarence W. Odell", "said", D, "Give it those and it will forgive you almost anything"),
 ("Mrs. Harlan B. Peck", "announced", R, "the club's annual flower show will be held May 20"),
 ("Lorraine Dubois", "said", D, "They have worked harder than any group I can remember"),
 ("Lorraine Dubois", "said", D, "I think the audience is going to be surprised, and"),
 ("Mrs. Arthur Kessel", "said", R, "more than 400 tickets had been sold"),
], "Society page with three items, each with a headline ('Garden club hears talk on roses' Title; 'Little theater opens Friday' and 'Hollings-Vance' Heading). 'Mrs. Clarence W. Odell', 'Mrs. Harlan B. Peck' and 'Mrs. Arthur Kessel' are named only by their husbands' names and keep 'Mrs.' (devset2 convention); 'Miss Lorraine Dubois' -> Lorraine Dubois. Not keyed: the talk title \"Roses for the Small Garden\" and the play title \"A Cottage by the Sea\" (titles); 'Tea was served by ...'; 'Mrs. Walter Strand is chairman of the show'. 'Mrs. Odell told the members that ...' Reported, 'told'; 'she said' with two pairs = two Direct. 'Mrs. Harlan B. Peck, president, announced that ...' -> Reported, 'announced'. 'Miss Lorraine Dubois, who is directing the play, said:' + a quote over two paragraphs (first open, second reopened and closed) = two Direct, both 'said'. The engagement notice ('Mr. and Mrs. Leonard Hollings ... announce the engagement of their daughter ...') is a passive-style social announcement with no content clause: not keyed."),

("rep08-farm-bill-clash.txt", [7], [
 ("Everett M. Rourke", "predicted", R, "the bill would pass the Senate before the Easter recess"),
 ("Everett M. Rourke", "predicted", D, "by a margin that will surprise a good many people"),
 ("Clifford Halsey", "said", D, "This bill would put the Secretary of Agriculture in charge"),
 ("Everett M. Rourke", "replied", R, "the bill would give every farmer a vote on his own"),
 ("Everett M. Rourke", "called", D, "the farm battles of 1936, fought all over again"),
 ("Everett M. Rourke", "said", D, "The senator from Kansas knows better than that"),
 ("Everett M. Rourke", "said", D, "Nobody is going to tell any farmer what to plant"),
 ("Everett M. Rourke", "said", R, "he had counted 52 votes for the bill and expected"),
 ("House Agriculture Committee", "said", R, "the measure would save the government $300 million a year"),
 ("Walter J. Kroll", "called", D, "a number pulled out of thin air by somebody downtown"),
 ("Walter J. Kroll", "said", R, "the minority would file its own report next week"),
 ("Orrin B. Tate", "told", R, "the administration would accept no amendment that cut the price"),
 ("Orrin B. Tate", "said", D, "We have gone as far as we can go"),
], "Wire dateline 'WASHINGTON (AP) --' opens the first Body paragraph. 'Sen. Everett M. Rourke D-Iowa predicted X \"...\"' = Reported + Direct partial, cue 'predicted'. 'Sen. Clifford Halsey R-Kan., who ..., said:' + quote paragraph -> Halsey, 'said'. Two senators quoted alternately: 'Rourke replied that X and called the Kansan's objections \"...\"' = Reported ('replied') + Direct ('called'). In 'The senator from Kansas knows better than that', 'The senator' is inside Rourke's quote, not an attribution. 'The senator said he had counted 52 votes ...' -> role reference; two senators are in the story, but the last speaker (and the bill's supporter) is Rourke -> Rourke (judgement call). 'House group acts' is a Heading. The committee's vote is an act; 'In a report filed with the bill, the committee said ...' -> House Agriculture Committee (named as first given). 'Rep. Walter J. Kroll R-Neb., ... called the savings figure \"...\"' -> Direct, 'called'; 'He said the minority ...' -> Kroll, Reported. 'Secretary of Agriculture Orrin B. Tate told a news conference ... that ...' -> Reported; 'Tate said' -> Direct."),

("rep09-vell-border-offer.txt", [6], [
 ("Tomas Vidak", "offered", D, "at any time and in any place"),
 ("Tomas Vidak", "said", R, "his government wanted peace with all its neighbors but would"),
 ("Tomas Vidak", "said", D, "a single acre of the valley, now or ever"),
 ("Tomas Vidak", "said", D, "We have been patient for 14 years"),
 ("Tomas Vidak", "said", D, "Our patience is not weakness, and no one should mistake"),
 ("Solvanian Foreign Ministry", "said", D, "a speech for the crowd, not a proposal"),
 ("Solvanian Foreign Ministry", "said", R, "no formal note from Kessa had been received"),
 ("Tomas Vidak", "said", D, "poured oil on a fire that was nearly out"),
 ("Donald Pryor", "said", D, "for training pilots, not for fighting anybody"),
 ("Donald Pryor", "said", R, "the sale had been approved more than a year ago"),
], "Foreign affairs, wire dateline 'Kessa, Varnia (UPI) --' joined to the first paragraph. Judgement call: 'Premier Tomas Vidak offered today to meet the leaders ... \"at any time and in any place\"' -> the quoted words are keyed, Direct, cue 'offered'; the offer itself ('to meet the leaders', an infinitive, no content clause) is not keyed as Reported. 'said his government wanted peace ... but would not give up \"...\"' = Reported + Direct partial. Not keyed: the banner slogan \"The Vell Is Ours\"; 'Western diplomats here said privately ...' (unnamed). 'the Premier said' (role reference) with two pairs = two Direct. 'the Solvanian Foreign Ministry said in a statement that the offer was \"...\" and that no formal note ...' -> the first clause's predicate is inside the quote (Direct only, see README) and the second clause is Reported: one verb, two statements. 'Envoys are doubtful' is a Heading. Vidak's last quote: the paragraph names him, then describes him for two sentences, and the statement is 'he said the sale had \"...\"' -> he = Vidak; Direct only ('the sale had' is the bare subject and auxiliary); 'attacked the United States for selling ...' is not keyed (no content clause). 'State Department press officer Donald Pryor' is a named spokesman, so he is the speaker: 'said the trainers were \"...\" and that the sale had been approved ...' -> Direct + Reported."),

("rep10-dexter-mill-closing.txt", [9], [
 ("Dexter Mills Co.", "announced", R, "will close its Glenford cotton mill on Oct. 1"),
 ("Dexter Mills Co.", "said", D, "can no longer be operated at a profit in competition"),
 ("Harold E. Banning", "said", R, "every effort would be made to find jobs at Sayre"),
 ("Harold E. Banning", "said", D, "Nobody at Dexter wanted this, least of all me"),
 ("Harold E. Banning", "said", D, "Some of us started our working lives in that mill"),
 ("Eugene Platt", "said", D, "It's like losing the courthouse and the post office together"),
 ("Eugene Platt", "said", D, "Half the stores on Main Street depend on that payroll"),
 ("Eugene Platt", "said", R, "a committee of businessmen would go to the company's offices"),
 ("Sam Rudd", "said", R, "the union had not been told of the closing"),
 ("Sam Rudd", "called", D, "the worst news this town has had since the depression"),
 ("Charles T. Abbott", "said", R, "Ralph M. Dorsey has been elected a vice president"),
 ("Charles T. Abbott", "said", R, "will be in charge of its new branch on Route"),
], "Business. Lead: 'The Dexter Mills Co. will close ..., the company announced yesterday' -> attribution after the content, organisation speaker named as first given ('Dexter Mills Co.'), Reported, cue 'announced'. 'In a statement, the company said the Glenford mill, built in 1902, \"can no longer ...\"' -> Direct only (the unquoted words are the subject; see README). 'Harold E. Banning, president of Dexter, said ...' Reported, then 'he said' with two pairs = two Direct. Inverted 'said Mayor Eugene Platt, a director of the Glenford National Bank' -> Eugene Platt, two Direct; 'Platt said a committee ... would go ... to ask Dexter to reconsider' -> Reported (the request belongs to the content). 'Textile Workers local president Sam Rudd said ... He called it \"...\"' -> Sam Rudd (the local is not named as a speaker), Reported + Direct. 'Bank elects Dorsey' is the second headline (Heading). Both bank sentences put the attribution after the content ('..., Charles T. Abbott, president, said yesterday.' and '..., Abbott said.') -> two Reported for Charles T. Abbott; the snippet of the second starts after the subject's relative clause."),

("rep11-rural-church-school-bonds.txt", [6], [
 ("Lowell A. Steen", "told", D, "is being starved to death by neglect, and we are"),
 ("Lowell A. Steen", "said", R, "more than 40 churches in the conference had closed"),
 ("Lowell A. Steen", "said", D, "We build fine new churches in the suburbs and we"),
 ("Lowell A. Steen", "said", D, "But the farmer who stayed on the land is still"),
 ("Margaret Voigt", "told", R, "the present junior high, built for 600 pupils, now holds"),
 ("Margaret Voigt", "said", R, "classes were being held in the boiler room and on"),
 ("Margaret Voigt", "said", D, "We are teaching arithmetic next to the furnace"),
 ("Margaret Voigt", "said", D, "I don't think that is what the people of Hanley"),
 ("Lester Greer", "said", R, "the board should first try to buy the vacant"),
 ("Arnold Fisk", "said", R, "the election would probably be held in May"),
], "Religion and education, two stories ('School board asks bond issue' is a Heading). Dateline 'Cedar Bluff, Mo. --' joined to the first paragraph. 'The Rev. Dr. Lowell A. Steen' -> Lowell A. Steen; 'told the ... Conference today that the rural church \"is being starved ...\"' -> Direct only (the unquoted words are only the subject; see README), cue 'told'. 'Dr. Steen said ...' Reported; 'he said' with two pairs = two Direct. Not keyed: Bishop Carl H. Lindgren 'appointed a committee' (act); the board's vote (act). 'Dr. Margaret Voigt, superintendent of schools, told the board the present junior high ... now holds 910' -> Reported without 'that'; 'She said ...' Reported; 'Dr. Voigt said' with two pairs = two Direct. 'Board member Lester Greer cast the only vote ... He said ...' -> the vote is an act, the 'He said' clause is Reported for Greer. 'Board president Arnold Fisk said ...' Reported. Not keyed: the scare quote \"temporary\" (frame classrooms) in the narrative, with no one named as having said it."),

("rep12-bell-lady-feature.txt", [], [
 ("Hattie Lovejoy", "says", D, "Let's just say it was a matter of a young"),
 ("Hattie Lovejoy", "says", D, "He didn't amount to much, so I suppose the bell"),
 ("Hattie Lovejoy", "", D, "the farm children couldn't hear it from the road"),
 ("Roger Keane", "says", R, "the board has never regretted the decision for a minute"),
 ("Roger Keane", "says", D, "The children set their clocks by Miss Hattie, and so"),
 ("Hattie Lovejoy", "says", D, "It was too big and everybody was in a hurry"),
 ("Hattie Lovejoy", "says", D, "I came home the same day"),
 ("Hattie Lovejoy", "said", D, "every spring I tell them the same thing"),
 ("Hattie Lovejoy", "said", D, "I counted them again this morning"),
], "Feature interview, one person quoted throughout, present-tense 'says' as feature writers used it (cue 'says' as printed). Dateline 'Ashcroft, Vt. --' joined to the first paragraph. 'Miss Hattie Lovejoy' -> Hattie Lovejoy. 'Miss Lovejoy says' with two pairs = two Direct. Not keyed: the nickname \"the Bell Lady\". The quote paragraph 'I told them the electric bell was fine ...' has no attribution; its speaker is implied by the paragraph before ('she went to the school board') -> Hattie Lovejoy, cue ''; her own account of what she told the board inside it is not keyed separately. 'Principal Roger Keane says the board has never regretted ...' Reported, then '\"...\", he says.' -> Keane (Direct); 'Miss Hattie' inside his quote is not an attribution. '\"...\", she says.' with two pairs -> Lovejoy (she is the subject of the paragraph before). 'Asked whether she had thought of retiring, Miss Lovejoy said:' -> the question is the reporter's (not keyed); the answer runs over two paragraphs (first open, second reopened and closed) = two Direct, cue 'said'."),
]
