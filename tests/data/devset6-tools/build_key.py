"""Hand-written key for devset6. Only the block 'start' strings are computed (first 40 chars of each block)
and the title (the first line). Headings are listed by their text (every headline line after the first,
i.e. the later stories in the same sample); the script turns them into block positions and fails if one
is not found.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset6` writes ../devset6-key.json from it.
"""
D, R = "Direct", "Reported"
DOCS = [
("pap01-threlkeld-budget.txt", [], [
 ("Aldous W. Threlkeld", "said", D, "There is not a dollar of fat in this budget"),
 ("Lucian P. Vorhees", "told", R, "the state would be $14 million short by next June"),
 ("Lucian P. Vorhees", "called", D, "built on sand and hope, and mostly on hope"),
 ("Lucian P. Vorhees", "said", D, "The governor says there is no fat"),
 ("Lucian P. Vorhees", "said", D, "I say there is no meat either. It is all gravy"),
 ("Bertrand Q. Sarrazin", "said", D, "comes out of thin air, or out of an election year"),
 ("Bertrand Q. Sarrazin", "said", D, "would not bet the rent money on it"),
 ("Aldous W. Threlkeld", "said", R, "he would meet with the leaders of both parties Monday morning"),
 ("Aldous W. Threlkeld", "added", D, "I will meet with anybody, any time"),
 ("Citizens Tax Council", "said", R, "state spending had risen 41 per cent in six years"),
 ("Lucian P. Vorhees", "said", R, "his committee would begin hearings on the budget Thursday"),
], "State budget fight, dateline 'Pellsworth, Wis. (AP) --'. The lead names neither man ('The governor and the Republican who writes the Assembly's money bills'). Paragraph 2 is a quote whose speaker is named only in the next sentence of the same paragraph: '\"...\". Gov. Aldous W. Threlkeld said it at his weekly news conference, and then he said it again.' -> Threlkeld, Direct, cue 'said' ('said it ... said it again' is one statement). 'Assemblyman Lucian P. Vorhees of Cobbsfield, chairman of the Joint Finance Committee, told newsmen ... that ...' -> speaker without 'Assemblyman', the town and the role phrase; Reported, cue 'told'. 'He called the governor's figures \"built on sand ...\"' -> a characterisation with a quoted predicate, keyed Direct with cue 'called' (as devset2 keyed 'termed'/'called'). '\"...\", Vorhees said. \"...\"' -> two pairs, two Direct. 'The state budget director, Bertrand Q. Sarrazin, said the $14 million figure \"comes out of ...\"' -> only the subject unquoted: Direct only. 'Asked whether ... (by unnamed newsmen, not keyed), Sarrazin said he \"would not bet ...\"' -> Direct only. Not keyed: the slogan \"Hold the Line\". 'Threlkeld ... said he would meet ... He added:' then the quote paragraph -> Reported 'said' + Direct 'added' (the paragraph after 'He added:' takes 'added'). The Citizens Tax Council (organisation as first given, without 'The') 'said in a report ... that' -> Reported. Last paragraph: 'Vorhees said X, and that Y' -> one Reported."),

("pap02-kestrelton-school-bonds.txt", [], [
 ("Osgood M. Farrisey", "told", D, "is a firetrap and everybody in this town knows it"),
 ("Osgood M. Farrisey", "said", R, "340 pupils were attending classes in the basement and in"),
 ("Osgood M. Farrisey", "said", D, "We are teaching arithmetic next to the boiler"),
 ("Osgood M. Farrisey", "said", D, "Some mornings you can't hear the teacher for the pipes"),
 ("Mrs. Crispin B. Oxenbridge", "said", R, "her committee had called on every house in the district"),
 ("Elgar T. Munsinger", "said", R, "the bond issue would add $41 a year to the"),
 ("Elgar T. Munsinger", "said", D, "Nobody in this association is against children"),
 ("Elgar T. Munsinger", "said", D, "We are against paying for a swimming pool"),
 ("Vivian Caddaway", "according to", R, "There is no pool in the plans"),
 ("Vivian Caddaway", "said", R, "the building would have a gymnasium, twelve classrooms, a library"),
 ("Kestrelton Board of Education", "said", R, "the district's share of state aid would rise by $58,000"),
], "School bond campaign, dateline 'Kestrelton, N.J. --'. 'The superintendent of schools, Dr. Osgood M. Farrisey, told the Parent-Teacher Association ... that the present junior high, built in 1911, \"is a firetrap ...\"' -> the unquoted words are only the subject (with an appositive): Direct only, cue 'told'; speaker without 'Dr.' and the role phrase. 'He said 340 pupils ...' Reported. '\"...\", Dr. Farrisey said. \"...\"' -> two Direct. 'Mrs. Crispin B. Oxenbridge' (husband's name, keeps 'Mrs.'); her volunteers' signs \"Vote Yes for the Kids\" are a slogan (not keyed); 'She said her committee ...' Reported. 'In a statement, its president, Elgar T. Munsinger, said ...' -> the named president is the speaker, not the association; Reported + two Direct ('he said' after each pair). '..., according to the secretary of the board, Mrs. Vivian Caddaway.' -> own given name, 'Mrs.' dropped; cue 'according to', the content is the sentence before the attribution; 'She said ...' Reported. 'The Kestrelton Board of Education, in a letter ..., said ...' -> organisation, Reported. The Kestrelton Taxpayers Association says nothing in its own name (its president speaks)."),

("pap03-sunday-burglary-ring.txt", [], [
 ("Fordyce R. Gaskamp", "said", D, "We think this is the whole ring, but we are"),
 ("Fordyce R. Gaskamp", "told", R, "the four had worked only on Sunday mornings"),
 ("Fordyce R. Gaskamp", "told", D, "when the family is in church and the neighbors are too"),
 ("Fordyce R. Gaskamp", "said", R, "he did not care for the name"),
 ("Fordyce R. Gaskamp", "said", D, "There is nothing holy about a man who climbs in"),
 ("Fintan Kilcullen", "said", R, "the break came when a pawnbroker in Cassowell called about"),
 ("Mrs. Garrick Ellsworthy", "said", D, "I never expected to see it again"),
 ("Mrs. Garrick Ellsworthy", "said", D, "It was my grandmother's, and the crest is the only"),
 ("Benedetto Vinceguerra", "said", R, "he would ask the council Monday for four more patrolmen"),
 ("Thorvald Oberlander", "said", D, "had nothing to do with any burglary and will prove"),
 ("Fordyce R. Gaskamp", "according to", R, "None of the four has a previous police record"),
], "Police chief and a burglary ring, metro desk, no dateline. 'police said' in the lead is unnamed (not keyed). Paragraph 2 is a quote whose speaker is named only in the next sentence: '\"...\". Chief of Police Fordyce R. Gaskamp said it at a news conference ...' -> Gaskamp (without 'Chief of Police'), Direct, cue 'said'. 'The chief told newsmen the four had worked ..., \"when the family ...\"' -> role reference = Gaskamp; Reported (no 'that') + Direct, both 'told'. Not keyed: the newspapers' name \"the Sunday School gang\". 'Gaskamp said he did not care for the name. \"...\", he said.' -> Reported + Direct. 'Det. Sgt. Fintan Kilcullen, who made the arrests, said ...' -> without 'Det. Sgt.', Reported. 'Mrs. Garrick Ellsworthy' (husband's name, keeps 'Mrs.'); '\"...\", she said when it was returned ... \"...\"' -> two Direct. 'Alderman Benedetto Vinceguerra, whose ward ..., said ...' -> without 'Alderman', Reported. 'An attorney for Lamoreaux, Thorvald Oberlander, said his client \"had nothing to do ...\"' -> only the subject unquoted: Direct only. '..., according to Gaskamp.' -> surname only, cue 'according to', Reported. The four prisoners say nothing."),

("pap04-tamarack-beats-vellacourt.txt", ["Freshmen win opener"], [
 ("Judson Wardell", "said", D, "I wasn't hot in the first half, I was cold"),
 ("Judson Wardell", "said", D, "The coach told me at the half to quit waiting"),
 ("Cortland Brackenridge", "said", R, "Wardell was the best forward he had coached in 14"),
 ("Cortland Brackenridge", "said", D, "He does things you can't teach"),
 ("Cassius T. Gorringe", "said", D, "You can't give away 14 points against a club like"),
 ("Cassius T. Gorringe", "said", D, "We beat ourselves at the line"),
 ("Cassius T. Gorringe", "said", R, "he had no complaint about the officials"),
 ("Cortland Brackenridge", "agreed", R, "the game had been a clean one from start to finish"),
 ("Cortland Brackenridge", "said", D, "They called it close both ways, and that's how it"),
 ("Rollo Hasbrouck", "said", D, "never let me turn around all night"),
 ("Mrs. Lemuel Wardell", "said", D, "I have not missed one since he was in the"),
 ("Dewitt Ransome", "said", R, "the team would play eleven more games, six of them"),
], "College basketball, two coaches and a star, dateline 'Quaybridge, Me. --'. 'Judson (Skeeter) Wardell' -> Judson Wardell (nickname in parentheses dropped). '\"...\", he said. \"...\"' -> two Direct for Wardell; 'The coach told me ...' inside his quote is not a statement. 'Coach Cortland Brackenridge of Tamarack said ...' Reported; '\"...\", Brackenridge said.' Direct ('He does things you can't teach' is exactly six words). 'Vellacourt's coach, Cassius T. Gorringe, blamed his team's foul shooting' -> no content clause, not keyed. '\"...\", the coach said. \"...\"' -> two coaches are in play; 'the coach' is Gorringe, the subject of the paragraph (Direct x2; 'We beat ourselves at the line' is exactly six words). 'Gorringe said he had no complaint about the officials, although ...' Reported. 'Brackenridge agreed that ...' -> Reported, cue 'agreed'; '\"...\", the coach said.' in the same paragraph -> Brackenridge this time (the subject of that paragraph), though Gorringe was the last coach to be called 'the coach'. 'Hasbrouck ... He said Wardell \"never let me ...\"' -> only the subject unquoted: Direct only, speaker Rollo Hasbrouck (first given as 'his center, Rollo Hasbrouck' in Gorringe's paragraph). 'Wardell's mother, Mrs. Lemuel Wardell' -> husband's name, keeps 'Mrs.'; 'she said' Direct. 'Freshmen win opener' is a second headline (Heading); 'Their coach, Dewitt Ransome, said ...' Reported."),

("pap05-kincannon-traded.txt", [], [
 ("Cyrus J. Pendarvis", "said", R, "the club needed help in the line more than it"),
 ("Cyrus J. Pendarvis", "said", D, "We have two young men who can throw the ball"),
 ("Thurlow Kincannon", "said", R, "he had asked to be traded"),
 ("Thurlow Kincannon", "said", D, "I wasn't going to sit on that bench another year"),
 ("Cyrus J. Pendarvis", "said", R, "there were no hard feelings on either side"),
 ("Cyrus J. Pendarvis", "said", D, "Thurlow asked for it and we gave it to him"),
 ("Thurlow Kincannon", "said", D, "They treated me fair from the first day to the last"),
 ("Thurlow Kincannon", "said", D, "I just want to play some football again"),
 ("Rexford Clippers", "according to", R, "The trade was approved by the league office this afternoon"),
 ("Ignace Ostrowicz", "told", R, "Kincannon would start the opening game"),
 ("Ignace Ostrowicz", "told", D, "if he can learn the plays by then, and I"),
 ("Loretta Staunton", "said", D, "is through finishing last, starting this fall"),
 ("Tobin Marrack", "said", R, "he would report to the Clippers' camp on July 20"),
], "Pro football trade, dateline 'Rexford, Calif. (AP) --'. Not keyed: the fans' nickname \"the Cannon\". Two men quoted alternately, each paragraph 'X said ... \"...\", he said.': Pendarvis, Kincannon, Pendarvis, Kincannon; every 'he said' is the man named at the head of its own paragraph (Reported + Direct each). 'The Clippers' general manager, Cyrus J. Pendarvis' -> role phrase dropped. 'Kincannon agreed. \"...\", he said. \"...\"' -> 'agreed' has no content of its own; two Direct with cue 'said'. '..., according to the Clippers.' -> organisation as first given ('The Rexford Clippers'), cue 'according to'. 'Coach Ignace Ostrowicz told newsmen Kincannon would start ... \"if he can learn ...\"' -> Reported (no 'that') + Direct, both 'told' ('Kincannon would start the opening game' is exactly six words). 'Their owner, Mrs. Loretta Staunton, said in a statement that the club \"is through ...\"' -> own given name, 'Mrs.' dropped; subject and copula unquoted: Direct only. 'Marrack, reached at a Dunhollow hotel, said ...' -> first given as 'Tobin Marrack, a 240-pound tackle'; Reported. ('he had asked to be traded' is exactly six words.)"),

("pap06-tasker-state-amateur.txt", ["Mrs. Ecclestone takes women's title"], [
 ("Burleigh Tasker", "said", D, "I just tried to get it close"),
 ("Burleigh Tasker", "said", D, "When it dropped, I didn't know what to do with"),
 ("Gideon Amesbury", "said", D, "beat me fair and square, and he putted like a"),
 ("Gideon Amesbury", "said", D, "I hit the ball as well as I did all week"),
 ("Gideon Amesbury", "said", D, "He just made everything he looked at"),
 ("Burleigh Tasker", "according to", R, "The turning point came on the 27th hole"),
 ("Burleigh Tasker", "said", R, "he would not turn professional this year or next"),
 ("Burleigh Tasker", "said", D, "I like selling insurance, and I am good at it"),
 ("Mrs. Quentin Ecclestone", "said", D, "will win this thing five or six times before she"),
 ("Mrs. Quentin Ecclestone", "said", D, "She had me worried for twelve holes and scared"),
 ("Rosalind Tafford", "said", R, "she would play in the national junior tournament in August"),
], "Golf final, winner and loser quoted, dateline 'Fallowmere, Ky. --'. Tasker (winner): '\"...\", he said. \"...\"' -> two Direct. Amesbury (loser): 'said Tasker \"beat me fair and square ...\"' -> only the subject unquoted: Direct only; '\"...\", Amesbury said. \"...\"' -> two Direct. 'The turning point came on the 27th hole, according to Tasker, when ...' -> 'according to' set inside the content; Reported, the snippet from the words before it. Not keyed: the gallery's nickname \"the Mortician\". 'Tasker said he would not turn professional ... \"...\", he said.' -> Reported + Direct. The Governor's Cup sentence is not a statement. 'Mrs. Ecclestone takes women's title' is a second headline (Heading). 'Mrs. Quentin Ecclestone' (husband's name, keeps 'Mrs.'); 'Mrs. Ecclestone said the girl \"will win ...\"' -> Direct only; the next paragraph '\"...\", Mrs. Ecclestone said.' Direct. 'Miss Rosalind Tafford' -> Rosalind Tafford; 'Miss Tafford said ...' Reported."),
]
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS + DOCS2
