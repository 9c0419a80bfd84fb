"""Hand-written key for devset2. Only the block 'start' strings are computed (first 40 chars of each block)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "devset2")
D, R = "Direct", "Reported"

DOCS = [
("old01-council-bus-fare.txt", [6], [
 ("Harold J. Wiltse", "said", R, "he would bring it back within a month"),
 ("Harold J. Wiltse", "said", D, "I have not changed my mind and I do not expect to"),
 ("Harold J. Wiltse", "said", D, "The buses lost $412,000 last year, and somebody has to pay"),
 ("Anthony Reama", "termed", D, "a tax on the people who can least afford it"),
 ("Anthony Reama", "said", R, "the bus line should be made to pay its own way"),
 ("Anthony Reama", "told", R, "he had ridden the Elm Street bus every morning for a week"),
 ("Anthony Reama", "said", D, "Raising the fare will not fill a single seat"),
 ("Roy E. Pettibone", "said", R, "the budget would show a deficit of about $1.2 million"),
 ("Roy E. Pettibone", "said", D, "We are not crying wolf this time"),
 ("Roy E. Pettibone", "said", D, "These are the auditor's figures, not mine"),
 ("Edna Farrow", "said", R, "the opponents had offered no other way to close the gap"),
 ("Edna Farrow", "called", D, "a victory for wishful thinking over arithmetic"),
 ("Brandon Falls City Council", "said", R, "it would consider a fare increase only after an independent study"),
 ("Harold J. Wiltse", "said", R, "he would welcome a study of the bus line"),
 ("Harold J. Wiltse", "said", D, "if it does not take until 1965"),
 ("Harold J. Wiltse", "added", R, "he would meet with the two holdouts"),
], "No dateline; the speaker is named inside 'Mayor Harold J. Wiltse's plan' (possessive) and the first statement is 'the Mayor said' in the same sentence -> Harold J. Wiltse. Paragraph 2 'the Mayor said' (role reference) with two pairs of marks = two Direct statements, both cue 'said'. Reama: 'termed the increase \"...\" and said the bus line should ...' = one Direct partial (cue 'termed') plus one Reported (cue 'said'). 'Mr. Reama ... told the council he had ridden ...' is reported speech without 'that' (cue 'told'); the paragraph ends 'He said:' and the next paragraph is the quote, keyed as Reama, cue 'said' (the verb before the colon); it is one pair of marks over three sentences = one statement. 'Budget Hearing Set' is a Heading. 'The council voted unanimously to hold a public hearing' is a vote, not a statement. 'Councilwoman Edna Farrow ... She called the vote \"...\"' -> Direct, cue 'called'. 'The council, in a resolution ..., said it would consider ...' -> organisation speaker, named as first given in the lead ('The Brandon Falls City Council'). 'Mayor Wiltse said he would welcome a study ... \"if it does not take until 1965.\"' = Reported + Direct partial, both cue 'said'. 'He added that ...' -> He = Wiltse (previous paragraph). 'Neither could be reached for comment' is not a statement; Dosset and Marchetti say nothing."),

("old02-house-sales-tax.txt", [9], [
 ("Walter C. Hume", "said", R, "he would sign the measure before the end of the week"),
 ("Carl Amundsen", "said", R, "the bill would pass the Senate in some form"),
 ("Carl Amundsen", "said", D, "with a good many changes in the Finance Committee"),
 ("Lucille Brandt", "said", D, "This bill takes three cents out of every dollar a housewife spends"),
 ("Lucille Brandt", "continued", D, "We were told there was no other way"),
 ("Lucille Brandt", "continued", D, "Nobody in the leadership wanted to look for it"),
 ("Thomas E. Gorney", "said", R, "the state's schools needed $48 million in new money"),
 ("Thomas E. Gorney", "said", D, "the fairest way we could find to raise it"),
 ("Thomas E. Gorney", "said", D, "Nobody in this chamber likes a tax"),
 ("Thomas E. Gorney", "said", D, "But the children who will crowd into our schools next September"),
 ("Thomas E. Gorney", "said", D, "If this House had sent this bill down in defeat"),
 ("State Education Association", "said", R, "the vote would end double sessions in 40 school districts"),
 ("State Education Association", "said", D, "a good night's work for every schoolchild"),
 ("Amos Pruett", "said", R, "the bill would drive shoppers across the state line"),
 ("Amos Pruett", "said", R, "he would offer the food exemption again"),
], "The wire dateline 'FORT ELLERY (AP) --' opens the first Body paragraph; 'early today' gives no date, so published is null. 'Gov. Walter C. Hume' -> Walter C. Hume. Amundsen: 'said the bill would pass ... but \"with a good many changes ...\"' = Reported + Direct partial, both 'said'. 'Rep. Lucille Brandt ..., said:' ends its paragraph; the quote paragraph after it is Lucille Brandt, cue 'said'. 'Mrs. Brandt continued' is a surname reference; two pairs of marks around it = two Direct statements, cue 'continued' as printed (a new quote, not a paragraph continuation). Gorney: 'He said X and that the sales tax was \"...\"' = one Reported (first clause) + one Direct partial. Gorney's quote runs over two paragraphs: the first paragraph has two pairs of marks (two statements, 'said') and its second pair is left open; the next paragraph reopens and closes it = one more statement with the opening paragraph's cue 'said'. 'Teachers Pleased' is a Heading. The State Education Association (organisation) 'said in a statement that X and was \"...\"' = Reported + Direct partial. 'His amendment to exempt food was defeated' is not a statement. 'Pruett said' = Amos Pruett (surname only)."),

("old03-harbor-extortion-trial.txt", [], [
 ("Martin F. Ostrander", "ruling", R, "a newspaper article read by two jurors had not prejudiced the jury"),
 ("Martin F. Ostrander", "said", D, "The jurors have told the court under oath that the article"),
 ("Samuel Kaplowitz", "argued", R, "made it impossible for the three men to get a fair trial"),
 ("Samuel Kaplowitz", "said", R, "he would raise the issue on appeal if his clients were convicted"),
 ("Arthur Dobbins", "testified", R, "he paid Lanza $50 a week for nearly two years"),
 ("Arthur Dobbins", "told", D, "I paid because I had to"),
 ("Arthur Dobbins", "told", D, "If you didn't pay, your trucks sat on the pier"),
 ("Arthur Dobbins", "conceded", R, "he had never seen Briggs or Sokol take money"),
 ("Grace Halloran", "told", R, "the state would rest its case by Friday"),
 ("Grace Halloran", "said", D, "The jury has heard the evidence, and the evidence speaks for itself"),
 ("Martin F. Ostrander", "said", R, "the foremen could testify about what they saw on the piers"),
 ("Joseph T. Lanza", "said", D, "I'm not worried, and I never was"),
], "No heading in this story. 'Superior Court Judge Martin F. Ostrander ... refused to declare a mistrial ..., ruling that ...' -> Reported, cue 'ruling' (participle, like 'saying'/'calling' in the devset); the refusal itself is an act, not a statement. 'the judge said' (role reference) -> Ostrander. Kaplowitz 'had argued that the article, which called one defendant a \"shakedown artist,\" made it impossible ...' -> one Reported statement, cue 'argued'; the snippet is taken after the quoted phrase. \"shakedown artist\" is a label quoted from a newspaper article with no identifiable speaker: not keyed. 'Mr. Kaplowitz' = Samuel Kaplowitz. Dobbins: 'testified Monday that' -> cue 'testified'; two pairs of marks around 'Dobbins told the jury' = two Direct, cue 'told'; 'Under cross-examination, he conceded that' -> he = Dobbins, cue 'conceded'. Halloran: 'told reporters the state would ...' (no 'that'); the paragraph ends 'she said:' and the next paragraph is her answer, cue 'said'; the reporters' question ('Asked whether ...') is not keyed. 'Judge Ostrander ... He said the foremen ...' -> Ostrander; 'denied a defense request' is an act, not keyed. Lanza: 'he said only, \"...\"' -> Joseph T. Lanza (first given in the list of defendants)."),

("old04-payroll-holdup.txt", [10], [
 ("Howard L. Pike", "said", R, "the men stepped out of a doorway as he left"),
 ("Howard L. Pike", "said", D, "One of them put a gun in my ribs"),
 ("Howard L. Pike", "said", D, "I kept walking. I'm not a hero"),
 ("Howard L. Pike", "said", R, "the second man took the canvas bag from his hand"),
 ("Raymond A. Culhane", "said", R, "the car had been stolen Tuesday night in the Eastfield section"),
 ("Raymond A. Culhane", "said", D, "These fellows were not amateurs, not by a long shot"),
 ("Raymond A. Culhane", "said", D, "They knew the route, they knew the time"),
 ("Raymond A. Culhane", "said", R, "detectives were questioning employees of the bank"),
 ("Rose Tedesco", "said", R, "both men wore gray felt hats and light topcoats"),
 ("Rose Tedesco", "described", D, "thin as a rail, with a face like a hatchet"),
 ("Howard L. Pike", "said", R, "he had never been robbed before"),
 ("Howard L. Pike", "said", R, "he would be back on the job Monday"),
 ("Howard L. Pike", "asked", D, "What else would I do with myself"),
 ("Howard L. Pike", "asked", D, "Sit home and listen to the radio"),
 ("Francis X. Daley", "said", R, "he had ordered extra patrolmen assigned to the business district"),
], "Not keyed: 'police said' in the lead and 'Detectives said they believed ...' (no named person or named organisation; 'police' is not named as a department anywhere in the story) -- a judgement call. 'Mr. Pike said' = Howard L. Pike; 'He said the second man ...' -> Pike (previous speaker). 'Chief of Detectives Raymond A. Culhane' -> Raymond A. Culhane; 'The chief said detectives were questioning ...' is a role reference to him. 'Mrs. Rose Tedesco' -> Rose Tedesco (she has her own given name, so the title is dropped); 'She described the taller man as \"...\"' -> Direct, cue 'described'. 'Second Holdup in Month' is a Heading. 'he asked' -> Pike: two pairs of marks (two rhetorical questions) = two Direct statements, cue 'asked'; the snippet of the first leaves out the question mark. 'Police Commissioner Francis X. Daley said last night that ...' -> Francis X. Daley."),

("old05-mariners-clinch-pennant.txt", [8], [
 ("Walter Kessler", "said", R, "they were the best club he had managed in 22 years"),
 ("Walter Kessler", "said", D, "Nobody picked us higher than fifth in the spring"),
 ("Walter Kessler", "said", D, "These kids didn't read the papers, I guess"),
 ("Leroy Gaines", "said", D, "I just threw what Mickey told me to throw"),
 ("Leroy Gaines", "said", D, "He's the smart one on this club, not me"),
 ("Mickey Dwyer", "said", R, "the youngster had the best curve ball in the league"),
 ("Mickey Dwyer", "said", D, "He's got a curve that falls off a table"),
 ("Mickey Dwyer", "said", D, "And he's not afraid of anybody"),
 ("Walter Kessler", "said", D, "I've had clubs with more hitting and clubs with more pitching"),
 ("Walter Kessler", "said", D, "I never had one that wanted it more"),
 ("Walter Kessler", "said", D, "These boys sat in this room and told me"),
 ("Ross Tilden", "said", R, "the club would hold a victory luncheon for the players"),
 ("Ross Tilden", "said", R, "attendance for the season had passed 400,000 for the first time"),
 ("Leroy Gaines", "said", R, "his mother would be listening to the broadcast back home"),
 ("Bert Oakes", "said", R, "the Mariners deserved the pennant more than anybody"),
 ("Bert Oakes", "said", D, "They beat us 14 times out of 22"),
 ("Bert Oakes", "said", D, "That's not luck, that's a ball club"),
], "Wire dateline 'LAKEPORT (AP) --' opens the first Body paragraph. The headline's 'Kessler Calls Them Best Club He Ever Had' is a headline: not keyed. Nicknames in parentheses are dropped from the speaker name: 'Manager Walter (Dutch) Kessler' -> Walter Kessler, 'Leroy (Lefty) Gaines' -> Leroy Gaines (judgement call; the nickname is printed as part of the name). Kessler's lead statement is reported speech without 'that'. Gaines's two pairs around 'Gaines said, nodding toward his catcher, Mickey Dwyer' are Gaines's, not Dwyer's. Dwyer's paragraph: Reported + two Direct (cue 'said', the second and third via the role reference 'the catcher said'). Inverted 'said Kessler, who played ...' -> two Direct; the second pair is left open and the next paragraph reopens and closes it (continuation, cue 'said'). 'Champagne and Milk' is a Heading. 'He said attendance ...' -> He = Ross Tilden. 'Asked why, he grinned and said his mother ...' -> Gaines (named at the start of the paragraph). 'Colts Manager Bert Oakes' -> Bert Oakes; 'he said' = Oakes."),

("old06-sports-roundup.txt", [5, 10], [
 ("Elmer Ramsey", "said", R, "rookie Tommy Vance would start at quarterback Sunday"),
 ("Elmer Ramsey", "said", D, "The boy has earned it, plain and simple"),
 ("Elmer Ramsey", "said", D, "He's been the best passer in practice for three weeks"),
 ("Buck Hollings", "said", R, "he expected to be ready in two weeks"),
 ("Tommy Vance", "said", R, "he had not been told of the decision"),
 ("Tommy Vance", "said", D, "Well, that's the first I've heard of it"),
 ("Tommy Vance", "said", D, "But I'll be ready, you can bet on that"),
 ("Dale Hollis", "said", D, "I putted like a dream out there today"),
 ("Dale Hollis", "said", D, "I one-putted seven greens and I don't expect to do that"),
 ("Gene Sorrell", "called", D, "the fastest I've putted on since I turned professional"),
 ("Gene Sorrell", "said", R, "he would play more cautiously today"),
 ("Gene Sorrell", "said", D, "has nothing to lose and he's playing like it"),
 ("Rocco Ferrante", "said", R, "he would not fight Jimmy (Irish) Doyle again"),
 ("Sol Weintraub", "said", D, "We gave Doyle his chance in June and he didn't take it"),
 ("State Athletic Commission", "said", R, "it would take up Doyle's complaint about the referee"),
], "A sports roundup: football, golf ('Hollis Leads Open', Heading) and boxing ('Ferrante Wants Bigger Purse', Heading). 'Coach Elmer (Swede) Ramsey' -> Elmer Ramsey (nickname dropped); inverted 'said Coach Ramsey' -> two Direct. 'the injured Buck Hollings' -> Buck Hollings; 'Hollings ... said he expected ...' and 'Vance ... said he had not been told ...' are two people in one paragraph. The next paragraph's 'he said' is Vance, the last-named speaker (judgement call by proximity and content: 'that's the first I've heard of it' answers the reporter's call). Hollis: two pairs around 'Hollis said'. 'Gene Sorrell, ..., who called the greens \"...\"' -> Direct, cue 'called'. 'Sorrell said he would play ...' Reported; 'Hollis, he said, \"has nothing to lose ...\"' -> he = Sorrell (Hollis is the subject of the quote, not the speaker), Direct partial, cue 'said'. 'Kid Rocco Ferrante' -> Rocco Ferrante ('Kid' is a ring name); 'Jimmy (Irish) Doyle' says nothing ('Doyle's camp had no comment' is not keyed). 'Ferrante's manager, Sol Weintraub, said:' + quote paragraph -> Sol Weintraub, cue 'said', one statement. The State Athletic Commission is an organisation speaker."),

("old07-harvest-ball-plans.txt", [8], [
 ("Mrs. John R. Talbot", "said", R, "more than 600 guests were expected at the Ridgemont Country Club"),
 ("Mrs. John R. Talbot", "said", D, "We hope to raise $40,000 this year for the new children's wing"),
 ("Mrs. John R. Talbot", "said", D, "Every dollar will go to the wing"),
 ("Deborah Cane", "said", R, "the ballroom would be decorated with sheaves of wheat and bittersweet"),
 ("Deborah Cane", "said", D, "in the colors of an October orchard"),
 ("Mrs. Harold Ames Whitcomb", "recalled", R, "the first Harvest Ball, in 1948, raised $1,100"),
 ("Mrs. Harold Ames Whitcomb", "said", D, "We danced to a phonograph in the nurses' dining room"),
 ("Mrs. Harold Ames Whitcomb", "said", D, "Now look at us, in the grandest ballroom in the county"),
 ("Lowell P. Kearney", "said", R, "the children's wing would add 48 beds and a playroom"),
 ("Lowell P. Kearney", "said", R, "construction would begin in the spring if the goal was met"),
 ("Lowell P. Kearney", "said", D, "The ladies of this committee have never once failed us"),
 ("Lowell P. Kearney", "said", D, "I don't intend to start worrying now"),
 ("Mrs. Peter J. Lindqvist", "said", R, "nearly half of them had already been sold"),
], "Society-page convention: a married woman named only by her husband's name ('Mrs. John R. Talbot') keeps 'Mrs.' in the speaker name, because dropping it would name her husband, a different person (judgement call that departs from the 'no titles' rule; 'Miss Deborah Cane' has her own given name, so she is 'Deborah Cane'). 'Plans ... were announced yesterday by Mrs. John R. Talbot' (passive, no content clause) is not keyed; her 'who said more than 600 guests ...' is. 'Mrs. Talbot said' = surname reference. The list of committee officers is not a statement. Miss Cane: 'said the ballroom would be decorated ... \"in the colors of an October orchard.\"' = Reported + Direct partial. The play title \"Lanterns on the Lake\" is a title: not keyed. 'recalled that' -> cue 'recalled'; 'she said, laughing' -> she = Mrs. Whitcomb (previous paragraph). 'Children's Wing Planned' is a Heading. 'Dr. Lowell P. Kearney' -> Lowell P. Kearney; 'He said' = Kearney; 'Dr. Kearney said' with two pairs = two Direct. 'She said yesterday that ...' -> Mrs. Lindqvist (named in the same paragraph); 'Tickets ... may be obtained from' is not a statement."),

("old08-women-forum-library.txt", [8], [
 ("Clara Beth Honeycutt", "told", R, "the main library on Court Street was too small, too dark"),
 ("Clara Beth Honeycutt", "said", D, "Our children are doing their homework on the stairs"),
 ("Clara Beth Honeycutt", "said", D, "The bond issue will cost the average homeowner about $3 a year"),
 ("Clara Beth Honeycutt", "termed", D, "a monument to good intentions and bad plumbing"),
 ("Mrs. George W. Pell", "said", R, "the organization would take a formal position on the bond issue"),
 ("Mrs. George W. Pell", "said", R, "would study the proposal in the meantime"),
 ("Mrs. Vernon Akers", "asked", R, "the board had considered a smaller addition to the present building"),
 ("Clara Beth Honeycutt", "replied", R, "an addition would cost nearly as much"),
 ("Clara Beth Honeycutt", "replied", D, "leave us with the same leaky roof"),
 ("Forum Players", "announced", R, "a comedy in three acts, at the Ashby High School auditorium"),
 ("Mrs. Ralph Dunmore", "said", R, "rehearsals would begin Monday evening at the Forum clubhouse"),
 ("Mrs. Ralph Dunmore", "said", R, "there were still parts open for"),
 ("Mrs. Ralph Dunmore", "said", D, "two gentlemen of any age and one very patient butler"),
 ("Mrs. George W. Pell", "announced", R, "the forum's annual Christmas bazaar would be held Dec. 2"),
], "'Mrs. Clara Beth Honeycutt' has her own given names -> Clara Beth Honeycutt; 'Mrs. George W. Pell', 'Mrs. Vernon Akers' and 'Mrs. Ralph Dunmore' are named only by their husbands' names and keep 'Mrs.' (same judgement call as old07). 'Speaking at ..., Mrs. Honeycutt said:' ends its paragraph; the quote then runs over two paragraphs (first one left open, second reopened and closed): two Direct statements, both cue 'said'. 'termed the present building \"...\"' -> Direct, cue 'termed'. Pell: 'Members of the legislative committee, she said, would study the proposal ...' is reported speech split by the attribution; the snippet is taken after 'she said' (the part before it has fewer than six words). Mrs. Akers 'asked whether the board had considered ...' is keyed as Reported (an indirect question; judgement call). 'replied that X and \"...\"' -> Reported + Direct partial, cue 'replied'. 'Players to Stage Comedy' is a Heading. The play title \"Night Train\" is not a statement; the Forum Players' announcement is keyed once as Reported with the snippet taken after the title. Mrs. Dunmore: 'She said there were still parts open for \"...\"' -> Reported (exactly six words before the quote) + Direct partial."),

("old09-president-tax-cut.txt", [9], [
 ("Lawrence T. Hadley", "saying", R, "the economy would slip into recession next year without it"),
 ("Lawrence T. Hadley", "said", D, "A tax cut while the budget is in deficit"),
 ("Lawrence T. Hadley", "said", D, "the greater danger lies in doing nothing"),
 ("Everett J. Mahler", "called", D, "an invitation to inflation dressed up as a rescue"),
 ("Everett J. Mahler", "said", R, "the administration should first cut spending by at least as much"),
 ("Everett J. Mahler", "said", R, "Republicans would offer their own plan within two weeks"),
 ("Everett J. Mahler", "", D, "The President wants to give the taxpayer a dollar"),
 ("Royal B. Fenton", "said", R, "hearings on the tax bill would open Oct. 2"),
 ("Lawrence T. Hadley", "said", R, "he had the highest respect for Reserve Chairman Nathan Orloff"),
 ("Lawrence T. Hadley", "added", D, "money that is too tight chokes the very recovery"),
 ("Nathan Orloff", "said", R, "he would study the President's remarks"),
 ("Nathan Orloff", "said", D, "with great care and with an open mind"),
], "Wire dateline 'WASHINGTON (AP) --' opens the first Body paragraph. 'asked Congress today for a $6 billion cut' is a request, not keyed; ', saying the economy would ...' is keyed (cue 'saying'). 'At a crowded news conference, the President said:' + a quote over two paragraphs (first open, second closed) -> two Direct, cue 'said', speaker resolved from the role reference. 'Senate Republican Leader Everett J. Mahler called the proposal \"...\"' -> Direct, cue 'called'. The quote paragraph 'The President wants to give the taxpayer ...' has no attribution at all; its speaker is implied by the previous paragraph (Mahler) -> cue ''. 'He declined to predict the outcome' (Fenton) is not a statement. 'Reserve Policy Criticized' is a Heading. Not keyed: the scare quote \"tough-money\" ('what he called the \"tough-money\" policy'); 'Officials at the Reserve Board declined to comment'; 'One official, who asked not to be named, said privately ...' (an anonymous official, not a named person or a spokesperson speaking for the board -- judgement call). 'He said he had the highest respect ..., but added that \"...\"' -> He = the President (subject of the previous paragraph): Reported ('said') + Direct partial ('added'). 'Mr. Orloff' = Nathan Orloff: Reported + Direct partial."),

("old10-vail-marovia-pledge.txt", [7], [
 ("Carlton M. Vail", "told", R, "the United States would honor its defense treaty"),
 ("Carlton M. Vail", "told", D, "to the letter and without hesitation"),
 ("Carlton M. Vail", "said", D, "The frontier of Marovia is not a line on a map"),
 ("Carlton M. Vail", "said", D, "It is a frontier that free men have agreed to defend"),
 ("Lincoln Avery", "confirmed", R, "a note had been delivered to the Drovnian Embassy"),
 ("Lincoln Avery", "said", R, "he could not discuss what it contained"),
 ("Drovnian Foreign Ministry", "said", R, "the Secretary's speech was a provocation"),
 ("Drovnian Foreign Ministry", "said", D, "never surrender one meter of its ancestral soil"),
 ("Stefan Korvany", "told", R, "his army could hold the mountain passes"),
 ("Stefan Korvany", "told", D, "for a month, perhaps two, against any army"),
 ("Stefan Korvany", "said", R, "it would need American aircraft and American guns"),
 ("Carlton M. Vail", "said", D, "The marshal is a soldier, and soldiers must plan for the worst"),
 ("Anton Breza", "said", R, "he was fully satisfied with the American position"),
], "Wire dateline 'LISSANT, Marovia (AP) --' opens the first Body paragraph. 'Secretary of State Carlton M. Vail told ... that X \"...\"' -> Reported + Direct partial, both 'told'. 'His speech ... was the strongest American statement' is description, not keyed. Not keyed: 'Officials traveling with the Secretary said privately ...' (unnamed officials). 'a State Department spokesman, Lincoln Avery, confirmed that ... but said ...' -> the spokesman is named, so he is the speaker (not the department); two verbs = two Reported statements ('confirmed', 'said'). The Drovnian Foreign Ministry 'said X and that Drovnia would \"...\"' -> Reported (first clause) + Direct partial. 'Old Ironsides at the Airport' is a Heading; the nickname \"Old Ironsides\" (in the heading unquoted and in the body quoted) is not keyed. 'Marshal Stefan Korvany' -> Stefan Korvany; 'The marshal told reporters that ... \"...\"' -> Reported + Direct partial ('told'); 'After that, he said, it would need ...' -> he = the marshal, Reported. 'Asked about the marshal's remarks, Vail said:' + quote paragraph -> Vail, 'said'. 'Prime Minister Anton Breza' -> Anton Breza. The last paragraph (travel plans) is not a statement."),

("old11-foundry-strike.txt", [7], [
 ("Amalgamated Foundry Workers", "said", R, "the company had rejected every proposal made since August"),
 ("Amalgamated Foundry Workers", "said", D, "refused to bargain in good faith from the first day"),
 ("Michael J. Coyle", "said", R, "the pickets would stay at the plant gates around the clock"),
 ("Michael J. Coyle", "said", D, "We'll be here as long as it takes"),
 ("Arnold B. Pennock", "said", R, "the union's demands would add 42 cents an hour"),
 ("Arnold B. Pennock", "said", D, "We want a settlement as badly as anyone"),
 ("Arnold B. Pennock", "said", D, "But we will not sign a contract that prices Pennock castings"),
 ("Arnold B. Pennock", "termed", D, "a straitjacket no foundry in America could wear"),
 ("Thomas R. Gault", "said", R, "he would meet separately with both sides this morning"),
 ("Thomas R. Gault", "said", D, "Nobody in this room is discouraged yet"),
 ("Pennock Foundry Company", "said", R, "it would keep its offices open"),
 ("Stanley Wojcik", "said", R, "he had been through three strikes at Pennock"),
 ("Stanley Wojcik", "said", D, "This is the first one I can't say I saw coming"),
 ("Stanley Wojcik", "said", D, "Last week the boys were talking about deer season"),
 ("Michael J. Coyle", "said", R, "the union's strike fund could pay each man $25"),
], "Wire dateline 'MILLBROOK (UPI) --' opens the first Body paragraph (no statement). 'The union said in a statement that the company had rejected ... and had \"refused ...\"' -> organisation speaker Amalgamated Foundry Workers (the union named in the lead): Reported + Direct partial. 'Union President Michael J. Coyle' -> Michael J. Coyle. 'The company's president, Arnold B. Pennock' -> Arnold B. Pennock; the surname 'Pennock' is also part of the company name ('Pennock castings', 'strikes at Pennock'), which is a trap for surname matching. 'He termed the union's seniority demand \"...\"' -> He = Arnold B. Pennock, cue 'termed'. 'Mediator Called In' is a Heading. 'Federal mediator Thomas R. Gault' -> Thomas R. Gault. 'The company said it would keep its offices open and that ...' -> Pennock Foundry Company, keyed once (one verb, two coordinated clauses). Wojcik: reported speech, then 'he said' with two pairs of marks (he = Wojcik, the only person in the previous paragraph). 'Coyle said' = Michael J. Coyle (surname, last mentioned eight paragraphs earlier)."),

("old12-calvert-plant.txt", [6], [
 ("Jules A. Marchand", "announced", R, "Calvert Motor Car Company will build a $30 million assembly plant"),
 ("Jules A. Marchand", "said", R, "the plant would employ 2,500 persons when it reached full production"),
 ("Jules A. Marchand", "told", D, "This is the biggest single investment in the history of this company"),
 ("Jules A. Marchand", "told", D, "We are betting on Fenwick, and we are betting on"),
 ("Otis Wendell", "called", D, "the best news this city has had since the war"),
 ("Jules A. Marchand", "said", R, "the company had chosen Fenwick over sites in three other states"),
 ("Jules A. Marchand", "said", D, "a labor force that knows how to build things"),
 ("Leo F. Brannigan", "said", R, "the union would seek a meeting with company officials"),
 ("Leo F. Brannigan", "", D, "We welcome Calvert to Fenwick with open arms"),
 ("Jules A. Marchand", "said", R, "the company had bargained with the union at its two other plants"),
 ("Calvert Motor Car Company", "said", R, "ground would be broken in March"),
 ("Ralph T. Sheehan", "said", R, "the city would extend water and sewer lines to the site"),
 ("Ralph T. Sheehan", "said", D, "It's the least we can do"),
 ("Ralph T. Sheehan", "said", D, "Twenty-five hundred jobs don't come knocking every day"),
], "Metro-desk style, no dateline. Lead: 'Calvert Motor Car Company will build ..., its president, Jules A. Marchand, announced yesterday' -> attribution after the content, Reported, cue 'announced', snippet from the clause before it. 'Mr. Marchand' = Jules A. Marchand; 'he told a luncheon' -> he = Marchand, two pairs of marks = two Direct, cue 'told'. 'Chamber President Otis Wendell called the announcement \"...\"' -> Direct, cue 'called'. Marchand 'said X because of ... and \"a labor force ...\"' -> Reported + Direct partial. 'Union Seeks Meeting' is a Heading. 'Leo F. Brannigan, regional director of the Auto Assembly Workers, said' -> Leo F. Brannigan. The following paragraph is a quote with no attribution: speaker implied by the previous paragraph (Brannigan), cue ''; one pair of marks over two sentences = one statement. 'Asked about Mr. Brannigan's remarks, Mr. Marchand said' -> Marchand (not Brannigan). The stock paragraph is not a statement. 'A company spokesman said later that X and that Y' -> unnamed spokesperson = Calvert Motor Car Company, keyed once. 'Mayor Ralph T. Sheehan said ...' Reported, then 'the Mayor said' with two pairs = two Direct."),
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
    with open(os.path.join(HERE, "..", "devset2-key.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"documents": out}, f, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
