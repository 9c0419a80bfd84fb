# Hand-written article texts for devset6, part 2 (pap07-pap12). Same form as part 1.
T = {}

T["pap07-quillan-river-bridge.txt"] = '''
Quillan River span opened

Marrowbeck, Iowa -- The new $3.6 million Quillan River bridge on U.S. 30 was opened to traffic this afternoon after Rep. Elmore J. Hagedorn cut a ribbon stretched between two State Highway Commission trucks.

"This bridge was ten years late and it cost twice what it should have, but it is here", the congressman told a crowd of about 800. "I will not make a long speech. The wind will not let me".

Hagedorn, a Democrat who has represented the district since 1954, said the old toll bridge "was a disgrace to the state and a danger to everyone who crossed it".

The Rev. Tobias Hjelmstad, pastor of First Lutheran Church, asked a blessing on the bridge and on all who would cross it.

Gov. Sherwood R. Pellham could not attend. In a message read by his secretary, the governor said the bridge "ties the two halves of Marrowbeck County together for the first time since 1931".

The State Highway Commission said in its announcement that the bridge would carry 9,000 cars a day by 1965.

Mayor Ephraim Brumbaugh of Marrowbeck said the merchants on Front Street had waited long enough for this day. He added:

"For ten years every truck that crossed this river went around us. Now they will come right through the middle of town, and we want them to stop".

A banner on the old toll house read "Last Toll -- Paid in Full".

Hagedorn told newsmen afterward he would seek money next year for a second bridge, at Crail Ferry.

The toll bridge will be torn down this summer, according to the commission.
'''

T["pap08-yard-workers-strike-date.txt"] = '''
Rail union sets strike date

CHICAGO (UPI) -- The United Yard and Tower Workers set a strike date of Aug. 1 today against the Chesmore & Western Railroad, and the railroad said it would ask the White House for an emergency board.

The union's president, Zenon J. Wolanski, and the railroad's vice president for personnel, Gilford L. Tillinghast, met reporters separately in the same hotel, an hour apart.

Wolanski said the men had been without a raise since 1958. "We have been patient for three years and patience is all we have got for it", he said.

Tillinghast said the road had lost money in four of the last six years. "You cannot pay raises out of red ink", he said.

Wolanski said the union had offered to take half of its raise in pension benefits. "They didn't even make a counter offer", he said.

Tillinghast said the railroad would make a counter offer "when the union comes down to earth, and not before". He declined to say what the offer would be.

Railroad men have been calling the dispute the "tower war" since the talks broke off in March.

In a statement, the National Mediation Board said it would call both sides to Washington next week.

The union represents 2,300 switchmen, towermen and yard clerks on the railroad's 1,900 miles of line, according to Wolanski.

Bus drivers accept contract

Drivers for the Lakeshore Transit Co. voted 412 to 38 last night to accept a two-year contract. Their business agent, Emlen Oldaker, said the contract gives them 14 cents an hour more, spread over two years.
'''

T["pap09-st-kilian-centennial.txt"] = '''
St. Kilian's marks 100th year

Harnwick, Pa. -- The Most Rev. Cornelius J. Dwyane, Bishop of Glenmore, celebrated a Pontifical Mass this morning for the 100th anniversary of St. Kilian's Church and told 900 parishioners that the parish had "outlived three fires, two floods and one very stubborn pastor".

The stubborn pastor was in the sanctuary. "I am the one he meant, and I will not deny it". Msgr. Florian T. Hackbarth, who has been pastor of St. Kilian's for 31 years, said so with a grin at the parish breakfast after the Mass.

The bishop's sermon dealt with the immigrant miners who built the first church in 1861. He said:

"They had nothing but their hands and their faith. They carried the stones for this church up from the river on their backs, after twelve hours underground.

"We who have so much more must ask ourselves whether we have given half as much".

Msgr. Hackbarth said the parish had 212 families when he came in 1930 and has 1,140 today.

The assistant pastor, the Rev. Leander Brennock, said a new wing of the parish school would be dedicated in September.

Among the guests was Mrs. Ignatius Marchbanks, 94, the oldest member of the parish, who was baptized in the old church in 1867. She said she remembered the second fire, in 1874, "because my father carried the chalice out in his coat".

Bishop Dwyane told reporters he had been confirmed at St. Kilian's himself, in 1912. "I owe this parish more than I can say", he said.

The choir of 60 voices sang the "Te Deum" at the close of the Mass.
'''

