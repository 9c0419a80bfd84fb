# Hand-written article texts for devset6, part 1 (pap01-pap06). Each text is one
# triple-quoted string; paragraphs are separated by one blank line.
# Style of the converted Brown category A texts: punctuation the paper printed
# inside a closing quote comes AFTER it ("...", he said.), datelines joined to
# the paragraph, several short stories per file, sentence-case headlines.
T = {}

T["pap01-threlkeld-budget.txt"] = '''
Governor and Vorhees split on budget

Pellsworth, Wis. (AP) -- The governor and the Republican who writes the Assembly's money bills traded charges today over the $318 million budget sent to the Legislature last week, and neither gave an inch.

"There is not a dollar of fat in this budget, and I will veto any bill that raises the sales tax". Gov. Aldous W. Threlkeld said it at his weekly news conference, and then he said it again.

Assemblyman Lucian P. Vorhees of Cobbsfield, chairman of the Joint Finance Committee, told newsmen an hour later that the state would be $14 million short by next June. He called the governor's figures "built on sand and hope, and mostly on hope".

"The governor says there is no fat", Vorhees said. "I say there is no meat either. It is all gravy".

The state budget director, Bertrand Q. Sarrazin, said the $14 million figure "comes out of thin air, or out of an election year".

Asked whether the governor would accept a one-cent rise in the cigarette tax, Sarrazin said he "would not bet the rent money on it".

Threlkeld, who ran last fall on the slogan "Hold the Line", said he would meet with the leaders of both parties Monday morning in his office. He added:

"I will meet with anybody, any time. But I will not sign a tax bill, and Mr. Vorhees knows it".

The Citizens Tax Council, a private research group, said in a report issued tonight that state spending had risen 41 per cent in six years while the population grew 9 per cent.

Vorhees said his committee would begin hearings on the budget Thursday, and that the first witness would be Sarrazin.
'''

T["pap02-kestrelton-school-bonds.txt"] = '''
School bond vote set for Tuesday

Kestrelton, N.J. -- Voters in the Kestrelton school district will decide Tuesday whether to borrow $2.4 million for a new junior high school, and both sides were ringing doorbells over the week end.

The superintendent of schools, Dr. Osgood M. Farrisey, told the Parent-Teacher Association last night that the present junior high, built in 1911, "is a firetrap and everybody in this town knows it".

He said 340 pupils were attending classes in the basement and in two rented rooms over the Grange hall on Millrace Street.

"We are teaching arithmetic next to the boiler", Dr. Farrisey said. "Some mornings you can't hear the teacher for the pipes".

The campaign for the bonds is led by Mrs. Crispin B. Oxenbridge, whose volunteers have put "Vote Yes for the Kids" signs on 600 lawns. She said her committee had called on every house in the district at least once.

Opposition comes from the Kestrelton Taxpayers Association. In a statement, its president, Elgar T. Munsinger, said the bond issue would add $41 a year to the tax bill on an average house. "Nobody in this association is against children", he said. "We are against paying for a swimming pool".

There is no pool in the plans, according to the secretary of the board, Mrs. Vivian Caddaway. She said the building would have a gymnasium, twelve classrooms, a library and a shop.

The Kestrelton Board of Education, in a letter sent home with every pupil, said the district's share of state aid would rise by $58,000 a year if the school is built.

Polls will be open from 2 to 9 p.m. in the Lindenfield School.
'''

T["pap03-sunday-burglary-ring.txt"] = '''
Four held in burglary ring

Four young men were arrested yesterday and charged with 31 burglaries of homes in the north end of Drummondville since Labor Day, police said.

"We think this is the whole ring, but we are not closing the book yet". Chief of Police Fordyce R. Gaskamp said it at a news conference in his office, with a table of recovered radios, silverware and a mink stole behind him.

The chief told newsmen the four had worked only on Sunday mornings, "when the family is in church and the neighbors are too".

Newspapers had been calling the burglars "the Sunday School gang". Gaskamp said he did not care for the name. "There is nothing holy about a man who climbs in your pantry window", he said.

Held in the city jail in lieu of $10,000 bond each are Arlis Pettijohn, 22; his brother, Duane, 19; Curtis Lamoreaux, 20, and Delmar Quackenboss, 24.

Det. Sgt. Fintan Kilcullen, who made the arrests, said the break came when a pawnbroker in Cassowell called about a silver tea service with a family crest on it.

The tea service belonged to Mrs. Garrick Ellsworthy of 14 Tamsin Road. "I never expected to see it again", she said when it was returned to her yesterday. "It was my grandmother's, and the crest is the only thing that saved it".

Alderman Benedetto Vinceguerra, whose ward had 19 of the burglaries, said he would ask the council Monday for four more patrolmen on the north end.

An attorney for Lamoreaux, Thorvald Oberlander, said his client "had nothing to do with any burglary and will prove it".

None of the four has a previous police record, according to Gaskamp.
'''

