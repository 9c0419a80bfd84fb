# Hand-written article texts for devset9, part 2 (fea07-fea12). Same conventions as part 1.
T = {}

T["fea07-drumlin-missile-test.txt"] = '''
Missile falls short in test

Drumlin Air Force Base, Calif. (UPI) -- An Air Force missile fired from this desert base today fell into the Pacific about 300 miles short of its target, and the general in charge said he did not yet know why.

An Air Force spokesman said the second stage had shut down 40 seconds early. He said the range safety officer had not had to destroy the missile and that it fell well inside the cleared area.

Maj. Gen. Alaric K. Tullinger, commander of the 9th Missile Test Division, met reporters two hours after the shot.

"We learned more from this one than we would have learned from a perfect flight", Tullinger said. "That is not an excuse. That is how testing works".

Asked whether the failure would delay the program, he said, "Not by one day, if I have anything to say about it".

He said the next firing was set for the first week of July. The division has fired 14 missiles of this type since January; this was the third failure.

A reporter asked whether the trouble was in the fuel system. "If I knew that, I would tell you, and then I would go home and sleep", the general said.

Reservists to report early

WASHINGTON (AP) -- About 4,000 Army reservists in eleven states will report for summer training two weeks early this year, the Pentagon said today.

A Pentagon spokesman said the change had been made to free the training camps in August for National Guard units. He denied that it had anything to do with the situation in Berlin.

Col. Silas H. Wetherbee, who will command the camp at Fort Lanning, Tex., said the men had been told of the change by mail and "most of them have taken it like soldiers".
'''

T["fea08-tarsenia-neutral-belt.txt"] = '''
Tarsenian premier offers plan

VELMOOR, Tarsenia (AP) -- Prime Minister Sigvald Strommegaard told Parliament today that his government would formally propose a "neutral belt" of small nations between East and West in northern Europe, and he challenged both sides to "say yes or say why not".

The plan calls for a treaty under which no foreign troops or atomic weapons would be stationed in Tarsenia or its two neighbors.

"We have been a battlefield three times in one hundred years", Strommegaard said. "We do not mean to be a fourth time".

Foreign Minister Birger Askeland said later that he would carry the proposal to Washington and Moscow this summer. He told newsmen he was "under no illusions about a quick answer from either capital".

The plan was shown to the ambassadors of eight nations before the Prime Minister spoke, according to the Foreign Ministry.

The leader of the opposition Liberal party, Torvald Engebrethsen, called the speech "a fine sermon preached to an empty church". He said the great powers would ignore the plan, and Tarsenia would have lost the friendship of its allies for nothing.

"The Prime Minister wants to be loved by everyone", Engebrethsen told the house. "In my experience, that is how a small country ends up loved by no one".

Strommegaard rose again to answer him. He said the opposition had "offered nothing but a shrug and a long face" in eight years of debate on the subject.

Parliament will vote on the plan next Tuesday. The government holds 84 of the 150 seats.

Western diplomats in Velmoor said privately they doubted that the plan would get far.
'''

T["fea09-slow-down-campaign.txt"] = '''
State opens drive on speeders

Carrowmore, Ky. -- A summer campaign against speeding on the state's highways will open Monday, State Safety Commissioner Auberon F. Kaszubski said today.

Kaszubski said every state trooper would be on the road during the Fourth of July week end, and that radar units would be set up without warning on all main highways.

"The speeder thinks he is saving five minutes", he said. "He is spending them in a hospital, or he is spending all the minutes he has left".

Last year 412 persons were killed on Kentucky roads, 61 more than in 1959, according to figures released by the State Highway Patrol. Speed was a factor in 188 of the deaths, the patrol said.

Billboards reading "Slow Down and Live" will go up along 40 highways next week.

The commissioner said the campaign would cost about $60,000, paid out of the highway fund.

Dr. Marcus Hawtrey of Dunstable County, chairman of the state medical society's committee on highway injuries, said doctors saw the results of speeding "every Saturday night, in every emergency room in the state".

"I have sewed up more boys on a Saturday night than I did in two years in the Army", Hawtrey said.

Kaszubski said he hoped the drive would cut the death toll by a fourth. Asked how he would measure success, he said, "By the number of funerals we do not hold".

Polio clinics set

The Carrowmore County health department will hold free polio clinics at six schools on Saturday, according to Dr. Wilhelmina Dorsett, the county health officer. She said about 9,000 children under 15 had not had the third shot.
'''