T["pap10-velgar-islands-debate.txt"] = '''
Velgar Islands argued in Council

UNITED NATIONS, N.Y. (AP) -- The delegates of Vardania and Solvenza traded charges in the Security Council today over the Velgar Islands, a chain of rocks and fishing villages that both countries claim.

Ambassador Miklos Brasko of Vardania said his government had "never for one day, in war or in peace" given up its title to the islands. "They were ours before Solvenza was a country", he said.

Dr. Luis Amezcua, the Solvenzan delegate, replied that the islands had been governed from Solvenza without interruption "since the treaty of 1884, which Vardania signed and has forgotten".

"My distinguished colleague has a long memory for some things and a short one for others", Dr. Amezcua said.

Brasko asked for the floor again. "I will not answer insults from this table", he said. "I will answer with maps, and the maps are ours".

In Vardania the islands are known as "the Teeth", for the rocks that have wrecked fishing boats there for three centuries.

The Council president, Sir Piers Tregarthen of Britain, adjourned the debate until Thursday. He told newsmen later he hoped the two countries would let the International Court of Justice decide.

In a statement tonight, the Vardanian mission said fishing boats from Solvenza had been turned back three times this month without incident.

A Solvenzan spokesman, Ramon Ugalde, said the maps Brasko held up in the Council had been drawn in 1937 "by a Vardanian general who never saw the islands".

The islands have about 3,000 people, most of them fishermen, according to Dr. Amezcua.
'''

T["pap11-pellingham-garden-club.txt"] = '''
Garden club hears rose expert

Members of the Pellingham Garden Club heard Prof. Hilary Vandersloot of Brackwater State College speak on "Why Good Roses Die Young" at their spring luncheon yesterday at the Crestmere Inn.

Prof. Vandersloot told the 140 women present that most roses in this part of the country die of kindness. "You water them too much, you feed them too much, and you prune them as if you were mad at them", he said.

A rose wants to be left alone, he said, "like a good husband after supper".

Prof. Vandersloot said he had grown roses for 26 years and had killed "more of them than any man in the state".

The club president, Mrs. Everard P. Lindholm, presided. She announced that the club's flower show will be held June 9 and 10 in the Grange hall, and that entries close June 1.

Mrs. Lindholm said the show would have a new class this year for arrangements by children under 12. "The mothers have been asking for it for years", she said.

Mrs. Clarissa Dunwoody, chairman of the luncheon, said 22 new members had joined the club since January.

The table decorations, tulips in copper bowls, were done by Mrs. Arlo Weatherwax and Mrs. Wendover Cobbledick.

"Every one of these tulips came out of our own gardens this morning". It was Mrs. Weatherwax who said so, and nobody at the luncheon doubted her.

League to hear mayor

Mayor Wilmot Tullock will speak on the new city charter at the meeting of the League of Women Voters Tuesday night, according to the league's president, Mrs. Dorothea Quarles.
'''

T["pap12-eberhardt-drag-races.txt"] = '''
Judge takes keys from 16 drivers

Judge Ransom T. Eberhardt of Traffic Court took away the driver's licenses of 16 teen-agers yesterday and told their parents that "the car keys belong on the kitchen hook, not in a boy's pocket".

The youths, all from Tallowbridge and Merriston, had been arrested at drag races on Route 9 since April. "One of you is going to kill somebody, and it may be yourself", the judge said. "I am not going to wait for that".

The judge said the races were "worse than anything I saw in the Army, and I was in Italy".

Patrolman Kieran Ahearne testified that he clocked two of the cars at 94 miles an hour on the Cider Mill Road straightaway, which the boys call the "Grand Prix".

One boy, Lyndon Skerritt, 17, whom the others call "Bullet", told the judge he had never raced anybody in his life.

"Then how did you get that name"? Asked the judge. The courtroom laughed.

Mrs. Alvah Skerritt, the boy's mother, told the court she would sell the family's second car. "He will walk to school like I did", she said.

Skerritt's license was the first one taken. He handed it to the clerk without a word, and his mother took his arm as they walked out.

Eberhardt said the licenses would be suspended for 90 days, and that any boy caught driving in that time would go to the county juvenile home.

As many as 200 spectators watched some of the races, according to Sgt. Linus Featherstone of the State Police barracks at Tallowbridge.

Neither Skerritt nor any of the other boys said anything to reporters after court.
'''

for _k in T:
    T[_k] = T[_k].strip("\n").split("\n\n")