T["pap04-tamarack-beats-vellacourt.txt"] = '''
Wardell leads Tamarack past Friars

Quaybridge, Me. -- Judson (Skeeter) Wardell scored 34 points tonight, 22 of them in the second half, and Tamarack State beat Vellacourt College, 81 to 74, before 4,200 in the Tamarack field house.

Wardell, a 6-foot-5 junior from Gilmartin, Pa., hit 13 of 19 shots from the floor. "I wasn't hot in the first half, I was cold", he said. "The coach told me at the half to quit waiting for the ball and go get it".

Coach Cortland Brackenridge of Tamarack said Wardell was the best forward he had coached in 14 years. "He does things you can't teach", Brackenridge said.

Vellacourt's coach, Cassius T. Gorringe, blamed his team's foul shooting. The Friars missed 14 of 27 free throws. "You can't give away 14 points against a club like that and expect to win", the coach said. "We beat ourselves at the line".

Gorringe said he had no complaint about the officials, although his center, Rollo Hasbrouck, fouled out with nine minutes to play.

Brackenridge agreed that the game had been a clean one from start to finish. "They called it close both ways, and that's how it ought to be", the coach said.

Hasbrouck, the Friars' leading scorer, was held to 11 points. He said Wardell "never let me turn around all night".

Wardell's mother, Mrs. Lemuel Wardell, drove 300 miles to see the game. "I have not missed one since he was in the eighth grade", she said.

Freshmen win opener

The Tamarack freshmen beat the Vellacourt freshmen, 66 to 58, in the preliminary game. Their coach, Dewitt Ransome, said the team would play eleven more games, six of them away from home.
'''

T["pap05-kincannon-traded.txt"] = '''
Clippers trade Kincannon to Bisons

Rexford, Calif. (AP) -- The Rexford Clippers traded quarterback Thurlow Kincannon to the Dunhollow Bisons today for two linemen and a third-round draft choice.

Kincannon, 29, was the man the fans called "the Cannon" in his first four seasons, but he sat on the bench most of last year behind a rookie.

The Clippers' general manager, Cyrus J. Pendarvis, said the club needed help in the line more than it needed a third quarterback. "We have two young men who can throw the ball", he said.

Kincannon, reached by telephone at his home in Ollerton, Tex., said he had asked to be traded. "I wasn't going to sit on that bench another year", he said.

Pendarvis said there were no hard feelings on either side. "Thurlow asked for it and we gave it to him", he said.

Kincannon agreed. "They treated me fair from the first day to the last", he said. "I just want to play some football again".

The trade was approved by the league office this afternoon, according to the Clippers.

In Dunhollow, Coach Ignace Ostrowicz told newsmen Kincannon would start the opening game "if he can learn the plays by then, and I think he can".

The Bisons finished last in the Western Division a year ago with a 3-9 record. Their owner, Mrs. Loretta Staunton, said in a statement that the club "is through finishing last, starting this fall".

The linemen going to Rexford are Tobin Marrack, a 240-pound tackle, and Verlon Haskett, a guard who played at Kessington Teachers College. Marrack, reached at a Dunhollow hotel, said he would report to the Clippers' camp on July 20.
'''

T["pap06-tasker-state-amateur.txt"] = '''
Tasker wins state amateur

Fallowmere, Ky. -- Burleigh Tasker, a 23-year-old insurance salesman from Wickerby, won the State Amateur golf championship today, beating the defending champion, Gideon Amesbury, 3 and 2 in the 36-hole final at the Fallowmere Country Club.

Tasker holed a 30-foot putt for a birdie on the 34th hole and the match was over. "I just tried to get it close", he said. "When it dropped, I didn't know what to do with my hands".

Amesbury, who won the title in 1959 and 1960, said Tasker "beat me fair and square, and he putted like a man possessed".

"I hit the ball as well as I did all week", Amesbury said. "He just made everything he looked at".

The turning point came on the 27th hole, according to Tasker, when Amesbury drove into the creek and took a double bogey.

The gallery had taken to calling the winner "the Mortician" because of the black sweater he wore all week. Tasker said he would not turn professional this year or next. "I like selling insurance, and I am good at it", he said.

Tasker will receive the Governor's Cup at the club dinner tonight, and Amesbury the runner-up medal.

Mrs. Ecclestone takes women's title

Mrs. Quentin Ecclestone of Fallowmere won the women's championship for the third time, defeating Miss Rosalind Tafford, 17, 5 and 4. Mrs. Ecclestone said the girl "will win this thing five or six times before she is through".

"She had me worried for twelve holes and scared for two more", Mrs. Ecclestone said.

Miss Tafford said she would play in the national junior tournament in August.
'''

for _k in T:
    T[_k] = T[_k].strip("\n").split("\n\n")