T["fea10-lamplighter-review.txt"] = '''
New play at the Cordell

"The Lamplighter's Daughter", which opened last night at the Cordell Theater, is a first play by a man who has plainly read a great many other plays. It is not a bad thing to have read them. It is a bad thing to put all of them on the stage at once.

The author, Aurelian Pollexfen, is 31 and teaches English at a high school in Nutley. He told this reviewer before the opening that he had written the play in six weeks during the summer of 1959.

"I wrote it the way you run downhill", he said. "You do not stop to look at your feet".

It shows. The first act belongs to the lamplighter, played with a fine dusty weariness by Ninian Crabtree, who has a speech about the coming of the electric light that is the best thing in the evening. When he says, "They will light the whole town with one switch, and nobody will look up", the audience was very quiet.

The second act belongs to the daughter, Marigold Fothergill, who does what she can with lines like "I am a lamp that nobody will light".

Pollexfen said the daughter was drawn from his own grandmother, who "ran a boarding house in Paterson and outlived three husbands and two boarders".

Crabtree, who has played in stock companies for 20 years, said after the final curtain that it was the first time a playwright had ever rewritten a scene for him on the afternoon of an opening.

The sets by Lorenzo Abelard are handsome, and the lighting, as it had better be in a play about lamps, is very good indeed.

The producer, Hyman Goldstrand, said he would keep the play open through Labor Day whatever the notices said. "We believe in this boy, and we can wait", Goldstrand said.

So, in a way, do we. The next play will be better.
'''

T["fea11-wexbridge-brotherhood-service.txt"] = '''
Rabbi and pastor share pulpit

Wexbridge, Conn. -- A rabbi and a Methodist minister stood side by side in the pulpit of First Methodist Church here last night at a union service opening Brotherhood Week.

Rabbi Emmerich H. Brackmann of Temple Beth Israel took his text from the prophet Malachi: "Have we not all one father? Hath not one God created us"?

"We have heard that question for twenty-four hundred years", the rabbi said. "It is time somebody in this town answered it".

He said that Wexbridge had three clubs that would not admit a Jew and one that would not admit a Catholic, and that everyone in the church knew their names.

The Rev. Alden P. Sturtevant, pastor of the church, said he had invited Rabbi Brackmann to preach "because a sermon on brotherhood from a Methodist to Methodists is a man talking to himself".

Sturtevant said the idea of the joint service came from his congregation's youth fellowship. The young people, he said, had asked why the two congregations, whose buildings stand across Elm Street from one another, had never held a service together.

"I did not have a good answer", he said. "So this year we are holding one".

The combined choirs sang "A Mighty Fortress Is Our God" and closed with the Hundredth Psalm.

About 600 persons attended. Rabbi Brackmann said afterward that he would invite the Methodist choir to sing at the temple in the fall.

Church elects officers

Trinity Lutheran Church of Wexbridge elected Sylvanus Kestenbaum president of its council last night. Kestenbaum said the council would start a building fund for a new parish hall.
'''

T["fea12-fennick-springs-hail.txt"] = '''
Hail and wind batter Fennick Springs

Fennick Springs, Kan. (AP) -- A hailstorm with winds up to 70 miles an hour tore through this wheat town late yesterday afternoon, smashing windows in nearly every house and flattening an estimated 20,000 acres of wheat a week before harvest.

No one was killed. State police said 14 persons were treated for cuts at the county hospital.

"Some of those stones were as big as hen's eggs", said Vernal D. Quarrier, the Weather Bureau forecaster at Wichita. "We had the warning out at 3:40, and it hit Fennick Springs about 4:15".

Quarrier said the storm had formed along a cold front and moved northeast at 35 miles an hour. He said more thunderstorms were likely tonight but he did not expect another as bad.

Farmers were out in their fields at dawn. Anatol Kolodny, who farms 640 acres north of town, said his wheat was "lying flat as a floor, and it will not get up again".

County Agent Gebhard Swindell said most of the farmers carried hail insurance. He said the loss might reach $1.5 million.

The Red Cross set up a station in the basement of the Methodist church. Mrs. Ottilie Sondergren, a Red Cross volunteer from Salina, said 60 families had asked for help with glass and roofing.

"People here do not like to ask", she said. "We have to go door to door and tell them it is all right".

A Red Cross spokesman in Kansas City said a disaster worker would arrive today to survey the damage.

Mayor Thorley Grindell asked residents to stay off the streets until the glass had been swept up.
'''
