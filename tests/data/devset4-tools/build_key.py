"""Hand-written key for devset4. Only the block 'start' strings are computed (first 40 chars of each block)
and the title (the first line). Headings are listed by 0-based block index: every headline line after the
first (later stories in the same sample) and every subhead."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "devset4")
D, R = "Direct", "Reported"
DOCS = [
("nws01-bellweather-trial.txt", [], [
 ("Claude Okerlund", "testified", R, "he found the body on the kitchen floor and a shotgun"),
 ("Claude Okerlund", "said", R, "Mrs. Bellweather was sitting on the porch steps when he"),
 ("Nora Bellweather", "told", D, "He's in there. I never meant for it to happen"),
 ("Claude Okerlund", "", D, "One barrel was loaded and the other had been fired"),
 ("Claude Okerlund", "", D, "No, sir. She was crying too hard to talk"),
 ("Harmon Quist", "said", R, "death was caused by a single charge of birdshot fired"),
 ("Lottie Schramm", "told", R, "she was washing dishes at her sink when she heard"),
 ("Lottie Schramm", "told", D, "two loud voices and then one shot"),
 ("Lottie Schramm", "said", R, "the couple had quarreled often but that she had never"),
 ("Lottie Schramm", "", D, "But there wasn't anybody else out there but the two"),
 ("Virgil Lathrop", "told", R, "the defense will show that Bellweather had beaten his wife"),
 ("Virgil Lathrop", "told", D, "more times than anyone will ever know"),
 ("Boyd Creed", "said", R, "The state is expected to rest its case by noon"),
], "Murder trial, one story, dateline 'Tellerton, Ky. --' joined to the first paragraph. 'Deputy Sheriff Claude Okerlund, testified that ...' -> Claude Okerlund, Reported, cue 'testified'. 'He said Mrs. Bellweather was sitting ... and told him, \"He's in there. ...\"' = a Reported statement by Okerlund (He) and, inside it, a Direct statement by the defendant, whose words he quotes: 'Mrs. Nora Bellweather' has her own given name -> Nora Bellweather, cue 'told' (one pair of marks over two sentences = one statement). Trial transcript: 'Q. ... A. ...' paragraphs, Q and A in one paragraph, no quote marks. As in devset (dev06, Q&A), each answer is one Direct statement with cue '' and the questions are not keyed (the first two are asked by defense attorney Virgil Lathrop, the third by an unnamed lawyer). The first two answers are the deputy's (the paragraph before says 'the deputy was asked about the gun:'); the third follows Mrs. Schramm's paragraph and is hers (the witness on the stand; nothing else names her). 'Dr. Harmon Quist, the county coroner, said ...' Reported. 'A neighbor, Mrs. Lottie Schramm, told the jury she was washing dishes ... when she heard \"two loud voices and then one shot\"' -> Reported without 'that' (the unquoted words have their own verbs) + Direct, both 'told'. 'She said the couple had quarreled often but that she had never seen Mrs. Bellweather with a gun' -> She = Schramm (two women in play; the subject of the sentence before), one Reported ('said X but that Y' with one verb). 'Lathrop has told the jury the defense will show that Bellweather had beaten his wife \"...\" and that she fired ...' -> one Reported (the unquoted clause, including 'and that she fired in fear of her life') + one Direct, both 'told'. The recess is an act; '..., Commonwealth's Atty. Boyd Creed said.' -> attribution after the content, Reported, speaker without 'Commonwealth's Atty.'. The judge says nothing."),

("nws02-bypass-route.txt", [7], [
 ("Dwight L. Farnam", "said", R, "construction would begin in the spring of 1962 and that"),
 ("Otto T. Reinholt", "called", D, "a favor to a few landowners at the expense of"),
 ("Otto T. Reinholt", "said", D, "I have driven that road for 30 years and so"),
 ("Otto T. Reinholt", "said", D, "The north route is shorter, it is cheaper and it"),
 ("Chester Pettibrand", "according to", R, "The north route would have required two new bridges over"),
 ("Chester Pettibrand", "told", R, "his staff had studied both routes for 18 months"),
 ("Chester Pettibrand", "", D, "We did not pick this road out of a hat"),
 ("Harvey Lindquist", "said", R, "the state right-of-way agents had offered the farmers"),
 ("Harvey Lindquist", "said", D, "about half what the land is worth"),
 ("Harvey Lindquist", "said", R, "a petition signed by 612 persons would be sent to"),
 ("Dwight L. Farnam", "said", R, "land prices were set by independent appraisers"),
 ("Dwight L. Farnam", "said", D, "Nobody is going to be cheated out of a dollar"),
 ("State Highway Commission", "said", R, "bids would be opened March 3 on resurfacing 22 miles"),
], "State highway commission meeting, dateline 'Bexford, Iowa --'. The vote is an act. 'Commission chairman Dwight L. Farnam said X and that Y' = one Reported. 'The lone vote ... came from Commissioner Otto T. Reinholt ..., who called the choice \"...\"' -> Direct, cue 'called'; then 'Reinholt said' with two pairs = two Direct. '..., according to chief engineer Chester Pettibrand.' -> attribution after the content, cue 'according to', Reported (speaker without the role phrase 'chief engineer'). 'Pettibrand told the commission his staff had studied ...' -> Reported without 'that'. The next paragraph, '\"We did not pick this road out of a hat. ...\"', is a quote paragraph with no attribution after narrative; its speaker is implied by the paragraph before -> Pettibrand, cue '' (one pair = one statement). 'Farmers protest' is a subhead (Heading). Not keyed: the signs \"Save Our Farms\" and \"No Bypass Here\". 'Their spokesman, Harvey Lindquist,' is a named spokesman for an unnamed group of farmers -> Harvey Lindquist; 'said the state right-of-way agents had offered the farmers \"...\" and that many of them would go to court' = one Reported (unquoted clause with its own verb) + one Direct; 'He said a petition ...' -> Lindquist. 'Farnam said ...' Reported; 'the chairman said' (role reference) -> Farnam, Direct. Last paragraph: 'The commission also said ...' -> State Highway Commission (as first given), Reported."),

("nws03-brockway-news-conference.txt", [8], [
 ("Stanton R. Brockway", "said", R, "he would not call the Legislature into special session to"),
 ("Stanton R. Brockway", "said", D, "not this year and probably not next"),
 ("Stanton R. Brockway", "told", R, "the $18 million in school aid voted last spring would"),
 ("Stanton R. Brockway", "said", D, "I vetoed it once and I would veto it again"),
 ("Stanton R. Brockway", "said", D, "You will have to ask me that again in January"),
 ("Norris Mayhew", "asked", R, "the governor had talked with Sen. Homer Truesdale about the"),
 ("Stanton R. Brockway", "said", R, "he had not talked with Truesdale about it and did"),
 ("Miles Harrow", "said", R, "the general fund would end the fiscal year with a"),
 ("Miles Harrow", "said", R, "most of it was already committed to the state hospitals"),
 ("Miles Harrow", "said", D, "That money is spoken for, every nickel of it, and"),
 ("Cecil J. Wicklund", "said", D, "honored, and more than a little frightened by it"),
 ("Cecil J. Wicklund", "said", R, "he would close his law practice by the end of"),
], "Governor's news conference, dateline 'Tillamere, Ore. --'. 'Gov. Stanton R. Brockway said today he would not call ... , \"not this year and probably not next\"' = Reported + Direct partial (the unquoted clause has its own verb). 'The governor, at his weekly news conference, told reporters the $18 million ... would carry ...' -> role reference, Reported without 'that', cue 'told'. 'Asked whether ..., Brockway said: \"...\"' -> the question is a reporter's (not keyed); one pair over two sentences = one Direct. '\"Are you going to run for re-election\"? A reporter asked.' is an unnamed reporter's question: not keyed; 'the governor said, smiling' -> Brockway, Direct. 'Norris Mayhew of the Keswick Gazette asked whether ...' is a named reporter's indirect question: keyed Reported, cue 'asked' (as devset3 keyed 'Councilman Edward Lutz asked whether'). 'Brockway said he had not talked ... and did not intend to' -> one Reported. Budget Director Miles Harrow: 'said ...' and 'He said ...' Reported; the next paragraph '\"That money is spoken for ...\", he said.' -> he = Harrow, the last man named and quoted, although the governor is in the same scene (pronoun with two men in play). 'New judge named' is a subhead (Heading). 'Brockway also announced the appointment of Cecil J. Wicklund ...' has no content clause: an act, not keyed. 'Wicklund ... said he was \"honored, and more than a little frightened by it\"' -> Direct only: the unquoted words are the subject and the copula, the predicate is inside the quote (devset3 rule). 'He said he would close ...' -> Wicklund, Reported. Sen. Homer Truesdale and Judge Ernest Dahlberg say nothing."),

("nws04-badgers-owls-preview.txt", [], [
 ("Eben Thornquist", "said", R, "his team had come through the week without an injury"),
 ("Eben Thornquist", "said", D, "Cade will play, but I don't know how much"),
 ("Eben Thornquist", "said", D, "He can't cut on it, and a halfback who can't"),
 ("Lyman Heffernan", "called", D, "the best-coached team we will see this year"),
 ("Lyman Heffernan", "", D, "They don't beat themselves. You have to go out there"),
 ("Lyman Heffernan", "said", R, "he would start sophomore Dick Lomax at quarterback in place"),
 ("Lyman Heffernan", "said", R, "Brenner would dress for the game but would not play"),
 ("Eben Thornquist", "said", R, "he had seen him only in game films"),
 ("Eben Thornquist", "said", D, "He throws a pretty ball, but a sophomore is a"),
 ("Cyril Sorensen", "according to", R, "A crowd of 14,000, largest in the history of Harwood's"),
 ("Cyril Sorensen", "said", R, "all reserved seats were sold out Wednesday"),
], "College football preview with two coaches, dateline 'Crandall, Tenn. --'. 'Badger coach Eben (Tiny) Thornquist' -> Eben Thornquist (nickname in parentheses dropped, role phrase dropped); Reported, then 'Thornquist said' with two pairs = two Direct. 'Kenning coach Lyman Heffernan ... called the Badgers \"...\"' -> Direct, 'called'. The next paragraph is a quote paragraph with no attribution after narrative -> Heffernan (the last man named), cue ''. 'Heffernan said ... He said Brenner would dress ...' -> two Reported for Heffernan; the 'he' inside the content is Brenner. Not keyed: the nickname \"the Deacon\". 'Asked about Lomax, Thornquist said he had seen him only in game films.' Reported; '\"...\", the Badger coach said.' -> role reference with two coaches in the story, resolved by 'Badger' -> Thornquist, Direct. '..., according to athletic director Cyril Sorensen.' -> attribution after the content, cue 'according to'; 'He said all reserved seats ...' -> He = Sorensen. Jerry Cade, Dick Lomax, Walt Brenner and Hank Ostrowski say nothing."),

("nws05-redfern-stops-alcazar.txt", [10], [
 ("Lonnie Redfern", "said", D, "I hit him with the same right hand I've been"),
 ("Lonnie Redfern", "said", D, "I knew when it landed he wasn't getting up"),
 ("Ruben Alcazar", "said", R, "he had never been hit harder"),
 ("Ruben Alcazar", "said", D, "He is strong like a bull, and he does not"),
 ("Pat Mulrooney", "said", D, "He got ten, and he got them slow"),
 ("Pat Mulrooney", "said", D, "I gave him every chance in the world to get"),
 ("Moe Brandauer", "said", R, "he would try to match his fighter with the winner"),
 ("Moe Brandauer", "said", R, "he had turned down an offer of $15,000 for a"),
 ("Moe Brandauer", "said", D, "Lonnie is ready for anybody in the division now"),
 ("Moe Brandauer", "said", D, "A year from now he'll be too big for the"),
 ("Abe Kellerman", "said", R, "the gate of $31,400 was the largest for a fight"),
 ("Andy Szabo", "said", D, "He was just too big for us under the boards"),
 ("Mel Trotman", "said", R, "his knee, which he hurt in practice last week, no"),
], "Boxing story and a pro basketball brief ('Pioneers top Hornets' is the second headline, Heading; its paragraph opens with the dateline 'Tamsen, Mich. --'). 'Kid Ruben Alcazar' -> Ruben Alcazar (ring prefix dropped, devset2 convention). 'Redfern said in his dressing room' with two pairs = two Direct. 'Alcazar ... said through an interpreter that he had never been hit harder' -> Reported (speaking through an interpreter, the speaker is still Alcazar); snippet is exactly 6 words; '\"He is strong like a bull, ...\", he said.' -> he = Alcazar (the 'He' inside the quote is Redfern). Not keyed: 'Alcazar's seconds protested that the count was fast' (unnamed seconds); the nickname \"the Undertaker\". '\"He got ten, ...\", said referee Pat Mulrooney.' -> the referee is named only after the quote; two pairs = two Direct. 'Redfern's manager, Moe Brandauer, said ... He said ...' -> two Reported; then 'Brandauer said' with two pairs = two Direct. 'Promoter Abe Kellerman said ...' Reported. Basketball: 'said Hornet coach Andy Szabo' -> Direct; 'Trotman said his knee, which he hurt ..., no longer bothered him.' -> Reported, Mel Trotman."),
]

DOCS += [
("nws06-plains-synod.txt", [7], [
 ("Ansel P. Wainwright", "told", D, "has been too comfortable for too long"),
 ("Ansel P. Wainwright", "", D, "We build bigger churches every year and fill fewer pews"),
 ("Reuben Voth", "said", D, "The church has no business in the labor question"),
 ("Reuben Voth", "said", D, "Feed them, yes. But don't tell the farmers what"),
 ("Ansel P. Wainwright", "replied", R, "no one was telling anybody what to pay"),
 ("Ansel P. Wainwright", "said", D, "We are asking our people to open their eyes"),
 ("Mrs. Horace Pomeroy", "reported", R, "the society had raised $48,000 in the last year for"),
 ("Eric Soderholm", "according to", R, "Membership in the synod's 212 churches rose 2.4 per cent"),
 ("Eric Soderholm", "said", R, "the gain came almost entirely in the new suburbs of"),
 ("Eric Soderholm", "said", R, "19 rural churches had lost members and three had closed"),
], "Church convention, dateline 'Fort Quinlan, Kan. --'. 'The Rev. Dr. Ansel P. Wainwright, president of the Plains Synod ..., told 900 delegates ... that the church \"has been too comfortable for too long\"' -> Direct only (only the subject is unquoted; devset3 rule), cue 'told'. The next paragraph is a quote paragraph with no attribution after narrative -> Wainwright, cue ''. The resolution is an act (adopted), not keyed. '\"...\", said Reuben Voth, a lay delegate from Kiowa Flats. \"...\"' -> speaker named only after the first quote; two pairs = two Direct. 'Dr. Wainwright replied that ...' Reported, cue 'replied'; '\"...\", he said.' -> he = Wainwright (subject of the sentence before, though Voth was the last man quoted). 'Mrs. Horace Pomeroy' is named by her husband's name and keeps 'Mrs.'; 'reported that ...' -> Reported, cue 'reported'. 'Membership rises' is a subhead (Heading). '..., according to its statistician, the Rev. Eric Soderholm.' -> cue 'according to', Reported; 'Soderholm said ... He said ...' two Reported. The election of the Rev. Gunnar Mattson is an act."),

("nws07-school-transfer-plan.txt", [8], [
 ("Rupert G. Harkavy", "told", R, "41 Negro children had applied for transfer to six formerly"),
 ("Rupert G. Harkavy", "said", D, "The law is plain and the board intends to obey"),
 ("Rupert G. Harkavy", "said", D, "We expect every parent in this room to help us"),
 ("Floyd Tabor", "asked", R, "whether the school board had ever considered"),
 ("Floyd Tabor", "asked", D, "what this will do to property values on the north"),
 ("Rupert G. Harkavy", "said", R, "he did not believe property values were the board's business"),
 ("Isaiah Weathers", "said", R, "the Negro parents of the city had asked for nothing"),
 ("Isaiah Weathers", "said", D, "My girl can walk to Grantley in five minutes"),
 ("Axel Dahlgren", "said", R, "uniformed officers would be stationed at each of the six"),
 ("Axel Dahlgren", "said", D, "as a precaution and nothing more"),
], "PTA meeting on school integration, metro desk, no dateline. 'Supt. Rupert G. Harkavy told the Grantley Parent-Teacher Association that X and that Y' = one Reported; 'Dr. Harkavy said' with two pairs = two Direct. 'Mrs. Gordon Fitch ... asked parents to hold their questions' is a request (act), not keyed. 'One father, who gave his name as Floyd Tabor, asked whether the school board had ever considered \"...\"' -> an indirect question, Reported (cue 'asked', as devset3), plus the quoted object as Direct, cue 'asked'; the Reported snippet keeps 'whether' so that it has six words. 'Dr. Harkavy said he did not believe ...' Reported. 'The Rev. Isaiah Weathers, pastor of ..., said ...' Reported; the next paragraph '\"My girl ...\", he said.' -> he = Weathers (three men have spoken; he is the last named). 'Police to be on hand' is a subhead (Heading). 'Chief of Police Axel Dahlgren said uniformed officers would be stationed ... \"as a precaution and nothing more\"' = Reported + Direct partial. Not keyed: the pickets' sign \"Go Slow\"; 'led by Mrs. Fitch' (an act)."),

("nws08-brewery-strike-talks.txt", [10], [
 ("Gerald V. Huxtable", "said", R, "he believed a settlement could be reached by the weekend"),
 ("Gerald V. Huxtable", "said", R, "he had met separately with each side Tuesday and Wednesday"),
 ("Gerald V. Huxtable", "said", D, "There is some room for movement on both sides, and"),
 ("Gerald V. Huxtable", "said", R, "he would keep the two sides together"),
 ("Gerald V. Huxtable", "said", D, "around the clock if need be"),
 ("Casimir Wirtz", "said", R, "the 640 members of the local would not return to"),
 ("Casimir Wirtz", "said", D, "for a nickel less than we asked"),
 ("Grover E. Danner", "said", R, "the union's demand would add $410,000 a year to the"),
 ("Grover E. Danner", "called", D, "the kind of raise that closes breweries"),
 ("Casimir Wirtz", "said", D, "dreamed up in the front office to scare the public"),
 ("Casimir Wirtz", "said", R, "the union had asked to see the company's books and"),
 ("Casimir Wirtz", "said", D, "If they are losing money, let them show us"),
 ("Halvard Brewing Co.", "said", R, "its workers were already the best paid in the brewing"),
 ("Louis Ferraro", "said", R, "many of the 300 taverns in the county were down"),
], "Labor negotiation with a federal mediator, metro desk. 'Federal mediator Gerald V. Huxtable called both sides ... back ... and said he believed ...' -> the call-back is an act, the 'said' clause Reported. 'The mediator said ...' -> role reference, Reported; '\"...\", he said.' -> Huxtable, Direct. 'Huxtable ... said he would keep the two sides together \"around the clock if need be\"' = Reported + Direct partial (the Reported snippet is the whole unquoted clause, 7 words). The union (Local 217 of the Brewery and Malt Workers) and 'The company has offered 8 cents' (an offer at the table, not a statement) are not keyed. 'Union president Casimir Wirtz said the 640 members ... would not return to work \"...\"' = Reported + Direct. 'Grover E. Danner ... said X, and called it \"...\"' = Reported ('said') + Direct ('called'). 'Wirtz said Danner's figures were \"dreamed up ...\"' -> Direct only (subject and copula unquoted, devset3 rule). 'He said the union had asked ...' -> He = Wirtz, the subject of the sentence before, although Danner is the last man named; the next paragraph '\"If they are losing money, let them show us\", he said.' -> Wirtz again (the mediator and Danner are also men in play). 'Halvard Brewing said in a newspaper advertisement ...' -> organisation, named as first given ('the Halvard Brewing Co.') -> Halvard Brewing Co., Reported. 'Taverns run short' is a Heading. 'Louis Ferraro, president of the Tavern Owners Association, said ...' Reported. Not keyed: the picket signs \"Halvard Unfair\"."),

("nws09-skywatch-satellite.txt", [9], [
 ("National Aeronautics and Space Administration", "announced", R, "it will try to launch a 300-pound weather satellite from"),
 ("Leland M. Crowther", "told", R, "the two cameras aboard the satellite would send back"),
 ("Leland M. Crowther", "told", D, "pictures of cloud cover over about one-fourth of the earth"),
 ("Leland M. Crowther", "said", D, "For the first time a weather man will be able"),
 ("Leland M. Crowther", "said", D, "We hope to give the coast two or three more"),
 ("Leland M. Crowther", "said", R, "the agency had spent about $6 million on it and"),
 ("Fritz Ellersby", "said", D, "It is a new pair of eyes, not a new brain"),
 ("Fritz Ellersby", "said", R, "the bureau would set up receiving stations in Maine and"),
 ("Weather Bureau", "said", R, "it would share the pictures with the weather services of"),
 ("National Aeronautics and Space Administration", "said", R, "the date would depend on tests of the second-stage engine"),
], "Science announcement by an agency, wire dateline 'WASHINGTON (UPI) --'. 'The National Aeronautics and Space Administration announced today it will try to launch ...' -> organisation, Reported without 'that', cue 'announced'. Not keyed: the satellite's name \"Skywatch\". 'Dr. Leland M. Crowther, director of ..., told a news conference the two cameras ... would send back \"...\"' = Reported + Direct, both 'told'. 'said Dr. Crowther' with two pairs = two Direct. 'Asked what the satellite would cost, he said the agency had spent ...' -> he = Crowther; the question is a reporter's (not keyed). '\"It is a new pair of eyes, ...\", said Dr. Fritz Ellersby, head of the Weather Bureau's research division.' -> the speaker is named only after the quote (first mention); one pair over two sentences = one Direct. 'Ellersby said ...' Reported. 'The Weather Bureau, in a statement, said ...' -> organisation Weather Bureau, Reported. 'Launch date uncertain' is a Heading. 'A spokesman for the agency said ...' -> an unnamed spokesman for a named organisation counts as the organisation (devset convention) -> National Aeronautics and Space Administration, Reported. The range safety officer does nothing that is keyed."),

("nws10-judge-brunner-dies.txt", [], [
 ("Roland Q. Swenson", "said", D, "He was the fairest man I ever argued a case"),
 ("Roland Q. Swenson", "recalled", R, "the judge once held court in a farmhouse kitchen so"),
 ("Opal Fenstermaker", "said", D, "I never heard him raise his voice in 20 years"),
 ("Winifred Tillotson", "said", D, "could make a frightened widow feel that the court was"),
 ("Winifred Tillotson", "said", R, "he had never once been reversed by the state Supreme"),
 ("Winifred Tillotson", "called", D, "something no one in this state is likely to equal"),
 ("Elias W. Brunner", "told", D, "telling a family that the money they counted on was"),
 ("Mrs. Hugo Lindmark", "according to", R, "He was the last surviving member of the county bar's"),
], "Obituary, metro desk, no dateline. '\"...\", said Roland Q. Swenson, president of the Ardmoor County Bar Association.' -> speaker named only after the quote (first mention), Direct. 'Swenson recalled that ...' -> Reported, cue 'recalled'. '\"...\", said his court clerk, Miss Opal Fenstermaker.' -> Opal Fenstermaker, Direct. 'Judge Winifred Tillotson ... said he \"could make ...\"' -> Direct only (only the subject 'he' is unquoted). 'She said he had never once been reversed ..., a record she called \"...\"' -> She = Tillotson; Reported ('said') + Direct ('called'). The dead man is quoted from the past: 'Judge Brunner, on his retirement, told a reporter that the hardest part of the job was \"...\"' -> Elias W. Brunner (full name as first given), Direct only (subject and copula unquoted, devset3 rule), cue 'told'. '..., according to the association's secretary, Mrs. Hugo Lindmark.' -> husband's name, keeps 'Mrs.'; attribution after the content, Reported, cue 'according to'. Survivors and services: no statements."),

("nws11-ashwell-harcourt-tea.txt", [6], [
 ("Mrs. Prescott Castlemaine", "said", R, "proceeds of more than $2,300 would go to the home's"),
 ("Mrs. Prescott Castlemaine", "said", D, "We had hoped for 300 guests and we had nearly"),
 ("Hazel Dunphy", "said", R, "the money would buy a new whirlpool bath for children"),
 ("Hazel Dunphy", "said", D, "The children have been waiting two years for it"),
 ("Hazel Dunphy", "said", D, "Now they won't have to wait any longer"),
 ("Mrs. Lucius Abernathy", "said", R, "she had grown them from bulbs brought from Holland by"),
], "Society page: a wedding and a charity tea ('Tea aids home' is the second headline, Heading). The wedding story has no statements: 'performed the ceremony', 'given in marriage', 'was matron of honor' are acts, and the hymn title \"O Perfect Love\" is a title (not keyed). 'Mrs. Castlemaine, chairman of the tea, said ...' -> named first as 'Mrs. Prescott Castlemaine' (husband's name, keeps 'Mrs.'), Reported; 'She said: \"...\"' in the same paragraph -> Direct, one pair over two sentences = one statement. 'Miss Hazel Dunphy, superintendent of the home, said ...' Reported; the next paragraph '\"...\", she said. \"...\"' -> she = Dunphy (two women in play; the last named), two pairs = two Direct. 'Pouring were ...' no statement. '... the garden of Mrs. Lucius Abernathy, who said she had grown them ...' -> Reported in a relative clause, speaker keeps 'Mrs.'."),

("nws12-dalmuria-curfew.txt", [9], [
 ("Josef Radovan", "told", D, "the danger of disorder in the capital has passed"),
 ("Josef Radovan", "said", R, "212 persons arrested during the rioting had been released and"),
 ("Josef Radovan", "said", D, "We will do what has to be done"),
 ("Teodor Brask", "said", R, "the Premier had a bad cold and was resting on"),
 ("Teodor Brask", "said", D, "There is nothing more to it than that, whatever you"),
 ("Teodor Brask", "said", R, "the Premier would receive the Cabinet at his villa on"),
 ("Miroslav Orlik", "said", R, "the riots had been started by hungry men and not"),
 ("Miroslav Orlik", "called", D, "a lie from the first word to the last"),
 ("American Embassy", "said", R, "no American had been hurt in the rioting"),
], "Foreign correspondent's report, dateline 'Sevrin, Dalmuria (AP) --'. 'Interior Minister Josef Radovan told foreign correspondents that \"the danger of disorder ...\"' -> the whole content is inside the quote: Direct only, cue 'told'. 'Radovan said X and that Y' = one Reported. 'Asked whether ..., the minister said: \"...\"' -> role reference -> Radovan, Direct; the question is unnamed reporters' (not keyed). Premier Ilya Malesh says nothing. 'A government spokesman, Teodor Brask, said ...' -> a named spokesman is the speaker himself, Reported; '\"...\", he said.' -> he = Brask (Radovan, Malesh and Brask are all men; Brask is the last speaker); 'The spokesman said ...' -> role reference -> Brask, Reported. 'Dr. Miroslav Orlik ... said in a message smuggled to this correspondent that ...' -> a written statement, Reported; 'He called Radovan's statement \"...\"' -> Orlik, Direct. 'The American Embassy said ...' -> organisation, Reported. 'Walls speak' is a Heading. Not keyed: the painted slogan \"Bread and Land\"; '..., according to Western diplomats here.' (unnamed)."),
]


def main():
    out = []
    for name, headings, stmts, notes in DOCS:
        text = open(os.path.join(TEXTS, name), encoding="utf-8").read()
        blocks = text.rstrip("\n").split("\n\n")
        roles = []
        for i, b in enumerate(blocks):
            roles.append({"start": b[:40], "role": "Title" if i == 0 else ("Heading" if i in headings else "Body")})
        out.append({
            "fileName": name,
            "title": blocks[0],
            "published": None,
            "blocks": roles,
            "statements": [{"speaker": s, "cue": c, "kind": k, "snippet": p} for s, c, k, p in stmts],
            "notes": notes,
        })
    with open(os.path.join(HERE, "..", "devset4-key.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"documents": out}, f, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
